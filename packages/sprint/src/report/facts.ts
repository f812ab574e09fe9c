import type { SessionReport } from './draft.ts'

/** A label and its value, shown as a list item in markdown and as a table row or definition in HTML. */
export interface Fact {
  readonly label: string
  readonly value: string
}

/** The header of the report: organiser, type and length, related SDGs. */
export function headerFacts(report: SessionReport): Fact[] {
  return [
    { label: 'Session organiser', value: report.organiser },
    { label: 'Session type', value: report.sessionType },
    { label: 'Length', value: `${report.lengthMinutes} minutes` },
    {
      label: 'Related SDGs',
      value: report.sdgs.length === 0 ? 'None given' : report.sdgs.map((n) => `SDG ${n}`).join(', '),
    },
  ]
}

/** Section 6, one figure per row. */
export function participationFacts(report: SessionReport): Fact[] {
  const p = report.participation
  return [
    { label: 'In the room (signed in)', value: String(p.inRoom) },
    { label: 'Online', value: String(p.online) },
    { label: 'Total', value: String(p.total) },
    {
      label: 'Women',
      value: `${p.women} (from consented answers; ${p.genderNotAnswered} did not answer)`,
    },
    { label: 'Interventions from the floor (in the room)', value: String(p.interventions.fromRoom) },
    { label: 'Interventions from online participants', value: String(p.interventions.fromOnline) },
  ]
}

/** What an empty organiser-provided section shows. */
export const NOT_PROVIDED = 'Not provided.'
