import type { LessonInput } from './input.ts'
import { blocksAndChains } from './lessons/blocks-and-chains.ts'
import { consensus } from './lessons/consensus.ts'
import { energyAndEnvironment } from './lessons/energy-and-environment.ts'
import { governanceAndForks } from './lessons/governance-and-forks.ts'
import { hashes } from './lessons/hashes.ts'
import { internetGovernance } from './lessons/internet-governance.ts'
import { keysAndSignatures } from './lessons/keys-and-signatures.ts'
import { privacyAndPersonalData } from './lessons/privacy-and-personal-data.ts'
import { smartContracts } from './lessons/smart-contracts.ts'
import { stayingSafe } from './lessons/staying-safe.ts'
import { tokensAndTransactions } from './lessons/tokens-and-transactions.ts'
import { whatIsABlockchain } from './lessons/what-is-a-blockchain.ts'
import type { Lesson } from './schema.ts'

/**
 * The twelve Learn lessons in teaching order. Content is English; every section cites registry sources.
 * Validated by `lessons.test.ts` (schema, citations, readability, reading time).
 */
export const lessons: readonly Lesson[] = [
  whatIsABlockchain,
  hashes,
  blocksAndChains,
  keysAndSignatures,
  consensus,
  tokensAndTransactions,
  smartContracts,
  governanceAndForks,
  privacyAndPersonalData,
  energyAndEnvironment,
  stayingSafe,
  internetGovernance,
] satisfies readonly LessonInput[]

/** The newest day any lesson's facts were checked: shown on the lesson pages and printed on the pack. */
export const lessonsLastChecked: string =
  lessons
    .map((l) => l.checked)
    .sort()
    .at(-1) ?? ''

/**
 * The lesson with this slug, or undefined.
 *
 * @example
 * findLesson('hashes')?.title // 'Hashes: fingerprints for data'
 */
export function findLesson(slug: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.slug === slug)
}

/** Words a reader reads in a lesson: headings, paragraphs and the quiz with its explanations. */
export function lessonWordCount(lesson: Lesson): { body: number; quiz: number } {
  const count = (text: string) => text.split(/\s+/).filter((w) => /\w/.test(w)).length
  const body = lesson.sections.reduce(
    (sum, s) => sum + count(s.heading) + s.paragraphs.reduce((n, p) => n + count(p), 0),
    0,
  )
  const quiz = lesson.quiz.reduce(
    (sum, q) => sum + count(q.prompt) + q.options.reduce((n, o) => n + count(o), 0) + count(q.explanation),
    0,
  )
  return { body, quiz }
}

/** Adult silent reading of plain non-fiction is commonly put at 200–250 words a minute; we use the slow end. */
const wordsPerMinute = 200
/** Time to think about each quiz question before choosing, on top of reading it. */
const secondsPerQuestion = 30

/**
 * Estimated minutes to read a lesson and take its quiz, rounded to the nearest minute.
 *
 * @example
 * readingMinutes(findLesson('hashes')!) // 6
 */
export function readingMinutes(lesson: Lesson): number {
  const { body, quiz } = lessonWordCount(lesson)
  return Math.round((body + quiz) / wordsPerMinute + (lesson.quiz.length * secondsPerQuestion) / 60)
}
