import { describe, expect, it } from 'vitest'
import { exploreDataset } from './dataset.ts'
import { filterUseCases, matrixCell, statusYears, strengthRank, timeline } from './query.ts'

const { useCases } = exploreDataset
const ids = (list: readonly { id: string }[]) => list.map((u) => u.id)

describe('filterUseCases', () => {
  it('keeps everything with an empty filter', () => {
    expect(filterUseCases(useCases, {})).toHaveLength(useCases.length)
  })

  it('filters by issue, keeping use cases that touch any chosen issue', () => {
    const naming = filterUseCases(useCases, { issues: ['naming-dns'] })
    expect(ids(naming)).toContain('namecoin')
    expect(ids(naming)).not.toContain('voatz')
    for (const useCase of naming) expect(useCase.issues).toContain('naming-dns')
  })

  it('filters by minimum evidence strength', () => {
    const assessed = filterUseCases(useCases, { minStrength: 'assessed' })
    expect(ids(assessed).sort()).toEqual(['moscow-2019-evoting', 'namecoin', 'voatz'])
  })

  it('filters by current status, region and year', () => {
    expect(ids(filterUseCases(useCases, { statuses: ['pilot'], region: 'north-america' }))).toEqual([
      'nyt-news-provenance',
      'voatz',
    ])
    expect(ids(filterUseCases(useCases, { year: 2011 }))).toEqual(['namecoin'])
    // Georgia's first change (proposal, 2016) is not its current status (production, 2017).
    expect(ids(filterUseCases(useCases, { statuses: ['proposal'] }))).not.toContain('georgia-land-titles')
  })

  it('searches names and texts case-insensitively', () => {
    expect(ids(filterUseCases(useCases, { query: 'SQUATTED' }))).toContain('namecoin')
    expect(filterUseCases(useCases, { query: 'no such words anywhere' })).toEqual([])
  })
})

describe('timeline and matrix', () => {
  it('orders dated changes oldest first and keeps undated ones apart', () => {
    const { dated, undated } = timeline(useCases)
    const dates = dated.map((entry) => entry.change.date ?? '')
    expect(dates).toEqual([...dates].sort())
    expect(undated.map((entry) => entry.useCase.id)).toContain('voatz')
    expect(dated.length + undated.length).toBe(useCases.reduce((n, u) => n + u.statusHistory.length, 0))
  })

  it('lists the years with a status change', () => {
    const years = statusYears(useCases)
    expect(years[0]).toBe(2005)
    expect(years).toContain(2019)
  })

  it('fills a cell with the evidence strength only where the use case touches the issue', () => {
    const namecoin = useCases.find((u) => u.id === 'namecoin')
    if (!namecoin) throw new Error('namecoin missing')
    expect(matrixCell(namecoin, 'naming-dns')).toBe('assessed')
    expect(matrixCell(namecoin, 'elections-democracy')).toBeNull()
    expect(strengthRank('none')).toBeLessThan(strengthRank('assessed'))
  })
})
