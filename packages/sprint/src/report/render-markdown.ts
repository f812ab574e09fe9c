import { reportSections, reportText, type SessionReport } from './draft.ts'
import { headerFacts, NOT_PROVIDED, participationFacts } from './facts.ts'
import { escapeMarkdown as md } from './markdown-subset.ts'

function cell(text: string | null): string {
  return text === null ? '—' : md(text)
}

/**
 * The report as a markdown document: `#` title, header facts, a facilitators table, then `## n. Section` for
 * each of the seven sections. Participant text is escaped; editor text (sections 1, 4 and edited 2, 3, 5) is
 * markdown already and goes in as written.
 *
 * @example
 * renderMarkdown(draftReport(state, input)).startsWith('# ') // true
 */
export function renderMarkdown(report: SessionReport): string {
  const lines: string[] = [`# ${md(report.title)}`, '']
  for (const fact of headerFacts(report)) lines.push(`- ${fact.label}: ${md(fact.value)}`)
  lines.push('', 'Speakers and facilitators:', '')
  if (report.roles.length === 0) {
    lines.push('No break-out groups were formed.')
  } else {
    lines.push('| Group | Facilitator | Rapporteur |', '| --- | --- | --- |')
    for (const r of report.roles) lines.push(`| ${cell(r.group)} | ${cell(r.facilitator)} | ${cell(r.rapporteur)} |`)
  }
  const section = (n: keyof typeof reportSections, body: string) =>
    lines.push('', `## ${n}. ${reportSections[n]}`, '', body.trim() === '' ? NOT_PROVIDED : body.trim())
  section(1, report.keyPolicyQuestions)
  section(2, reportText(report.issues))
  section(3, reportText(report.recommendations))
  section(4, report.otherInitiatives)
  section(5, reportText(report.progress))
  section(
    6,
    participationFacts(report)
      .map((f) => `- ${f.label}: ${md(f.value)}`)
      .join('\n'),
  )
  section(7, md(report.gender.text))
  return `${lines.join('\n')}\n`
}
