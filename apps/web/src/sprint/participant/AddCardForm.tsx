import type { CardKind } from '@blockgov/sprint'
import { useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { NewCardForm } from './NewCardForm.tsx'

/** "Add to the board": one form per card kind the running activity allows (topic, idea). */
export function AddCardForm({ kinds, designId }: { kinds: readonly CardKind[]; designId: string }) {
  const { t } = useI18n()
  const id = useId()
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('participant.add.title')}</h2>
      <div className="add-forms">
        {kinds.includes('topic') && <NewCardForm kind="topic" designId={designId} />}
        {kinds.includes('idea') && <NewCardForm kind="idea" designId={designId} />}
      </div>
    </section>
  )
}
