import { useState } from 'react'
import { useParams } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { AddressForm } from './AddressForm.tsx'
import { errorText } from './error-text.ts'
import { NameSummary } from './NameSummary.tsx'
import { NamesPage } from './NamesPage.tsx'
import { RecordForm } from './RecordForm.tsx'
import { RecordsTable } from './RecordsTable.tsx'
import { RegisterForm } from './RegisterForm.tsx'
import { SearchForm } from './SearchForm.tsx'
import { SignerPicker } from './SignerPicker.tsx'
import { useName } from './use-name.ts'

/** `/names/n/:name`: one name — its state and records; register it when free, manage its records when held. */
export function NamePage() {
  const { t } = useI18n()
  const name = useParams().name ?? ''
  const { info, records, error, reload } = useName(name)
  const [announcement, setAnnouncement] = useState({ name: '', text: '' })
  const title = info?.name ?? name
  const manageable = info !== null && info.owner !== null && info.status === 'active' && !info.frozen
  return (
    <NamesPage title={title}>
      <SearchForm key={name} initial={name} />
      {error === null ? null : (
        <p className="names-notice" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {info === null && error === null ? <p role="status">{t('names.loading')}</p> : null}
      {info === null ? null : <NameSummary info={info} />}
      {info?.available ? (
        <RegisterForm
          name={info.name}
          onRegistered={() => {
            setAnnouncement({ name, text: t('names.register.done', { name: info.name }) })
            reload()
          }}
        />
      ) : null}
      <p role="status" className="names-status">
        {announcement.name === name ? announcement.text : ''}
      </p>
      {records === null ? null : <RecordsTable records={records} />}
      {manageable ? (
        <section aria-labelledby="names-manage-h">
          <h2 id="names-manage-h">{t('names.manage.title')}</h2>
          <p className="hint">{t('names.manage.intro')}</p>
          <div className="stack">
            <SignerPicker />
            <RecordForm name={info.name} onSaved={reload} />
            <AddressForm name={info.name} onSaved={reload} />
          </div>
        </section>
      ) : null}
    </NamesPage>
  )
}
