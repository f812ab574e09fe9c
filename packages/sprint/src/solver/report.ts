/** Turns a finished grouping into the caller's groups (with suggested roles) and the soft rules they miss. */
import type { FormedGroup, Unmet, UnmetConstraint } from '../solver.ts'
import type { Grouping } from './grouping.ts'
import type { Member } from './problem.ts'
import { FACILITATOR, ONLINE, RAPPORTEUR, trait } from './traits.ts'

const plural = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`

/** Groups in order, each with its members in input order and roles picked in the seeded order. */
export function formedGroups(grouping: Grouping): FormedGroup[] {
  const byGroup: Member[][] = grouping.membersOf.map(() => [])
  // Solver order (the seeded shuffle), so which volunteer gets a role depends on the seed, not on list order.
  for (const [i, m] of grouping.problem.members.entries()) byGroup[grouping.groupOf[i] ?? -1]?.push(m)
  return byGroup.map(formGroup)
}

/** A facilitator who did not also offer to report keeps the rapporteurs free. */
function formGroup(members: readonly Member[]): FormedGroup {
  const fac = (m: Member) => trait(m.sig, FACILITATOR) === 1
  const rap = (m: Member) => trait(m.sig, RAPPORTEUR) === 1
  const facilitator = members.find((m) => fac(m) && !rap(m)) ?? members.find(fac)
  const rapporteur = members.find((m) => rap(m) && m !== facilitator)
  return {
    members: [...members].sort((a, b) => a.input - b.input).map((m) => m.id),
    facilitator: facilitator?.id ?? null,
    rapporteur: rapporteur?.id ?? null,
  }
}

export function unmetRules(grouping: Grouping, formed: readonly FormedGroup[]): Unmet[] {
  const p = grouping.problem
  const unmet: Unmet[] = []
  const g = p.groups
  const groupIndexes = Array.from({ length: g }, (_, gi) => gi)
  const add = (constraint: UnmetConstraint, groups: number[], reason: string) => {
    if (groups.length > 0) unmet.push({ constraint, reason, groups })
  }
  const where = (test: (gi: number) => boolean) => groupIndexes.filter(test)
  const without = (role: 'facilitator' | 'rapporteur') => formed.flatMap((f, gi) => (f[role] === null ? [gi] : []))
  const count = (which: number) => p.members.filter((m) => trait(m.sig, which) === 1).length
  const only = (k: number, what: string) => `Only ${plural(k, 'participant')} ${what}, for ${plural(g, 'group')}`
  const later = 'other rules came first'

  const noWoman = where((gi) => grouping.women(gi) === 0)
  const women = only(p.women, `shared that they are ${p.women === 1 ? 'a woman' : 'women'}`)
  add('woman-per-group', noWoman, p.women < g ? women : 'Some groups have no woman') // the second cannot happen
  // Checked only when every group can have two women (then it cannot happen either); with fewer women some
  // lone women are unavoidable, so they are minimised but not reported.
  const lone = p.women >= 2 * g ? where((gi) => grouping.women(gi) === 1) : []
  add('no-lone-woman', lone, 'Some groups have exactly one woman')

  const onlineGroup = p.onlineGroup
  if (onlineGroup === null) {
    const online = count(ONLINE)
    const noOnline = where((gi) => grouping.online(gi) === 0)
    add('online-spread', noOnline, online < g ? only(online, 'take part online') : `No one online here: ${later}`)
  } else {
    const roomIn = where((gi) => onlineGroup[gi] === true && grouping.online(gi) < grouping.size(gi))
    const onlineIn = where((gi) => onlineGroup[gi] !== true && grouping.online(gi) > 0)
    const parts = [
      ...(roomIn.length > 0 ? [`${plural(roomIn.length, 'online group')} also hold room participants`] : []),
      ...(onlineIn.length > 0 ? [`${plural(onlineIn.length, 'room group')} also hold online participants`] : []),
    ]
    const why = g === 1 ? 'there is only one group' : `sizes must stay balanced, and ${later}`
    const mixed = [...roomIn, ...onlineIn].sort((x, y) => x - y)
    add('online-spread', mixed, `${parts.join(' and ')}: ${why}`)
  }

  const facs = count(FACILITATOR)
  const raps = count(RAPPORTEUR)
  add('facilitator-per-group', without('facilitator'), facs < g ? only(facs, 'volunteered to facilitate') : later)
  const rapWhy = `${later}, or the only volunteer is the facilitator`
  add('rapporteur-per-group', without('rapporteur'), raps < g ? only(raps, 'volunteered as rapporteur') : rapWhy)

  const maxSize = Math.max(...p.caps)
  for (const [k, set] of p.sets.entries()) {
    const [names, size] = [set.ids.join(', '), set.ids.length]
    if (set.together) {
      const split = where((gi) => grouping.setCount(k, gi) > 0)
      const why = size > maxSize ? `${size} people do not fit in groups of at most ${maxSize}` : later
      if (split.length > 1) add('together', split, `${names} should be together but are split up: ${why}`)
    } else {
      const why = size > g ? `${size} people cannot be apart in ${plural(g, 'group')}` : later
      const shared = where((gi) => grouping.setCount(k, gi) > 1)
      add('apart', shared, `${names} should be apart but some share a group: ${why}`)
    }
  }

  // Simple on purpose: flag groups where everyone who shared a stakeholder group (at least two people) shared
  // the same one, while some other group is mixed. Evenness itself is optimised, not reported.
  const stakes = (gi: number) => grouping.stakes(gi)
  const kinds = (gi: number) => stakes(gi).filter((c) => c > 0).length
  const uniform = where((gi) => kinds(gi) === 1 && stakes(gi).reduce((a, b) => a + b, 0) >= 2)
  const mixed = where((gi) => kinds(gi) >= 2).length > 0
  const why = 'Everyone here who shared a stakeholder group shared the same one, while other groups are mixed'
  add('stakeholder-spread', mixed ? uniform : [], why)
  return unmet
}
