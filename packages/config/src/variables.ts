import { z } from 'zod'

/**
 * One environment variable: how to parse it, its default (as the raw string a user would type), and the
 * plain-language text that `.env.example` and the README's configuration table are generated from.
 */
export interface Variable<T> {
  readonly schema: z.ZodType<T>
  /** Raw default, parsed by `schema` like any user value. Absent means "unset unless the user sets it". */
  readonly default?: string
  /** What the variable means, one sentence. */
  readonly description: string
  /** What values are allowed, shown when a value is rejected. */
  readonly allowed: string
  /** The value may carry a password: rejected values are echoed with credentials masked. */
  readonly secret?: boolean
}

function variable<T>(spec: Variable<T>): Variable<T> {
  return spec
}

const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')

function integer(min: number, max: number) {
  return z
    .string()
    .regex(/^-?\d+$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
}

/**
 * Every environment variable blockgov reads, in the order they are documented. Nothing outside
 * `packages/config` reads `process.env`.
 */
export const variables = {
  HOST: variable({
    schema: z.string().min(1),
    default: '127.0.0.1',
    description: 'Interface the HTTP server listens on. Use 0.0.0.0 to accept connections from other machines.',
    allowed: 'a host name or IP address',
  }),
  PORT: variable({
    schema: integer(0, 65535),
    default: '8080',
    description: 'TCP port of the HTTP server (0 picks a free port).',
    allowed: 'an integer from 0 to 65535',
  }),
  DATA_DIR: variable({
    schema: z.string().min(1),
    default: './data',
    description: 'Folder for local state: the embedded PGlite database lives in DATA_DIR/pglite.',
    allowed: 'a folder path',
  }),
  DATABASE_URL: variable({
    schema: z.url({ protocol: /^postgres(ql)?$/ }),
    description: 'Postgres connection string. When unset, the embedded PGlite database in DATA_DIR is used.',
    allowed: 'a postgres:// or postgresql:// URL',
    secret: true,
  }),
  LOG_LEVEL: variable({
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    default: 'warn',
    description:
      'Minimum level of the structured (pino) logs on standard output; info adds a log line for each request.',
    allowed: 'one of fatal, error, warn, info, debug, trace, silent',
  }),
  BODY_LIMIT_BYTES: variable({
    schema: integer(1024, 64 * 1024 * 1024),
    default: '1048576',
    description: 'Largest accepted request body, in bytes; larger bodies get 413 BODY_TOO_LARGE.',
    allowed: 'an integer from 1024 to 67108864',
  }),
  RATE_LIMIT_PER_MINUTE: variable({
    schema: integer(1, 1_000_000),
    default: '600',
    description:
      'Requests per minute allowed from one client address before 429 RATE_LIMITED; the web app’s own files (scripts, styles) do not count.',
    allowed: 'an integer from 1 to 1000000',
  }),
  TRUST_PROXY: variable({
    schema: booleanString,
    default: 'false',
    description: 'Trust X-Forwarded-* headers (set to true only behind your own reverse proxy).',
    allowed: 'true, false, 1 or 0',
  }),
  WS_HEARTBEAT_MS: variable({
    schema: integer(1000, 300_000),
    default: '15000',
    description: 'Interval of WebSocket heartbeats; a client silent for two intervals is disconnected.',
    allowed: 'an integer from 1000 to 300000 (milliseconds)',
  }),
  CHAIN_ENABLED: variable({
    schema: booleanString,
    default: 'true',
    description:
      'Run the name system: start the embedded dev chain (or use CHAIN_RPC_URL) and serve the Names area and API; false turns it off.',
    allowed: 'true, false, 1 or 0',
  }),
  CHAIN_RPC_URL: variable({
    schema: z.url({ protocol: /^https?$/ }),
    description:
      'JSON-RPC endpoint of the EVM chain the name system lives on. When unset, `blockgov start` runs an embedded anvil dev chain with its state in DATA_DIR/chain.',
    allowed: 'an http:// or https:// URL',
    secret: true,
  }),
  CHAIN_DEPLOYER_KEY: variable({
    schema: z.string().regex(/^0x[0-9a-fA-F]{64}$/),
    description:
      'Private key that `blockgov names deploy` deploys the contracts with on CHAIN_RPC_URL (needs funds there). Never needed for the embedded chain.',
    allowed: 'a 0x-prefixed 32-byte hex private key',
    secret: true,
  }),
  CHAIN_ACCOUNT_KEY: variable({
    schema: z.string().regex(/^0x[0-9a-fA-F]{64}$/),
    description:
      'Private key the `blockgov names` commands sign with on CHAIN_RPC_URL. On the embedded chain they use a dev account (`--dev-account`) instead.',
    allowed: 'a 0x-prefixed 32-byte hex private key',
    secret: true,
  }),
  NAMES_ROOT: variable({
    schema: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/)
      .max(200),
    default: 'blockgov.alt',
    description:
      'Root of the namespace that names are registered under (second-level names such as example.blockgov.alt). Used when the contracts are deployed.',
    allowed: 'a lower-case DNS name such as blockgov.alt',
  }),
  DNS_ENABLED: variable({
    schema: booleanString,
    default: 'true',
    description:
      'Run the DNS gateway for the name system (UDP and TCP on DNS_HOST:DNS_PORT, DNS over HTTPS at /dns-query) whenever the chain is on.',
    allowed: 'true, false, 1 or 0',
  }),
  DNS_HOST: variable({
    schema: z.string().min(1),
    default: '127.0.0.1',
    description: 'Interface the DNS gateway listens on (UDP and TCP); :: listens on both address families.',
    allowed: 'a host name or IP address',
  }),
  DNS_PORT: variable({
    schema: integer(0, 65535),
    default: '8053',
    description:
      'UDP and TCP port of the DNS gateway (0 picks a free port). Not 5353, which mDNS uses; 53 needs privileges.',
    allowed: 'an integer from 0 to 65535',
  }),
  DNS_CONFIRMATIONS: variable({
    schema: integer(0, 1000),
    default: '0',
    description:
      'Blocks a name change must be buried under before the gateway serves it (reorg safety); 0 suits the embedded dev chain.',
    allowed: 'an integer from 0 to 1000',
  }),
  DNS_POLL_MS: variable({
    schema: integer(100, 600_000),
    default: '1000',
    description: 'How often the gateway asks the chain for new blocks, in milliseconds.',
    allowed: 'an integer from 100 to 600000 (milliseconds)',
  }),
  DNS_RATE_LIMIT_PER_SECOND: variable({
    schema: integer(0, 1_000_000),
    default: '50',
    description:
      'UDP responses per second to one client prefix (/24 or /56) before response-rate limiting drops or truncates; loopback is never limited; 0 turns limiting off.',
    allowed: 'an integer from 0 to 1000000',
  }),
  DNS_UDP_IO: variable({
    schema: z.enum(['auto', 'batched', 'dgram']),
    default: 'auto',
    description:
      "How the DNS gateway reads and writes UDP: batched takes up to 64 datagrams per recvmmsg/sendmmsg system call (Linux, compiled on npm ci; 1.6 to 1.8 times dgram's throughput in bench/dns), dgram is Node's socket, one datagram per call, auto uses batched where it is built.",
    allowed: 'auto, batched or dgram',
  }),
  PUBLIC_URL: variable({
    schema: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')),
    description:
      'Address people reach this server at (e.g. https://blockgov.example.org); used in links sent by mail (confirm, unsubscribe, archive). When unset, the address the server listens on.',
    allowed: 'an http:// or https:// URL',
  }),
  SMTP_URL: variable({
    schema: z.url({ protocol: /^smtps?$/ }),
    description:
      'Relay the mailing lists send through (e.g. smtp://user:password@mail.example.org:587). When unset, outgoing mail stays in the built-in outbox in the database, shown in the Groups area.',
    allowed: 'an smtp:// or smtps:// URL',
    secret: true,
  }),
  LIST_DOMAIN: variable({
    schema: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/)
      .max(200),
    default: 'lists.blockgov.alt',
    description:
      'Mail domain of the lists: the main list is announce@LIST_DOMAIN and each working group slug@LIST_DOMAIN. Its MX record must point at the inbound listener (see docs/groups.md).',
    allowed: 'a lower-case DNS name such as lists.example.org',
  }),
  SMTP_INBOUND_ENABLED: variable({
    schema: booleanString,
    default: 'true',
    description: 'Run the inbound SMTP listener that receives posts to the lists.',
    allowed: 'true, false, 1 or 0',
  }),
  SMTP_INBOUND_HOST: variable({
    schema: z.string().min(1),
    default: '127.0.0.1',
    description: 'Interface the inbound SMTP listener listens on; put a relay (Postfix) in front of it on port 25.',
    allowed: 'a host name or IP address',
  }),
  SMTP_INBOUND_PORT: variable({
    schema: integer(0, 65535),
    default: '2525',
    description: 'TCP port of the inbound SMTP listener (0 picks a free port; 25 needs privileges).',
    allowed: 'an integer from 0 to 65535',
  }),
  LIST_MAX_MESSAGE_BYTES: variable({
    schema: integer(1024, 64 * 1024 * 1024),
    default: '5242880',
    description: 'Largest post the lists accept, in bytes; larger ones are refused with SMTP 552.',
    allowed: 'an integer from 1024 to 67108864',
  }),
  CHROMIUM_PATH: variable({
    schema: z.string().min(1),
    default: '/usr/bin/chromium',
    description: 'Chromium executable used by the browser tests (not needed to run blockgov).',
    allowed: 'a path to a Chromium or Chrome executable',
  }),
} as const

/** Names of all variables blockgov reads. */
export type VariableName = keyof typeof variables
