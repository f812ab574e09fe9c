import './explore.css'
import { exploreDataset } from '@blockgov/content'
import { type ExploreContributionBody, ExploreContributionBody as ProposalSchema } from '@blockgov/protocol'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { ApiFailure } from '../api/request.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/translate.ts'
import { Page } from '../layout/Page.tsx'
import { CheckboxGroup } from '../privacy/CheckboxGroup.tsx'
import { exploreApi } from './api.ts'
import { ExploreNav } from './ExploreNav.tsx'
import { exploreErrorText } from './error-text.ts'
import { issueIds, issueLabel } from './labels.ts'
import { UseCaseOptions } from './UseCaseOptions.tsx'

const useCaseIds = exploreDataset.useCases.map((useCase) => useCase.id)
const maxSources = 10

/** Free-text fields of a new use case, in form order, with their labels and size. */
const newFields: readonly { readonly name: TextField; readonly label: MessageKey; readonly long: boolean }[] = [
  { name: 'name', label: 'explore.contribute.name', long: false },
  { name: 'summary', label: 'explore.contribute.summary', long: true },
  { name: 'claimedContribution', label: 'explore.contribute.claim', long: true },
  { name: 'statusAndDates', label: 'explore.contribute.status', long: true },
  { name: 'evidence', label: 'explore.contribute.evidence', long: true },
  { name: 'problems', label: 'explore.contribute.problems', long: true },
  { name: 'alternative', label: 'explore.contribute.alternative', long: true },
  { name: 'region', label: 'explore.contribute.region', long: false },
]
type TextField =
  | 'name'
  | 'summary'
  | 'claimedContribution'
  | 'statusAndDates'
  | 'evidence'
  | 'problems'
  | 'alternative'
  | 'region'

interface SourceRow {
  readonly key: number
  readonly title: string
  readonly url: string
}

/**
 * `/explore/contribute`: propose a new use case or a correction, with sources. The proposal is checked with the
 * same schema as the API before it is sent; it then waits for an organiser's review.
 */
