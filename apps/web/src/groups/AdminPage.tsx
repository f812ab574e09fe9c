import { type FormEvent, useId, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { type Settled, settled, useLoad, useSubmit } from '../api/hooks.ts'
import type { ApiFailure } from '../api/request.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/translate.ts'
import { Page } from '../layout/Page.tsx'
import { groupsApi, type OutboxMessage, type Outcome } from './api.ts'
import { FailureAlert } from './FailureAlert.tsx'

const loadOutcomes = () => groupsApi.outcomes()
const loadHeld = () => groupsApi.held()
const loadOutbox = () => groupsApi.outbox()

/** The areas a group's output can feed (the API's `outputArea` values) and their navigation labels. */
const outputAreas: readonly [string, MessageKey][] = [
  ['names', 'nav.names'],
  ['privacy', 'nav.privacy'],
  ['learn', 'nav.learn'],
  ['assess', 'nav.assess'],
  ['explore', 'nav.explore'],
]

const stateLabels: Record<OutboxMessage['state'], MessageKey> = {
  queued: 'groups.state.queued',
  sending: 'groups.state.sending',
  sent: 'groups.state.sent',
  failed: 'groups.state.failed',
  stored: 'groups.state.stored',
}

/** The organisers' desk: create groups (by hand or from sprint outcomes), moderate, read the outbox, subscriber data. */
export function AdminPage() {
  const { t } = useI18n()
  const outcomes = settled(useLoad(loadOutcomes, [loadOutcomes]))
  if (outcomes.error?.code === 'NOT_SIGNED_IN') {
    return (
      <Page title={t('groups.admin.title')}>
        <p>
          {t('groups.admin.signIn')} <Link to="/sprint">{t('nav.sprint')}</Link>
        </p>
      </Page>
    )
  }
  return (
    <Page title={t('groups.admin.title')}>
      <OutcomesPanel outcomes={outcomes} />
      <CreateForm />
      <HeldPanel />
      <OutboxPanel />
      <SubscribersPanel />
    </Page>
  )
}

function Feedback({ status, failure }: { status: string | null; failure: ApiFailure | null }) {
  return (
    <>
      <div role="status">{status === null ? null : <p>{status}</p>}</div>
      <FailureAlert failure={failure} />
    </>
  )
}

function OutcomesPanel({ outcomes }: { outcomes: Settled<{ outcomes: Outcome[] }> }) {
  const { t } = useI18n()
  const id = useId()
  const navigate = useNavigate()
  const { error: failure, run: attempt } = useSubmit()
  function create(sessionId: string, groupId: string) {
    void attempt(async () => {
      const group = await groupsApi.fromOutcome(sessionId, groupId)
      navigate(`/groups/${group.slug}`)
    })
  }
  const list = outcomes.value?.outcomes ?? []
  return (
    <section className="groups-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.admin.outcomes')}</h2>
      {outcomes.value !== null && list.length === 0 ? <p>{t('groups.admin.noOutcomes')}</p> : null}
      <ul>
        {list.map((o) => (
          <li key={`${o.sessionId}-${o.groupId}`}>
            <p>
              {t('groups.admin.outcome', {
                project: o.project,
                session: o.sessionTitle,
                leader: o.leader,
                next: o.nextStep,
              })}
            </p>
            {o.workingGroup === null ? (
              <button type="button" onClick={() => void create(o.sessionId, o.groupId)}>
                {t('groups.admin.fromOutcome', { project: o.project })}
              </button>
            ) : (
              <Link to={`/groups/${o.workingGroup}`}>{t('groups.admin.openGroup')}</Link>
            )}
          </li>
        ))}
      </ul>
      <Feedback status={null} failure={failure} />
    </section>
  )
}

function CreateForm() {
  const { t } = useI18n()
  const id = useId()
  const navigate = useNavigate()
  const [fields, setFields] = useState({
    name: '',
    purpose: '',
    leader: '',
    nextStep: '',
    output: '',
    mTitle: '',
    mOwner: '',
    mDue: '',
  })
  const { error: failure, run: attempt } = useSubmit()
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }))

  function submit(event: FormEvent) {
    event.preventDefault()
    const milestone =
      fields.mTitle.trim() === '' || fields.mDue === ''
        ? []
        : [{ title: fields.mTitle, owner: fields.mOwner.trim() || fields.leader, due: fields.mDue }]
    void attempt(async () => {
      const group = await groupsApi.create({
        name: fields.name,
        purpose: fields.purpose,
        leader: fields.leader,
        nextStep: fields.nextStep,
        milestones: milestone,
        outputArea: fields.output === '' ? null : fields.output,
      })
      navigate(`/groups/${group.slug}`)
    })
  }

  const text = (key: 'name' | 'leader' | 'nextStep', label: MessageKey) => (
    <div>
      <label htmlFor={`${id}-${key}`}>{t(label)}</label>
      <input id={`${id}-${key}`} type="text" required value={fields[key]} onChange={set(key)} />
    </div>
  )
  return (
    <section className="groups-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.admin.create')}</h2>
      <form className="groups-form" onSubmit={submit}>
        {text('name', 'groups.admin.name')}
        <div>
          <label htmlFor={`${id}-purpose`}>{t('groups.admin.purpose')}</label>
          <textarea id={`${id}-purpose`} required rows={3} value={fields.purpose} onChange={set('purpose')} />
        </div>
        {text('leader', 'groups.admin.leader')}
        {text('nextStep', 'groups.admin.nextStep')}
        <div>
          <label htmlFor={`${id}-output`}>{t('groups.admin.output')}</label>
          <select id={`${id}-output`} value={fields.output} onChange={set('output')}>
            <option value="">{t('groups.admin.outputNone')}</option>
            {outputAreas.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('groups.admin.milestone')}</legend>
          <label htmlFor={`${id}-mtitle`}>{t('groups.milestone.title')}</label>
          <input id={`${id}-mtitle`} type="text" value={fields.mTitle} onChange={set('mTitle')} />
          <label htmlFor={`${id}-mowner`}>{t('groups.milestone.owner')}</label>
          <input id={`${id}-mowner`} type="text" value={fields.mOwner} onChange={set('mOwner')} />
          <label htmlFor={`${id}-mdue`}>{t('groups.milestone.due')}</label>
          <input id={`${id}-mdue`} type="date" value={fields.mDue} onChange={set('mDue')} />
        </fieldset>
        <div>
          <button type="submit">{t('groups.admin.createSubmit')}</button>
        </div>
      </form>
      <Feedback status={null} failure={failure} />
    </section>
  )
}

