import { describe, expect, it } from 'vitest'
import { formatConfigProblems, loadConfig } from './config.ts'

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const result = loadConfig({})
    expect(result).toEqual({
      ok: true,
      config: {
        server: {
          host: '127.0.0.1',
          port: 8080,
          bodyLimitBytes: 1048576,
          rateLimitPerMinute: 600,
          trustProxy: false,
          wsHeartbeatMs: 15000,
        },
        database: { kind: 'pglite', dataDir: './data' },
        log: { level: 'warn' },
        test: { chromiumPath: '/usr/bin/chromium' },
        chain: { kind: 'embedded', dataDir: './data' },
        names: { rootName: 'blockgov.alt' },
        dns: {
          enabled: true,
          host: '127.0.0.1',
          port: 8053,
          confirmations: 0,
          pollIntervalMs: 1000,
          rateLimitPerSecond: 50,
          udpIo: 'auto',
        },
        groups: {
          listDomain: 'lists.blockgov.alt',
          inbound: { enabled: true, host: '127.0.0.1', port: 2525 },
          maxMessageBytes: 5242880,
        },
      },
    })
  })

  it('sends mail through SMTP_URL and links to PUBLIC_URL when set', () => {
    const result = loadConfig({ SMTP_URL: 'smtp://u:p@127.0.0.1:2526', PUBLIC_URL: 'https://blockgov.example.org/' })
    expect(result.ok && result.config.groups).toMatchObject({
      smtpUrl: 'smtp://u:p@127.0.0.1:2526',
      publicUrl: 'https://blockgov.example.org',
    })
    const bad = loadConfig({ SMTP_URL: 'http://u:secret@relay' })
    expect(bad.ok).toBe(false)
    expect(JSON.stringify(bad)).not.toContain('secret')
  })

  it('runs the embedded chain by default, an RPC chain when CHAIN_RPC_URL is set, none when disabled', () => {
    const key = `0x${'ab'.repeat(32)}`
    const rpc = loadConfig({ CHAIN_RPC_URL: 'https://rpc.example.org/v1', CHAIN_DEPLOYER_KEY: key, DATA_DIR: '/d' })
    expect(rpc.ok && rpc.config.chain).toEqual({
      kind: 'rpc',
      dataDir: '/d',
      rpcUrl: 'https://rpc.example.org/v1',
      deployerKey: key,
    })
    const off = loadConfig({ CHAIN_ENABLED: 'false', CHAIN_RPC_URL: 'http://127.0.0.1:8545' })
    expect(off.ok && off.config.chain).toEqual({ kind: 'off' })
    const root = loadConfig({ NAMES_ROOT: 'names.example.alt' })
    expect(root.ok && root.config.names.rootName).toBe('names.example.alt')
  })

  it('rejects a malformed key without printing it, and an upper-case or dotted-edge root', () => {
    const result = loadConfig({ CHAIN_DEPLOYER_KEY: 'deadbeef-secret', NAMES_ROOT: 'Blockgov.alt.' })
    expect(result).toEqual({
      ok: false,
      problems: [
        { variable: 'CHAIN_DEPLOYER_KEY', value: '***', allowed: 'a 0x-prefixed 32-byte hex private key' },
        { variable: 'NAMES_ROOT', value: 'Blockgov.alt.', allowed: 'a lower-case DNS name such as blockgov.alt' },
      ],
    })
  })

  it('chooses Postgres when DATABASE_URL is set', () => {
    const result = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/test' })
    expect(result.ok && result.config.database).toEqual({ kind: 'postgres', url: 'postgres://u@127.0.0.1:5432/test' })
  })

  it('treats an empty value as unset', () => {
    const result = loadConfig({ PORT: '', DATABASE_URL: '' })
    expect(result.ok && result.config.server.port).toBe(8080)
    expect(result.ok && result.config.database.kind).toBe('pglite')
  })

  it('parses booleans and integers', () => {
    const result = loadConfig({ TRUST_PROXY: '1', PORT: '0', LOG_LEVEL: 'silent' })
    expect(result.ok && result.config.server).toMatchObject({ trustProxy: true, port: 0 })
    expect(result.ok && result.config.log.level).toBe('silent')
  })

  it('reports every invalid variable at once, with its value and what is allowed', () => {
    const result = loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', TRUST_PROXY: 'yes', WS_HEARTBEAT_MS: '10' })
    expect(result).toEqual({
      ok: false,
      problems: [
        { variable: 'PORT', value: 'eighty', allowed: 'an integer from 0 to 65535' },
        { variable: 'LOG_LEVEL', value: 'loud', allowed: 'one of fatal, error, warn, info, debug, trace, silent' },
        { variable: 'TRUST_PROXY', value: 'yes', allowed: 'true, false, 1 or 0' },
        { variable: 'WS_HEARTBEAT_MS', value: '10', allowed: 'an integer from 1000 to 300000 (milliseconds)' },
      ],
    })
  })

  it('rejects out-of-range and fractional numbers', () => {
    for (const port of ['65536', '-1', '80.5', '1e3']) {
      const result = loadConfig({ PORT: port })
      expect(result.ok, port).toBe(false)
    }
  })

  it('rejects a DATABASE_URL that is not postgres and masks its password', () => {
    const result = loadConfig({ DATABASE_URL: 'mysql://admin:hunter2@db/test' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems[0]?.variable).toBe('DATABASE_URL')
    expect(result.problems[0]?.value).toBe('mysql://admin:***@db/test')
    expect(formatConfigProblems(result.problems)).not.toContain('hunter2')
  })

  it('returns a frozen object', () => {
    const result = loadConfig({})
    expect(result.ok && Object.isFrozen(result.config.server)).toBe(true)
  })
})

describe('formatConfigProblems', () => {
  it('names the variable, the bad value and what is allowed', () => {
    const text = formatConfigProblems([{ variable: 'PORT', value: 'x', allowed: 'an integer from 0 to 65535' }])
    expect(text).toContain('PORT="x" is invalid: expected an integer from 0 to 65535.')
  })
})
