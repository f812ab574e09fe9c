import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { MessageKey } from '../../i18n/translate.ts'

interface ConsentCheckboxProps {
  readonly id: string
  /** What the answer is used for, as the checkbox label. */
  readonly purpose: MessageKey
  readonly checked: boolean
  readonly onChange: (checked: boolean) => void
  /** The person gave an answer: without consent, say plainly that it stays in the browser. */
  readonly answered: boolean
}

/** One field's own consent, worded as the purpose, with a hint when an answer would not be sent. */
export function ConsentCheckbox({ id, purpose, checked, onChange, answered }: ConsentCheckboxProps) {
  const { t } = useI18n()
  return (
    <>
      <label className="choice consent">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={answered && !checked ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {t(purpose)}
      </label>
      {answered && !checked && (
        <p id={`${id}-hint`} className="hint notice">
          {t('participant.profile.notSent')}
        </p>
      )}
    </>
  )
}
