import type { SessionReport } from './draft.ts'

/** The report sections people may write or rewrite before publishing (1–5; 6 and 7 are figures). */
export const editableSections = [
  'keyPolicyQuestions',
  'issues',
  'recommendations',
  'otherInitiatives',
  'progress',
] as const
export type EditableSection = (typeof editableSections)[number]

/** Saved edits by section; a missing section keeps its draft. */
export type ReportEdits = Readonly<Partial<Record<EditableSection, string>>>

/**
 * The report with the editors' text in place: sections 1 and 4 are replaced, sections 2, 3 and 5 keep their
 * automatic draft beside the edit (so an editor can always see what the boards said).
 */
export function applyEdits(report: SessionReport, edits: ReportEdits): SessionReport {
  return {
    ...report,
    keyPolicyQuestions: edits.keyPolicyQuestions ?? report.keyPolicyQuestions,
    otherInitiatives: edits.otherInitiatives ?? report.otherInitiatives,
    issues: edits.issues === undefined ? report.issues : { ...report.issues, edited: edits.issues },
    recommendations:
      edits.recommendations === undefined
        ? report.recommendations
        : { ...report.recommendations, edited: edits.recommendations },
    progress: edits.progress === undefined ? report.progress : { ...report.progress, edited: edits.progress },
  }
}
