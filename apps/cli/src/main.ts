import { Command } from 'commander'
import { adminCreate } from './commands/admin.ts'
import { build } from './commands/build.ts'
import { migrate } from './commands/migrate.ts'
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
