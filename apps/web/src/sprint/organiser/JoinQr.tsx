import { useMemo } from 'react'
import { encode } from 'uqr'
import { useI18n } from '../../i18n/I18nProvider.tsx'

/** Horizontal runs of dark modules, one <rect> each: far fewer elements than one per module. */
function darkRuns(data: readonly (readonly boolean[])[]): { x: number; y: number; width: number }[] {
  const runs: { x: number; y: number; width: number }[] = []
  data.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < row.length && row[x]) x++
      runs.push({ x: start, y, width: x - start })
    }
  })
  return runs
}

/**
 * The join code in huge type, its URL and a QR code of the URL. The QR is an inline SVG of <rect>s (no
 * inline styles, so it passes the CSP), always dark on white for scanners whatever the theme.
 */
export function JoinQr({ code, small = false }: { code: string; small?: boolean }) {
  const { t } = useI18n()
  const url = `${location.origin}/sprint/join?code=${encodeURIComponent(code)}`
  const qr = useMemo(() => encode(url, { ecc: 'M', border: 2 }), [url])
  const runs = useMemo(() => darkRuns(qr.data), [qr])
  return (
    <section aria-labelledby="join-heading" className={`org-join-qr${small ? ' org-join-qr-small' : ''}`}>
      <h2 id="join-heading">{t('organiser.join.title')}</h2>
      <div className="org-join-qr-body">
        <svg
          className="org-qr"
          role="img"
          aria-label={t('organiser.join.qrLabel', { url })}
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          shapeRendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#ffffff" />
          {runs.map((r) => (
            <rect key={`${r.x}-${r.y}`} x={r.x} y={r.y} width={r.width} height={1} fill="#000000" />
          ))}
        </svg>
        <div className="org-join-text">
          <p className="org-join-code-label">{t('organiser.join.code')}</p>
          <p className="org-join-code">{code}</p>
          <p className="org-join-url">{url}</p>
        </div>
      </div>
    </section>
  )
}
