import { describe, expect, it } from 'vitest'
import { genesisPrevious, hashBlock, meetsDifficulty, mineBlock } from './block.ts'
import { chainIsValid, checkChain, tipHash } from './chain.ts'
import { mineChain } from './chain-fixtures.ts'

const difficulty = 2
const datas = ['Genesis', 'Alice pays Bob 10', 'Bob pays Carol 5', 'Carol pays Dan 1']

describe('checkChain', () => {
  it('accepts a freshly mined chain and links each block to the previous hash', async () => {
    const checked = await checkChain(await mineChain(datas, difficulty), difficulty)
    expect(chainIsValid(checked)).toBe(true)
    expect(checked[0]?.previous).toBe(genesisPrevious)
    for (let i = 1; i < checked.length; i++) expect(checked[i]?.previous).toBe(checked[i - 1]?.hash)
    const last = checked.at(-1)
    if (last === undefined) throw new Error('empty chain')
    expect(await hashBlock(last)).toBe(last.hash)
    expect(tipHash(checked)).toBe(last.hash)
  })

  it('breaks the edited block and every block after it', async () => {
    const entries = await mineChain(datas, difficulty)
    const tampered = entries.map((entry, i) => (i === 1 ? { ...entry, data: 'Alice pays Bob 1000' } : entry))
    const checked = await checkChain(tampered, difficulty)
    expect(checked.map((block) => block.valid)).toEqual([true, false, false, false])
    expect(checked[1]?.problem).toBe('difficulty')
    // Later blocks are invalid whatever their own hash: the history they build on no longer holds.
    for (const block of checked.slice(2)) expect(block.problem).toBeDefined()
    expect(chainIsValid(checked)).toBe(false)
  })

  it('holds again once the broken blocks are re-mined in order', async () => {
    const entries = await mineChain(datas, difficulty)
    const edited = ['Genesis', 'Alice pays Bob 1000', ...datas.slice(2)]
    const remined = await mineChain(edited, difficulty)
    expect(remined[0]).toEqual(entries[0])
    const checked = await checkChain(remined, difficulty)
    expect(chainIsValid(checked)).toBe(true)
    expect(tipHash(checked)).not.toBe(tipHash(await checkChain(entries, difficulty)))
  })

  it('says a later block is invalid because of an earlier one even when its own hash is fine', async () => {
    // Block 1 without proof of work: the first nonce whose hash lacks the zeros.
    let nonce = 0
    while (
      meetsDifficulty(await hashBlock({ number: 1, nonce, data: 'Genesis', previous: genesisPrevious }), difficulty)
    )
      nonce++
    const first = { nonce, data: 'Genesis' }
    const previous = await hashBlock({ number: 1, ...first, previous: genesisPrevious })
    // Block 2 is properly mined on top of it.
    const mined = await mineBlock({ number: 2, nonce: 0, data: 'Alice pays Bob 10', previous }, { difficulty })
    if (!mined.ok) throw new Error('mining failed')
    const checked = await checkChain([first, { nonce: mined.nonce, data: 'Alice pays Bob 10' }], difficulty)
    expect(checked.map(({ hashOk, valid, problem }) => ({ hashOk, valid, problem }))).toEqual([
      { hashOk: false, valid: false, problem: 'difficulty' },
      { hashOk: true, valid: false, problem: 'previous-invalid' },
    ])
  })
})
