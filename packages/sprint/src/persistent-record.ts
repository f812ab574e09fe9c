/**
 * An immutable string-keyed record that is cheap to update. Session state holds records of cards, people,
 * scores and dots that reach tens of thousands of entries at a big hybrid event; copying one on every event
 * (`{ ...cards, [id]: card }`) cost milliseconds each and capped a session far below 500 events/s. Entries
 * live in 256 buckets, and an update copies only the bucket array and one bucket.
 *
 * The value is a Proxy that reads like a plain frozen object (`r[id]`, `Object.hasOwn`, `Object.values`,
 * `Object.keys`, JSON), so code that reads state needs no change; only writers use `withEntry`/`withoutEntry`.
 */

type Bucket<V> = ReadonlyMap<string, V>

interface Store<V> {
  readonly buckets: readonly (Bucket<V> | undefined)[]
  readonly size: number
}

const BUCKETS = 256
const stores = new WeakMap<object, Store<unknown>>()

/** A record with `entries`. */
export function persistentRecord<V>(entries: Iterable<readonly [string, V]> = []): Readonly<Record<string, V>> {
  const buckets: (Map<string, V> | undefined)[] = new Array(BUCKETS).fill(undefined)
  let size = 0
  for (const [key, value] of entries) {
    const i = bucketOf(key)
    let bucket = buckets[i]
    if (bucket === undefined) {
      bucket = new Map()
      buckets[i] = bucket
    }
    if (!bucket.has(key)) size++
    bucket.set(key, value)
  }
  return view({ buckets, size })
}

/** `record` with `key` set to `value`. Accepts plain objects too (converted once). */
export function withEntry<V>(record: Readonly<Record<string, V>>, key: string, value: V): Readonly<Record<string, V>> {
  const store = storeOf(record)
  const i = bucketOf(key)
  const old = store.buckets[i]
  const bucket = new Map(old)
  bucket.set(key, value)
  const buckets = [...store.buckets]
  buckets[i] = bucket
  return view({ buckets, size: store.size + (old?.has(key) ? 0 : 1) })
}

/** `record` without `key`. */
export function withoutEntry<V>(record: Readonly<Record<string, V>>, key: string): Readonly<Record<string, V>> {
  const store = storeOf(record)
  const i = bucketOf(key)
  const old = store.buckets[i]
  if (old === undefined || !old.has(key)) return record
  const bucket = new Map(old)
  bucket.delete(key)
  const buckets = [...store.buckets]
  buckets[i] = bucket.size === 0 ? undefined : bucket
  return view({ buckets, size: store.size - 1 })
}

function storeOf<V>(record: Readonly<Record<string, V>>): Store<V> {
  const known = stores.get(record) as Store<V> | undefined
  if (known !== undefined) return known
  const converted = persistentRecord(Object.entries(record))
  return stores.get(converted) as Store<V>
}

/** FNV-1a over the key's UTF-16 code units; ids are UUIDs, so this spreads them evenly. */
function bucketOf(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % BUCKETS
}

function lookup<V>(store: Store<V>, key: string | symbol): { found: boolean; value?: V } {
  if (typeof key !== 'string') return { found: false }
  const bucket = store.buckets[bucketOf(key)]
  return bucket?.has(key) ? { found: true, value: bucket.get(key) } : { found: false }
}

function view<V>(store: Store<V>): Readonly<Record<string, V>> {
  const readOnly = () => {
    throw new TypeError('session state is immutable: use withEntry/withoutEntry')
  }
  const proxy = new Proxy<Record<string, V>>(
    {},
    {
      get(target, key, receiver) {
        const hit = lookup(store, key)
        return hit.found ? hit.value : Reflect.get(target, key, receiver)
      },
      has: (_, key) => lookup(store, key).found,
      ownKeys: () => store.buckets.flatMap((bucket) => (bucket === undefined ? [] : [...bucket.keys()])),
      getOwnPropertyDescriptor(_, key) {
        const hit = lookup(store, key)
        return hit.found ? { value: hit.value, writable: false, enumerable: true, configurable: true } : undefined
      },
      set: readOnly,
      defineProperty: readOnly,
      deleteProperty: readOnly,
    },
  )
  stores.set(proxy, store)
  return proxy
}
