import { describe, expect, it } from 'vitest'
import { activateRuleChange, blockValidUnder, commonPrefix, newRules, oldRules } from './fork.ts'

describe('activateRuleChange', () => {
  it('splits one chain into two histories when the community disagrees', () => {
    const outcome = activateRuleChange(
      [
        { name: 'A', vote: 'adopt' },
        { name: 'B', vote: 'keep' },
        { name: 'C', vote: 'adopt' },
      ],
      3,
      2,
    )
    expect(outcome.adopters).toEqual(['A', 'C'])
    expect(outcome.keepers).toEqual(['B'])
    const [upgraded, original] = outcome.histories
    if (upgraded === undefined || original === undefined) throw new Error('expected two histories')
    expect(upgraded.followers).toEqual(['A', 'C'])
    expect(original.followers).toEqual(['B'])
    expect(commonPrefix(upgraded, original)).toBe(3)
    // Old-rule nodes reject the first block made under the new rule: that is the split.
    expect(upgraded.blocks.filter((block) => !blockValidUnder(block, oldRules)).map((block) => block.number)).toEqual([
      4, 5,
    ])
    expect(original.blocks.every((block) => blockValidUnder(block, oldRules))).toBe(true)
    expect(upgraded.blocks.every((block) => blockValidUnder(block, newRules))).toBe(true)
  })

  it('keeps a single history when everybody votes the same way', () => {
    const outcome = activateRuleChange(
      [
        { name: 'A', vote: 'adopt' },
        { name: 'B', vote: 'adopt' },
      ],
      2,
      2,
    )
    expect(outcome.histories).toHaveLength(1)
    expect(outcome.histories[0]?.blocks.map((block) => block.number)).toEqual([1, 2, 3, 4])
  })
})

describe('blockValidUnder', () => {
  it('accepts blocks up to the rule’s limit only', () => {
    const block = { number: 1, transactions: 3, producedBy: 'adopters' as const }
    expect(blockValidUnder(block, oldRules)).toBe(false)
    expect(blockValidUnder(block, newRules)).toBe(true)
  })
})
