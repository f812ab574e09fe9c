import type { Config } from '@blockgov/config'
import { openDatabase } from '@blockgov/db'
import type { ChainGateway } from '@blockgov/dns'
import pino from 'pino'
import { buildApp } from './app.ts'
import { createMailRuntime, type MailRuntime } from './groups/mail-runtime.ts'
import { describeDnsGateway, dnsGatewayView, startDnsGateway } from './names/dns-gateway.ts'
import { isNamesChain, type NamesBackend, openNamesChain } from './names/names-chain.ts'

export interface RunningServer {
  /** Base URL the server listens on, e.g. `http://127.0.0.1:8080`. */
  readonly url: string
  /** Where the name system's chain is, in one line for people (`undefined` when the chain is off). */
  readonly chain?: string
  /** Where the DNS gateway listens, in one line for people (`undefined` when it does not run). */
  readonly dns?: string
  /** Where the mailing lists send and receive, in one line for people. */
  readonly mail: string
  /** Port of the inbound SMTP listener of the lists (`undefined` when it does not run). */
  readonly smtpPort?: number
  /** Stops accepting work, lets in-flight requests finish, then closes the database. Idempotent. */
  stop(): Promise<void>
}

export interface StartOptions {
  readonly config: Config
  readonly version: string
  readonly webRoot?: string
}

/**
 * Opens the configured database (running migrations), builds the app and listens. The caller owns signals
 * and printing, so tests and the CLI share this exact start path.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config } = options
  // The chain (anvil start, and deployment on first run) and the database open side by side.
  const [opened, started] = await Promise.allSettled([
    openDatabase(config.database),
    openNamesChain(config.chain, config.names.rootName),
  ])
  if (opened.status === 'rejected' || started.status === 'rejected') {
    if (opened.status === 'fulfilled') await opened.value.close()
    if (started.status === 'fulfilled' && isNamesChain(started.value)) await started.value.stop()
    throw opened.status === 'rejected' ? opened.reason : (started as PromiseRejectedResult).reason
  }
  const database = opened.value
  const names = started.value
  let dns: ChainGateway | undefined
  let mail: MailRuntime | undefined
  // The gateway reads the chain, so it stops first.
  const stopChain = async () => {
    await dns?.stop()
    if (isNamesChain(names)) await names.stop()
  }
  try {
    if (isNamesChain(names) && config.dns.enabled) {
      dns = await startDnsGateway(config.dns, names, pino({ name: 'dns', level: config.log.level }))
    }
    const groupsLog = pino({ name: 'groups', level: config.log.level })
    mail = createMailRuntime(config.groups, database.db, groupsLog, () => new Date())
    const app = await buildApp({
      config,
      groups: mail.service,
      database,
      version: options.version,
      webRoot: options.webRoot,
      names,
      ...(dns === undefined ? {} : { dns: dnsGatewayView(dns) }),
      warmGroupSolver: true,
    })
    await app.listen({ host: config.server.host, port: config.server.port })
    const address = app.server.address()
    const port = typeof address === 'object' && address !== null ? address.port : config.server.port
    const url = `http://${formatHost(config.server.host)}:${port}`
    mail.setListeningUrl(url)
    await mail.start()
    const lists = mail
    const smtpPort = lists.inboundPort()
    let stopped: Promise<void> | undefined
    return {
      url,
      mail: lists.describe(),
      ...(smtpPort === undefined ? {} : { smtpPort }),
      ...(config.chain.kind === 'off' ? {} : { chain: describeChain(names) }),
      ...(dns === undefined ? {} : { dns: describeDnsGateway(dns) }),
      stop() {
        // Mail in and out stops first: both write to the database.
        stopped ??= lists
          .stop()
          .then(() => app.close())
          .finally(() => Promise.all([database.close(), stopChain()]))
        return stopped
      },
    }
  } catch (error) {
    await mail?.stop()
    await Promise.all([database.close(), stopChain()])
    throw error
  }
}

function describeChain(names: NamesBackend): string {
  if (!isNamesChain(names)) return `names: unavailable: ${names.message}`
  const where = names.kind === 'embedded' ? `embedded dev chain (anvil) at ${names.rpcUrl}` : 'CHAIN_RPC_URL'
  return `names: ${names.deployment.rootName} on ${where}, chain id ${names.deployment.chainId}`
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}
