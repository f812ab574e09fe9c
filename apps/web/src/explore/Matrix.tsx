import { type Issue, matrixCell, type UseCase } from '@blockgov/content'
import { type KeyboardEvent, useId, useState } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { strengthLabel } from './labels.ts'
import { nextCell } from './query.ts'

const cellKey = (row: number, col: number) => `${row}:${col}`

/**
 * The issues × use cases matrix as a real data table: column and row headers with `scope`, each cell saying the
 * evidence strength in words. One tab stop enters the table; arrow keys, Home and End move between cells (the
 * row headers are the links to each use case), so it reads and moves like a spreadsheet without a mouse.
 */
export function Matrix({ issues, useCases }: { issues: readonly Issue[]; useCases: readonly UseCase[] }) {
  const { t } = useI18n()
  const id = useId()
  const [active, setActive] = useState({ row: 0, col: 0 })
  const size = { rows: useCases.length + 1, cols: issues.length + 1 }
  // The remembered cell may have left the table after filtering; fall back to the corner.
  const current = active.row < size.rows && active.col < size.cols ? active : { row: 0, col: 0 }
  const focusable = (row: number, col: number) => ({
    'data-cell': cellKey(row, col),
    tabIndex: row === current.row && col === current.col ? 0 : -1,
    onFocus: () => setActive({ row, col }),
  })

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const next = nextCell(event.key, current, size)
    if (next === null) return
    event.preventDefault()
    const target = event.currentTarget.querySelector<HTMLElement>(`[data-cell="${cellKey(next.row, next.col)}"]`)
    target?.focus()
  }

  return (
    <section className="matrix-scroll" aria-labelledby={`${id}-caption`}>
      <table className="matrix" onKeyDown={onKeyDown}>
        <caption id={`${id}-caption`}>
          {t('explore.matrix.caption', { rows: useCases.length, cols: issues.length })}
          <span className="hint"> {t('explore.matrix.keys')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" {...focusable(0, 0)}>
              {t('explore.matrix.corner')}
            </th>
            {issues.map((issue, col) => (
              <th key={issue.id} scope="col" lang="en" {...focusable(0, col + 1)}>
                {issue.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {useCases.map((useCase, index) => {
            const row = index + 1
            return (
              <tr key={useCase.id}>
                <th scope="row" lang="en">
                  <Link to={`/explore/use-case/${useCase.id}`} {...focusable(row, 0)}>
                    {useCase.name}
                  </Link>
                </th>
                {issues.map((issue, col) => {
                  const strength = matrixCell(useCase, issue.id)
                  return (
                    <td
                      key={issue.id}
                      className={strength === null ? 'cell-empty' : `cell-strength strength-${strength}`}
                      {...focusable(row, col + 1)}
                    >
                      {strength === null ? (
                        <>
                          <span aria-hidden="true">·</span>
                          <span className="visually-hidden">{t('explore.matrix.notTouched')}</span>
                        </>
                      ) : (
                        t(strengthLabel[strength])
                      )}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
