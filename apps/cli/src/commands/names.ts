import { loadConfigOrExit } from '@blockgov/config'
import {
  anvilTestClient,
  connectChain,
  type DnsType,
  deployNames,
  type NamesClient,
  NamesError,
  type Support,
  saveDeployment,
  toNamesError,
} from '@blockgov/names'
import { chainFiles, displayRecord, type EditableType, rrsetChange, fullName as serverFullName } from '@blockgov/server'
import type { Command } from 'commander'
import { BaseError, getAddress, type Hex, isAddress } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import {
  type ConnectedNames,
  connectNames,
  forgetCommitment,
  loadCommitment,
  type Signer,
  saveCommitment,
} from './names-connect.ts'

const YEAR = 365 * 86_400
const RECORD_TYPES = ['A', 'AAAA', 'TXT', 'CNAME', 'MX'] as const
const out = (line: string): void => {
  process.stdout.write(`${line}\n`)
}
const when = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')

/** Options every `names` subcommand shares (declared on `names`). */
interface NamesOptions {
  devAccount?: string
}

/**
 * `blockgov names …`: the name system from a terminal. Talks to CHAIN_RPC_URL, or else to the embedded chain of a
 * running `blockgov start` (found through DATA_DIR/chain/chain.json). Failures print the stable code first.
 */
