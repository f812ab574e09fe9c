import { randomUUID } from 'node:crypto'
import { insertOrganiser } from '@blockgov/db'
import { describeEachDatabase } from '@blockgov/db/testing'
import { expect, it } from 'vitest'
import { createGroup, listGroups, showOutbox } from './groups.ts'

describeEachDatabase('blockgov groups', (database) => {
  it('creates a group by hand, lists it, and shows the (empty) outbox', async () => {
    const lines: string[] = []
    const write = (line: string) => lines.push(line)
    await insertOrganiser(database().db, {
      id: randomUUID(),
      email: 'cli@example.org',
      displayName: 'CLI',
      passwordHash: 'x',
    })
    await listGroups(database(), write)
    expect(lines).toEqual(['no working groups yet'])
    await createGroup(
      database(),
      {
        name: 'Open data',
        purpose: 'Publish data',
        leader: 'Ada',
        nextStep: 'Inventory',
        organiser: 'CLI@example.org',
      },
      write,
    )
    expect(lines[1]).toBe(
      'created open-data (open-data@lists.blockgov.alt); its announcement to the main list is a draft',
    )
    await expect(
      createGroup(
        database(),
        { name: 'x', purpose: 'p', leader: 'l', nextStep: 'n', organiser: 'nobody@example.org' },
        write,
      ),
    ).rejects.toThrow('no organiser account has the email nobody@example.org')
    await expect(
      createGroup(
        database(),
        { name: 'Open data', purpose: 'p', leader: 'l', nextStep: 'n', organiser: 'cli@example.org' },
        write,
      ),
    ).rejects.toThrow('WORKING_GROUP_SLUG_TAKEN')
    await listGroups(database(), write)
    expect(lines[2]).toBe('open-data\topen-data@lists.blockgov.alt\t0 members\tOpen data')
    await showOutbox(database(), 10, write)
    expect(lines[3]).toBe('the outbox is empty')
  })
})
