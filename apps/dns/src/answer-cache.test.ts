import { describe, expect, it } from 'vitest'
import { AnswerCache, type CachedAnswer, cachedAnswer } from './answer-cache.ts'

function entry(question: string, names: string[], hash = 7): CachedAnswer {
  const bytes = Buffer.from(question, 'latin1')
  const empty = Buffer.alloc(0)
  const encoded = { plain: empty, edns: empty, truncatedPlain: empty, truncatedEdns: empty, rcode: 0 }
  return cachedAnswer(encoded, bytes, hash, Number.POSITIVE_INFINITY, names)
}

const find = (cache: AnswerCache, answer: CachedAnswer) =>
  cache.find(answer.hash, answer.question, answer.question.length)

describe('AnswerCache', () => {
  it('tells apart questions whose hashes collide by their bytes', () => {
    const cache = new AnswerCache('blockgov.alt')
    const a = entry('question-a', ['a.blockgov.alt'])
    const b = entry('question-b', ['b.blockgov.alt'])
    cache.set(a)
    cache.set(b)
    expect(find(cache, a)).toBe(a)
    expect(find(cache, b)).toBe(b)
    cache.invalidate({ kind: 'name', name: 'a.blockgov.alt' })
    expect(find(cache, a)).toBeUndefined()
    expect(find(cache, b)).toBe(b)
  })

  it('invalidates entries that looked up the name, a name below it or a name between it and the apex', () => {
    const cache = new AnswerCache('blockgov.alt')
    const entries = {
      same: entry('1', ['x.y.blockgov.alt'], 1),
      below: entry('2', ['www.x.y.blockgov.alt'], 2),
      above: entry('3', ['y.blockgov.alt'], 3),
      sibling: entry('4', ['z.y.blockgov.alt'], 4),
      chained: entry('5', ['alias.blockgov.alt', 'x.y.blockgov.alt'], 5),
      apex: entry('6', ['blockgov.alt'], 6),
    }
    for (const answer of Object.values(entries)) cache.set(answer)
    cache.invalidate({ kind: 'name', name: 'x.y.blockgov.alt' })
    const kept = Object.entries(entries).flatMap(([label, answer]) =>
      find(cache, answer) === undefined ? [] : [label],
    )
    expect(kept).toEqual(['sibling', 'apex'])
    expect(cache.size).toBe(2)
  })

  it('evicts the oldest entry when full', () => {
    const cache = new AnswerCache('blockgov.alt', 2)
    const first = entry('1', ['a.blockgov.alt'], 1)
    cache.set(first)
    cache.set(entry('2', ['a.blockgov.alt'], 2))
    cache.set(entry('3', ['a.blockgov.alt'], 3))
    expect(cache.size).toBe(2)
    expect(find(cache, first)).toBeUndefined()
  })

  it('clears everything on a zone-wide change', () => {
    const cache = new AnswerCache('blockgov.alt')
    cache.set(entry('1', ['a.blockgov.alt']))
    cache.invalidate({ kind: 'all' })
    expect(cache.size).toBe(0)
  })
})
