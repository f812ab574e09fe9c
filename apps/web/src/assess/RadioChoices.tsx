import { useId } from 'react'

/** One option of {@link RadioChoices}; labels and descriptions are content, in English. */
export interface RadioChoice<T> {
  readonly value: T
  readonly label: string
  readonly description?: string
}

/**
 * A required radio group inside a fieldset: the evaluator's stakeholder group, a principle's rating. A
 * description, when given, follows its label and describes the radio button to screen readers.
 */
export function RadioChoices<T extends string | number>({
  legend,
  options,
  selected,
  onSelect,
  disabled,
}: {
  legend: string
  options: readonly RadioChoice<T>[]
  selected: T | null
  onSelect: (value: T) => void
  disabled: boolean
}) {
  const id = useId()
  return (
    <fieldset disabled={disabled}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <div key={String(option.value)}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={`${id}-choice`}
            value={String(option.value)}
            checked={selected === option.value}
            onChange={() => onSelect(option.value)}
            required
            aria-describedby={option.description === undefined ? undefined : `${id}-${option.value}-d`}
          />{' '}
          <label htmlFor={`${id}-${option.value}`} lang="en">
            {option.label}
          </label>
          {option.description === undefined ? null : (
            <span id={`${id}-${option.value}-d`} className="hint" lang="en">
              {' '}
              {option.description}
            </span>
          )}
        </div>
      ))}
    </fieldset>
  )
}
