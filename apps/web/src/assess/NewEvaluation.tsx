import { stakeholderGroups } from '@blockgov/content'
import { type FormEvent, type ReactNode, useId } from 'react'
import { useNavigate } from 'react-router'
import { useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { AssessNav } from './AssessNav.tsx'
import { AssessPage } from './AssessPage.tsx'
import { assessApi, type Stage } from './api.ts'
import { Failure } from './Failure.tsx'
import { linesOf, stageKey } from './labels.ts'
import './assess.css'

const stages: readonly Stage[] = ['idea', 'pilot', 'production', 'retired']

/** `/assess/new`: the organiser registers an initiative; on success the evaluation's console opens. */
export function NewEvaluation() {
  const { t } = useI18n()
  const id = useId()
  const navigate = useNavigate()
  const { error, busy, run } = useSubmit()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '').trim()
    void run(async () => {
      const created = await assessApi.create(
        {
          name: text('name'),
          body: text('body'),
          jurisdiction: text('jurisdiction'),
          stage: text('stage') as Stage,
          description: text('description'),
          links: linesOf(text('links')),
        },
        Number(text('threshold')),
      )
      navigate(`/assess/e/${created.id}`)
    })
  }

  const required = <span className="required">{t('assess.field.required')}</span>
  const field = (name: string, label: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>
        {label} {required}
      </label>
      {input}
    </div>
  )
  return (
    <AssessPage title={t('assess.new.title')}>
      <AssessNav />
      <form className="stack" onSubmit={submit}>
        {field(
          'name',
          t('assess.field.name'),
          <input id={`${id}-name`} name="name" required minLength={2} maxLength={200} />,
        )}
        {field(
          'body',
          t('assess.field.body'),
          <input id={`${id}-body`} name="body" required minLength={2} maxLength={200} />,
        )}
        {field(
          'jurisdiction',
          t('assess.field.jurisdiction'),
          <input id={`${id}-jurisdiction`} name="jurisdiction" required minLength={2} maxLength={120} />,
        )}
        {field(
          'stage',
          t('assess.field.stage'),
          <select id={`${id}-stage`} name="stage" required defaultValue="pilot">
            {stages.map((s) => (
              <option key={s} value={s}>
                {t(stageKey[s])}
              </option>
            ))}
          </select>,
        )}
        {field(
          'description',
          t('assess.field.description'),
          <textarea id={`${id}-description`} name="description" required minLength={10} maxLength={5000} rows={4} />,
        )}
        <div className="field">
          <label htmlFor={`${id}-links`}>{t('assess.field.links')}</label>
          <textarea id={`${id}-links`} name="links" rows={3} />
        </div>
        {field(
          'threshold',
          t('assess.field.threshold'),
          <input
            id={`${id}-threshold`}
            name="threshold"
            type="number"
            min={2}
            max={stakeholderGroups.length}
            defaultValue={3}
            required
          />,
        )}
        <Failure error={error} />
        <div>
          <button type="submit" disabled={busy}>
            {t('assess.new.submit')}
          </button>
        </div>
      </form>
    </AssessPage>
  )
}
