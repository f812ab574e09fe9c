import { type FormEvent, useId, useState } from 'react'
import { useParams } from 'react-router'
import { useLoad, useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { AssessNav } from './AssessNav.tsx'
import { AssessPage } from './AssessPage.tsx'
import { assessApi } from './api.ts'
import { Failure } from './Failure.tsx'
import { statusKey } from './labels.ts'
import './assess.css'

/** `/assess/e/:id/comment`: the initiative and, during the comment period, an anonymous comment form. */
export function CommentPage() {
  const { t } = useI18n()
  const id = useId()
  const { evaluationId = '' } = useParams()
  const [summary] = useLoad(() => assessApi.publicSummary(evaluationId), [evaluationId])
  const [text, setText] = useState('')
  const [sent, setSent] = useState(false)
  const { error, run } = useSubmit()
  function submit(event: FormEvent) {
    event.preventDefault()
    void run(async () => {
      await assessApi.comment(evaluationId, text.trim())
      setSent(true)
      setText('')
    })
  }
  if (summary.state !== 'ok') {
    return (
      <AssessPage title={t('assess.comment.title')}>
        <AssessNav />
        {summary.state === 'failed' ? <Failure error={summary.error} /> : <p>{t('assess.loading')}</p>}
      </AssessPage>
    )
  }
  const { initiative, status } = summary.value
  return (
    <AssessPage title={`${t('assess.comment.title')}: ${initiative.name}`}>
      <AssessNav />
      <p>{t('assess.console.status', { status: t(statusKey[status]) })}</p>
      <p>{initiative.description}</p>
      {status === 'comment' && (
        <form className="stack" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('assess.comment.text')}</label>
            <textarea
              id={`${id}-text`}
              rows={4}
              required
              minLength={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <div>
            <button type="submit">{t('assess.comment.submit')}</button>
          </div>
        </form>
      )}
      <p role="status">{sent ? t('assess.comment.sent') : ''}</p>
      <Failure error={error} />
    </AssessPage>
  )
}
