import { useI18n } from '../i18n/I18nProvider.tsx'
import type { NameRecords } from './api.ts'

/** The records a name serves: its address, text records and DNS records, as tables with headers. */
export function RecordsTable({ records }: { records: NameRecords }) {
  const { t } = useI18n()
  const empty = records.address === null && records.texts.length === 0 && records.dns.length === 0
  return (
    <section aria-labelledby="names-records-h">
      <h2 id="names-records-h">{t('names.records.title')}</h2>
      {empty ? <p>{t('names.records.none')}</p> : null}
      {records.address === null ? null : (
        <p>
          {t('names.records.address')} <code>{records.address}</code>
        </p>
      )}
      {records.texts.length === 0 ? null : (
        <table className="names-table">
          <caption>{t('names.records.texts')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('names.records.key')}</th>
              <th scope="col">{t('names.records.value')}</th>
            </tr>
          </thead>
          <tbody>
            {records.texts.map((text) => (
              <tr key={text.key}>
                <td>{text.key}</td>
                <td>{text.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {records.dns.length === 0 ? null : (
        <table className="names-table">
          <caption>{t('names.records.dns')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('names.records.owner')}</th>
              <th scope="col">{t('names.records.type')}</th>
              <th scope="col">{t('names.records.ttl')}</th>
              <th scope="col">{t('names.records.data')}</th>
            </tr>
          </thead>
          <tbody>
            {records.dns.map((record) => (
              <tr key={`${record.name} ${record.type} ${record.data}`}>
                <td>{record.name}</td>
                <td>{record.type}</td>
                <td>{record.ttl}</td>
                <td>
                  <code>{record.data}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
