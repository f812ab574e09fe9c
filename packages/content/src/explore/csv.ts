/**
 * Minimal RFC 4180 CSV: fields are quoted when they contain a comma, a quote or a line break, quotes are doubled,
 * records end with CRLF. Pure; used for the dataset downloads and to prove they round-trip.
 */

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field
}

/**
 * Serialises a header and rows into CSV text.
 *
 * @example
 * toCsv(['a', 'b'], [['1', 'x, y']]) // 'a,b\r\n1,"x, y"\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${row.map(quote).join(',')}\r\n`).join('')
}

/**
 * Parses CSV text into records (the header is the first record). Throws on malformed quoting, which only a bug
 * or a damaged file can produce.
 *
 * @example
 * parseCsv('a,b\r\n1,"x, y"\r\n') // [['a', 'b'], ['1', 'x, y']]
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let i = 0
  let quoted = false
  while (i < text.length) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (char === '"') {
        quoted = false
        i += 1
        continue
      }
      field += char
      i += 1
      continue
    }
    if (char === '"') {
      if (field !== '') throw new Error(`Unexpected quote at offset ${i}`)
      quoted = true
    } else if (char === ',') {
      record.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i += 1
    } else {
      field += char
    }
    i += 1
  }
  if (quoted) throw new Error('Unterminated quoted field')
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}
