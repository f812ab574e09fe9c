// `npm test`: the native addon's build check, lint, type-check, Vitest (unit + integration) and Playwright
// (browser), in that order. Every step runs even when an earlier one fails, so one run shows everything; the last
// line is the summary, exactly `N passed, N failed[, N skipped]`. The build check, lint and each type-check count
// as one check each.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

interface Tally {
  passed: number
  failed: number
  skipped: number
}

const total: Tally = { passed: 0, failed: 0, skipped: 0 }
const reports = mkdtempSync(join(tmpdir(), 'blockgov-test-'))

function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  process.stdout.write(`\n── ${title} ──\n`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

function check(title: string, command: string, args: string[]): void {
  if (run(title, command, args)) total.passed++
  else total.failed++
}

/** Adds a runner's own counts; a runner that failed without writing its report counts as one failure. */
function tally(ok: boolean, reportPath: string, read: (json: unknown) => Tally): void {
  let counts: Tally
  try {
    counts = read(JSON.parse(readFileSync(reportPath, 'utf8')))
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0 }
  }
  if (!ok && counts.failed === 0) counts.failed = 1 // e.g. an error outside any test
  total.passed += counts.passed
  total.failed += counts.failed
  total.skipped += counts.skipped
}

const bin = (name: string) => join('node_modules', '.bin', name)

// Rebuilds the batched-UDP addon when its C source is newer than the build (npm ci built it once; an edited
// native/udp_batch.c would otherwise be tested as the old binary). Up to date, it does nothing.
check('native addon (udp-batch)', process.execPath, [join('packages', 'udp-batch', 'build.mjs')])
check('lint (biome)', bin('biome'), ['check', '.'])
check('type-check (tsc)', bin('tsc'), ['-p', 'tsconfig.json'])
check('type-check web (tsc)', bin('tsc'), ['-p', 'apps/web/tsconfig.json'])
check('type-check browser tests (tsc)', bin('tsc'), ['-p', 'e2e/tsconfig.json'])

const vitestReport = join(reports, 'vitest.json')
const vitestOk = run('unit and integration (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
])
tally(vitestOk, vitestReport, (json) => {
  const r = json as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }
})

const playwrightReport = join(reports, 'playwright.json')
const playwrightOk = run(
  'browser (playwright + axe)',
  bin('playwright'),
  ['test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'],
  { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport },
)
tally(playwrightOk, playwrightReport, (json) => {
  const s = (json as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped }
})

rmSync(reports, { recursive: true, force: true })
const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : ''
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed${skipped}\n`)
process.exitCode = total.failed > 0 ? 1 : 0
