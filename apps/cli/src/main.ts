import { Command } from 'commander'
import { adminCreate } from './commands/admin.ts'
import { assessExamples, assessReport } from './commands/assess.ts'
import { build } from './commands/build.ts'
import { demo } from './commands/demo.ts'
import { registerGroupsCommands } from './commands/groups.ts'
import { migrate } from './commands/migrate.ts'
import { registerNamesCommands } from './commands/names.ts'
import { report } from './commands/report.ts'
import { start } from './commands/start.ts'
import { version } from './version.ts'

const program = new Command()
  .name('blockgov')
  .description('Multistakeholder design sprints on blockchain governance, and the projects they produce.')
  .version(version)
  .showHelpAfterError()
  .addHelpText(
    'after',
    '\nConfiguration comes from environment variables; see .env.example or the README for all of them.',
  )

program
  .command('start')
  .description('build the web app if needed, migrate the database and serve everything (same as npm start)')
  .action(start)
program.command('build').description('build the web app').action(build)
program.command('migrate').description('bring the database schema up to date and exit').action(migrate)

program
  .command('demo')
  .description('build a demo session with synthetic people (stop the server first: PGlite allows one process)')
  .argument('<name>', 'which demo: igf2019 (the IGF 2019 DC Blockchain design sprint)')
  .addHelpText(
    'after',
    '\nWith the default embedded database (PGlite in DATA_DIR) only one process may open it: stop `blockgov start`, run the demo, then start the server again.',
  )
  .action(demo)
program
  .command('report')
  .description('print the IGF-style report of a session, drafted from its log')
  .argument('<sessionId>', 'the session id')
  .option('--format <format>', 'md, html or pdf (pdf: redirect to a file)', 'md')
  .option('--organiser <name>', 'organiser named in the header (default: the organiser account name)')
  .option('--session-type <type>', 'session type named in the header', 'Workshop (design sprint)')
  .option('--sdgs <list>', 'related SDGs, comma-separated numbers, e.g. 4,9,16')
  .action(report)

const assess = program
  .command('assess')
  .description('multistakeholder evaluations of government blockchain initiatives')
assess
  .command('report')
  .description('print a published evaluation report')
  .argument('<evaluationId>', 'the evaluation id')
  .argument('[version]', 'the published version', '1')
  .option('--format <format>', 'md or html', 'md')
  .action(assessReport)
assess
  .command('examples')
  .description('publish the illustrative example evaluations for an organiser (stop the server first with PGlite)')
  .requiredOption('--email <email>', 'the organiser account that will own them')
  .action(assessExamples)

registerNamesCommands(program)
registerGroupsCommands(program)

const admin = program.command('admin').description('manage organiser accounts')
admin
  .command('create')
  .description('create an organiser account; the password is asked for (or read from standard input)')
  .requiredOption('--email <email>', 'sign-in email')
  .requiredOption('--name <name>', 'name shown to participants')
  .action(adminCreate)

try {
  await program.parseAsync()
} catch (error) {
  process.stderr.write(`blockgov: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
