import { insertOrganiser } from '@blockgov/db'
import { describeEachDatabase } from '@blockgov/db/testing'
import { beforeAll, expect, it } from 'vitest'
import { buildReport } from './report.ts'
import { AssessService } from './service.ts'
import type { InitiativeInput, StoredScore } from './views.ts'

const initiative: InitiativeInput = {
  name: 'Land register pilot',
  body: 'Ministry of Examples',
  jurisdiction: 'Exampleland',
  stage: 'pilot',
  description: 'A pilot of a shared land register.',
  links: ['https://example.org/pilot'],
}

const organiserId = '00000000-0000-4000-8000-000000000001'
const otherOrganiserId = '00000000-0000-4000-8000-000000000002'

describeEachDatabase('AssessService', (database) => {
  let service: AssessService
  let clock = new Date('2026-11-27T10:00:00.000Z')

  beforeAll(async () => {
    const { db } = database()
    service = new AssessService(db, () => clock)
    for (const [id, email] of [
      [organiserId, 'assess-organiser@example.org'],
      [otherOrganiserId, 'other-organiser@example.org'],
    ] as const) {
      await insertOrganiser(db, { id, email, displayName: 'Organiser', passwordHash: 'x' })
    }
  })

  async function panelOfThree(id: string): Promise<string[]> {
    const tokens = ['token-gov', 'token-cs', 'token-tech'].map((t) => `${t}-${id}`)
    const groups = ['government', 'civil-society', 'technical-community'] as const
    for (const [i, token] of tokens.entries()) {
      expect((await service.invite(id, organiserId, `Evaluator ${i + 1}`, token)).ok).toBe(true)
      expect(await service.declare(token, groups[i] ?? 'academia', i === 1 ? 'Member of an NGO' : '')).toEqual({
        ok: true,
        value: true,
      })
    }
    return tokens
  }

  it('runs an evaluation from registration to a published, versioned report', async () => {
    const id = await service.create(organiserId, initiative, 3)
    expect(await service.act(id, organiserId, 'open-panel', '')).toEqual({ ok: false, code: 'ASSESS_GATE_INCOMPLETE' })
    await service.updateSetup(id, organiserId, { gateAnswers: { 'store-state': true, 'multiple-writers': false } })
    expect((await service.act(id, organiserId, 'open-panel', '')).ok).toBe(true)
    const [gov, cs, tech] = await panelOfThree(id)
    await service.score(gov ?? '', { principleId: 'necessity', rating: 4, rationale: 'Documented.', evidence: [] })
    await service.score(cs ?? '', { principleId: 'necessity', rating: 1, rationale: 'Not compared.', evidence: [] })
    await service.score(tech ?? '', {
      principleId: 'necessity',
      rating: 'cannot-assess',
      rationale: 'Not public.',
      evidence: [],
    })
    await service.setMinorityStatement(cs ?? '', 'We disagree, verbatim.')
    expect((await service.act(id, organiserId, 'close-panel', '')).ok).toBe(true)
    await service.setConclusions(id, organiserId, 'Findings.', 'Recommendations.')
    expect((await service.act(id, organiserId, 'open-comment', '')).ok).toBe(true)
    expect(await service.comment(id, 'A public comment.')).toEqual({ ok: true, value: true })
    expect(await service.act(id, organiserId, 'publish', '')).toEqual({
      ok: true,
      value: { status: 'published', version: 1 },
    })

    const published = await service.publishedReport(id, 1)
    if (!published.ok) throw new Error(published.code)
    const report = buildReport(published.value)
    expect(report.panel.multistakeholder).toBe(true)
    expect(report.gate.outcome?.id).toBe('central-database')
    expect(report.aggregation.principles[0]?.overall).toMatchObject({ n: 3, rated: 2, cannotAssess: 1, median: 2.5 })
    expect(published.value.evaluators[1]?.minorityStatement).toBe('We disagree, verbatim.')
    expect(published.value.comments.map((c) => c.text)).toEqual(['A public comment.'])
    expect(published.value.changelog).toEqual([{ version: 1, at: clock.toISOString(), text: 'First publication.' }])

    // A revision publishes version 2 with a changelog; version 1 stays as it was.
    expect((await service.act(id, organiserId, 'revise', '')).ok).toBe(true)
    await service.setConclusions(id, organiserId, 'Corrected findings.', 'Recommendations.')
    expect(await service.act(id, organiserId, 'publish', '')).toEqual({ ok: false, code: 'ASSESS_CHANGELOG_REQUIRED' })
    clock = new Date('2026-11-28T10:00:00.000Z')
    expect(await service.act(id, organiserId, 'publish', 'Corrected the findings.')).toMatchObject({ ok: true })
    const v1 = await service.publishedReport(id, 1)
    const v2 = await service.publishedReport(id, 2)
    expect(v1.ok && v1.value.findings).toBe('Findings.')
    expect(v2.ok && v2.value.findings).toBe('Corrected findings.')
    expect(v2.ok && v2.value.changelog.map((c) => c.text)).toEqual(['First publication.', 'Corrected the findings.'])
    expect(await service.publishedReport(id, 3)).toEqual({ ok: false, code: 'ASSESS_REPORT_NOT_FOUND' })
    expect((await service.listPublished()).find((p) => p.id === id)?.version).toBe(2)

    const log = await service.auditLog(id, organiserId)
    expect(log.ok && log.value.map((e) => e.action)).toEqual([
      'created',
      'setup-changed',
      'open-panel',
      'evaluator-invited',
      'declared',
      'evaluator-invited',
      'declared',
      'evaluator-invited',
      'declared',
      'scored',
      'scored',
      'scored',
      'minority-statement',
      'close-panel',
      'conclusions-changed',
      'open-comment',
      'commented',
      'publish',
      'revise',
      'conclusions-changed',
      'publish',
    ])
  })

  it('keeps scores to their evaluators, and only while the panel is open', async () => {
    const id = await service.create(organiserId, initiative, 3)
    await service.updateSetup(id, organiserId, { gateAnswers: { 'store-state': false } })
    await service.invite(id, organiserId, 'Late declarer', `undeclared-${id}`)
    await service.act(id, organiserId, 'open-panel', '')
    const score: StoredScore = { principleId: 'necessity', rating: 2, rationale: 'r', evidence: [] }
    expect(await service.score(`undeclared-${id}`, score)).toEqual({ ok: false, code: 'ASSESS_DECLARATION_REQUIRED' })
    const [gov] = await panelOfThree(id)
    expect(await service.score('no-such-token', score)).toEqual({ ok: false, code: 'ASSESS_INVITE_INVALID' })
    expect(await service.score(gov ?? '', { ...score, principleId: 'nope' })).toEqual({
      ok: false,
      code: 'ASSESS_PRINCIPLE_UNKNOWN',
    })
    expect(await service.score(gov ?? '', score)).toEqual({ ok: true, value: true })
    expect(await service.score(gov ?? '', { ...score, rating: 3 })).toEqual({ ok: true, value: true })
    await service.act(id, organiserId, 'close-panel', '')
    expect(await service.score(gov ?? '', { ...score, rating: 0 })).toEqual({ ok: false, code: 'ASSESS_WRONG_STATE' })
    const mine = await service.asEvaluator(gov ?? '')
    expect(mine.ok && mine.value.scores.map((s) => s.rating)).toEqual([3])
  })

  it('lets only the owning organiser manage an evaluation', async () => {
    const id = await service.create(organiserId, initiative, 3)
    expect(await service.updateSetup(id, otherOrganiserId, { gateAnswers: {} })).toEqual({
      ok: false,
      code: 'ASSESS_NOT_ORGANISER',
    })
    expect(await service.act(id, otherOrganiserId, 'open-panel', '')).toEqual({
      ok: false,
      code: 'ASSESS_NOT_ORGANISER',
    })
    expect(await service.view(id, otherOrganiserId)).toEqual({ ok: false, code: 'ASSESS_NOT_ORGANISER' })
    expect(await service.view('00000000-0000-4000-8000-00000000ffff', organiserId)).toEqual({
      ok: false,
      code: 'ASSESS_NOT_FOUND',
    })
    expect(await service.comment(id, 'too early')).toEqual({ ok: false, code: 'ASSESS_COMMENTS_CLOSED' })
  })

  it('freezes the initiative and gate once the panel is open', async () => {
    const id = await service.create(organiserId, initiative, 2)
    await service.updateSetup(id, organiserId, { gateAnswers: { 'store-state': false } })
    await service.act(id, organiserId, 'open-panel', '')
    expect(await service.updateSetup(id, organiserId, { initiative: { ...initiative, name: 'Renamed' } })).toEqual({
      ok: false,
      code: 'ASSESS_WRONG_STATE',
    })
    const view = await service.view(id, organiserId)
    expect(view.ok && view.value.initiative.name).toBe('Land register pilot')
    expect(view.ok && view.value.threshold).toBe(2)
  })
})
