import { describe, expect, it } from 'vitest'
import { type CitedClaim, findCitationProblems } from '../check-citations.ts'
import { findSource } from '../sources/registry.ts'
import { exploreDataset } from './dataset.ts'
import { listSeparator } from './export.ts'
import { ExploreDataset, type UseCase } from './schema.ts'

const { issues, useCases } = exploreDataset
const issueIds = new Set(issues.map((issue) => issue.id))
const useCaseIds = new Set(useCases.map((useCase) => useCase.id))

/** Every cited part of a use case, as a claim with an id that says where it is. */
function claimsOfUseCase(useCase: UseCase): CitedClaim[] {
  return [
    { id: `${useCase.id}/contribution`, citations: useCase.claimedContribution.citations },
    ...useCase.statusHistory.map((change, i) => ({ id: `${useCase.id}/status/${i}`, citations: change.citations })),
    { id: `${useCase.id}/evidence`, citations: useCase.evidence.citations },
    ...useCase.problems.map((problem, i) => ({ id: `${useCase.id}/problem/${i}`, citations: problem.citations })),
    ...(useCase.alternative ? [{ id: `${useCase.id}/alternative`, citations: useCase.alternative.citations }] : []),
  ]
}

describe('explore dataset', () => {
  it('matches the schema', () => {
    const result = ExploreDataset.safeParse(exploreDataset)
    expect(result.error?.issues ?? []).toEqual([])
  })

  it('has the taxonomy and at least 25 use cases', () => {
    expect(issues.length).toBeGreaterThanOrEqual(10)
    expect(useCases.length).toBeGreaterThanOrEqual(25)
  })

  it('every issue and every cited part of every use case cites known sources', () => {
    const claims = [...issues, ...useCases.flatMap(claimsOfUseCase)]
    expect(findCitationProblems(claims)).toEqual([])
  })

  it('issue and use-case ids are unique and do not overlap (they share the URL space)', () => {
    const ids = [...issues.map((i) => i.id), ...useCases.map((u) => u.id)]
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it('keeps every shipped id (ids are stable URL parts: add, never rename or remove)', () => {
    const shipped = [
      'namecoin',
      'ens',
      'handshake',
      'blockgov-names',
      'dnssec',
      'alt-tld',
      'private-use-tld',
      'rpki',
      'ipchain',
      'certcoin',
      'certificate-transparency',
      'estonia-ksi',
      'w3c-dids',
      'w3c-verifiable-credentials',
      'ebsi-identity',
      'ebsi-diplomas',
      'eu-digital-identity-wallet',
      'eidas-electronic-ledgers',
      'nyt-news-provenance',
      'c2pa',
      'sweden-land-registry',
      'georgia-land-titles',
      'voatz',
      'moscow-2019-evoting',
      'igf-dc-blockchain-projects',
      'netmundial-guidelines',
    ]
    for (const id of shipped) expect(useCaseIds.has(id), id).toBe(true)
  })

  it('every issue a use case references exists, and every issue is used', () => {
    for (const useCase of useCases) {
      for (const issue of useCase.issues) expect(issueIds.has(issue), `${useCase.id} → ${issue}`).toBe(true)
    }
    const used = new Set(useCases.flatMap((u) => u.issues))
    expect(issues.filter((issue) => !used.has(issue.id)).map((i) => i.id)).toEqual([])
  })

  it('an alternative that names a use case names a non-blockchain reference in the dataset', () => {
    const approachOf = new Map(useCases.map((u) => [u.id, u.approach]))
    for (const useCase of useCases) {
      const target = useCase.alternative?.useCase
      if (target === undefined) continue
      expect(approachOf.get(target), `${useCase.id} → ${target}`).toMatch(/non-blockchain|ledger-optional/)
      expect(target).not.toBe(useCase.id)
    }
  })

  it('every blockchain or ledger-optional use case states its non-blockchain alternative', () => {
    for (const useCase of useCases.filter((u) => u.approach !== 'non-blockchain')) {
      expect(useCase.alternative, useCase.id).toBeDefined()
    }
  })

  it('covers the areas the issue asks for, with references and cautionary cases', () => {
    for (const id of [
      'namecoin',
      'ens',
      'handshake',
      'rpki',
      'w3c-dids',
      'w3c-verifiable-credentials',
      'ebsi-identity',
    ]) {
      expect(useCaseIds.has(id), id).toBe(true)
    }
    for (const id of [
      'c2pa',
      'certificate-transparency',
      'voatz',
      'moscow-2019-evoting',
      'igf-dc-blockchain-projects',
    ]) {
      expect(useCaseIds.has(id), id).toBe(true)
    }
    const statuses = new Set<string>(useCases.flatMap((u) => u.statusHistory.map((c) => c.status)))
    for (const status of ['proposal', 'pilot', 'production', 'specified'])
      expect(statuses.has(status), status).toBe(true)
  })

  it('status histories run oldest first and dates are not in the future of this release', () => {
    for (const useCase of useCases) {
      const dates = useCase.statusHistory.flatMap((c) => (c.date === null ? [] : [c.date]))
      expect([...dates].sort(), useCase.id).toEqual(dates)
      for (const date of dates) expect(date <= exploreDataset.lastChecked, useCase.id).toBe(true)
    }
  })

  it('an undated status change says the date was not verified', () => {
    for (const useCase of useCases) {
      for (const change of useCase.statusHistory.filter((c) => c.date === null)) {
        expect(change.note, useCase.id).toMatch(/not verified/)
      }
    }
  })

  it('"assessed" evidence cites at least one study', () => {
    for (const useCase of useCases.filter((u) => u.evidence.strength === 'assessed')) {
      const types = useCase.evidence.citations.map((c) => findSource(c.source)?.type)
      expect(types, useCase.id).toContain('study')
    }
  })

  it('no text contains the CSV list separator, so the CSV export can be split back into lists', () => {
    expect(JSON.stringify(exploreDataset)).not.toContain(listSeparator)
  })
})