export function registerNamesCommands(program: Command): void {
  const names = program
    .command('names')
    .description('register and manage names on the blockgov name system (see the README, "Names")')
    .option('--dev-account <index>', 'sign as anvil dev account 0–9 (embedded dev chain only; default 0)')
    .addHelpText(
      'after',
      '\nThe commands use CHAIN_RPC_URL (signing with CHAIN_ACCOUNT_KEY) when it is set, otherwise the embedded dev chain of a running `blockgov start` with the same DATA_DIR.',
    )

  const signer = (command: Command): Signer => {
    const { devAccount } = command.optsWithGlobals<NamesOptions>()
    if (devAccount === undefined) return {}
    const index = Number(devAccount)
    if (!Number.isInteger(index) || index < 0 || index > 9) throw new Error('--dev-account must be 0 to 9')
    return { devAccount: index }
  }
  const open = (command: Command, writes: boolean) =>
    connectNames(loadConfigOrExit(process.env), writes ? signer(command) : 'read-only')

  names
    .command('deploy')
    .description('deploy the contracts to CHAIN_RPC_URL with CHAIN_DEPLOYER_KEY and save the addresses in DATA_DIR')
    .requiredOption('--member <address:group>', 'a council member and their group index (repeat)', collect, [])
    .action((options: { member: string[] }) => run(() => deploy(options.member)))

  names
    .command('available')
    .description('say whether a name can be registered, and who holds it if not')
    .argument('<name>', 'a label (example) or full name (example.blockgov.alt)')
    .action((name: string, _options, command: Command) =>
      run(async () => {
        const { client } = await open(command, false)
        const full = fullName(client, name)
        const info = await client.nameInfo(full)
        if (await client.available(full)) return out(`${full} is available`)
        if (info.owner === null) return out(`${full} is not available (reserved by governance)`)
        out(`${full} is not available: ${info.status}, held by ${info.owner} until ${when(info.expiry)}`)
        if (info.frozen) out(`  frozen by a dispute until ${when(info.frozenUntil)}`)
      }),
    )

  names
    .command('commit')
    .description('step 1 of registering: publish a commitment (kept in DATA_DIR until `register`)')
    .argument('<name>')
    .action((name: string, _options, command: Command) =>
      run(async () => {
        const { client, clients, dataDir } = await open(command, true)
        const made = await client.commit(fullName(client, name))
        const { name: full, owner, secret, readyAt } = made
        await saveCommitment(dataDir, { name: full, owner, secret, readyAt, chainId: clients.chain.id })
        out(
          `committed to ${made.name} for ${made.owner}; register from ${when(made.readyAt)} (run: blockgov names register ${made.name})`,
        )
      }),
    )

  names
    .command('register')
    .description('step 2: reveal the saved commitment and register (with no commitment saved, commits first and waits)')
    .argument('<name>')
    .option('--years <n>', 'registration period in years', '1')
    .option('--wait', 'wait until the commitment is old enough instead of failing with COMMITMENT_TOO_NEW')
    .action((name: string, options: { years: string; wait?: boolean }, command: Command) =>
      run(async () => register(await open(command, true), name, years(options.years), options.wait === true)),
    )

  names
    .command('renew')
    .description('extend a registration')
    .argument('<name>')
    .option('--years <n>', 'years to add', '1')
    .action((name: string, options: { years: string }, command: Command) =>
      run(async () => {
        const { client } = await open(command, true)
        const renewed = await client.renew(fullName(client, name), years(options.years) * YEAR)
        out(`renewed ${fullName(client, name)} until ${when(renewed.expiry)}`)
      }),
    )

  names
    .command('transfer')
    .description('hand a name to another address (its records do not follow)')
    .argument('<name>')
    .argument('<to>', 'the new holder’s address')
    .action((name: string, to: string, _options, command: Command) =>
      run(async () => {
        const { client } = await open(command, true)
        await client.transfer(fullName(client, name), address(to))
        out(`transferred ${fullName(client, name)} to ${getAddress(to)}`)
      }),
    )

  names
    .command('set-record')
    .description(
      'set a record: A, AAAA, TXT, CNAME or MX (replaces the set; no values removes it), address, or text <key>',
    )
    .argument('<name>')
    .argument('<type>', 'A, AAAA, TXT, CNAME, MX, address or text')
    .argument('[values...]', 'the values (MX: "10 mail.example.blockgov.alt"; text: key then value)')
    .option('--owner <name>', 'DNS owner name below the name, e.g. www (default: the name itself)')
    .option('--ttl <seconds>', 'DNS time to live', '300')
    .action(
      (name: string, type: string, values: string[], options: { owner?: string; ttl: string }, command: Command) =>
        run(async () => {
          const { client } = await open(command, true)
          out(await setRecord(client, fullName(client, name), type, values, options))
        }),
    )

  names
    .command('records')
    .description('show the address, text and DNS records a name serves')
    .argument('<name>')
    .option('--type <types>', 'DNS types to read, comma-separated', 'A,AAAA,CNAME,TXT,MX')
    .option('--owner <names>', 'extra owner names below the name to read, comma-separated (e.g. www,mail)', '')
    .option('--text <keys>', 'text record keys to read, comma-separated', 'url,email,description')
    .action((name: string, options: { type: string; owner: string; text: string }, command: Command) =>
      run(async () => {
        const { client } = await open(command, false)
        await printRecords(client, fullName(client, name), options)
      }),
    )

  const dispute = names.command('dispute').description('the dispute docket: file a dispute, list them')
  dispute
    .command('file')
    .description('file a dispute about a name (freezes its transfers and record changes while pending)')
    .argument('<name>')
    .requiredOption('--reason <text>', 'why the name should be suspended or transferred')
    .requiredOption('--evidence <uri>', 'where the evidence is')
    .action((name: string, options: { reason: string; evidence: string }, command: Command) =>
      run(async () => {
        const { client } = await open(command, true)
        const filed = await client.disputes.file(fullName(client, name), {
          reason: options.reason,
          evidenceUri: options.evidence,
        })
        out(
          `dispute ${filed.id} filed about ${fullName(client, name)}; the council decides by ${when(filed.decisionDeadline)}`,
        )
      }),
    )
  dispute
    .command('list')
    .description('the public docket, oldest first')
    .action((_options, command: Command) =>
      run(async () => {
        const { client } = await open(command, false)
        const entries = await client.disputes.docket()
        if (entries.length === 0) return out('the docket is empty')
        for (const entry of entries) {
          const label = typeof entry.args.label === 'string' ? ` ${entry.args.label}.${client.rootName}` : ''
          out(`#${entry.id} block ${entry.blockNumber} ${entry.event}${label}`)
        }
      }),
    )

  const council = names.command('council').description('the multistakeholder council: groups, proposals, votes')
  council
    .command('list', { isDefault: true })
    .description('groups with their seats, and proposals with per-group tallies')
    .action((_options, command: Command) =>
      run(async () => {
        const { client } = await open(command, false)
        await printCouncil(client)
      }),
    )
  council
    .command('vote')
    .description('vote on a proposal as a council member')
    .argument('<id>')
    .argument('<support>', 'for, against or abstain')
    .action((id: string, support: string, _options, command: Command) =>
      run(async () => {
        if (!['for', 'against', 'abstain'].includes(support)) throw new Error('support must be for, against or abstain')
        const { client } = await open(command, true)
        await client.council.vote(BigInt(id), support as Support)
        out(`voted ${support} on proposal ${id}`)
      }),
    )
}

