import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Anvil, startAnvil } from './anvil.ts'
import { anvilAccount, type ChainClients, connectChain } from './chain.ts'
import { deployNames, ensureDeployed, loadDeployment } from './deploy.ts'
import { NamesError } from './errors.ts'

let anvil: Anvil
let clients: ChainClients
let dir: string
const members = [{ address: anvilAccount(1).address, group: 0 }]

beforeAll(async () => {
  anvil = await startAnvil()
  clients = await connectChain({ rpcUrl: anvil.rpcUrl, account: anvilAccount(0) })
  dir = await mkdtemp(join(tmpdir(), 'blockgov-names-'))
})
afterAll(async () => {
  await anvil?.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('ensureDeployed', () => {
  it('deploys once, saves the addresses, and reuses them on the same chain', async () => {
    const path = join(dir, 'names', 'deployment.json')
    const first = await ensureDeployed(clients, path, { members })
    expect(first.deployed).toBe(true)
    expect(first.deployment).toMatchObject({ chainId: 31337, rootName: 'blockgov.alt' })
    expect(JSON.parse(await readFile(path, 'utf8')).deployBlock).toBe(first.deployment.deployBlock.toString())
    const second = await ensureDeployed(clients, path, { members })
    expect(second).toEqual({ deployment: first.deployment, deployed: false })
    expect(await loadDeployment(path)).toEqual(first.deployment)
  })

  it('redeploys when the saved contracts are not on this chain', async () => {
    const path = join(dir, 'stale.json')
    const other = await startAnvil()
    try {
      const otherClients = await connectChain({ rpcUrl: other.rpcUrl, account: anvilAccount(0) })
      await ensureDeployed(otherClients, path, { members, rootName: 'other.alt' })
    } finally {
      await other.stop()
    }
    await clients.publicClient.request({ method: 'anvil_mine' as never, params: ['0x20'] as never })
    const again = await ensureDeployed(clients, path, { members })
    expect(again.deployed).toBe(true)
    expect(again.deployment.rootName).toBe('blockgov.alt')
  })

  it('returns undefined for a missing file', async () => {
    expect(await loadDeployment(join(dir, 'missing.json'))).toBeUndefined()
  })
})

describe('deployNames', () => {
  it('refuses dispute deadlines the council could never meet, and an empty council', async () => {
    await expect(deployNames(clients, { members, disputes: { decisionPeriod: 3 * 86_400 } })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    })
    await expect(deployNames(clients, { members: [] })).rejects.toBeInstanceOf(NamesError)
  })

  it('deploys under another root', async () => {
    const deployment = await deployNames(clients, { members, rootName: 'Names.Example.alt' })
    expect(deployment.rootName).toBe('names.example.alt')
  })
})
