import type { KnownSourceId } from '../sources/registry.ts'

/**
 * `T` with every citation's `source` narrowed to a registry id, however deeply it is nested, so that citing an
 * unknown source in the data modules is a type error; the zod schemas check the same data at test time.
 */
export type WithKnownSources<T> = T extends readonly (infer U)[]
  ? readonly WithKnownSources<U>[]
  : T extends { source: string }
    ? Omit<T, 'source'> & { readonly source: KnownSourceId }
    : T extends object
      ? { readonly [K in keyof T]: WithKnownSources<T[K]> }
      : T
