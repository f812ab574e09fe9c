import { cannotAssess, illustrativeNotice, principleSet } from '@blockgov/content'
import type { Spread } from './aggregate.ts'
import { type AssessReport, formatStat, groupLabel, principleTitle, ratingText } from './report.ts'

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}
const h = escapeHtml

/** Markdown table cells cannot hold pipes or line breaks. */
function cell(text: string): string {
  return text.replaceAll('|', '/').replaceAll(/\s+/g, ' ')
}

function spreadCells(s: Spread): string[] {
  return [
    formatStat(s.median),
    s.q1 === null ? '—' : `${formatStat(s.q1)}–${formatStat(s.q3)}`,
    s.min === null ? '—' : `${formatStat(s.min)}–${formatStat(s.max)}`,
    String(s.rated),
    String(s.cannotAssess),
  ]
}

const spreadHeaders = ['Median', 'Interquartile range', 'Min–max', 'n rated', 'Cannot assess']

/** One row per principle, one header row; the HTML and the Markdown show the same table. */
function principleRows(report: AssessReport): { head: string[]; rows: string[][] } {
  return {
    head: ['Principle', ...spreadHeaders, 'Groups disagree'],
    rows: report.aggregation.principles.map((p) => [
      principleTitle(p.principleId),
      ...spreadCells(p.overall),
      p.disagreement === null
        ? 'No'
        : `Yes: ${groupLabel(p.disagreement.high.group)} ${formatStat(p.disagreement.high.median)} vs ${groupLabel(p.disagreement.low.group)} ${formatStat(p.disagreement.low.median)}`,
    ]),
  }
}

function groupRows(report: AssessReport): { head: string[]; rows: string[][] } {
  return {
    head: ['Stakeholder group', ...spreadHeaders],
    rows: report.aggregation.byGroup.map((g) => [groupLabel(g.group), ...spreadCells(g.spread)]),
  }
}

function panelLine(report: AssessReport): string {
  const { panel } = report
  const label = panel.multistakeholder ? 'Multistakeholder evaluation' : 'Not a multistakeholder evaluation'
  const groups = panel.groups.map(groupLabel).join(', ') || 'none'
  return `${label}: ${panel.groups.length} stakeholder group(s) took part (${groups}); the threshold is ${panel.threshold} groups.`
}

function gateLines(report: AssessReport): string[] {
  const steps = report.gate.steps.map((s) => `${s.question.text} ${s.answer ? 'Yes' : 'No'}.`)
  const outcome = report.gate.outcome
  return [
    ...steps,
    outcome === null ? 'The gate was not completed.' : `Outcome: ${outcome.label}. ${outcome.explanation}`,
  ]
}

/**
 * The report as Markdown: the one wording every other format (the PDF) is rendered from.
 *
 * @example
 * renderReportMarkdown(report).startsWith('# ') // true
 */
export function renderReportMarkdown(report: AssessReport): string {
  const { input } = report
  const table = ({ head, rows }: { head: string[]; rows: string[][] }) =>
    [
      `| ${head.join(' | ')} |`,
      `|${head.map(() => ' --- ').join('|')}|`,
      ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ].join('\n')
  const lines = [
    `# Evaluation report: ${input.initiative.name}`,
    '',
    ...(input.illustrative ? [`${illustrativeNotice}`, ''] : []),
    `Version ${input.version}, published ${input.publishedAt.slice(0, 10)}. Principles version ${report.principleSetVersion}.`,
    '',
    '## Initiative',
    '',
    `- Government body: ${input.initiative.body}`,
    `- Jurisdiction: ${input.initiative.jurisdiction}`,
    `- Stage: ${input.initiative.stage}`,
    ...input.initiative.links.map((l) => `- Link: ${l}`),
    '',
    input.initiative.description,
    '',
    '## Gate: do you need a blockchain?',
    '',
    ...gateLines(report).map((l) => `- ${l}`),
    '',
    '## Panel',
    '',
    panelLine(report),
    '',
    ...input.evaluators.map(
      (e) =>
        `- ${e.label} (${e.group === null ? 'no group declared' : groupLabel(e.group)}); conflicts of interest: ${e.conflicts.trim() || 'none declared'}`,
    ),
    '',
    '## Scores by principle',
    '',
    `Ratings 0–4 on the anchored scale; “${cannotAssess.label}” is counted separately and left out of medians.`,
    '',
    table(principleRows(report)),
    '',
    '## Scores by stakeholder group',
    '',
    table(groupRows(report)),
    '',
    `Overall median ${formatStat(report.aggregation.overall.median)} (interquartile range ${formatStat(report.aggregation.overall.q1)}–${formatStat(report.aggregation.overall.q3)}, ${report.aggregation.overall.rated} ratings).`,
    '',
    '## Rationales',
    '',
    ...principleSet.principles.flatMap((p) => {
      const scores = input.scores.filter((s) => s.principleId === p.id)
      return [
        `### ${p.title}`,
        '',
        ...scores.map((s) => {
          const who = input.evaluators.find((e) => e.id === s.evaluatorId)?.label ?? 'Evaluator'
          const evidence = s.evidence.length === 0 ? '' : ` Evidence: ${s.evidence.join(', ')}`
          return `- ${who}: ${ratingText(s.rating)}. ${s.rationale}${evidence}`
        }),
        '',
      ]
    }),
    '## Findings',
    '',
    ...report.derivedFindings.map((f) => `- ${f}`),
    ...(input.findings.trim() === '' ? [] : ['', input.findings.trim()]),
    '',
    '## Dissent (minority statements, verbatim)',
    '',
    ...(input.evaluators.some((e) => e.minorityStatement !== null)
      ? input.evaluators
          .filter((e) => e.minorityStatement !== null)
          .map((e) => `- ${e.label}: “${e.minorityStatement}”`)
      : ['No minority statements.']),
    '',
    '## Recommendations',
    '',
    input.recommendations.trim() || 'None recorded.',
    '',
    '## Public comments',
    '',
    ...(input.comments.length === 0
      ? ['No public comments.']
      : input.comments.map((c) => `- ${c.at.slice(0, 10)}: ${c.text}`)),
    '',
    '## Changelog',
    '',
    ...input.changelog.map((c) => `- Version ${c.version} (${c.at.slice(0, 10)}): ${c.text}`),
  ]
  return `${lines.join('\n').trim()}\n`
}

