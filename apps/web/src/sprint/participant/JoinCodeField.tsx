import { useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { normaliseCode } from './join-code.ts'

/** The labelled workshop-code input, shared by the home page and the join page. */
export function JoinCodeField({
  code,
  invalid = false,
  onChange,
}: {
  code: string
  invalid?: boolean
  onChange: (code: string) => void
}) {
  const { t } = useI18n()
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={`${id}-code`}>
        {t('participant.join.code')} <span className="required">{t('participant.form.required')}</span>
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('participant.join.codeHint')}
      </p>
      <input
        id={`${id}-code`}
        className="code-input"
        value={code}
        required
        maxLength={6}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(normaliseCode(e.target.value))}
      />
    </div>
  )
}
