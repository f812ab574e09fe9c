import { type Card, scoreKey } from '@blockgov/sprint'
import { useId, useState } from 'react'
import { ForCard } from './ForCard.tsx'
import { FormError } from './FormError.tsx'
import { useParticipant } from './participant-context.ts'
import { useCommand } from './use-command.ts'

const values = [0, 1, 2, 3, 4, 5] as const

/** My scores for one idea: a 0–5 radio group per criterion, saved as soon as one is chosen. */
export function IdeaScores({ idea }: { idea: Card }) {
  const id = useId()
  const { state, meId } = useParticipant()
  const { run, error } = useCommand()
  // Shown at once, before the server confirms; dropped again if it refuses.
  const [draft, setDraft] = useState<Readonly<Record<string, number>>>({})

  async function choose(criterionId: string, value: number) {
    setDraft((d) => ({ ...d, [criterionId]: value }))
    if (!(await run({ type: 'score.set', ideaId: idea.id, criterionId, value }))) {
      setDraft(({ [criterionId]: _dropped, ...rest }) => rest)
    }
  }

  return (
    <div className="idea-scores">
      <h3 id={`${id}-h`}>{idea.text}</h3>
      {state.criteria.map((criterion) => {
        const stored = state.scores[scoreKey(meId, idea.id, criterion.id)]?.value
        const current = draft[criterion.id] ?? stored
        return (
          <fieldset key={criterion.id} className="scale">
            <legend>
              {criterion.label}
              <ForCard text={idea.text} />
            </legend>
            <div className="scale-options">
              {values.map((value) => (
                <label key={value} className="scale-option">
                  <input
                    type="radio"
                    name={`${id}-${criterion.id}`}
                    value={value}
                    checked={current === value}
                    onChange={() => choose(criterion.id, value)}
                  />
                  {value}
                </label>
              ))}
            </div>
          </fieldset>
        )
      })}
      <FormError message={error} />
    </div>
  )
}
