import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPublicClient, http } from 'viem'
import { describe, expect, it } from 'vitest'
import { anvilBinaryPath, startAnvil } from './anvil.ts'

describe('startAnvil', () => {
  it('resolves the binary through its npm package', () => {
    expect(anvilBinaryPath()).toMatch(/@foundry-rs\/anvil-linux-amd64\/bin\/anvil$/)
    expect(existsSync(anvilBinaryPath())).toBe(true)
  })

  it('starts on a free loopback port with the requested chain id and stops cleanly', async () => {
    const anvil = await startAnvil({ chainId: 4242 })
    try {
      expect(anvil.rpcUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const client = createPublicClient({ transport: http(anvil.rpcUrl) })
      expect(await client.getChainId()).toBe(4242)
    } finally {
      await anvil.stop()
    }
    await expect(
      createPublicClient({ transport: http(anvil.rpcUrl, { retryCount: 0 }) }).getChainId(),
    ).rejects.toThrow()
  })

  it('dumps its state on stop and loads it on the next start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blockgov-anvil-'))
    const statePath = join(dir, 'state.json')
    try {
      const first = await startAnvil({ statePath })
      const client = createPublicClient({ transport: http(first.rpcUrl) })
      await client.request({ method: 'anvil_mine' as never, params: ['0x5'] as never })
      await first.stop()
      expect(existsSync(statePath)).toBe(true)
      const second = await startAnvil({ statePath })
      try {
        expect(await createPublicClient({ transport: http(second.rpcUrl) }).getBlockNumber()).toBe(5n)
      } finally {
        await second.stop()
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
