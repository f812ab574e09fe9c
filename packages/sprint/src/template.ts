/**
 * What happens in an agenda item, which decides who can do what while it runs:
 * - `plenary`: everyone together; raise-hand queue; no board edits.
 * - `topics` / `brainstorm` / `iterate`: groups add and edit cards (topics; ideas under topics; both, on a
 *   rotated design).
 * - `evaluate`: members score ideas (or place dots); rapporteurs publish a summary card.
 * - `report-out`: plenary; the projector shows summary cards one by one; raise-hand queue.
 * - `outcome`: groups name a project, a leader and a next step.
 */
export const activities = ['plenary', 'topics', 'brainstorm', 'evaluate', 'report-out', 'iterate', 'outcome'] as const
export type Activity = (typeof activities)[number]

export interface AgendaItem {
  readonly id: string
  readonly title: string
  readonly activity: Activity
  readonly minutes: number
  /** Design-sprint round this item belongs to (1 or 2); plenary items have none. */
  readonly sprint?: number
  /** Starting this item first rotates every group onto another group's design. */
  readonly rotate?: boolean
  /** Cards added during this item may be posted without the author's name shown. */
  readonly anonymousCards?: boolean
}

export interface SessionTemplate {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly agenda: readonly AgendaItem[]
}

/**
 * The default template, after the IGF 2019 workshop of the Dynamic Coalition on Blockchain Technologies
 * ("Capacity Building for Better Blockchain Governance"): 90 minutes, two sprints with a rotation between
 * them, report-outs to the room, and outcomes at the end.
 */
export const igfDesignSprint: SessionTemplate = {
  id: 'igf-design-sprint',
  title: 'IGF design sprint',
  description:
    'A 90-minute hybrid workshop: identify governance topics, brainstorm steps, evaluate them, report out, rotate to iterate on another group’s design, and leave with a project, a leader and a next step.',
  agenda: [
    { id: 'welcome', title: 'Welcome and how the sprint works', activity: 'plenary', minutes: 10 },
    { id: 's1-topics', title: 'Sprint 1: identify governance topics', activity: 'topics', minutes: 10, sprint: 1 },
    { id: 's1-brainstorm', title: 'Sprint 1: brainstorm steps', activity: 'brainstorm', minutes: 10, sprint: 1 },
    { id: 's1-evaluate', title: 'Sprint 1: evaluate ideas', activity: 'evaluate', minutes: 8, sprint: 1 },
    { id: 's1-report', title: 'Report out: sprint 1', activity: 'report-out', minutes: 10 },
    {
      id: 's2-iterate',
      title: 'Sprint 2: iterate on another group’s design',
      activity: 'iterate',
      minutes: 15,
      sprint: 2,
      rotate: true,
    },
    { id: 's2-evaluate', title: 'Sprint 2: evaluate ideas', activity: 'evaluate', minutes: 7, sprint: 2 },
    { id: 's2-report', title: 'Report out: sprint 2', activity: 'report-out', minutes: 10 },
    { id: 'outcome', title: 'Outcomes: project, leader and next step', activity: 'outcome', minutes: 5 },
    { id: 'closing', title: 'Closing', activity: 'plenary', minutes: 5 },
  ],
}

export const templates: readonly SessionTemplate[] = [igfDesignSprint]
