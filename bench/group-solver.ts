/**
 * Benchmark of `formGroups` (packages/sprint/src/solver.ts) against a naive seeded shuffle-and-chunk baseline
 * measured in the same run. Prints the median of N runs, the ratio to the baseline, whether the hard rules held
 * (sizes differ by at most one, everyone placed once, ≥1 — or ≥2 when women ≥ 2 × groups — women per group), the
 * quality of the result (the solver's objective recomputed from the groups, `softCost`: lower is better), and how
 * much of its work bound the local search used.
 *
 * Each case runs in a forked child with a time budget, so a case that is far too slow is stopped and reported
 * instead of hanging the benchmark.
 *
 *   npx tsx bench/group-solver.ts [--quick] [--budget SECONDS]   # budget per case, default 90
 */
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { formGroups } from '@blockgov/sprint'
import { checkHardRules, makeCohort, naiveGroups, softCost } from './solver-cohort.ts'

type Options = Parameters<typeof formGroups>[1]
interface Case {
  readonly name: string
  readonly people: number
  readonly groups: number
  readonly runs: number
}
interface RunResult {
  readonly solverMs: number
  readonly baselineMs: number
  readonly held: boolean
  readonly problem?: string
  readonly unmet: string
  readonly cost: number
  readonly searchWork: number
  readonly searchStopped: boolean
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name)
  const value = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN
  return Number.isFinite(value) ? value : fallback
}

/** Child side: run one case, report each run as it completes. */
function runCase(c: Case): void {
  const cohort = makeCohort(c.people, 20261127)
  const options: Options = {
    size: { groupCount: c.groups },
    online: 'spread',
    together: cohort.together,
    apart: cohort.apart,
    seed: 7,
  }
  // Warm-up of the baseline only: a warm-up solver run would double the cost of the large case.
  for (let i = 0; i < 3; i++) naiveGroups(cohort.people, c.groups, i)
  for (let r = 0; r < c.runs; r++) {
    const seed = 1000 + r
    let search = { work: 0, stoppedEarly: false }
    let t = performance.now()
    const result = formGroups(cohort.people, { ...options, seed, onSearchEnd: (s) => (search = s) })
    const solverMs = performance.now() - t
    t = performance.now()
    const naive = naiveGroups(cohort.people, c.groups, seed)
    const baselineMs = performance.now() - t
    if (naive.length !== c.groups) throw new Error('baseline broke')
    if (!result.ok) throw new Error(`solver refused: ${result.code} ${result.reason}`)
    const check = checkHardRules(cohort.people, result.groups, c.groups)
    const counts = new Map<string, number>()
    for (const u of result.unmet) counts.set(u.constraint, (counts.get(u.constraint) ?? 0) + u.groups.length)
    const unmet = counts.size === 0 ? 'none' : [...counts].map(([k, v]) => `${k}:${v}`).join(' ')
    const out: RunResult = {
      solverMs,
      baselineMs,
      held: check.ok,
      unmet,
      cost: softCost(cohort.people, result.groups, cohort),
      searchWork: search.work,
      searchStopped: search.stoppedEarly,
      ...(check.ok ? {} : { problem: check.problem }),
    }
    process.send?.(out)
  }
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

function fmt(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(0)} µs`
}

/** Parent side: fork a child per case, stop it when the budget is spent. */
function measure(c: Case, budgetMs: number): Promise<{ runs: RunResult[]; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const runs: RunResult[] = []
    const child = fork(fileURLToPath(import.meta.url), ['--child', JSON.stringify(c)], { stdio: 'inherit' })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, budgetMs)
    child.on('message', (m) => runs.push(m as RunResult))
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (!timedOut && code !== 0) reject(new Error(`case ${c.name} exited with ${code}`))
      else resolve({ runs, timedOut })
    })
  })
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick')
  const budgetMs = arg('--budget', 90) * 1000
  const cases: readonly Case[] = [
    { name: 'IGF room', people: 50, groups: 5, runs: quick ? 21 : 101 },
    { name: 'large room', people: 1_000, groups: 20, runs: quick ? 3 : 9 },
    { name: 'spec target', people: 10_000, groups: 200, runs: quick ? 1 : 3 },
  ]
  console.log(
    `formGroups benchmark — node ${process.version}, ${new Date().toISOString()}, budget ${budgetMs / 1000} s/case`,
  )
  console.log('median of N runs; baseline = seeded shuffle-and-chunk (no constraints), same process, interleaved\n')
  const rows = [
    [
      'case',
      'n→g',
      'runs',
      'solver p50',
      'min',
      'max',
      'baseline p50',
      'ratio',
      'hard rules',
      'unmet soft (groups)',
      'cost p50',
      'search work p50',
    ],
  ]
  let failed = false
  for (const c of cases) {
    const { runs, timedOut } = await measure(c, budgetMs)
    const held = runs.every((r) => r.held)
    for (const r of runs) if (!r.held) console.error(`  ${c.name}: ${r.problem}`)
    failed ||= !held
    if (runs.length === 0) {
      rows.push([
        c.name,
        `${c.people}→${c.groups}`,
        '0',
        `> ${budgetMs / 1000} s`,
        '-',
        '-',
        '-',
        '-',
        'n/a',
        'did not finish',
        '-',
        '-',
      ])
      continue
    }
    const s = median(runs.map((r) => r.solverMs))
    const b = median(runs.map((r) => r.baselineMs))
    const boundHit = runs.some((r) => r.searchStopped)
    rows.push([
      c.name,
      `${c.people}→${c.groups}`,
      `${runs.length}${timedOut ? ` of ${c.runs}` : ''}`,
      fmt(s),
      fmt(Math.min(...runs.map((r) => r.solverMs))),
      fmt(Math.max(...runs.map((r) => r.solverMs))),
      fmt(b),
      `${Math.round(s / b).toLocaleString('en')}×`,
      held ? 'held' : 'BROKEN',
      runs[0]?.unmet ?? '',
      median(runs.map((r) => r.cost)).toLocaleString('en'),
      `${median(runs.map((r) => r.searchWork)).toLocaleString('en')}${boundHit ? ' (bound hit)' : ''}`,
    ])
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '))
  const target = rows.find((r) => r[0] === 'spec target')
  console.log(
    `\ntarget < 1 s for 10,000→200: ${target?.[3]?.endsWith('ms') && Number.parseFloat(target[3]) < 1000 ? 'met' : 'NOT met'}`,
  )
  console.log('cohort: ~38% consented women, ~80% consented stakeholder, ~8% online (spread), ~12% facilitator and')
  console.log('~12% rapporteur volunteers, together/apart: min(20, n/20) sets each of 2–4 / 3–6 people')
  process.exitCode = failed ? 1 : 0
}

const childAt = process.argv.indexOf('--child')
if (childAt >= 0) runCase(JSON.parse(process.argv[childAt + 1] ?? '{}') as Case)
else await main()
