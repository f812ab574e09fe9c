import { reportSections, reportText, type SessionReport } from './draft.ts'
import { type Fact, headerFacts, NOT_PROVIDED, participationFacts } from './facts.ts'
import { escapeHtml as h, markdownSubsetToHtml } from './markdown-subset.ts'

function factsTable(caption: string, facts: readonly Fact[]): string {
  const rows = facts.map((f) => `<tr><th scope="row">${h(f.label)}</th><td>${h(f.value)}</td></tr>`).join('\n')
  return `<table>\n<caption>${h(caption)}</caption>\n<tbody>\n${rows}\n</tbody>\n</table>`
}

function rolesTable(report: SessionReport): string {
  if (report.roles.length === 0) return '<p>No break-out groups were formed.</p>'
  const name = (n: string | null) => (n === null ? '—' : h(n))
  const rows = report.roles
    .map(
      (r) => `<tr><th scope="row">${h(r.group)}</th><td>${name(r.facilitator)}</td><td>${name(r.rapporteur)}</td></tr>`,
    )
    .join('\n')
  return [
    '<table>',
    '<caption>Speakers and facilitators: facilitators and rapporteurs of each group</caption>',
    '<thead><tr><th scope="col">Group</th><th scope="col">Facilitator</th><th scope="col">Rapporteur</th></tr></thead>',
    `<tbody>\n${rows}\n</tbody>`,
    '</table>',
  ].join('\n')
}

function prose(markdown: string): string {
  return markdown.trim() === '' ? `<p>${NOT_PROVIDED}</p>` : markdownSubsetToHtml(markdown)
}

/**
 * The report as a complete, standalone HTML document: `lang`, `<title>`, one `<h1>`, an `<h2>` per section,
 * tables with `<caption>` and `<th scope>`. No scripts, no styles, no external resources, so it passes the
 * strictest CSP and prints cleanly; every piece of text is escaped (editor markdown goes through the safe subset).
 *
 * @example
 * renderHtml(report).startsWith('<!doctype html>') // true
 */
export function renderHtml(report: SessionReport): string {
  const section = (n: keyof typeof reportSections, body: string) =>
    `<section aria-labelledby="section-${n}">\n<h2 id="section-${n}">${n}. ${h(reportSections[n])}</h2>\n${body}\n</section>`
  const header = headerFacts(report)
    .map((f) => `<dt>${h(f.label)}</dt><dd>${h(f.value)}</dd>`)
    .join('\n')
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Session report: ${h(report.title)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${h(report.title)}</h1>`,
    `<dl>\n${header}\n</dl>`,
    rolesTable(report),
    section(1, prose(report.keyPolicyQuestions)),
    section(2, prose(reportText(report.issues))),
    section(3, prose(reportText(report.recommendations))),
    section(4, prose(report.otherInitiatives)),
    section(5, prose(reportText(report.progress))),
    section(6, factsTable('Estimated participation', participationFacts(report))),
    section(7, `<p>${h(report.gender.text)}</p>`),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
