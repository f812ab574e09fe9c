import type { MessageKey } from '../../i18n/translate.ts'

/** The seven demos, in the order a workshop meets them. Each id is also its route: /learn/demos/<id>. */
const demoIds = ['hash', 'block', 'blockchain', 'distributed', 'tokens', 'signatures', 'fork'] as const
export type DemoId = (typeof demoIds)[number]

export interface DemoEntry {
  readonly id: DemoId
  /** Route of the demo page. */
  readonly path: string
  readonly title: MessageKey
  /** One line saying what the visitor does in the demo. */
  readonly summary: MessageKey
  /** Slug of the lesson that explains it (route /learn/lessons/<slug>). */
  readonly lesson: string
}

function entry(id: DemoId, lesson: string): DemoEntry {
  return {
    id,
    path: `/learn/demos/${id}`,
    title: `learn.demo.${id}.title`,
    summary: `learn.demo.${id}.summary`,
    lesson,
  }
}

/** Read by the /learn index (learn-content) and by the demo pages. */
export const demoCatalogue: readonly DemoEntry[] = [
  entry('hash', 'hashes'),
  entry('block', 'blocks-and-chains'),
  entry('blockchain', 'blocks-and-chains'),
  entry('distributed', 'consensus'),
  entry('tokens', 'tokens-and-transactions'),
  entry('signatures', 'keys-and-signatures'),
  entry('fork', 'governance-and-forks'),
]

export function findDemo(id: string): DemoEntry | undefined {
  return demoCatalogue.find((demo) => demo.id === id)
}
