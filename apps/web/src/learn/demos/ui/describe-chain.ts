import type { Translate } from '../../../i18n/translate.ts'
import { targetPrefix } from '../model/block.ts'
import type { CheckedBlock } from '../model/chain.ts'

/**
 * Puts into words what changed between two checks of a chain: which blocks became valid or invalid and the
 * state of the whole chain. Returns undefined when nothing a listener needs to hear has changed.
 */
export function describeChainChange(
  before: readonly CheckedBlock[] | undefined,
  after: readonly CheckedBlock[],
  difficulty: number,
  t: Translate,
): string | undefined {
  if (before === undefined) return undefined
  const target = targetPrefix(difficulty)
  const parts: string[] = []
  for (const block of after) {
    const old = before.find((candidate) => candidate.number === block.number)
    if (old === undefined || old.valid === block.valid) continue
    if (block.valid) parts.push(t('learn.block.nowValid', { number: block.number, target }))
    else if (block.problem === 'difficulty') parts.push(t('learn.block.nowInvalid', { number: block.number, target }))
  }
  if (parts.length === 0) return undefined
  parts.push(chainSummary(after, t))
  return parts.join(' ')
}

/** "The whole chain is valid." or "The chain is broken: blocks 2 to 5 are invalid." */
export function chainSummary(blocks: readonly CheckedBlock[], t: Translate): string {
  const firstBroken = blocks.find((block) => !block.valid)
  if (firstBroken === undefined) return t('learn.chain.valid')
  return t('learn.chain.broken', { from: firstBroken.number, to: blocks.length })
}
