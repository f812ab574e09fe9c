import { randomUUID } from 'node:crypto'
import { insertOrganiser } from '@blockgov/db'
import { describeEachDatabase } from '@blockgov/db/testing'
import { expect, it } from 'vitest'
import { assessReportText, loadAssessExamples } from './assess.ts'

describeEachDatabase('blockgov assess', (database) => {
  it('loads the illustrative examples for an organiser and prints their published reports', async () => {
    const email = 'assess-cli@example.org'
    await insertOrganiser(database().db, { id: randomUUID(), email, displayName: 'CLI', passwordHash: 'unused' })
    const { ids, created } = await loadAssessExamples(database(), email)
    expect(ids).toHaveLength(2)
    expect(created).toBe(2)
    // A second load publishes nothing twice.
    expect(await loadAssessExamples(database(), email)).toEqual({ ids, created: 0 })
    const markdown = await assessReportText(database(), ids[0] ?? '', '1', 'md')
    expect(markdown).toMatch(/^# Evaluation report: The Land Registry in the blockchain – testbed\n/)
    expect(markdown).toContain('Illustrative example.')
    const html = await assessReportText(database(), ids[1] ?? '', '1', 'html')
    expect(html).toContain('<h1>Evaluation report: Blockchain land-title registration</h1>')
  })

  it('refuses unknown organisers, bad arguments and missing reports', async () => {
    await expect(loadAssessExamples(database(), 'nobody@example.org')).rejects.toThrow(/no organiser account/)
    await expect(assessReportText(database(), randomUUID(), '1', 'pdf')).rejects.toThrow(/--format/)
    await expect(assessReportText(database(), 'not-an-id', '1', 'md')).rejects.toThrow(/not an evaluation id/)
    await expect(assessReportText(database(), randomUUID(), '0', 'md')).rejects.toThrow(/not a report version/)
    await expect(assessReportText(database(), randomUUID(), '1', 'md')).rejects.toThrow(/no published report/)
  })
})
