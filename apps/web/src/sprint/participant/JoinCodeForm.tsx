import { type FormEvent, useId, useState } from 'react'
import { useNavigate } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { FormError } from './FormError.tsx'
import { JoinCodeField } from './JoinCodeField.tsx'
import { isCodeShaped } from './join-code.ts'

/** The first step of joining: the code shown in the room; the join page asks for the rest. */
export function JoinCodeForm() {
  const { t } = useI18n()
  const navigate = useNavigate()
  const id = useId()
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!isCodeShaped(code)) {
      setError(t('participant.join.codeShape'))
      return
    }
    navigate(`/sprint/join?code=${encodeURIComponent(code)}`)
  }

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('participant.home.joinTitle')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <JoinCodeField
          code={code}
          invalid={error !== null}
          onChange={(next) => {
            setCode(next)
            setError(null)
          }}
        />
        <FormError message={error} />
        <div>
          <button type="submit">{t('participant.join.submit')}</button>
        </div>
      </form>
    </section>
  )
}
