import { describe, expect, it } from 'vitest'
import { markdownBlocks } from './markdown-pdf.ts'

describe('markdownBlocks', () => {
  it('reads headings, paragraphs, numbered lines and nested items, without Markdown escapes', () => {
    const blocks = markdownBlocks(
      '# Pack\n\n## Lesson\n\nA \\*star\\*.\n\n1. Why?\n   - A. One\n   - Answer: A. Because.\n',
    )
    expect(blocks).toEqual([
      { kind: 'H1', text: 'Pack' },
      { kind: 'H2', text: 'Lesson' },
      { kind: 'P', text: 'A *star*.' },
      { kind: 'Q', text: '1. Why?' },
      {
        kind: 'L',
        items: [
          { text: 'A. One', nested: true },
          { text: 'Answer: A. Because.', nested: true },
        ],
      },
    ])
  })

  it('reads pipe tables without their separator row, keeping escaped pipes inside cells', () => {
    expect(markdownBlocks('| Group | Women |\n| --- | ---: |\n| A \\| B | 2 |\n')).toEqual([
      {
        kind: 'Table',
        rows: [
          ['Group', 'Women'],
          ['A | B', '2'],
        ],
      },
    ])
  })
})
