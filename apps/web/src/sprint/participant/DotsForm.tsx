import { type Card, dotKey } from '@blockgov/sprint'
import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { ForCard } from './ForCard.tsx'
import { FormError } from './FormError.tsx'
import { useParticipant } from './participant-context.ts'
import { useCommand } from './use-command.ts'

/** How many of my dots one idea gets (0 to the budget); saved with the button or Enter. */
export function DotsForm({ idea, budget }: { idea: Card; budget: number }) {
  const { t } = useI18n()
  const id = useId()
  const { state, meId } = useParticipant()
  const { run, error } = useCommand()
  const stored = state.dots[dotKey(meId, idea.id)]?.dots ?? 0
  const [typed, setTyped] = useState<string | null>(null)
  const value = typed ?? String(stored)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const dots = Math.max(0, Math.min(budget, Math.trunc(Number(value) || 0)))
    if (await run({ type: 'dots.set', ideaId: idea.id, dots })) setTyped(null)
  }

  return (
    <form className="inline-form dots-form" onSubmit={submit}>
      <label htmlFor={id} className="card-text">
        {t('participant.evaluate.dotsLabel', { idea: idea.text })}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={budget}
        step={1}
        value={value}
        onChange={(e) => setTyped(e.target.value)}
      />
      <button type="submit">
        {t('participant.evaluate.dotsSave')}
        <ForCard text={idea.text} />
      </button>
      <FormError message={error} />
    </form>
  )
}
