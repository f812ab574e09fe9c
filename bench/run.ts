/**
 * `npm run bench`: the group-solver benchmark (quick) and the live fan-out at 1,000 participants, one after the
 * other so they do not share the machine. Each prints its own figures; see bench/README.md.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url))
const steps: string[][] = [
  ['bench/group-solver.ts', '--quick', '--budget', '180'],
  ['bench/sprint-fanout/run.ts', '--participants', '1000', '--rate', '500', '--seconds', '20'],
]
let failed = false
for (const step of steps) {
  const result = spawnSync(tsx, step, { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) })
  failed ||= result.status !== 0
}
process.exitCode = failed ? 1 : 0
