import type { SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'

/** During group work: the groups, and after a rotation which design each one now works on. */
export function ProjectorGroups({ state }: { state: SessionState }) {
  const { t } = useI18n()
  if (state.groups.length === 0) return null
  return (
    <section aria-labelledby="groups-projector-heading" className="projector-groups">
      <h2 id="groups-projector-heading">{t('organiser.projector.groups')}</h2>
      <ul>
        {state.groups.map((g) => (
          <li key={g.id}>
            <strong>{g.name}</strong>
            {g.designId !== g.id &&
              ` — ${t('organiser.groups.worksOn', { design: state.designs[g.designId]?.name ?? g.designId })}`}
          </li>
        ))}
      </ul>
    </section>
  )
}
