import { principleSet, stakeholderGroups } from '@blockgov/content'
import { type FormEvent, useId, useState } from 'react'
import { useLocation } from 'react-router'
import { useLoad, useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { AggregationTables } from './AggregationTables.tsx'
import { AssessPage } from './AssessPage.tsx'
import { assessApi, type EvaluatorSelf } from './api.ts'
import { Failure } from './Failure.tsx'
import { statusKey } from './labels.ts'
import { RadioChoices } from './RadioChoices.tsx'
import { ScoreForm } from './ScoreForm.tsx'
import './assess.css'

const groupChoices = stakeholderGroups.map((g) => ({ value: g.id, label: g.label }))

/** The invite token from the link's fragment (`#token=…`), which never reaches the server in a URL. */
function tokenFrom(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? ''
}

/** `/assess/evaluate#token=…`: the evaluator's page — declaration, own scores, minority statement. */
export function EvaluatePage() {
  const { t } = useI18n()
  const token = tokenFrom(useLocation().hash)
  const [self, reload] = useLoad(() => assessApi.me(token), [token])
  if (token === '') {
    return (
      <AssessPage title={t('assess.evaluate.title')}>
        <p>{t('assess.evaluate.noToken')}</p>
      </AssessPage>
    )
  }
  if (self.state === 'loading') return <AssessPage title={t('assess.evaluate.title')}>{t('assess.loading')}</AssessPage>
  if (self.state === 'failed') {
    return (
      <AssessPage title={t('assess.evaluate.title')}>
        <Failure error={self.error} />
      </AssessPage>
    )
  }
  const { evaluation, me, scores } = self.value
  const open = evaluation.status === 'panel-open'
  return (
    <AssessPage title={`${t('assess.evaluate.title')}: ${evaluation.initiative.name}`}>
      <p role="status">
        <strong>{t('assess.console.status', { status: t(statusKey[evaluation.status]) })}</strong>
      </p>
      <p>
        {evaluation.initiative.body} · {evaluation.initiative.jurisdiction}
      </p>
      <p>{evaluation.initiative.description}</p>
      <Declaration token={token} self={self.value} onSaved={reload} />
      <section aria-labelledby="scoring-heading">
        <h2 id="scoring-heading">{t('assess.evaluate.scoring')}</h2>
        {!open && <p>{t('assess.evaluate.notOpen')}</p>}
        {principleSet.principles.map((p) => (
          <ScoreForm
            key={p.id}
            token={token}
            principle={p}
            stored={scores.find((s) => s.principleId === p.id)}
            enabled={open && me.declared}
            onSaved={reload}
          />
        ))}
      </section>
      {evaluation.status !== 'draft' && evaluation.status !== 'published' && (
        <Minority token={token} initial={me.minorityStatement ?? ''} />
      )}
      {(evaluation.status === 'panel-closed' || evaluation.status === 'comment') && <PanelResults token={token} />}
    </AssessPage>
  )
}

function Declaration({ token, self, onSaved }: { token: string; self: EvaluatorSelf; onSaved: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const [group, setGroup] = useState(self.me.group ?? '')
  const [conflicts, setConflicts] = useState(self.me.conflicts)
  const { error, saved, run } = useSubmit()
  const editable = self.evaluation.status === 'draft' || self.evaluation.status === 'panel-open'
  function submit(event: FormEvent) {
    event.preventDefault()
    void run(async () => {
      await assessApi.declare(token, group, conflicts.trim())
      onSaved()
    })
  }
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('assess.evaluate.declaration')}</h2>
      <form className="stack" onSubmit={submit}>
        <RadioChoices
          legend={t('assess.evaluate.groupLegend')}
          options={groupChoices}
          selected={group}
          onSelect={setGroup}
          disabled={!editable}
        />
        <div className="field">
          <label htmlFor={`${id}-conflicts`}>{t('assess.evaluate.conflicts')}</label>
          <textarea
            id={`${id}-conflicts`}
            rows={2}
            required
            minLength={2}
            disabled={!editable}
            value={conflicts}
            onChange={(e) => setConflicts(e.target.value)}
          />
        </div>
        <div>
          <button type="submit" disabled={!editable}>
            {t('assess.evaluate.declare')}
          </button>
        </div>
        <p role="status">{saved ? t('assess.saved') : ''}</p>
        <Failure error={error} />
      </form>
    </section>
  )
}

function Minority({ token, initial }: { token: string; initial: string }) {
  const { t } = useI18n()
  const id = useId()
  const [text, setText] = useState(initial)
  const { error, saved, run } = useSubmit()
  function submit(event: FormEvent) {
    event.preventDefault()
    void run(async () => {
      await assessApi.minority(token, text.trim() === '' ? null : text.trim())
    })
  }
  return (
    <form className="stack" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-minority`}>{t('assess.evaluate.minority')}</label>
        <textarea id={`${id}-minority`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div>
        <button type="submit">{t('assess.evaluate.saveMinority')}</button>
      </div>
      <p role="status">{saved ? t('assess.saved') : ''}</p>
      <Failure error={error} />
    </form>
  )
}

function PanelResults({ token }: { token: string }) {
  const { t } = useI18n()
  const [aggregation] = useLoad(() => assessApi.meAggregation(token), [token])
  return (
    <section aria-labelledby="panel-results">
      <h2 id="panel-results">{t('assess.aggregation.title')}</h2>
      {aggregation.state === 'ok' && <AggregationTables aggregation={aggregation.value} />}
      {aggregation.state === 'failed' && <Failure error={aggregation.error} />}
    </section>
  )
}
