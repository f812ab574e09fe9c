import type { ReactNode } from 'react'
import { Page } from '../layout/Page.tsx'

/** An Assess page: the shell's page inside the area's root, which gives its forms the shared look (styles.css). */
export function AssessPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Page title={title}>
      <div className="assess">{children}</div>
    </Page>
  )
}
