import { evidenceStrengths, type Issue, matrixCell, type UseCase } from '@blockgov/content'
import * as Plot from '@observablehq/plot'
import { useEffect, useMemo, useRef } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { strengthLabel } from './labels.ts'

/** Colours of the scale, weakest to strongest: a single-hue ramp that also reads in greyscale. */
const ramp = ['#e8eef6', '#b9cde6', '#6f9bd0', '#1f4e8c']

/**
 * The matrix drawn as a heat map with Observable Plot. The drawing is hidden from assistive technology; the
 * caption says what it shows in words, and the table view holds every cell as text.
 */
export function HeatMap({ issues, useCases }: { issues: readonly Issue[]; useCases: readonly UseCase[] }) {
  const { t } = useI18n()
  const host = useRef<HTMLDivElement>(null)
  const cells = useMemo(
    () =>
      useCases.flatMap((useCase) =>
        issues.flatMap((issue) => {
          const strength = matrixCell(useCase, issue.id)
          return strength === null ? [] : [{ useCase: useCase.name, issue: issue.label, strength }]
        }),
      ),
    [issues, useCases],
  )

  useEffect(() => {
    const node = host.current
    if (node === null) return
    const chart = Plot.plot({
      marginLeft: 320,
      marginBottom: 230,
      marginRight: 40,
      width: Math.max(640, 360 + issues.length * 48),
      height: 260 + useCases.length * 22,
      x: { domain: issues.map((issue) => issue.label), tickRotate: -45, label: null },
      y: { domain: useCases.map((useCase) => useCase.name), label: null },
      color: { type: 'ordinal', domain: [...evidenceStrengths], range: ramp },
      marks: [Plot.cell(cells, { x: 'issue', y: 'useCase', fill: 'strength', inset: 1 })],
    })
    // Plot adds an inline <style> element, which the strict content security policy forbids; the same rules
    // live in explore.css. Removing it before the node joins the document avoids a policy violation.
    for (const style of chart.querySelectorAll('style')) style.remove()
    node.replaceChildren(chart)
    return () => node.replaceChildren()
  }, [cells, issues, useCases])

  const counts = evidenceStrengths.map((strength) => ({
    strength,
    count: cells.filter((cell) => cell.strength === strength).length,
  }))

  return (
    <figure className="heatmap">
      <div ref={host} className="heatmap-drawing" aria-hidden="true" />
      <figcaption>
        <p>{t('explore.heatmap.caption', { rows: useCases.length, cols: issues.length })}</p>
        <ul className="heatmap-legend">
          {counts.map(({ strength, count }, index) => (
            <li key={strength}>
              <span className="swatch" data-level={index} aria-hidden="true" />
              {t('explore.heatmap.count', { label: t(strengthLabel[strength]), count })}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
