import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { FormError } from '../sprint/participant/FormError.tsx'
import { useNames } from './names-context.ts'
import { SignerPicker } from './SignerPicker.tsx'
import { useChainWrite } from './use-chain-write.ts'
import { registerName } from './writes.ts'

/** Registers an available name with the chosen signer; announces progress and errors (the page, success). */
export function RegisterForm({ name, onRegistered }: { name: string; onRegistered: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const { overview, signer } = useNames()
  const [years, setYears] = useState(1)
  const { busy, status, error, write } = useChainWrite()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || overview === null) return
    void write(t('names.register.working'), async (progress) => {
      await registerName(overview, signer, name, years, (left) =>
        progress(left > 0 ? t('names.register.waiting', { seconds: left }) : t('names.register.working')),
      )
      onRegistered()
      // This form goes away once the name is taken: the page announces the success.
      return ''
    })
  }

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('names.register.title')}</h2>
      <form className="stack" onSubmit={submit}>
        <SignerPicker />
        <div className="field">
          <label htmlFor={`${id}-years`}>{t('names.register.years')}</label>
          <select id={`${id}-years`} value={years} onChange={(e) => setYears(Number(e.target.value))}>
            {[1, 2, 3, 5, 10].map((n) => (
              <option key={n} value={n}>
                {t('names.register.yearsOption', { count: n })}
              </option>
            ))}
          </select>
        </div>
        <FormError message={error} />
        <div>
          <button type="submit" aria-disabled={busy}>
            {t('names.register.submit', { name })}
          </button>
        </div>
        <p role="status" className="names-status">
          {status}
        </p>
      </form>
    </section>
  )
}
