// `npm run db:generate -- --name <what_changed>`: drizzle-kit generate with any extra arguments, then the
// schema qualifiers removed (see unqualify-migrations.ts).
import { spawnSync } from 'node:child_process'

const result = spawnSync(
  'npx',
  ['drizzle-kit', 'generate', '--config', 'packages/db/drizzle.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
)
if (result.status !== 0) process.exit(result.status ?? 1)
await import('./unqualify-migrations.ts')
