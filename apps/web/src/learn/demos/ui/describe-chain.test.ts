import { describe, expect, it } from 'vitest'
import { catalogs, createTranslator } from '../../../i18n/translate.ts'
import type { CheckedBlock } from '../model/chain.ts'
import { chainSummary, describeChainChange } from './describe-chain.ts'

const t = createTranslator(catalogs.en)

function block(number: number, valid: boolean, problem: CheckedBlock['problem'] = undefined): CheckedBlock {
  return { number, nonce: 0, data: '', previous: '', hash: '', hashOk: problem !== 'difficulty', valid, problem }
}

describe('describeChainChange', () => {
  const healthy = [block(1, true), block(2, true), block(3, true)]

  it('says nothing on the first check', () => {
    expect(describeChainChange(undefined, healthy, 3, t)).toBeUndefined()
  })

  it('names the blocks that broke and how much of the chain is broken', () => {
    const broken = [block(1, true), block(2, false, 'difficulty'), block(3, false, 'difficulty')]
    expect(describeChainChange(healthy, broken, 3, t)).toBe(
      'Block 2 is now invalid: its hash does not start with 000. Block 3 is now invalid: its hash does not start with 000. The chain is broken: blocks 2 to 3 are invalid.',
    )
  })

  it('says when a block holds again', () => {
    const broken = [block(1, true), block(2, false, 'difficulty'), block(3, false, 'difficulty')]
    const healed = [block(1, true), block(2, true), block(3, false, 'difficulty')]
    expect(describeChainChange(broken, healed, 2, t)).toBe(
      'Block 2 is valid: its hash starts with 00. The chain is broken: blocks 3 to 3 are invalid.',
    )
  })

  it('stays quiet when no block changed state (typing inside an already broken block)', () => {
    const broken = [block(1, false, 'difficulty')]
    expect(describeChainChange(broken, broken, 3, t)).toBeUndefined()
  })
})

describe('chainSummary', () => {
  it('reports a valid chain', () => {
    expect(chainSummary([block(1, true)], t)).toBe('The whole chain is valid.')
  })
})
