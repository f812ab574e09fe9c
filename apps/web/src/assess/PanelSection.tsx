import { stakeholderGroups } from '@blockgov/content'
import { type FormEvent, useId, useState } from 'react'
import { useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { assessApi, type Evaluator } from './api.ts'
import { Failure } from './Failure.tsx'

const groupName = (id: string | null) => stakeholderGroups.find((g) => g.id === id)?.label ?? id

/** The panel: who was invited, what they declared, how many scores each gave; and the invite form. */
export function PanelSection({
  evaluationId,
  evaluators,
  canInvite,
  onChanged,
}: {
  evaluationId: string
  evaluators: readonly Evaluator[]
  canInvite: boolean
  onChanged: () => void
}) {
  const { t } = useI18n()
  const id = useId()
  const [label, setLabel] = useState('')
  const [invite, setInvite] = useState<{ label: string; url: string } | null>(null)
  const { error, run } = useSubmit()

  function submit(event: FormEvent) {
    event.preventDefault()
    void run(async () => {
      const created = await assessApi.invite(evaluationId, label.trim())
      setInvite({ label: label.trim(), url: new URL(created.path, window.location.origin).toString() })
      setLabel('')
      onChanged()
    })
  }

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('assess.panel.title')}</h2>
      {evaluators.length === 0 ? (
        <p>{t('assess.panel.none')}</p>
      ) : (
        <table className="assess-table">
          <caption>{t('assess.panel.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assess.panel.inviteLabel')}</th>
              <th scope="col">{t('assess.panel.group')}</th>
              <th scope="col">{t('assess.panel.conflicts')}</th>
              <th scope="col">{t('assess.panel.scores')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluators.map((e) => (
              <tr key={e.id}>
                <th scope="row">{e.label}</th>
                <td>{e.declared ? groupName(e.group) : t('assess.panel.undeclared')}</td>
                <td>{e.conflicts}</td>
                <td>{e.scored}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canInvite && (
        <form className="stack" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-label`}>{t('assess.panel.inviteLabel')}</label>
            <input
              id={`${id}-label`}
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              required
              maxLength={80}
            />
          </div>
          <div>
            <button type="submit">{t('assess.panel.invite')}</button>
          </div>
        </form>
      )}
      <div role="status">
        {invite !== null && (
          <p>
            {t('assess.panel.link', { label: invite.label })}{' '}
            <a className="assess-link" href={invite.url} data-testid="invite-link">
              {invite.url}
            </a>
          </p>
        )}
      </div>
      <Failure error={error} />
    </section>
  )
}
