import type { Source } from './schema.ts'

/**
 * Standards the partner reviews quote (issue 8: the accessibility coalition reviews blockgov's outputs). Checked
 * with the project's search tool against stored copies of the W3C document itself.
 */
export const accessibilitySources = [
  {
    id: 'w3c-wcag22',
    short: 'WCAG 2.2',
    title: 'Web Content Accessibility Guidelines (WCAG) 2.2',
    issuer: 'W3C',
    year: 2023,
    date: '2023-10-05',
    type: 'standard',
    identifier: 'W3C Recommendation REC-WCAG22-20231005',
    url: 'https://www.w3.org/TR/WCAG22/',
    checked: '2026-11-27',
    checkedBy: 'primary-text',
    note: 'Testable success criteria at levels A, AA and AAA for making web content accessible; the partner-review checklist quotes level A and AA criteria by number and name. Stored copies show the 5 October 2023 Recommendation and an updated edition of 12 December 2024 (REC-WCAG22-20241212); the URL is the latest published version.',
  },
] as const satisfies readonly Source[]
