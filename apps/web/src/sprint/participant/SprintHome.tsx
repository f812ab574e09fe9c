import { Page } from '../../layout/Page.tsx'

/** Placeholder until this screen is built. */
export function SprintHome() {
  return <Page title="SprintHome">{null}</Page>
}
