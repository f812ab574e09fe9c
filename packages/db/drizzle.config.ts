import { defineConfig } from 'drizzle-kit'

// Migrations are generated from src/schema.ts with `npm run db:generate` and committed; a test fails when
// the schema and the committed migrations drift apart.
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema.ts',
  out: './packages/db/migrations',
})
