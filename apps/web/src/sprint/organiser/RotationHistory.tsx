import type { SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { rotationRounds } from './console-model.ts'

/** Which design each group worked on in each rotation round (round 0: their own). */
export function RotationHistory({ state }: { state: SessionState }) {
  const { t } = useI18n()
  const rounds = rotationRounds(state)
  if (rounds.length === 0) return <p>{t('organiser.rotation.none')}</p>
  return (
    <div className="org-table-scroll">
      <table className="org-data-table">
        <caption>{t('organiser.rotation.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organiser.rotation.round')}</th>
            {state.groups.map((g) => (
              <th key={g.id} scope="col">
                {g.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('organiser.rotation.own')}</th>
            {state.groups.map((g) => (
              <td key={g.id}>{state.designs[g.id]?.name ?? g.name}</td>
            ))}
          </tr>
          {rounds.map((round) => (
            <tr key={round.round}>
              <th scope="row">{t('organiser.rotation.roundN', { round: round.round })}</th>
              {round.cells.map((cell) => (
                <td key={cell.groupId}>{cell.designName}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
