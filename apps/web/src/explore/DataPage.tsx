import './explore.css'
import { datasetToJson, exploreAttribution, exploreDataset, issuesToCsv, useCasesToCsv } from '@blockgov/content'
import { useId } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { SourceList } from '../privacy/SourceList.tsx'
import { downloadText } from './download.ts'
import { ExploreNav } from './ExploreNav.tsx'
import { ExploreNote } from './ExploreNote.tsx'
import { basketLabel, wgigLabel } from './labels.ts'

const stem = `blockgov-explore-${exploreDataset.version}`
const downloads = [
  {
    label: 'explore.data.json',
    file: `${stem}.json`,
    type: 'application/json;charset=utf-8',
    text: () => datasetToJson(exploreDataset),
  },
  {
    label: 'explore.data.useCasesCsv',
    file: `${stem}-use-cases.csv`,
    type: 'text/csv;charset=utf-8;header=present',
    text: () => useCasesToCsv(exploreDataset),
  },
  {
    label: 'explore.data.issuesCsv',
    file: `${stem}-issues.csv`,
    type: 'text/csv;charset=utf-8;header=present',
    text: () => issuesToCsv(exploreDataset),
  },
] as const

/** `/explore/data`: the issue taxonomy, the downloads (JSON and CSV) and the licence. */
export function DataPage() {
  const { t } = useI18n()
  const id = useId()
  return (
    <Page title={t('explore.data.title')}>
      <div className="privacy explore">
        <ExploreNav />
        <ExploreNote />
        <section aria-labelledby={`${id}-downloads`}>
          <h2 id={`${id}-downloads`}>{t('explore.data.downloads')}</h2>
          <p>{t('explore.data.licence', { version: exploreDataset.version })}</p>
          <p className="source-reference" lang="en">
            {exploreAttribution}
          </p>
          <div className="button-row">
            {downloads.map((download) => (
              <button
                key={download.file}
                type="button"
                onClick={() => downloadText(download.text(), download.file, download.type)}
              >
                {t(download.label)}
              </button>
            ))}
          </div>
          <p className="hint">{t('explore.data.csvNote')}</p>
        </section>

        <section aria-labelledby={`${id}-taxonomy`}>
          <h2 id={`${id}-taxonomy`}>{t('explore.data.taxonomy')}</h2>
          <p>{t('explore.data.taxonomyIntro')}</p>
          <section className="matrix-scroll" aria-labelledby={`${id}-taxonomy-caption`}>
            <table className="compare">
              <caption id={`${id}-taxonomy-caption`}>{t('explore.data.taxonomyCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('explore.data.issue')}</th>
                  <th scope="col">{t('explore.data.wgig')}</th>
                  <th scope="col">{t('explore.data.dw')}</th>
                  <th scope="col">{t('explore.data.description')}</th>
                </tr>
              </thead>
              <tbody>
                {exploreDataset.issues.map((issue) => (
                  <tr key={issue.id}>
                    <th scope="row" lang="en">
                      {issue.label}
                    </th>
                    <td>
                      {issue.wgigCluster === null ? t('explore.data.noCluster') : t(wgigLabel[issue.wgigCluster])}
                    </td>
                    <td>{t(basketLabel[issue.dwBasket])}</td>
                    <td lang="en">
                      {issue.description}
                      <SourceList citations={issue.citations} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </section>
      </div>
    </Page>
  )
}
