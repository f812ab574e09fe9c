import { Page } from '../../layout/Page.tsx'

/** Placeholder until this screen is built. */
export function JoinPage() {
  return <Page title="JoinPage">{null}</Page>
}
