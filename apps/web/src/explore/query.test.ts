import { describe, expect, it } from 'vitest'
import {
  compareHref,
  type ExploreState,
  maxCompared,
  nextCell,
  readCompareIds,
  readExploreState,
  toFilter,
  toggleCompared,
  writeExploreState,
} from './query.ts'

const issues = ['naming-dns', 'digital-identity']
const empty: ExploreState = {
  issues: [],
  statuses: [],
  minStrength: null,
  region: null,
  year: null,
  query: '',
  mode: 'table',
  compare: [],
}

describe('Explore URL state', () => {
  it('leaves the plain view with a clean address', () => {
    expect(writeExploreState(empty).toString()).toBe('')
    expect(readExploreState(new URLSearchParams(), issues)).toEqual(empty)
  })

  it('round-trips a full state through the URL', () => {
    const state: ExploreState = {
      issues: ['naming-dns'],
      statuses: ['pilot', 'production'],
      minStrength: 'reported',
      region: 'europe-central-asia',
      year: 2019,
      query: 'land',
      mode: 'heatmap',
      compare: ['namecoin', 'ens'],
    }
    expect(readExploreState(writeExploreState(state), issues)).toEqual(state)
  })

  it('drops unknown or malformed values from hand-edited links', () => {
    const params = new URLSearchParams('issue=nope,naming-dns&status=maybe&strength=huge&region=mars&year=20x&view=pie')
    expect(readExploreState(params, issues)).toEqual({ ...empty, issues: ['naming-dns'] })
  })

  it('turns the state into the content filter', () => {
    expect(toFilter({ ...empty, year: 2017, minStrength: 'claimed' })).toEqual({
      issues: [],
      statuses: [],
      minStrength: 'claimed',
      year: 2017,
      query: '',
    })
  })
})

describe('comparison selection', () => {
  it(`adds and removes, holding at most ${maxCompared}`, () => {
    expect(toggleCompared([], 'a')).toEqual(['a'])
    expect(toggleCompared(['a', 'b'], 'a')).toEqual(['b'])
    expect(toggleCompared(['a', 'b', 'c'], 'd')).toEqual(['a', 'b', 'c'])
  })

  it('links to the compare view and reads known ids back', () => {
    const href = compareHref(['namecoin', 'ens'])
    const params = new URLSearchParams(href.split('?')[1])
    expect(readCompareIds(params, ['ens', 'namecoin'])).toEqual(['namecoin', 'ens'])
    expect(readCompareIds(new URLSearchParams('ids=ens,ghost,ens'), ['ens'])).toEqual(['ens'])
  })
})

describe('matrix keyboard navigation', () => {
  const size = { rows: 3, cols: 4 }
  it('moves with the arrow keys and stops at the edges', () => {
    expect(nextCell('ArrowDown', { row: 0, col: 0 }, size)).toEqual({ row: 1, col: 0 })
    expect(nextCell('ArrowUp', { row: 0, col: 2 }, size)).toEqual({ row: 0, col: 2 })
    expect(nextCell('ArrowRight', { row: 1, col: 3 }, size)).toEqual({ row: 1, col: 3 })
    expect(nextCell('End', { row: 2, col: 0 }, size)).toEqual({ row: 2, col: 3 })
    expect(nextCell('Home', { row: 2, col: 3 }, size)).toEqual({ row: 2, col: 0 })
  })

  it('ignores other keys', () => {
    expect(nextCell('a', { row: 1, col: 1 }, size)).toBeNull()
  })
})
