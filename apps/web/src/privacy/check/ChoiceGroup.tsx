interface ChoiceGroupProps<T extends string> {
  readonly id: string
  readonly legend: string
  readonly hint?: string
  readonly error?: string
  readonly type: 'radio' | 'checkbox'
  readonly options: readonly { readonly value: T; readonly label: string }[]
  readonly isChecked: (value: T) => boolean
  readonly onToggle: (value: T) => void
}

/**
 * One question as a native fieldset of radios or checkboxes, with its hint and error tied to the group
 * (`aria-describedby`) so screen readers announce them with the question.
 */
export function ChoiceGroup<T extends string>({
  id,
  legend,
  hint,
  error,
  type,
  options,
  isChecked,
  onToggle,
}: ChoiceGroupProps<T>) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  return (
    <fieldset id={id} aria-describedby={described || undefined} className={error ? 'invalid' : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="form-error">
          {error}
        </p>
      )}
      <div className="choice-group">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type={type}
              name={id}
              value={option.value}
              checked={isChecked(option.value)}
              onChange={() => onToggle(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
