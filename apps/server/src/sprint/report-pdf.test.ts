import {
  applyEvent,
  draftReport,
  emptySession,
  igfDesignSprint,
  participation,
  type SessionEvent,
} from '@blockgov/sprint'
import { describe, expect, it } from 'vitest'
import { renderPdf } from './report-pdf.ts'

function state(events: SessionEvent[]) {
  return events.reduce(
    (s, event, i) => applyEvent(s, { seq: i + 1, at: 1_000 * (i + 1), actor: null, commandId: null, event }),
    emptySession('s'),
  )
}

describe('renderPdf', () => {
  it('writes a tagged PDF with its language, title and an embedded font, so text is selectable and readable', async () => {
    const session = state([
      {
        type: 'sessionCreated',
        title: 'Gouvernance des chaînes de blocs — Ελληνικά',
        code: 'ABC234',
        templateId: igfDesignSprint.id,
        agenda: igfDesignSprint.agenda,
        criteria: [],
        organiserId: 'o',
      },
      { type: 'participantJoined', participantId: 'p', displayName: 'Zoë', presence: 'online', via: 'code' },
    ])
    const report = draftReport(session, {
      organiser: 'DC Blockchain',
      sessionType: 'Workshop',
      sdgs: [16],
      participation: participation(session, () => undefined),
    })
    const pdf = (await renderPdf(report)).toString('latin1')
    expect(pdf.startsWith('%PDF-1.7')).toBe(true)
    expect(pdf).toContain('/StructTreeRoot')
    expect(pdf).toContain('/MarkInfo')
    expect(pdf).toContain('/Marked true')
    expect(pdf).toContain('/Lang (en)')
    expect(pdf).toContain('/DisplayDocTitle true')
    expect(pdf).toMatch(/\/S \/H1/)
    expect(pdf).toMatch(/\/S \/LI/)
    expect(pdf).toContain('/ToUnicode') // glyphs map back to text: selectable and searchable
    expect(pdf).toContain('DejaVuSans')
  })
})