function HeldPanel() {
  const { t } = useI18n()
  const id = useId()
  const held = settled(useLoad(loadHeld, [loadHeld]))
  const { error: failure, run: attempt } = useSubmit()
  function decide(messageId: string, decision: 'approve' | 'reject') {
    void attempt(async () => {
      await groupsApi.moderate(messageId, decision)
      held.reload()
    })
  }
  const messages = held.value?.messages ?? []
  return (
    <section className="groups-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.admin.held')}</h2>
      {held.value !== null && messages.length === 0 ? <p>{t('groups.admin.noHeld')}</p> : null}
      {messages.map((m) => (
        <article key={m.id} className="groups-post" aria-label={m.subject}>
          <h3>{m.subject}</h3>
          <p>{t('groups.admin.heldFrom', { sender: m.sender, list: m.list })}</p>
          <p className="groups-post-text">{m.text}</p>
          <button type="button" onClick={() => void decide(m.id, 'approve')}>
            {t('groups.admin.approve', { subject: m.subject })}
          </button>{' '}
          <button type="button" onClick={() => void decide(m.id, 'reject')}>
            {t('groups.admin.reject', { subject: m.subject })}
          </button>
        </article>
      ))}
      <button type="button" onClick={held.reload}>
        {t('groups.admin.refresh')}
      </button>
      <Feedback status={null} failure={failure} />
    </section>
  )
}

function OutboxPanel() {
  const { t } = useI18n()
  const id = useId()
  const outbox = settled(useLoad(loadOutbox, [loadOutbox]))
  const messages = outbox.value?.messages ?? []
  return (
    <section className="groups-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.admin.outbox')}</h2>
      <button type="button" onClick={outbox.reload}>
        {t('groups.admin.refresh')}
      </button>
      {outbox.value !== null && messages.length === 0 ? <p>{t('groups.admin.noOutbox')}</p> : null}
      {messages.length === 0 ? null : (
        <table className="groups-table" aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">{t('groups.admin.outboxKind')}</th>
              <th scope="col">{t('groups.admin.outboxSubject')}</th>
              <th scope="col">{t('groups.admin.outboxTo')}</th>
              <th scope="col">{t('groups.admin.outboxState')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>{m.kind}</td>
                <td>
                  <details>
                    <summary>{m.subject}</summary>
                    <p>{t('groups.admin.outboxRaw')}</p>
                    <pre className="groups-raw">{m.raw}</pre>
                  </details>
                </td>
                <td>{m.recipient}</td>
                <td>
                  {t(stateLabels[m.state])}
                  {m.lastError === null ? null : <span className="groups-error"> ({m.lastError})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function SubscribersPanel() {
  const { t } = useI18n()
  const id = useId()
  const [email, setEmail] = useState('')
  const [exported, setExported] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const { error: failure, run: attempt } = useSubmit()

  function run(action: 'export' | 'erase') {
    setStatus(null)
    void attempt(async () => {
      if (action === 'export') setExported(JSON.stringify(await groupsApi.exportSubscriber(email), null, 2))
      else {
        await groupsApi.eraseSubscriber(email)
        setExported(null)
        setStatus(t('groups.admin.erased'))
      }
    })
  }

  return (
    <section className="groups-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.admin.subscribers')}</h2>
      <form className="groups-form" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor={`${id}-email`}>{t('groups.admin.subscriberEmail')}</label>
          <input id={`${id}-email`} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div>
          <button type="button" onClick={() => void run('export')}>
            {t('groups.admin.export')}
          </button>{' '}
          <button type="button" onClick={() => void run('erase')}>
            {t('groups.admin.erase')}
          </button>
        </div>
      </form>
      {exported === null ? null : <pre className="groups-raw">{exported}</pre>}
      <Feedback status={status} failure={failure} />
    </section>
  )
}
