import { variables } from './variables.ts'

/** The validated configuration, grouped by the part of the system that uses it. Frozen. */
export interface Config {
  readonly server: {
    readonly host: string
    readonly port: number
    readonly bodyLimitBytes: number
    readonly rateLimitPerMinute: number
    readonly trustProxy: boolean
    readonly wsHeartbeatMs: number
  }
  readonly database: DatabaseConfig
  readonly log: { readonly level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' }
  readonly test: { readonly chromiumPath: string }
  readonly chain: ChainConfig
  readonly names: { readonly rootName: string }
  readonly groups: GroupsConfig
  readonly dns: DnsConfig
}

/** The DNS gateway `blockgov start` runs beside the chain; its apex is the deployment's root name. */
export interface DnsConfig {
  readonly enabled: boolean
  readonly host: string
  /** UDP and TCP; 0 picks a free port. */
  readonly port: number
  readonly confirmations: number
  readonly pollIntervalMs: number
  /** UDP response-rate limit per client prefix; 0 is off. */
  readonly rateLimitPerSecond: number
  /** `batched`: recvmmsg/sendmmsg through @blockgov/udp-batch; `dgram`: Node's socket; `auto`: batched if built. */
  readonly udpIo: 'auto' | 'batched' | 'dgram'
}

/** The mailing lists: where mail goes out, where it comes in, and the links it carries. */
export interface GroupsConfig {
  /** Relay for outgoing mail; absent, mail stays in the built-in outbox. */
  readonly smtpUrl?: string
  readonly listDomain: string
  /** Base of links in mail; absent, the server's own listening address. */
  readonly publicUrl?: string
  readonly inbound: { readonly enabled: boolean; readonly host: string; readonly port: number }
  readonly maxMessageBytes: number
}

/**
 * Where the name system's chain is: off, an embedded anvil dev chain started by the server (state and deployment
 * in `dataDir`), or any EVM chain at `rpcUrl` (deployment saved in `dataDir`).
 */
export type ChainConfig =
  | { readonly kind: 'off' }
  | { readonly kind: 'embedded'; readonly dataDir: string }
  | {
      readonly kind: 'rpc'
      readonly dataDir: string
      readonly rpcUrl: string
      /** Signs `blockgov names deploy`; absent, deploying is refused. */
      readonly deployerKey?: string
      /** Signs the `blockgov names` write commands. */
      readonly accountKey?: string
    }

/** Which database to open: embedded PGlite in a folder, or Postgres at a URL. */
export type DatabaseConfig =
  | { readonly kind: 'pglite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string }

/** One rejected variable: its name, the value given, and what would have been accepted. */
export interface ConfigProblem {
  readonly variable: string
  readonly value: string
  readonly allowed: string
}

export type LoadConfigResult =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] }

type Env = Readonly<Record<string, string | undefined>>

type Parsed = { [K in keyof typeof variables]: ReturnType<(typeof variables)[K]['schema']['parse']> | undefined }

/**
 * Parses every variable at once so a user sees all mistakes in one go. Empty strings count as unset,
 * which is how `.env` files usually express "no value".
 */
export function loadConfig(env: Env): LoadConfigResult {
  const problems: ConfigProblem[] = []
  const parsed: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(variables)) {
    const given = env[name]
    const raw = given === undefined || given === '' ? spec.default : given
    if (raw === undefined) continue
    const result = spec.schema.safeParse(raw)
    if (result.success) parsed[name] = result.data
    else problems.push({ variable: name, value: 'secret' in spec ? maskSecret(raw) : raw, allowed: spec.allowed })
  }
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, config: toConfig(parsed as Parsed) }
}

function toConfig(v: Parsed): Config {
  // Every variable below has a default; only DATABASE_URL, the CHAIN_* URL and keys, SMTP_URL and PUBLIC_URL can be undefined here.
  const required = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('config default missing') // a bug in variables.ts, not user input
    return value
  }
  return deepFreeze({
    server: {
      host: required(v.HOST),
      port: required(v.PORT),
      bodyLimitBytes: required(v.BODY_LIMIT_BYTES),
      rateLimitPerMinute: required(v.RATE_LIMIT_PER_MINUTE),
      trustProxy: required(v.TRUST_PROXY),
      wsHeartbeatMs: required(v.WS_HEARTBEAT_MS),
    },
    database:
      v.DATABASE_URL === undefined
        ? { kind: 'pglite', dataDir: required(v.DATA_DIR) }
        : { kind: 'postgres', url: v.DATABASE_URL },
    log: { level: required(v.LOG_LEVEL) },
    test: { chromiumPath: required(v.CHROMIUM_PATH) },
    chain: chainConfig(v, required(v.DATA_DIR)),
    names: { rootName: required(v.NAMES_ROOT) },
    groups: {
      ...(v.SMTP_URL === undefined ? {} : { smtpUrl: v.SMTP_URL }),
      ...(v.PUBLIC_URL === undefined ? {} : { publicUrl: v.PUBLIC_URL }),
      listDomain: required(v.LIST_DOMAIN),
      inbound: {
        enabled: required(v.SMTP_INBOUND_ENABLED),
        host: required(v.SMTP_INBOUND_HOST),
        port: required(v.SMTP_INBOUND_PORT),
      },
      maxMessageBytes: required(v.LIST_MAX_MESSAGE_BYTES),
    },
    dns: {
      enabled: required(v.DNS_ENABLED),
      host: required(v.DNS_HOST),
      port: required(v.DNS_PORT),
      confirmations: required(v.DNS_CONFIRMATIONS),
      pollIntervalMs: required(v.DNS_POLL_MS),
      rateLimitPerSecond: required(v.DNS_RATE_LIMIT_PER_SECOND),
      udpIo: required(v.DNS_UDP_IO),
    },
  })
}

function chainConfig(v: Parsed, dataDir: string): ChainConfig {
  if (v.CHAIN_ENABLED === false) return { kind: 'off' }
  if (v.CHAIN_RPC_URL === undefined) return { kind: 'embedded', dataDir }
  return {
    kind: 'rpc',
    dataDir,
    rpcUrl: v.CHAIN_RPC_URL,
    ...(v.CHAIN_DEPLOYER_KEY === undefined ? {} : { deployerKey: v.CHAIN_DEPLOYER_KEY }),
    ...(v.CHAIN_ACCOUNT_KEY === undefined ? {} : { accountKey: v.CHAIN_ACCOUNT_KEY }),
  }
}

/**
 * `postgres://user:pw@host` → `postgres://user:***@host`, so a rejected URL never prints its password; a rejected
 * secret that is not a URL (a private key) is not printed at all.
 */
function maskSecret(raw: string): string {
  if (!raw.includes('://')) return '***'
  return raw.replace(/(\/\/[^:/@]*:)[^@/]*@/, '$1***@')
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child)
  }
  return Object.freeze(value)
}

/** Human-readable report of rejected variables, one line each, suitable for stderr. */
export function formatConfigProblems(problems: readonly ConfigProblem[]): string {
  const lines = problems.map((p) => `  ${p.variable}=${JSON.stringify(p.value)} is invalid: expected ${p.allowed}.`)
  return ['blockgov: invalid configuration', ...lines, 'See .env.example for every variable and its default.'].join(
    '\n',
  )
}
