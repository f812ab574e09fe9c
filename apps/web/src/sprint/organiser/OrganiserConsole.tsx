import { Page } from '../../layout/Page.tsx'

/** Placeholder until this screen is built. */
export function OrganiserConsole() {
  return <Page title="OrganiserConsole">{null}</Page>
}
