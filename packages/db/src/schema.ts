import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Small key–value facts about this installation (its id, when it was first started). Feature packages add
 * their own tables in their own schema modules; this one exists so every database has a place for them.
 */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})
