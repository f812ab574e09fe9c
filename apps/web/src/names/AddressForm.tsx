import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { FormError } from '../sprint/participant/FormError.tsx'
import { useNames } from './names-context.ts'
import { useChainWrite } from './use-chain-write.ts'
import { setAddress } from './writes.ts'

const ADDRESS = /^0x[0-9a-fA-F]{40}$/

/** Sets the Ethereum address a name points to. */
export function AddressForm({ name, onSaved }: { name: string; onSaved: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const { overview, signer } = useNames()
  const [address, setValue] = useState('')
  const { busy, status, error, setError, write } = useChainWrite()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || overview === null) return
    if (!ADDRESS.test(address.trim())) {
      setError(t('names.addressForm.invalid'))
      return
    }
    void write(t('names.write.working'), async () => {
      await setAddress(overview, signer, name, address.trim())
      onSaved()
      return t('names.addressForm.saved')
    })
  }

  return (
    <form className="stack" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h3 id={`${id}-h`}>{t('names.addressForm.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-address`}>{t('names.addressForm.label')}</label>
        <input
          id={`${id}-address`}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error === t('names.addressForm.invalid')}
          aria-describedby={error === null ? undefined : `${id}-error`}
          value={address}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <div id={`${id}-error`}>
        <FormError message={error} />
      </div>
      <div>
        <button type="submit" aria-disabled={busy}>
          {t('names.addressForm.submit')}
        </button>
      </div>
      <p role="status" className="names-status">
        {status}
      </p>
    </form>
  )
}
