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
    else problems.push({ variable: name, value: 'secret' in spec ? maskCredentials(raw) : raw, allowed: spec.allowed })
  }
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, config: toConfig(parsed as Parsed) }
}

function toConfig(v: Parsed): Config {
  // Every variable below has a default, so only DATABASE_URL can be undefined here.
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
  })
}

/** `postgres://user:pw@host` → `postgres://user:***@host`, so a rejected URL never prints its password. */
function maskCredentials(raw: string): string {
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
