import { Page } from '../../layout/Page.tsx'

/** Placeholder until this screen is built. */
export function ParticipantView() {
  return <Page title="ParticipantView">{null}</Page>
}
