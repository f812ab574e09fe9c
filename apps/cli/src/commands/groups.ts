import { loadConfigOrExit } from '@blockgov/config'
import { type Database, findOrganiserByEmail, openDatabase } from '@blockgov/db'
import { GroupsService } from '@blockgov/groups'
import type { Command } from 'commander'

/** Where command output goes; tests pass a collector. */
type Write = (line: string) => void

/** A service over `database` for one command: no relay (commands never send), links from PUBLIC_URL if set. */
function serviceFor(database: Database): GroupsService {
  const { groups, server } = loadConfigOrExit(process.env)
  return new GroupsService({
    db: database.db,
    listDomain: groups.listDomain,
    publicUrl: () => groups.publicUrl ?? `http://${server.host}:${server.port}`,
    // Queued mail from a command waits in the database; the running server's worker sends it (or shows it).
    relay: groups.smtpUrl !== undefined,
    now: () => new Date(),
  })
}

/** `blockgov groups list`: each group with its list address and member count. */
export async function listGroups(database: Database, write: Write): Promise<void> {
  const groups = await serviceFor(database).groups()
  if (groups.length === 0) write('no working groups yet')
  for (const g of groups) write(`${g.slug}\t${g.address}\t${g.members} member${g.members === 1 ? '' : 's'}\t${g.name}`)
}

export interface CreateGroupOptions {
  readonly name: string
  readonly purpose: string
  readonly leader: string
  readonly nextStep: string
  readonly organiser: string
  readonly slug?: string
}

/** `blockgov groups create …`: a group by hand, with its announcement drafted (send it from the web page). */
export async function createGroup(database: Database, options: CreateGroupOptions, write: Write): Promise<void> {
  const organiser = await findOrganiserByEmail(database.db, options.organiser.toLowerCase())
  if (organiser === undefined) throw new Error(`no organiser account has the email ${options.organiser}`)
  const created = await serviceFor(database).createGroup({
    name: options.name,
    purpose: options.purpose,
    leader: options.leader,
    nextStep: options.nextStep,
    createdBy: organiser.id,
    ...(options.slug === undefined ? {} : { slug: options.slug }),
  })
  if (!created.ok) throw new Error(`${created.code}: the group was not created`)
  write(`created ${created.value.slug} (${created.value.address}); its announcement to the main list is a draft`)
}

/** `blockgov groups outbox`: the newest outgoing mail and its state. */
export async function showOutbox(database: Database, limit: number, write: Write): Promise<void> {
  const rows = await serviceFor(database).outbox(limit)
  if (rows.length === 0) write('the outbox is empty')
  for (const row of rows) {
    write(`${row.createdAt.toISOString()}\t${row.state}\t${row.kind}\t${row.recipient}\t${row.subject}`)
  }
}

async function withDatabase(action: (database: Database) => Promise<void>): Promise<void> {
  const database = await openDatabase(loadConfigOrExit(process.env).database)
  try {
    await action(database)
  } finally {
    await database.close()
  }
}

const out: Write = (line) => process.stdout.write(`${line}\n`)

/** Registers `blockgov groups list|create|outbox`. */
export function registerGroupsCommands(program: Command): void {
  const groups = program
    .command('groups')
    .description('working groups and their mailing lists (stop the server first on the embedded database)')
  groups
    .command('list')
    .description('list working groups with their list addresses and member counts')
    .action(() => withDatabase((database) => listGroups(database, out)))
  groups
    .command('create')
    .description('create a working group by hand; its announcement is drafted for the web page to send')
    .requiredOption('--name <name>', 'group name')
    .requiredOption('--purpose <text>', 'what the group intends to do')
    .requiredOption('--leader <name>', 'project leader')
    .requiredOption('--next-step <text>', 'the next step')
    .requiredOption('--organiser <email>', 'organiser account creating it')
    .option('--slug <slug>', 'list name (default: from the name)')
    .action((options: CreateGroupOptions) => withDatabase((database) => createGroup(database, options, out)))
  groups
    .command('outbox')
    .description('show the newest outgoing mail: queued, sent, failed or stored in the built-in outbox')
    .option('--limit <n>', 'how many', '50')
    .action((options: { limit: string }) =>
      withDatabase((database) => showOutbox(database, Math.max(1, Math.min(1000, Number(options.limit) || 50)), out)),
    )
}
