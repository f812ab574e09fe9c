import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ANVIL_MNEMONIC, anvilAccount, startAnvil } from '@blockgov/names'
import { bytesToHex } from 'viem'
import { mnemonicToAccount } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blockgovBin, childEnv, type Started, startBlockgov } from '../test-process.ts'

const run = promisify(execFile)

/** Runs `blockgov names …`; resolves with stdout, or with the exit code and stderr when it fails. */
async function names(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, [blockgovBin, 'names', ...args], { env: childEnv(env) })
    return { code: 0, stdout, stderr: '' }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

// Every step runs the real CLI as a child process: about 3 s of CPU each, far more on a busy machine.
describe('blockgov names on the embedded chain of a running blockgov start', { timeout: 240_000 }, () => {
  let dataDir = ''
  let server: Started
  const env = () => ({ DATA_DIR: dataDir })

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'blockgov-cli-names-'))
    server = await startBlockgov({ DATA_DIR: dataDir })
  }, 120_000)
  afterAll(async () => {
    server?.child.kill('SIGTERM')
    await server?.exited
    await rm(dataDir, { recursive: true, force: true })
  })

  it('start prints where the chain is first and the URL last', () => {
    const lines = server.stdout().trim().split('\n')
    expect(lines[0]).toMatch(
      /^blockgov names: blockgov\.alt on embedded dev chain \(anvil\) at http:\/\/127\.0\.0\.1:\d+/,
    )
    expect(lines.at(-1)).toContain('is running at')
  })

  it('says whether a name is available and who holds a seeded one', async () => {
    expect((await names(env(), 'available', 'cli-name')).stdout).toBe('cli-name.blockgov.alt is available\n')
    const taken = await names(env(), 'available', 'example')
    expect(taken.stdout).toContain(`example.blockgov.alt is not available: active, held by ${anvilAccount(0).address}`)
  })

  it('commits, refuses an early register with COMMITMENT_TOO_NEW and the wait, registers in one step', async () => {
    expect((await names(env(), '--dev-account', '3', 'commit', 'early')).stdout).toContain(
      'committed to early.blockgov.alt',
    )
    const early = await names(env(), '--dev-account', '3', 'register', 'early')
    expect(early.code).toBe(1)
    expect(early.stderr).toMatch(/COMMITMENT_TOO_NEW: .* Try again in \d+ s/)
    const registered = await names(env(), '--dev-account', '3', 'register', 'cli-name', '--years', '2')
    expect(registered.stdout).toMatch(/^registered cli-name\.blockgov\.alt until \d{4}-/)
  })

  it('sets an A record set and lists it', async () => {
    const setA = await names(env(), '--dev-account', '3', 'set-record', 'cli-name', 'A', '192.0.2.44', '192.0.2.45')
    expect(setA.stdout).toContain('A records of cli-name.blockgov.alt set (2)')
    const records = await names(env(), 'records', 'cli-name')
    expect(records.stdout).toContain('cli-name.blockgov.alt 300 IN A 192.0.2.44')
    expect(records.stdout).toContain('cli-name.blockgov.alt 300 IN A 192.0.2.45')
  })

  it('files a dispute that freezes transfers; lists the docket and the council’s tallies', async () => {
    const filed = await names(
      env(),
      '--dev-account',
      '4',
      'dispute',
      'file',
      'cli-name',
      '--reason',
      'squatting',
      '--evidence',
      'https://e.example/1',
    )
    expect(filed.stdout).toMatch(/^dispute 2 filed about cli-name\.blockgov\.alt/)
    const frozen = await names(env(), '--dev-account', '3', 'transfer', 'cli-name', anvilAccount(4).address)
    expect(frozen.stderr).toContain('NAME_FROZEN')
    const docket = (await names(env(), 'dispute', 'list')).stdout
    expect(docket).toMatch(/#1 block \d+ DisputeFiled sprint\.blockgov\.alt/)
    expect(docket).toMatch(/#2 block \d+ DisputeFiled cli-name\.blockgov\.alt/)
    const council = await names(env(), 'council')
    expect(council.stdout).toContain('civil society: 1 of 3 seats filled')
    expect(council.stdout).toContain('#1 active, 3 votes')
    expect(council.stdout).toContain('civil society: 0 for, 1 against, 0 abstain')
  })
})

describe('blockgov names deploy', { timeout: 240_000 }, () => {
  it('deploys to CHAIN_RPC_URL with CHAIN_DEPLOYER_KEY, after which the other commands use it', async () => {
    const anvil = await startAnvil()
    const dataDir = await mkdtemp(join(tmpdir(), 'blockgov-cli-deploy-'))
    const key = mnemonicToAccount(ANVIL_MNEMONIC, { addressIndex: 0 }).getHdKey().privateKey
    const env = { DATA_DIR: dataDir, CHAIN_RPC_URL: anvil.rpcUrl, NAMES_ROOT: 'test.alt' }
    try {
      const deployed = await names(
        { ...env, CHAIN_DEPLOYER_KEY: bytesToHex(key ?? new Uint8Array()) },
        'deploy',
        '--member',
        `${anvilAccount(1).address}:0`,
      )
      expect(deployed.stdout).toContain('deployed test.alt on chain 31337')
      expect((await names(env, 'available', 'fresh')).stdout).toBe('fresh.test.alt is available\n')
      const unsigned = await names(env, 'commit', 'fresh')
      expect(unsigned.stderr).toContain('NO_ACCOUNT')
    } finally {
      await anvil.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
