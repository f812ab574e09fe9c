import { toggle } from './query.ts'

/**
 * A fieldset of checkboxes choosing a subset of `options`, kept in the options' order (the filters of the privacy
 * map and the explorer). `lang` marks labels that stay in English whatever the interface language.
 *
 * @example
 * <CheckboxGroup legend="Kinds" options={nodeKinds} selected={kinds} label={(k) => t(kindHeading[k])} onChange={setKinds} />
 */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  label,
  onChange,
  lang,
}: {
  legend: string
  options: readonly T[]
  selected: readonly T[]
  label: (option: T) => string
  onChange: (next: T[]) => void
  lang?: string
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="kind-choices">
        {options.map((option) => (
          <label key={option} className="choice" lang={lang}>
            <input
              type="checkbox"
              checked={selected.includes(option)}
              onChange={() => onChange(toggle(selected, option, options))}
            />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