function htmlTable(caption: string, { head, rows }: { head: string[]; rows: string[][] }): string {
  return [
    '<table>',
    `<caption>${h(caption)}</caption>`,
    `<thead><tr>${head.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map(
      ([first, ...rest]) =>
        `<tr><th scope="row">${h(first ?? '')}</th>${rest.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`,
    ),
    '</tbody>',
    '</table>',
  ].join('\n')
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${h(p)}</p>`)
    .join('\n')
}

/**
 * The report as a standalone HTML document: `lang`, one `<h1>`, sections with `<h2>`, tables with captions and
 * scoped headers. No scripts, styles or external resources; every piece of text is escaped.
 */
export function renderReportHtml(report: AssessReport): string {
  const { input } = report
  const list = (items: readonly string[]) => `<ul>\n${items.map((i) => `<li>${h(i)}</li>`).join('\n')}\n</ul>`
  const section = (id: string, title: string, body: string) =>
    `<section aria-labelledby="${id}">\n<h2 id="${id}">${h(title)}</h2>\n${body}\n</section>`
  const dissent = input.evaluators.filter((e) => e.minorityStatement !== null)
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Evaluation report: ${h(input.initiative.name)} (version ${input.version})</title>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>Evaluation report: ${h(input.initiative.name)}</h1>`,
    input.illustrative ? `<p><strong>${h(illustrativeNotice)}</strong></p>` : '',
    `<p>Version ${input.version}, published ${h(input.publishedAt.slice(0, 10))}. Principles version ${h(report.principleSetVersion)}.</p>`,
    section(
      'initiative',
      'Initiative',
      [
        '<dl>',
        `<dt>Government body</dt><dd>${h(input.initiative.body)}</dd>`,
        `<dt>Jurisdiction</dt><dd>${h(input.initiative.jurisdiction)}</dd>`,
        `<dt>Stage</dt><dd>${h(input.initiative.stage)}</dd>`,
        '</dl>',
        paragraphs(input.initiative.description),
        input.initiative.links.length === 0 ? '' : list(input.initiative.links),
      ].join('\n'),
    ),
    section('gate', 'Gate: do you need a blockchain?', list(gateLines(report))),
    section(
      'panel',
      'Panel',
      `<p>${h(panelLine(report))}</p>\n${list(
        input.evaluators.map(
          (e) =>
            `${e.label} (${e.group === null ? 'no group declared' : groupLabel(e.group)}); conflicts of interest: ${e.conflicts.trim() || 'none declared'}`,
        ),
      )}`,
    ),
    section(
      'scores',
      'Scores',
      [
        `<p>Ratings 0–4 on the anchored scale; “${h(cannotAssess.label)}” is counted separately and left out of medians.</p>`,
        htmlTable('Scores by principle: median and spread', principleRows(report)),
        htmlTable('Scores by stakeholder group, all principles', groupRows(report)),
      ].join('\n'),
    ),
    section(
      'rationales',
      'Rationales',
      principleSet.principles
        .map((p) => {
          const scores = input.scores.filter((s) => s.principleId === p.id)
          const who = (id: string) => input.evaluators.find((e) => e.id === id)?.label ?? 'Evaluator'
          const items = scores.map(
            (s) =>
              `${who(s.evaluatorId)}: ${ratingText(s.rating)}. ${s.rationale}${s.evidence.length === 0 ? '' : ` Evidence: ${s.evidence.join(', ')}`}`,
          )
          return `<h3>${h(p.title)}</h3>\n${items.length === 0 ? '<p>No scores.</p>' : list(items)}`
        })
        .join('\n'),
    ),
    section('findings', 'Findings', `${list(report.derivedFindings)}\n${paragraphs(input.findings)}`),
    section(
      'dissent',
      'Dissent (minority statements, verbatim)',
      dissent.length === 0
        ? '<p>No minority statements.</p>'
        : dissent
            .map(
              (e) =>
                `<figure><blockquote><p>${h(e.minorityStatement ?? '')}</p></blockquote><figcaption>${h(e.label)}</figcaption></figure>`,
            )
            .join('\n'),
    ),
    section('recommendations', 'Recommendations', paragraphs(input.recommendations) || '<p>None recorded.</p>'),
    section(
      'comments',
      'Public comments',
      input.comments.length === 0
        ? '<p>No public comments.</p>'
        : list(input.comments.map((c) => `${c.at.slice(0, 10)}: ${c.text}`)),
    ),
    section(
      'changelog',
      'Changelog',
      list(input.changelog.map((c) => `Version ${c.version} (${c.at.slice(0, 10)}): ${c.text}`)),
    ),
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
}
