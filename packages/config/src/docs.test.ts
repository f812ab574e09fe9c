import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { renderConfigTable, renderEnvExample } from './docs.ts'
import { variables } from './variables.ts'

const root = new URL('../../../', import.meta.url)

describe('generated configuration docs', () => {
  it('.env.example matches the schema (regenerate with `npm run docs`)', async () => {
    expect(await readFile(new URL('.env.example', root), 'utf8')).toBe(renderEnvExample())
  })

  it('the README configuration table matches the schema (regenerate with `npm run docs`)', async () => {
    const readme = await readFile(new URL('README.md', root), 'utf8')
    expect(readme).toContain(renderConfigTable())
  })

  it('documents every variable with a default that its own schema accepts', () => {
    for (const [name, spec] of Object.entries(variables)) {
      expect(spec.description.length, name).toBeGreaterThan(10)
      if (spec.default !== undefined) expect(spec.schema.safeParse(spec.default).success, name).toBe(true)
    }
  })
})
