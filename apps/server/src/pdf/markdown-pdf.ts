import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'

const require = createRequire(import.meta.url)
// DejaVu Sans covers Latin, Greek and Cyrillic scripts, so names and quoted titles in most languages render; the
// standard PDF fonts would not (they stop at Windows-1252).
const regular = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')
const bold = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')

/** One block of the Markdown subset our renderers write. `Q` is a numbered line, such as a quiz question. */
export type Block =
  | { kind: 'H1' | 'H2' | 'H3' | 'P' | 'Q'; text: string }
  | { kind: 'L'; items: { text: string; nested: boolean }[] }
  | { kind: 'Table'; rows: string[][] }

/** Removes the backslashes put before Markdown characters: the PDF shows plain text. */
function plain(text: string): string {
  return text.replace(/\\([\\`*_[\]<>#|])/g, '$1')
}

/**
 * Reads Markdown written by our own renderers (headings, paragraphs, bullet lists, numbered lines, pipe tables)
 * back into blocks, so every format of a document shares one wording.
 */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = []
  for (const line of markdown.split('\n')) {
    const last = blocks.at(-1)
    if (line.trim() === '') continue
    if (line.startsWith('### ')) blocks.push({ kind: 'H3', text: plain(line.slice(4)) })
    else if (line.startsWith('## ')) blocks.push({ kind: 'H2', text: plain(line.slice(3)) })
    else if (line.startsWith('# ')) blocks.push({ kind: 'H1', text: plain(line.slice(2)) })
    else if (/^\d+\. /.test(line)) blocks.push({ kind: 'Q', text: plain(line) })
    else if (/^\s*- /.test(line)) {
      const item = { text: plain(line.trim().slice(2)), nested: line.startsWith(' ') }
      if (last?.kind === 'L') last.items.push(item)
      else blocks.push({ kind: 'L', items: [item] })
    } else if (line.startsWith('|')) {
      if (/^\|[\s-|:]+\|$/.test(line)) continue // the separator row
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => plain(c.trim()))
      if (last?.kind === 'Table') last.rows.push(cells)
      else blocks.push({ kind: 'Table', rows: [cells] })
    } else blocks.push({ kind: 'P', text: plain(line) })
  }
  return blocks
}

export interface MarkdownPdfOptions {
  readonly title: string
  readonly subject: string
  readonly author?: string
  /** Start every second-level section on a new page (a lesson pack prints one lesson at a time). */
  readonly pageBreakBeforeH2?: boolean
}

const sizes = { H1: 20, H2: 15, H3: 12.5 } as const

/**
 * A Markdown document as a tagged PDF (PDF/UA-style structure: headings, paragraphs, lists and tables are marked,
 * the language and title are set) with an embedded Unicode font, so text is selectable and read aloud correctly.
 */
export function renderMarkdownPdf(markdown: string, options: MarkdownPdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    tagged: true,
    lang: 'en',
    displayTitle: true,
    pdfVersion: '1.7',
    size: 'A4',
    margin: 56,
    info: {
      Title: options.title,
      Subject: options.subject,
      ...(options.author === undefined ? {} : { Author: options.author }),
    },
  })
  doc.registerFont('body', regular)
  doc.registerFont('bold', bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const root = doc.struct('Document')
  doc.addStructure(root)
  let first = true
  for (const block of markdownBlocks(markdown)) {
    switch (block.kind) {
      case 'H1':
      case 'H2':
      case 'H3': {
        if (block.kind === 'H2' && options.pageBreakBeforeH2 === true && !first) doc.addPage()
        first = false
        const size = sizes[block.kind]
        root.add(
          doc.struct(block.kind, {}, () => doc.font('bold').fontSize(size).text(block.text, { paragraphGap: 6 })),
        )
        break
      }
      case 'Q':
        root.add(doc.struct('P', {}, () => doc.font('bold').fontSize(10.5).text(block.text, { paragraphGap: 2 })))
        break
      case 'P':
        root.add(doc.struct('P', {}, () => doc.font('body').fontSize(10.5).text(block.text, { paragraphGap: 4 })))
        break
      case 'L': {
        const list = doc.struct('L')
        root.add(list)
        for (const item of block.items) {
          list.add(
            doc.struct('LI', {}, () =>
              doc
                .font('body')
                .fontSize(10.5)
                .text(`${item.nested ? '◦' : '•'} ${item.text}`, { indent: item.nested ? 24 : 8, paragraphGap: 2 }),
            ),
          )
        }
        list.end()
        break
      }
      case 'Table': {
        const table = doc.struct('Table')
        root.add(table)
        const left = doc.page.margins.left
        const width = doc.page.width - left - doc.page.margins.right
        block.rows.forEach((cells, index) => {
          const row = doc.struct('TR')
          table.add(row)
          const columnWidth = width / Math.max(1, cells.length)
          const top = doc.y
          let bottom = top
          cells.forEach((cell, column) => {
            row.add(
              doc.struct(index === 0 ? 'TH' : 'TD', {}, () => {
                doc
                  .font(index === 0 ? 'bold' : 'body')
                  .fontSize(10)
                  .text(cell, left + column * columnWidth, top, { width: columnWidth - 8 })
                bottom = Math.max(bottom, doc.y)
              }),
            )
          })
          row.end()
          doc.x = left
          doc.y = bottom + 2
        })
        table.end()
        break
      }
    }
  }
  root.end()
  doc.end()
  return done
}