async function register(connected: ConnectedNames, name: string, yearCount: number, wait: boolean): Promise<void> {
  const { client, clients, dataDir, kind } = connected
  const full = fullName(client, name)
  const duration = yearCount * YEAR
  const saved = await loadCommitment(dataDir, full, clients.chain.id)
  let expiry: number
  if (saved === undefined) {
    // One step: commit, then wait out the commitment age (on the dev chain, by moving its clock).
    const testClient = kind === 'embedded' ? anvilTestClient(clients) : undefined
    const advanceTime = testClient
      ? async (seconds: number) => {
          await testClient.increaseTime({ seconds })
          await testClient.mine({ blocks: 1 })
        }
      : undefined
    if (!advanceTime) out('committing, then waiting out the commitment age before registering…')
    expiry = (await client.registerName(full, { duration, ...(advanceTime ? { advanceTime } : {}) })).expiry
  } else {
    expiry = await registerSaved(client, saved, duration, wait)
  }
  await forgetCommitment(dataDir, full)
  out(`registered ${full} until ${when(expiry)}`)
}

async function registerSaved(
  client: NamesClient,
  saved: { name: string; owner: Hex; secret: Hex },
  duration: number,
  wait: boolean,
): Promise<number> {
  try {
    return (await client.register(saved, { duration })).expiry
  } catch (error) {
    const failure = toNamesError(error)
    const seconds = failure.details.secondsToWait
    if (!wait || failure.code !== 'COMMITMENT_TOO_NEW' || typeof seconds !== 'number') throw failure
    out(`waiting ${seconds} s for the commitment to be old enough…`)
    await new Promise((resolve) => setTimeout(resolve, (seconds + 2) * 1000))
    return (await client.register(saved, { duration })).expiry
  }
}

async function setRecord(
  client: NamesClient,
  name: string,
  type: string,
  values: string[],
  options: { owner?: string; ttl: string },
): Promise<string> {
  if (type === 'address') {
    const [value] = values
    if (value === undefined || values.length !== 1) throw new Error('give one address')
    await client.setAddress(name, address(value))
    return `address of ${name} set to ${getAddress(value)}`
  }
  if (type === 'text') {
    const [key, ...rest] = values
    if (key === undefined) throw new Error('give the text key, then its value (no value removes it)')
    await client.setText(name, key, rest.join(' '))
    return rest.length === 0 ? `text ${key} of ${name} removed` : `text ${key} of ${name} set`
  }
  const upper = type.toUpperCase()
  if (!(RECORD_TYPES as readonly string[]).includes(upper)) {
    throw new Error(`unknown record type "${type}": use ${RECORD_TYPES.join(', ')}, address or text`)
  }
  const change = rrsetChange(name, {
    type: upper as EditableType,
    ttl: Number(options.ttl),
    values,
    ...(options.owner === undefined ? {} : { owner: options.owner }),
  })
  if (change.kind === 'delete') {
    await client.deleteDnsRecords(name, [change])
    return `${change.type} records of ${change.name} removed`
  }
  await client.setDnsRecords(name, change.records)
  return `${upper} records of ${change.records[0]?.name ?? name} set (${values.length})`
}