export function ContributePage() {
  const { t } = useI18n()
  const id = useId()
  const [params] = useSearchParams()
  const asked = params.get('correct')
  const [kind, setKind] = useState<'new-use-case' | 'correction'>(asked === null ? 'new-use-case' : 'correction')
  const [target, setTarget] = useState(asked !== null && useCaseIds.includes(asked) ? asked : '')
  const [correction, setCorrection] = useState('')
  const [text, setText] = useState<Record<TextField, string>>({
    name: '',
    summary: '',
    claimedContribution: '',
    statusAndDates: '',
    evidence: '',
    problems: '',
    alternative: '',
    region: '',
  })
  const [issues, setIssues] = useState<string[]>([])
  const [sources, setSources] = useState<SourceRow[]>([{ key: 0, title: '', url: '' }])
  const nextKey = useRef(1)
  const [credit, setCredit] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const [sent, setSent] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const problemRef = useRef<HTMLDivElement>(null)
  const doneRef = useRef<HTMLDivElement>(null)

  function proposal(): unknown {
    const common = {
      credit,
      sources: sources.map(({ title, url }) => ({ title, url })).filter((s) => s.title !== '' || s.url !== ''),
    }
    return kind === 'correction' ? { kind, ...common, target, correction } : { kind, ...common, ...text, issues }
  }

  // Focus follows the outcome of a submission, once it is on screen: the problems, or the confirmation.
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (attempt > 0) (sent === null ? problemRef.current : doneRef.current)?.focus()
  }, [attempt, sent])

  function showProblems(list: string[]) {
    setProblems(list)
    setAttempt((n) => n + 1)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const parsed = ProposalSchema.safeParse(proposal())
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))]
      showProblems(fields.map((field) => t('explore.contribute.invalid', { field: fieldLabel(field) })))
      return
    }
    setBusy(true)
    try {
      const created = await exploreApi.propose(parsed.data satisfies ExploreContributionBody)
      setSent(created.id)
      setAttempt((n) => n + 1)
    } catch (error) {
      showProblems([exploreErrorText(t, error instanceof ApiFailure ? error : { code: 'INTERNAL', message: '' })])
    } finally {
      setBusy(false)
    }
  }

  function fieldLabel(field: string): string {
    const known = newFields.find((f) => f.name === field)
    if (known !== undefined) return t(known.label)
    const other: Readonly<Record<string, MessageKey>> = {
      credit: 'explore.contribute.credit',
      sources: 'explore.contribute.sources',
      target: 'explore.contribute.target',
      correction: 'explore.contribute.correction',
      issues: 'explore.contribute.issues',
    }
    return Object.hasOwn(other, field) ? t(other[field] ?? 'explore.contribute.sources') : field
  }

  if (sent !== null) {
    return (
      <Page title={t('explore.contribute.title')}>
        <div className="privacy explore">
          <ExploreNav />
          <div ref={doneRef} tabIndex={-1} role="status" className="notice">
            <p>{t('explore.contribute.thanks')}</p>
            <p>{t('explore.contribute.reference', { id: sent })}</p>
          </div>
          <p>
            <Link to="/explore">{t('explore.useCase.back')}</Link>
          </p>
        </div>
      </Page>
    )
  }

  return (
    <Page title={t('explore.contribute.title')}>
      <div className="privacy explore">
        <ExploreNav />
        <p className="lead">{t('explore.contribute.intro')}</p>
        <form className="stack" onSubmit={submit} noValidate>
          {problems.length > 0 && (
            <div ref={problemRef} tabIndex={-1} role="alert" className="form-error">
              <p>{t('explore.contribute.problemsTitle')}</p>
              <ul>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          <fieldset>
            <legend>{t('explore.contribute.kind')}</legend>
            <label className="choice">
              <input
                type="radio"
                name={`${id}-kind`}
                checked={kind === 'new-use-case'}
                onChange={() => setKind('new-use-case')}
              />
              {t('explore.contribute.kind.new')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name={`${id}-kind`}
                checked={kind === 'correction'}
                onChange={() => setKind('correction')}
              />
              {t('explore.contribute.kind.correction')}
            </label>
          </fieldset>

          {kind === 'correction' ? (
            <>
              <div className="field">
                <label htmlFor={`${id}-target`}>{t('explore.contribute.target')}</label>
                <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
                  <UseCaseOptions />
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-correction`}>{t('explore.contribute.correction')}</label>
                <textarea
                  id={`${id}-correction`}
                  rows={6}
                  value={correction}
                  onChange={(e) => setCorrection(e.target.value)}
                />
              </div>
            </>
          ) : (
            <>
              {newFields.map((field) => (
                <div className="field" key={field.name}>
                  <label htmlFor={`${id}-${field.name}`}>{t(field.label)}</label>
                  {field.long ? (
                    <textarea
                      id={`${id}-${field.name}`}
                      rows={4}
                      value={text[field.name]}
                      onChange={(e) => setText({ ...text, [field.name]: e.target.value })}
                    />
                  ) : (
                    <input
                      id={`${id}-${field.name}`}
                      value={text[field.name]}
                      onChange={(e) => setText({ ...text, [field.name]: e.target.value })}
                    />
                  )}
                </div>
              ))}
              <CheckboxGroup
                legend={t('explore.contribute.issues')}
                options={issueIds}
                selected={issues}
                label={issueLabel}
                onChange={setIssues}
                lang="en"
              />
            </>
          )}

          <fieldset>
            <legend>{t('explore.contribute.sources')}</legend>
            <p className="hint">{t('explore.contribute.sourcesHint')}</p>
            {sources.map((source, index) => (
              <div key={source.key} className="filter-row">
                <div className="field">
                  <label htmlFor={`${id}-st-${source.key}`}>
                    {t('explore.contribute.sourceTitle', { n: index + 1 })}
                  </label>
                  <input
                    id={`${id}-st-${source.key}`}
                    value={source.title}
                    onChange={(e) =>
                      setSources(sources.map((s) => (s.key === source.key ? { ...s, title: e.target.value } : s)))
                    }
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-su-${source.key}`}>
                    {t('explore.contribute.sourceUrl', { n: index + 1 })}
                  </label>
                  <input
                    id={`${id}-su-${source.key}`}
                    type="url"
                    value={source.url}
                    onChange={(e) =>
                      setSources(sources.map((s) => (s.key === source.key ? { ...s, url: e.target.value } : s)))
                    }
                  />
                </div>
                {sources.length > 1 && (
                  <button type="button" onClick={() => setSources(sources.filter((s) => s.key !== source.key))}>
                    {t('explore.contribute.removeSource', { n: index + 1 })}
                  </button>
                )}
              </div>
            ))}
            {sources.length < maxSources && (
              <button
                type="button"
                onClick={() => {
                  setSources([...sources, { key: nextKey.current, title: '', url: '' }])
                  nextKey.current += 1
                }}
              >
                {t('explore.contribute.addSource')}
              </button>
            )}
          </fieldset>

          <div className="field">
            <label htmlFor={`${id}-credit`}>{t('explore.contribute.credit')}</label>
            <input
              id={`${id}-credit`}
              value={credit}
              aria-describedby={`${id}-credit-hint`}
              onChange={(e) => setCredit(e.target.value)}
            />
            <p id={`${id}-credit-hint`} className="hint">
              {t('explore.contribute.creditHint')}
            </p>
          </div>
          <div className="button-row">
            <button type="submit" disabled={busy}>
              {t('explore.contribute.submit')}
            </button>
          </div>
        </form>
      </div>
    </Page>
  )
}
