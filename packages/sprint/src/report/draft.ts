import type { SessionState } from '../state.ts'
import { draftIssues, draftProgress, draftRecommendations } from './draft-sections.ts'
import type { Participation } from './participation.ts'

/**
 * A section an editor may rewrite. `drafted` is generated from the log and never changes for the same log;
 * `edited`, when present, replaces it in every rendering. Both are markdown in the subset of
 * `markdown-subset.ts` (`###` headings, `-` lists two levels deep, paragraphs).
 */
export interface EditableText {
  readonly drafted: string
  readonly edited?: string
}

/** The text to show for an editable section: the editor's version if there is one. */
export function reportText(section: EditableText): string {
  return section.edited ?? section.drafted
}

/** Who led one break-out group, by display name; null where nobody held the role. */
export interface GroupRoles {
  readonly group: string
  readonly facilitator: string | null
  readonly rapporteur: string | null
}

/** Section 7, from the group formation record: aggregates only, never who. */
export interface GenderReflection {
  readonly groups: number
  /** Groups with at least one consented woman when they were formed. */
  readonly groupsWithWoman: number
  /** The solver's plain-language reasons for woman-related rules it could not meet. */
  readonly unmetReasons: readonly string[]
  /** One paragraph saying the above in words. */
  readonly text: string
}

/**
 * An IGF-style session report. Sections 1 and 4 come from the organiser (markdown, may be empty); 2, 3 and 5 are
 * drafted from the log and editable; 6 and 7 are figures.
 */
export interface SessionReport {
  readonly title: string
  readonly organiser: string
  readonly sessionType: string
  /** Sum of the agenda items' minutes. */
  readonly lengthMinutes: number
  /** Facilitators and rapporteurs, per group, in group order. */
  readonly roles: readonly GroupRoles[]
  readonly sdgs: readonly number[]
  /** 1. Key policy questions and expectations. */
  readonly keyPolicyQuestions: string
  /** 2. Summary of issues discussed: topics per design with their ideas, and the groups' summaries. */
  readonly issues: EditableText
  /** 3. Policy recommendations / way forward: the top-ranked ideas of each design. */
  readonly recommendations: EditableText
  /** 4. Other initiatives addressing the session issues. */
  readonly otherInitiatives: string
  /** 5. Making progress: each group's outcome (project, leader, next step). */
  readonly progress: EditableText
  /** 6. Estimated participation. */
  readonly participation: Participation
  /** 7. Reflection on gender issues. */
  readonly gender: GenderReflection
}

/** What the log does not know: who organised, what kind of session, which SDGs, and the organiser's own text. */
export interface ReportInput {
  readonly organiser: string
  readonly sessionType: string
  readonly sdgs: readonly number[]
  readonly participation: Participation
  readonly keyPolicyQuestions?: string
  readonly otherInitiatives?: string
}

/** Section titles of the IGF session report, by number. */
export const reportSections = {
  1: 'Key Policy Questions and Expectations',
  2: 'Summary of Issues Discussed',
  3: 'Policy Recommendations or Suggestions for the Way Forward',
  4: 'Other Initiatives Addressing the Session Issues',
  5: 'Making Progress for Tackling the Issues Raised',
  6: 'Estimated Participation',
  7: 'Reflection on Gender Issues',
} as const

/**
 * Drafts the official report of a session from its state. Pure and deterministic: the same state and input give
 * the same report. Card authors never appear (anonymous cards stay anonymous); only display names of
 * facilitators, rapporteurs and project leaders do.
 *
 * @example
 * const report = draftReport(state, { organiser: 'DC Blockchain', sessionType: 'Workshop', sdgs: [9], participation: participation(state, genderOf) })
 * renderMarkdown(report)
 */
export function draftReport(state: SessionState, input: ReportInput): SessionReport {
  const nameOf = (id: string | null) => (id === null ? null : (state.participants[id]?.displayName ?? null))
  return {
    title: state.title,
    organiser: input.organiser,
    sessionType: input.sessionType,
    lengthMinutes: state.agenda.reduce((sum, item) => sum + item.minutes, 0),
    roles: state.groups.map((g) => ({
      group: g.name,
      facilitator: nameOf(g.facilitatorId),
      rapporteur: nameOf(g.rapporteurId),
    })),
    sdgs: input.sdgs,
    keyPolicyQuestions: input.keyPolicyQuestions ?? '',
    issues: { drafted: draftIssues(state) },
    recommendations: { drafted: draftRecommendations(state) },
    otherInitiatives: input.otherInitiatives ?? '',
    progress: { drafted: draftProgress(state) },
    participation: input.participation,
    gender: genderReflection(state),
  }
}

const WOMAN_RULES: ReadonlySet<string> = new Set(['woman-per-group', 'no-lone-woman'])

function genderReflection(state: SessionState): GenderReflection {
  const groups = state.groups.length
  const groupsWithWoman = state.groups.filter((g) => g.consentedWomen > 0).length
  const unmetReasons = state.formationUnmet.filter((u) => WOMAN_RULES.has(u.constraint)).map((u) => u.reason)
  const sentences: string[] = []
  if (groups === 0) {
    sentences.push('No break-out groups were formed.')
  } else if (groupsWithWoman === groups) {
    sentences.push(
      `Every one of the ${groups} break-out groups had at least one woman when the groups were formed (counting only participants who consented to share their gender).`,
    )
  } else {
    sentences.push(
      `${groupsWithWoman} of the ${groups} break-out groups had at least one woman when the groups were formed (counting only participants who consented to share their gender).`,
    )
  }
  sentences.push(...unmetReasons)
  return { groups, groupsWithWoman, unmetReasons, text: sentences.join(' ') }
}
