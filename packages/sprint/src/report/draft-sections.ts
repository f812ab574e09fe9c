/** Drafts of the editable report sections 2, 3 and 5, as markdown in the subset of `markdown-subset.ts`. */
import { evaluateIdeas, tallyDots } from '../evaluation.ts'
import type { Card, Design, SessionState } from '../state.ts'
import { escapeMarkdown as md } from './markdown-subset.ts'

/** How many ideas per design section 3 lists. */
export const TOP_IDEAS = 3

function cardsOf(state: SessionState, designId: string): Card[] {
  return state.cardOrder.flatMap((id) => {
    const card = state.cards[id]
    return card !== undefined && card.designId === designId ? [card] : []
  })
}

/** Designs in the order of the groups that started them (a design's id is its first group's id). */
function designsInOrder(state: SessionState): Design[] {
  return state.groups.flatMap((g) => {
    const design = state.designs[g.id]
    return design === undefined ? [] : [design]
  })
}

function groupName(state: SessionState, groupId: string): string {
  return state.groups.find((g) => g.id === groupId)?.name ?? groupId
}

function designHeading(state: SessionState, design: Design): string {
  const rounds = design.workedOnBy.map((w) => `sprint ${w.sprint}: ${md(groupName(state, w.groupId))}`)
  const by = rounds.length === 0 ? '' : ` (${rounds.join('; ')})`
  return `### Design of ${md(design.name)}${by}`
}

/** Section 2: per design, its topics with their ideas, ideas left without a topic, and the published summaries. */
export function draftIssues(state: SessionState): string {
  const designs = designsInOrder(state)
  if (designs.length === 0) return 'No break-out groups were formed.'
  return designs
    .map((design) => {
      const cards = cardsOf(state, design.id)
      const lines = [designHeading(state, design), '']
      const topics = cards.filter((c) => c.kind === 'topic')
      for (const topic of topics) {
        lines.push(`- ${md(topic.text)}`)
        for (const idea of cards.filter((c) => c.kind === 'idea' && c.parentId === topic.id))
          lines.push(`  - ${md(idea.text)}`)
      }
      const loose = cards.filter(
        (c) => c.kind === 'idea' && (c.parentId === null || !topics.some((t) => t.id === c.parentId)),
      )
      if (loose.length > 0) {
        lines.push('- Ideas without a topic')
        for (const idea of loose) lines.push(`  - ${md(idea.text)}`)
      }
      for (const summary of cards.filter((c) => c.kind === 'summary')) {
        const round = summary.sprint === null ? '' : ` (sprint ${summary.sprint})`
        lines.push(`- Summary${round}: ${md(summary.text)}`)
      }
      if (cards.length === 0) lines.push('- Nothing was posted on this board.')
      return lines.join('\n')
    })
    .join('\n\n')
}

/** One decimal, always shown ("4.0"), so columns of means read evenly. */
function oneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1)
}

/**
 * Section 3: the top {@link TOP_IDEAS} ideas of each design, by weighted mean of the criteria scores (one decimal,
 * with the number of raters) or by dots, depending on the session's evaluation method. Unrated ideas are left out.
 */
export function draftRecommendations(state: SessionState): string {
  const designs = designsInOrder(state)
  if (designs.length === 0) return 'No break-out groups were formed.'
  return designs
    .map((design) => {
      const ideas = cardsOf(state, design.id).filter((c) => c.kind === 'idea')
      const textOf = (id: string) => md(state.cards[id]?.text ?? '')
      const ids = ideas.map((c) => c.id)
      const ranked =
        state.evaluation.method === 'scores'
          ? evaluateIdeas(ids, state.criteria, Object.values(state.scores), () => undefined).flatMap((r) =>
              r.weightedMean === null
                ? []
                : [
                    `- ${textOf(r.ideaId)}: ${oneDecimal(r.weightedMean)} of 5 (${r.raters} ${r.raters === 1 ? 'rater' : 'raters'})`,
                  ],
            )
          : tallyDots(ids, Object.values(state.dots)).flatMap((t) =>
              t.dots === 0
                ? []
                : [
                    `- ${textOf(t.ideaId)}: ${t.dots} ${t.dots === 1 ? 'dot' : 'dots'} (${t.voters} ${t.voters === 1 ? 'voter' : 'voters'})`,
                  ],
            )
      const lines = ranked.length === 0 ? ['- No idea on this board was rated.'] : ranked.slice(0, TOP_IDEAS)
      return [`### Design of ${md(design.name)}`, '', ...lines].join('\n')
    })
    .join('\n\n')
}

/** Section 5: each group's outcome: project, leader (display name) and next step. */
export function draftProgress(state: SessionState): string {
  if (state.groups.length === 0) return 'No break-out groups were formed.'
  return state.groups
    .map((g) => {
      const outcome = g.outcome
      if (outcome === null) return `- ${md(g.name)}: no outcome was recorded.`
      const leader = outcome.leaderId === null ? undefined : state.participants[outcome.leaderId]?.displayName
      const led = leader === undefined ? 'No leader was named' : `Leader: ${md(leader)}`
      return `- ${md(g.name)}: ${md(withoutStop(outcome.project))}. ${led}. Next step: ${md(outcome.nextStep)}`
    })
    .join('\n')
}

/** "Map." → "Map", so a sentence built around it does not end in "..". */
function withoutStop(text: string): string {
  return text.trim().replace(/[.]+$/, '')
}
