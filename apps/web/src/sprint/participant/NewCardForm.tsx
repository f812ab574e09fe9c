import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { uuid } from '../uuid.ts'
import { CountedTextarea } from './CountedTextarea.tsx'
import { FormError } from './FormError.tsx'
import { useParticipant } from './participant-context.ts'
import { boardOf } from './selectors.ts'
import { NO_TOPIC, TopicOptions } from './TopicOptions.tsx'
import { useCommand } from './use-command.ts'

/** Adds one topic or idea (ideas go under a chosen topic, or none); anonymous only when the phase allows. */
export function NewCardForm({ kind, designId }: { kind: 'topic' | 'idea'; designId: string }) {
  const { t } = useI18n()
  const id = useId()
  const { state, item } = useParticipant()
  const { run, error } = useCommand()
  const [text, setText] = useState('')
  const [chosenTopic, setChosenTopic] = useState<string | null>(null)
  const [anonymous, setAnonymous] = useState(false)
  const topics = boardOf(state, designId).topics.map((x) => x.topic)
  // Until the person picks, ideas go under the newest topic: the one the group is most likely discussing.
  const stillThere = chosenTopic === NO_TOPIC || topics.some((topic) => topic.id === chosenTopic)
  const parentId = chosenTopic !== null && stillThere ? chosenTopic : (topics.at(-1)?.id ?? NO_TOPIC)
  const anonymousAllowed = item?.anonymousCards === true

  async function submit(event: FormEvent) {
    event.preventDefault()
    const trimmed = text.trim()
    if (trimmed === '') return
    const ok = await run({
      type: 'card.add',
      cardId: uuid(),
      kind,
      parentId: kind === 'idea' && parentId !== NO_TOPIC ? parentId : null,
      text: trimmed,
      anonymous: anonymousAllowed && anonymous,
    })
    if (ok) {
      // Clear only what was sent: the person may already be typing the next card.
      setText((current) => (current.trim() === trimmed ? '' : current))
      setAnonymous(false)
    }
  }

  return (
    <form className="stack new-card" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t(kind === 'topic' ? 'participant.add.topicTitle' : 'participant.add.ideaTitle')}</h3>
      <CountedTextarea
        label={t(kind === 'topic' ? 'participant.add.topicLabel' : 'participant.add.ideaLabel')}
        hint={t(kind === 'topic' ? 'participant.add.topicHint' : 'participant.add.ideaHint')}
        value={text}
        onChange={setText}
        required
      />
      {kind === 'idea' && (
        <div className="field">
          <label htmlFor={`${id}-topic`}>{t('participant.add.topicSelect')}</label>
          <select id={`${id}-topic`} value={parentId} onChange={(e) => setChosenTopic(e.target.value)}>
            <TopicOptions topics={topics} />
          </select>
        </div>
      )}
      {anonymousAllowed && (
        <label className="choice">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          {t('participant.add.anonymous')}
        </label>
      )}
      <FormError message={error} />
      <div>
        <button type="submit">
          {t(kind === 'topic' ? 'participant.add.topicSubmit' : 'participant.add.ideaSubmit')}
        </button>
      </div>
    </form>
  )
}
