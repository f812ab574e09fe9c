// Regenerates the documentation that is derived from code: .env.example, the README's configuration
// table and docs/errors.md. Tests fail when any of them drifts; run `npm run docs` to fix.
import { readFile, writeFile } from 'node:fs/promises'
import { renderConfigTable, renderEnvExample } from '@blockgov/config'
import { renderErrorTable } from '@blockgov/protocol'

const root = new URL('../', import.meta.url)

await writeFile(new URL('.env.example', root), renderEnvExample())
await writeFile(new URL('docs/errors.md', root), renderErrorTable())

const readmeUrl = new URL('README.md', root)
const readme = await readFile(readmeUrl, 'utf8')
const start = '<!-- config-table:start -->'
const end = '<!-- config-table:end -->'
const from = readme.indexOf(start)
const to = readme.indexOf(end)
if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`)
await writeFile(readmeUrl, `${readme.slice(0, from + start.length)}\n${renderConfigTable()}\n${readme.slice(to)}`)
process.stdout.write('generated .env.example, docs/errors.md and the README configuration table\n')
