import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/translate.ts'
import type { NameInfo } from './api.ts'
import { formatTime } from './format.ts'

const statusKeys: Readonly<Record<NameInfo['status'], MessageKey>> = {
  unregistered: 'names.status.unregistered',
  active: 'names.status.active',
  grace: 'names.status.grace',
  suspended: 'names.status.suspended',
}

/** Availability, status, holder, expiry, grace and any dispute freeze of one name. */
export function NameSummary({ info }: { info: NameInfo }) {
  const { t, locale } = useI18n()
  const availability =
    info.available === null
      ? t('names.summary.subname')
      : info.available
        ? t('names.summary.available')
        : t('names.summary.taken')
  return (
    <section aria-labelledby="names-summary-h">
      <h2 id="names-summary-h">{t('names.summary.title')}</h2>
      <p className={info.available ? 'names-verdict available' : 'names-verdict'}>{availability}</p>
      <dl className="names-facts">
        <dt>{t('names.summary.status')}</dt>
        <dd>{t(statusKeys[info.status])}</dd>
        {info.owner === null ? null : (
          <>
            <dt>{t('names.summary.holder')}</dt>
            <dd>
              <code>{info.owner}</code>
            </dd>
          </>
        )}
        {info.expiry === null ? null : (
          <>
            <dt>{t('names.summary.expiry')}</dt>
            <dd>{formatTime(locale, info.expiry)}</dd>
          </>
        )}
        {info.graceEndsAt === null ? null : (
          <>
            <dt>{t('names.summary.grace')}</dt>
            <dd>{formatTime(locale, info.graceEndsAt)}</dd>
          </>
        )}
        {info.frozenUntil === null ? null : (
          <>
            <dt>{t('names.summary.frozen')}</dt>
            <dd>
              {t('names.summary.frozenUntil', {
                date: formatTime(locale, info.frozenUntil),
                id: info.openDispute ?? '?',
              })}
            </dd>
          </>
        )}
      </dl>
    </section>
  )
}
