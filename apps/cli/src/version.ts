import { readFileSync } from 'node:fs'

/** blockgov's version, from the root package.json (the one version of the whole platform). */
export const version: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version
