import { CARD_TEXT_MAX } from '@blockgov/sprint'
import { type Ref, useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'

interface CountedTextareaProps {
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly max?: number
  readonly rows?: number
  readonly required?: boolean
  /** Extra help shown under the label and read with the field. */
  readonly hint?: string
  readonly textareaRef?: Ref<HTMLTextAreaElement>
}

/**
 * A labelled textarea with a character counter. The counter is tied to the field with aria-describedby
 * (read on focus) rather than announced on every keystroke.
 */
export function CountedTextarea({
  label,
  value,
  onChange,
  max = CARD_TEXT_MAX,
  rows = 3,
  required = false,
  hint,
  textareaRef,
}: CountedTextareaProps) {
  const { t } = useI18n()
  const id = useId()
  const describedBy = hint === undefined ? `${id}-count` : `${id}-hint ${id}-count`
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> {t('participant.form.required')}</span>}
      </label>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        ref={textareaRef}
        value={value}
        rows={rows}
        maxLength={max}
        required={required}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-count`} className="hint counter">
        {t('participant.form.counter', { count: value.length, max })}
      </p>
    </div>
  )
}
