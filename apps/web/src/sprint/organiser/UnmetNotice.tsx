import type { SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'

/** The soft rules the current groups miss, so the organiser can fix them by moving people. */
export function UnmetNotice({ state }: { state: SessionState }) {
  const { t } = useI18n()
  if (state.formationUnmet.length === 0) return <p className="org-notice">{t('organiser.unmet.none')}</p>
  return (
    <div className="org-notice org-notice-warning">
      <h3>{t('organiser.unmet.title')}</h3>
      <ul>
        {state.formationUnmet.map((unmet, i) => {
          const groups = unmet.groups.map((index) => state.groups[index]?.name ?? String(index + 1)).join(', ')
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole, never reordered
            <li key={i}>
              <strong>{t(`organiser.unmet.${unmet.constraint}`)}</strong>
              {groups !== '' && <> — {t('organiser.unmet.groups', { groups })}</>}
              <br />
              <span lang="en" className="org-muted">
                {unmet.reason}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
