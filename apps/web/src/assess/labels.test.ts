import { describe, expect, it } from 'vitest'
import { actionsAt, linesOf, stat } from './labels.ts'

describe('assess labels', () => {
  it('splits a links textarea into trimmed, non-empty lines', () => {
    expect(linesOf(' https://a.example \n\n https://b.example/x\n')).toEqual([
      'https://a.example',
      'https://b.example/x',
    ])
    expect(linesOf('')).toEqual([])
  })

  it('prints statistics with at most two decimals and a dash when missing', () => {
    expect([stat(2.5), stat(1.3333), stat(null), stat(0)]).toEqual(['2.5', '1.33', '—', '0'])
  })

  it('offers publishing from panel-closed and comment only, and revising only once published', () => {
    const offering = (action: string) =>
      Object.entries(actionsAt)
        .filter(([, a]) => a.some((x) => x === action))
        .map(([s]) => s)
    expect(offering('publish')).toEqual(['panel-closed', 'comment'])
    expect(offering('revise')).toEqual(['published'])
  })
})
