import { describe, expect, it } from 'vitest'
import { parseCsv, toCsv } from './csv.ts'
import { exploreDataset } from './dataset.ts'
import {
  currentStatus,
  datasetFromJson,
  datasetToJson,
  issueCsvHeader,
  issueRow,
  issuesToCsv,
  listSeparator,
  useCaseCsvHeader,
  useCaseRow,
  useCaseSources,
  useCasesToCsv,
} from './export.ts'

describe('JSON export', () => {
  it('round-trips the dataset exactly, licence and version included', () => {
    const text = datasetToJson(exploreDataset)
    expect(datasetFromJson(text)).toEqual(exploreDataset)
    expect(JSON.parse(text)).toMatchObject({ licence: 'CC-BY-4.0', version: exploreDataset.version })
  })

  it('rejects a document that is not the dataset', () => {
    expect(() => datasetFromJson('{"licence":"CC-BY-4.0"}')).toThrow()
  })
})

describe('CSV export', () => {
  it('has one record per use case, each matching the dataset field by field', () => {
    const [header, ...records] = parseCsv(useCasesToCsv(exploreDataset))
    expect(header).toEqual([...useCaseCsvHeader])
    expect(records).toHaveLength(exploreDataset.useCases.length)
    exploreDataset.useCases.forEach((useCase, i) => {
      const record = Object.fromEntries(useCaseCsvHeader.map((column, j) => [column, records[i]?.[j]]))
      expect(record.id).toBe(useCase.id)
      expect(record.name).toBe(useCase.name)
      expect(record.issues?.split(listSeparator)).toEqual(useCase.issues)
      expect(record.current_status).toBe(currentStatus(useCase).status)
      expect(record.status_history?.split(listSeparator)).toHaveLength(useCase.statusHistory.length)
      expect(record.evidence_strength).toBe(useCase.evidence.strength)
      expect(record.evidence).toBe(useCase.evidence.summary)
      expect(record.claimed_contribution).toBe(useCase.claimedContribution.text)
      expect(record.problems).toBe(useCase.problems.map((p) => p.text).join(listSeparator))
      expect(record.alternative).toBe(useCase.alternative?.text ?? '')
      expect(record.sources?.split(listSeparator)).toEqual(useCaseSources(useCase))
    })
  })

  it('has one record per issue, matching the taxonomy', () => {
    const [header, ...records] = parseCsv(issuesToCsv(exploreDataset))
    expect(header).toEqual([...issueCsvHeader])
    expect(records).toEqual(exploreDataset.issues.map(issueRow))
  })

  it('use-case records parse back to exactly the rows that were written', () => {
    const [, ...records] = parseCsv(useCasesToCsv(exploreDataset))
    expect(records).toEqual(exploreDataset.useCases.map(useCaseRow))
  })
})

describe('CSV codec', () => {
  it('quotes commas, quotes and line breaks and reads them back', () => {
    const rows = [['plain', 'a, b', 'say "hi"', 'two\r\nlines', '']]
    const text = toCsv(['1', '2', '3', '4', '5'], rows)
    expect(text).toBe('1,2,3,4,5\r\nplain,"a, b","say ""hi""","two\r\nlines",\r\n')
    expect(parseCsv(text)).toEqual([['1', '2', '3', '4', '5'], ...rows])
  })

  it('rejects an unterminated quoted field', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/Unterminated/)
  })
})
