import './participant.css'
import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { Page } from '../../layout/Page.tsx'
import { readPass } from '../api.ts'
import { LiveParticipant } from './LiveParticipant.tsx'

/** `/sprint/s/:sessionId`: a participant's live screen; needs the pass saved when they joined. */
export function ParticipantView() {
  const { t } = useI18n()
  const { sessionId = '' } = useParams()
  const pass = useMemo(() => readPass(sessionId), [sessionId])
  if (pass === null) {
    return (
      <Page title={t('participant.view.noPassTitle')}>
        <div className="participant">
          <p>{t('participant.view.noPass')}</p>
          <p>
            <Link to="/sprint/join">{t('participant.view.joinLink')}</Link>
          </p>
        </div>
      </Page>
    )
  }
  return <LiveParticipant sessionId={sessionId} pass={pass} />
}
