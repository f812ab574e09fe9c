import { type FormEvent, useId, useState } from 'react'
import { useNavigate } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'

/** Looks a name up: a label (example) or a full name; the result is its own page, so it can be shared. */
export function SearchForm({ initial = '' }: { initial?: string }) {
  const { t } = useI18n()
  const id = useId()
  const navigate = useNavigate()
  const [query, setQuery] = useState(initial)

  function submit(event: FormEvent) {
    event.preventDefault()
    const name = query.trim().toLowerCase()
    if (name !== '') navigate(`/names/n/${encodeURIComponent(name)}`)
  }

  return (
    <search aria-label={t('names.search.label')}>
      <form className="names-search" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('names.search.field')}</label>
          <p className="hint" id={`${id}-hint`}>
            {t('names.search.hint')}
          </p>
          <div className="names-search-row">
            <input
              id={`${id}-q`}
              type="search"
              required
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${id}-hint`}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <button type="submit">{t('names.search.submit')}</button>
          </div>
        </div>
      </form>
    </search>
  )
}
