import { cannotAssess, type Principle, ratingScale } from '@blockgov/content'
import { type FormEvent, useId, useState } from 'react'
import { useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { assessApi, type Rating, type StoredScore } from './api.ts'
import { Failure } from './Failure.tsx'
import { linesOf } from './labels.ts'
import { type RadioChoice, RadioChoices } from './RadioChoices.tsx'

const choices: readonly RadioChoice<Rating>[] = [
  ...ratingScale.map((a) => ({ value: a.value, label: `${a.value} — ${a.label}`, description: a.description })),
  { value: 'cannot-assess', label: cannotAssess.label, description: cannotAssess.description },
]

/** One principle's score: a radio group on the anchored scale (plus "cannot assess"), rationale, evidence. */
export function ScoreForm({
  token,
  principle,
  stored,
  enabled,
  onSaved,
}: {
  token: string
  principle: Principle
  stored: StoredScore | undefined
  enabled: boolean
  onSaved: () => void
}) {
  const { t } = useI18n()
  const id = useId()
  const [rating, setRating] = useState<Rating | null>(stored?.rating ?? null)
  const [rationale, setRationale] = useState(stored?.rationale ?? '')
  const [evidence, setEvidence] = useState((stored?.evidence ?? []).join('\n'))
  const { error, saved, run } = useSubmit()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (rating === null) return
    void run(async () => {
      await assessApi.score(token, principle.id, rating, rationale.trim(), linesOf(evidence))
      onSaved()
    })
  }

  return (
    <section aria-labelledby={`${id}-h`} className="principle">
      <h3 id={`${id}-h`} lang="en">
        {principle.title}
      </h3>
      <p lang="en">{principle.statement}</p>
      <ul lang="en">
        {principle.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <form className="stack" onSubmit={submit}>
        <RadioChoices
          legend={t('assess.evaluate.ratingLegend', { principle: principle.title })}
          options={choices}
          selected={rating}
          onSelect={setRating}
          disabled={!enabled}
        />
        <div className="field">
          <label htmlFor={`${id}-rationale`}>{t('assess.evaluate.rationale')}</label>
          <textarea
            id={`${id}-rationale`}
            rows={3}
            required
            minLength={3}
            disabled={!enabled}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-evidence`}>{t('assess.evaluate.evidence')}</label>
          <textarea
            id={`${id}-evidence`}
            rows={2}
            disabled={!enabled}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
        </div>
        <div>
          <button type="submit" disabled={!enabled}>
            {t('assess.evaluate.save', { principle: principle.title })}
          </button>
        </div>
        <p role="status">{saved ? t('assess.saved') : ''}</p>
        <Failure error={error} />
      </form>
    </section>
  )
}
