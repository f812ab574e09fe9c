import { describe, expect, it } from 'vitest'
import { parseDnsperf } from './dnsperf.ts'
import { benchNames, masterFile, queryFile } from './zone-data.ts'

const sample = `Statistics:

  Queries sent:         294578
  Queries completed:    294578 (100.00%)
  Queries lost:         0 (0.00%)

  Response codes:       NOERROR 294570 (100.00%), NXDOMAIN 8 (0.00%)
  Average packet size:  request 37, response 85
  Run time (s):         8.001638
  Queries per second:   36814.712188

  Average Latency (s):  0.002654 (min 0.000027, max 0.154138)
  Latency StdDev (s):   0.005153
`

describe('parseDnsperf', () => {
  it('reads counts, rate, latency and response codes', () => {
    expect(parseDnsperf(sample)).toEqual({
      sent: 294578,
      completed: 294578,
      lost: 0,
      qps: 36814.712188,
      latencyAverageMs: 2.654,
      latencyMinMs: 0.027,
      latencyMaxMs: 154.138,
      latencyStdDevMs: 5.153,
      rcodes: { NOERROR: 294570, NXDOMAIN: 8 },
    })
  })

  it('returns undefined when dnsperf printed no statistics', () => {
    expect(parseDnsperf('Error: could not open datafile')).toBeUndefined()
  })
})

describe('bench zone data', () => {
  const names = benchNames(3)

  it('queries every record of every name exactly once', () => {
    const lines = queryFile(names).trim().split('\n').sort()
    expect(lines).toEqual(['A', 'AAAA', 'TXT'].flatMap((type) => names.map((entry) => `${entry.name} ${type}`)).sort())
  })

  it('writes the same records as a master file for Knot and bns', () => {
    const file = masterFile(names)
    expect(file).toContain('$ORIGIN blockgov.alt.')
    expect(file).toContain('name2.blockgov.alt. 300 IN A 10.0.0.2')
    expect(file).toContain('name2.blockgov.alt. 300 IN AAAA 2001:db8::2')
    expect(file).toContain('name2.blockgov.alt. 300 IN TXT "blockgov bench record 2"')
  })
})
