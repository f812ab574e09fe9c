import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { FormError } from '../sprint/participant/FormError.tsx'
import { type EditableType, editableTypes } from './api.ts'
import { useNames } from './names-context.ts'
import { useChainWrite } from './use-chain-write.ts'
import { setRRset } from './writes.ts'

/** Replaces one DNS RRset (A, AAAA, TXT, CNAME or MX) of a name; leaving the values empty removes the set. */
export function RecordForm({ name, onSaved }: { name: string; onSaved: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const { overview, signer } = useNames()
  const [type, setType] = useState<EditableType>('A')
  const [owner, setOwner] = useState('')
  const [values, setValues] = useState('')
  const [ttl, setTtl] = useState(300)
  const { busy, status, error, write } = useChainWrite()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || overview === null) return
    const list = values
      .split('\n')
      .map((v) => v.trim())
      .filter((v) => v !== '')
    void write(t('names.write.working'), async () => {
      await setRRset(overview, signer, name, {
        type,
        ttl,
        values: list,
        ...(owner.trim() ? { owner: owner.trim() } : {}),
      })
      onSaved()
      return list.length === 0 ? t('names.recordForm.removed', { type }) : t('names.recordForm.saved', { type })
    })
  }

  return (
    <form className="stack" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('names.recordForm.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('names.recordForm.type')}</label>
        <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as EditableType)}>
          {editableTypes.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('names.recordForm.owner')}</label>
        <p className="hint" id={`${id}-owner-hint`}>
          {t('names.recordForm.ownerHint', { name })}
        </p>
        <input
          id={`${id}-owner`}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-owner-hint`}
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-values`}>{t('names.recordForm.values')}</label>
        <p className="hint" id={`${id}-values-hint`}>
          {t('names.recordForm.valuesHint')}
        </p>
        <textarea
          id={`${id}-values`}
          rows={3}
          spellCheck={false}
          aria-describedby={`${id}-values-hint`}
          value={values}
          onChange={(e) => setValues(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-ttl`}>{t('names.recordForm.ttl')}</label>
        <input
          id={`${id}-ttl`}
          type="number"
          inputMode="numeric"
          min={0}
          max={604800}
          required
          className="names-short"
          value={ttl}
          onChange={(e) => setTtl(Number(e.target.value))}
        />
      </div>
      <FormError message={error} />
      <div>
        <button type="submit" aria-disabled={busy}>
          {t('names.recordForm.submit')}
        </button>
      </div>
      <p role="status" className="names-status">
        {status}
      </p>
    </form>
  )
}
