import { describeEachDatabase } from '@blockgov/db/testing'
import { sessionReport } from '@blockgov/server'
import { renderHtml, renderMarkdown, type SessionReport } from '@blockgov/sprint'
import { beforeAll, expect, it } from 'vitest'
import { buildIgf2019Demo, type DemoResult } from './igf2019.ts'

describeEachDatabase('buildIgf2019Demo', (database) => {
  let demo: DemoResult
  let report: SessionReport

  beforeAll(async () => {
    demo = await buildIgf2019Demo(database())
    const drafted = await sessionReport(database(), demo.sessionId, { sessionType: 'Workshop', sdgs: [4, 9, 16] })
    if (drafted === null) throw new Error('no report')
    report = drafted
  }, 60_000)

  it('has the shape of the IGF 2019 session', () => {
    expect(report.participation).toMatchObject({
      inRoom: 47,
      online: 4,
      total: 51,
      women: 18,
      interventions: { fromOnline: 4 },
    })
    expect(report.gender).toMatchObject({ groups: 5, groupsWithWoman: 5, unmetReasons: [] })
    expect(report.roles).toHaveLength(5)
    for (const r of report.roles) expect(r.facilitator !== null && r.rapporteur !== null).toBe(true)
    expect(report.organiser).toBe('Demo organiser')
    expect(report.lengthMinutes).toBe(90)
  })

  it('ends with five outcomes and a markdown report carrying the figures', () => {
    const md = renderMarkdown(report)
    expect(md.match(/Leader: Participant \d\d \(synthetic\)\. Next step: /g)).toHaveLength(5)
    for (const line of [
      '- In the room (signed in): 47',
      '- Online: 4',
      '- Total: 51',
      '- Women: 18 (from consented answers; 8 did not answer)',
      '- Interventions from online participants: 4',
      '- Related SDGs: SDG 4, SDG 9, SDG 16',
    ]) {
      expect(md).toContain(line)
    }
    expect(md).toContain('An interactive map of data-protection considerations')
    expect(md).toMatch(/### Design of Group 1 \(sprint 1: Group 1; sprint 2: Group \d\)/)
    expect(renderHtml(report)).toContain('<tr><th scope="row">Total</th><td>51</td></tr>')
  })

  it('reuses the demo organiser on a second run', async () => {
    const again = await buildIgf2019Demo(database())
    expect(demo.password).not.toBeNull()
    expect(again.password).toBeNull()
    expect(again.sessionId).not.toBe(demo.sessionId)
  }, 60_000)
})
