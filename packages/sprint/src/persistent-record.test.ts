import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { persistentRecord, withEntry, withoutEntry } from './persistent-record.ts'

describe('persistent record', () => {
  it('reads like the plain object it stands for, after any sequence of sets and deletes', () => {
    const op = fc.tuple(fc.boolean(), fc.string({ maxLength: 6 }), fc.integer())
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        let record = persistentRecord<number>()
        const plain: Record<string, number> = {}
        for (const [set, key, value] of ops) {
          if (set) {
            record = withEntry(record, key, value)
            plain[key] = value
          } else {
            record = withoutEntry(record, key)
            delete plain[key]
          }
        }
        expect(record).toEqual(plain)
        expect(Object.keys(record).sort()).toEqual(Object.keys(plain).sort())
        for (const key of Object.keys(plain)) {
          expect(record[key]).toBe(plain[key])
          expect(Object.hasOwn(record, key)).toBe(true)
          expect(key in record).toBe(true)
        }
        expect(JSON.parse(JSON.stringify(record))).toEqual(plain)
      }),
    )
  })

  it('never changes a record it was derived from', () => {
    const first = withEntry(persistentRecord<string>(), 'a', 'one')
    const second = withEntry(first, 'a', 'two')
    const third = withoutEntry(second, 'a')
    expect(first.a).toBe('one')
    expect(second.a).toBe('two')
    expect(Object.hasOwn(third, 'a')).toBe(false)
  })

  it('refuses direct writes, so a reducer cannot mutate state by mistake', () => {
    const record = persistentRecord([['a', 1]]) as Record<string, number>
    expect(() => {
      record.b = 2
    }).toThrow(TypeError)
    expect(() => delete record.a).toThrow(TypeError)
  })

  it('accepts plain objects as a starting point', () => {
    const record = withEntry({ a: 1 } as Readonly<Record<string, number>>, 'b', 2)
    expect({ ...record }).toEqual({ a: 1, b: 2 })
    expect(Object.values(record).sort()).toEqual([1, 2])
  })
})
