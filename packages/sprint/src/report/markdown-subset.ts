/**
 * The small markdown subset the report's editable sections use, so the same text renders as markdown and as
 * safe HTML: `### heading`, `- item` (and `  - item` one level deeper), blank-line separated paragraphs.
 * Anything else (emphasis, links, raw HTML) is shown as literal text in HTML, never interpreted.
 */

const MD_SPECIAL = /[\\`*_[\]<>|~]/g

/**
 * Makes participant text (a card, a name) inert in markdown: whitespace collapsed to single spaces, markup
 * characters backslash-escaped, and a leading list or numbered-list marker escaped.
 *
 * @example
 * escapeMarkdown('<script>') // '\\<script\\>'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MD_SPECIAL, '\\$&')
    .replace(/^([-+#])/, '\\$1')
    .replace(/^(\d+)\./, '$1\\.')
}

/**
 * Escapes text for HTML element content and double-quoted attribute values.
 *
 * @example
 * escapeHtml('<b>"Tom" & Jerry</b>') // '&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Removes the backslash escapes `escapeMarkdown` adds (and CommonMark's others), then escapes for HTML. */
function inline(text: string): string {
  return escapeHtml(text.replace(/\\([!-/:-@[-`{-~])/g, '$1'))
}

type Block = { kind: 'heading'; text: string } | { kind: 'para'; lines: string[] } | { kind: 'list'; items: Item[] }
interface Item {
  text: string
  children: string[]
}

/**
 * Renders the subset as HTML: `###` headings become `<h3>`, lists `<ul>` (two levels), the rest `<p>`. Every
 * character of text is escaped, so editor input can never inject markup.
 *
 * @example
 * markdownSubsetToHtml('- a\n  - b') // '<ul>\n<li>a<ul><li>b</li></ul></li>\n</ul>'
 */
export function markdownSubsetToHtml(markdown: string): string {
  const blocks: Block[] = []
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd()
    const last = blocks.at(-1)
    const heading = /^#{1,6}\s+(.*)$/.exec(line)
    const item = /^(\s*)[-*]\s+(.*)$/.exec(line)
    if (line.trim() === '') {
      blocks.push({ kind: 'para', lines: [] })
    } else if (heading) {
      blocks.push({ kind: 'heading', text: heading[1] ?? '' })
    } else if (item) {
      const nested = (item[1] ?? '').length >= 2
      const text = item[2] ?? ''
      const list = last?.kind === 'list' ? last : { kind: 'list' as const, items: [] }
      if (list !== last) blocks.push(list)
      const parent = list.items.at(-1)
      if (nested && parent) parent.children.push(text)
      else list.items.push({ text, children: [] })
    } else if (last?.kind === 'para') {
      last.lines.push(line.trim())
    } else {
      blocks.push({ kind: 'para', lines: [line.trim()] })
    }
  }
  return blocks
    .map(renderBlock)
    .filter((html) => html !== '')
    .join('\n')
}

function renderBlock(block: Block): string {
  if (block.kind === 'heading') return `<h3>${inline(block.text)}</h3>`
  if (block.kind === 'para') return block.lines.length === 0 ? '' : `<p>${block.lines.map(inline).join('<br>\n')}</p>`
  const items = block.items.map((i) => {
    const children = i.children.map((c) => `<li>${inline(c)}</li>`).join('')
    return `<li>${inline(i.text)}${children === '' ? '' : `<ul>${children}</ul>`}</li>`
  })
  return `<ul>\n${items.join('\n')}\n</ul>`
}
