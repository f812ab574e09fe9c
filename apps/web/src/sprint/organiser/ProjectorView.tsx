import { Page } from '../../layout/Page.tsx'

/** Placeholder until this screen is built. */
export function ProjectorView() {
  return <Page title="ProjectorView">{null}</Page>
}
