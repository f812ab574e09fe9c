import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Db } from './database.ts'
import { appMeta } from './schema.ts'

/**
 * Returns this installation's id, creating it on first use. It tells a reused database from a new one
 * (a second `npm start` must find the same id).
 */
export async function ensureInstanceId(db: Db): Promise<string> {
  await db
    .insert(appMeta)
    .values({ key: 'instance_id', value: randomUUID() })
    .onConflictDoNothing({ target: appMeta.key })
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, 'instance_id'))
  if (typeof row?.value !== 'string') throw new Error('instance_id missing after insert')
  return row.value
}
