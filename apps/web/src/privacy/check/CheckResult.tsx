import { type CheckReport, checkReportToMarkdown, indexNodes, type Level, privacyMap } from '@blockgov/content'
import { useEffect, useId, useRef } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { MessageKey } from '../../i18n/translate.ts'
import { citationLabel } from '../SourceList.tsx'

const nodes = indexNodes(privacyMap)
const levelHeading: Record<Level, MessageKey> = {
  high: 'privacy.check.level.high',
  medium: 'privacy.check.level.medium',
  low: 'privacy.check.level.low',
}

/** Offers the Markdown report as a file made in the browser: nothing is uploaded or kept. */
function download(markdown: string): void {
  const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = 'privacy-check.md'
  link.click()
  // Revoke on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** The guided check's result; focus moves to its heading when it appears, so the change is announced. */
export function CheckResult({ report, shareUrl }: { report: CheckReport; shareUrl: string }) {
  const { t } = useI18n()
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [])

  return (
    <section aria-labelledby={`${id}-h`} className="check-result">
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('privacy.check.result')}
      </h2>
      <p>{t('privacy.check.resultIntro')}</p>
      <p className="notice">{t('privacy.check.notStored')}</p>
      <div className="button-row no-print">
        <button type="button" onClick={() => download(checkReportToMarkdown(report))}>
          {t('privacy.check.download')}
        </button>
      </div>
      <p className="share no-print">
        {t('privacy.check.share')} <a href={shareUrl}>{shareUrl}</a>
      </p>

      {report.findings.length === 0 && <p>{t('privacy.check.none')}</p>}
      {(['high', 'medium', 'low'] as const).map((level) => {
        const group = report.findings.filter((finding) => finding.level === level)
        if (group.length === 0) return null
        return (
          <section key={level} aria-labelledby={`${id}-${level}`} className={`level level-${level}`}>
            <h3 id={`${id}-${level}`}>{t(levelHeading[level])}</h3>
            <ul className="finding-list">
              {group.map((finding) => {
                const node = nodes.get(finding.node)
                if (node === undefined) return null
                return (
                  <li key={finding.node}>
                    <h4>
                      <Link to={`/privacy-map/node/${node.id}`} lang="en">
                        {node.label}
                      </Link>
                    </h4>
                    <p lang="en">{node.summary}</p>
                    <p>
                      <strong>{t('privacy.check.why')}</strong> <span lang="en">{finding.reasons.join(' ')}</span>
                    </p>
                    <p className="muted" lang="en">
                      {node.citations.map(citationLabel).join('; ')}
                    </p>
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}

      <section aria-labelledby={`${id}-mitigations`}>
        <h3 id={`${id}-mitigations`}>{t('privacy.check.mitigations')}</h3>
        <ul className="finding-list">
          {report.mitigations.map((advice) => {
            const node = nodes.get(advice.node)
            if (node === undefined || node.kind !== 'mitigation') return null
            return (
              <li key={advice.node}>
                <h4>
                  <Link to={`/privacy-map/node/${node.id}`} lang="en">
                    {node.label}
                  </Link>
                </h4>
                <p lang="en">{node.summary}</p>
                {advice.advice.length > 0 && (
                  <p>
                    <strong>{t('privacy.check.forYou')}</strong> <span lang="en">{advice.advice.join(' ')}</span>
                  </p>
                )}
                {advice.addresses.length > 0 && (
                  <p>
                    <strong>{t('privacy.check.addresses')}</strong>{' '}
                    <span lang="en">{advice.addresses.map((a) => nodes.get(a)?.label ?? a).join('; ')}</span>
                  </p>
                )}
                <p>
                  <strong>{t('privacy.node.doesNotSolve')}:</strong>
                </p>
                <ul lang="en">
                  {node.doesNotSolve.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </li>
            )
          })}
        </ul>
      </section>

      <section aria-labelledby={`${id}-law`}>
        <h3 id={`${id}-law`}>{t('privacy.check.provisions')}</h3>
        {report.jurisdictions.map((entry) => {
          const jurisdiction = privacyMap.jurisdictions.find((j) => j.id === entry.jurisdiction)
          if (jurisdiction === undefined) return null
          const provisions = jurisdiction.provisions.filter((p) => entry.provisions.includes(p.id))
          return (
            <div key={jurisdiction.id}>
              <h4>
                <Link to={`/privacy-map/jurisdiction/${jurisdiction.id}`} lang="en">
                  {jurisdiction.name}
                </Link>
              </h4>
              {provisions.length === 0 ? (
                <p>{t('privacy.check.noProvisions')}</p>
              ) : (
                <ul className="provision-list" lang="en">
                  {provisions.map((provision) => (
                    <li key={provision.id}>
                      <strong>{provision.title}</strong> ({provision.citations.map(citationLabel).join('; ')}):{' '}
                      {provision.summary}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )
        })}
      </section>

      {report.caveats.length > 0 && (
        <section aria-labelledby={`${id}-caveats`}>
          <h3 id={`${id}-caveats`}>{t('privacy.check.caveats')}</h3>
          <ul lang="en">
            {report.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}
