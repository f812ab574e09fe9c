import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { renderErrorTable } from './docs.ts'
import { ErrorBody, errorBody, errorCatalog, errorCodes } from './errors.ts'

describe('error catalog', () => {
  it('uses SCREAMING_SNAKE codes with client or server error statuses', () => {
    for (const [code, spec] of Object.entries(errorCatalog)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/)
      expect(spec.status).toBeGreaterThanOrEqual(400)
      expect(spec.status).toBeLessThan(600)
      expect(spec.message.endsWith('.'), code).toBe(true)
    }
  })

  it('lists every code in errorCodes', () => {
    expect(errorCodes).toEqual(Object.keys(errorCatalog))
  })

  it('docs/errors.md matches the catalog (regenerate with `npm run docs`)', async () => {
    const doc = await readFile(new URL('../../../docs/errors.md', import.meta.url), 'utf8')
    expect(doc).toBe(renderErrorTable())
  })
})

describe('errorBody', () => {
  it('uses the catalog message unless given one', () => {
    expect(errorBody('ROUTE_NOT_FOUND')).toEqual({ code: 'ROUTE_NOT_FOUND', message: 'There is no such route.' })
    expect(errorBody('INTERNAL', 'x', { id: 1 })).toEqual({ code: 'INTERNAL', message: 'x', details: { id: 1 } })
  })

  it('produces bodies that the shared schema accepts, and the schema rejects unknown codes', () => {
    expect(ErrorBody.safeParse(errorBody('BODY_TOO_LARGE')).success).toBe(true)
    expect(ErrorBody.safeParse({ code: 'NOPE', message: 'x' }).success).toBe(false)
  })
})