async function printRecords(client: NamesClient, name: string, options: { type: string; owner: string; text: string }) {
  const info = await client.nameInfo(name)
  out(`${name}: ${info.status}${info.owner ? `, held by ${info.owner} until ${when(info.expiry)}` : ''}`)
  const addr = await client.getAddress(name)
  if (addr) out(`  address  ${addr}`)
  for (const key of split(options.text)) {
    const value = await client.getText(name, key)
    if (value !== null) out(`  text     ${key}=${value}`)
  }
  const owners = [name, ...split(options.owner).map((o) => `${o}.${name}`)]
  for (const owner of owners) {
    for (const type of split(options.type)) {
      const records = await client.getDnsRecords(name, type.toUpperCase() as DnsType, owner)
      for (const record of records.map(displayRecord))
        out(`  ${record.name} ${record.ttl} IN ${record.type} ${record.data}`)
    }
  }
}

async function printCouncil(client: NamesClient): Promise<void> {
  const groups = await client.council.groups()
  out('groups:')
  for (const g of groups) out(`  ${g.index} ${g.name}: ${g.members} of ${g.seats} seats filled`)
  const count = Number(await client.council.proposalCount())
  if (count === 0) return out('no proposals yet')
  out('proposals:')
  for (let id = count; id >= 1 && id > count - 20; id--) {
    const p = await client.council.proposal(BigInt(id))
    out(`  #${id} ${p.state}, ${p.votes} votes (quorum ${p.quorum}), voting ends ${when(p.voteEnd)}`)
    for (const t of p.tallies.filter((tally) => p.groupsVoting.includes(tally.group))) {
      out(`    ${groups[t.group]?.name ?? t.group}: ${t.for} for, ${t.against} against, ${t.abstain} abstain`)
    }
  }
}

async function deploy(members: string[]): Promise<void> {
  const config = loadConfigOrExit(process.env)
  if (config.chain.kind !== 'rpc')
    throw new Error('set CHAIN_RPC_URL to the chain to deploy to (the embedded chain deploys itself)')
  if (config.chain.deployerKey === undefined)
    throw new Error('set CHAIN_DEPLOYER_KEY to the key that pays for the deployment')
  if (members.length === 0) throw new Error('give at least one council member with --member <address:group>')
  const parsed = members.map((m) => {
    const [addr, group] = m.split(':')
    if (addr === undefined || !isAddress(addr) || !/^\d+$/.test(group ?? '')) {
      throw new Error(`"${m}" is not <address:group>, e.g. 0x70997970C51812dc3A010C7d01b50e0d17dc79C8:0`)
    }
    return { address: getAddress(addr), group: Number(group) }
  })
  const account = privateKeyToAccount(config.chain.deployerKey as Hex)
  const clients = await connectChain({ rpcUrl: config.chain.rpcUrl, account, pollingIntervalMs: 1_000 })
  const deployment = await deployNames(clients, { members: parsed, rootName: config.names.rootName })
  const path = chainFiles(config.chain.dataDir).rpcDeployment
  await saveDeployment(path, deployment)
  out(`deployed ${deployment.rootName} on chain ${deployment.chainId}; addresses saved in ${path}`)
  for (const key of ['registry', 'registrar', 'resolver', 'disputes', 'council', 'timelock'] as const) {
    out(`  ${key.padEnd(9)} ${deployment[key]}`)
  }
}

/** Runs a command body, printing a name system failure as "CODE: message" plus what to do about it. */
async function run(body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (error) {
    if (error instanceof NamesError || error instanceof BaseError) throw new Error(explain(toNamesError(error)))
    throw error
  }
}

/** The one-line explanation of a failure: its code, its message and, when the chain says when, how long to wait. */
export function explain(error: NamesError): string {
  const seconds = error.details.secondsToWait
  const hint = typeof seconds === 'number' ? ` Try again in ${seconds} s (the same command, or add --wait).` : ''
  return `${error.code}: ${error.message}${hint}`
}

/** A bare label means the name directly under the root, as in the web and the API. */
function fullName(client: NamesClient, input: string): string {
  return serverFullName(input, client.rootName)
}

function years(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 10) throw new Error('--years must be a whole number from 1 to 10')
  return n
}

function address(value: string): Hex {
  if (!isAddress(value)) throw new Error(`"${value}" is not an address`)
  return getAddress(value)
}

function split(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}
