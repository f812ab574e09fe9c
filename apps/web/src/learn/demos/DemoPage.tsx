import '../learn.css'
import './demos.css'
import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { Page } from '../../layout/Page.tsx'
import { NotFound } from '../../pages/NotFound.tsx'
import { LearnNav } from '../LearnNav.tsx'
import { type DemoId, findDemo } from './catalogue.ts'
import { BlockchainDemo } from './pages/BlockchainDemo.tsx'
import { BlockDemo } from './pages/BlockDemo.tsx'
import { DistributedDemo } from './pages/DistributedDemo.tsx'
import { ForkDemo } from './pages/ForkDemo.tsx'
import { HashDemo } from './pages/HashDemo.tsx'
import { SignaturesDemo } from './pages/SignaturesDemo.tsx'
import { TokensDemo } from './pages/TokensDemo.tsx'

function demoBody(id: DemoId): ReactNode {
  switch (id) {
    case 'hash':
      return <HashDemo />
    case 'block':
      return <BlockDemo />
    case 'blockchain':
      return <BlockchainDemo />
    case 'distributed':
      return <DistributedDemo />
    case 'tokens':
      return <TokensDemo />
    case 'signatures':
      return <SignaturesDemo />
    case 'fork':
      return <ForkDemo />
  }
}

/** `/learn/demos/:demoId`: one demo, with links back to the Learn area and to the lesson that explains it. */
export function DemoPage() {
  const { t } = useI18n()
  const { demoId = '' } = useParams()
  const demo = findDemo(demoId)
  if (demo === undefined) return <NotFound />
  return (
    <Page title={t(demo.title)}>
      <div className="demo">
        <LearnNav />
        <p>
          <Link to={`/learn/lessons/${demo.lesson}`}>{t('learn.demos.lesson')}</Link>
        </p>
        <p className="lead">{t(demo.summary)}</p>
        <p className="muted">{t('learn.demos.local')}</p>
        {/* Keyed by demo, so moving between demos starts each one fresh. */}
        <div key={demo.id}>{demoBody(demo.id)}</div>
      </div>
    </Page>
  )
}
