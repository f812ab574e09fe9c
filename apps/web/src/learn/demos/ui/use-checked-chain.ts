import { useEffect, useState } from 'react'
import { type ChainEntry, type CheckedBlock, checkChain } from '../model/chain.ts'

/**
 * Re-hashes the chain whenever it changes. Hashing is asynchronous, so a slow result for an older version of
 * the chain must not overwrite a newer one: each run checks it is still the latest before storing.
 */
export function useCheckedChain(entries: readonly ChainEntry[], difficulty: number): CheckedBlock[] | undefined {
  const [checked, setChecked] = useState<CheckedBlock[] | undefined>(undefined)
  useEffect(() => {
    let current = true
    void checkChain(entries, difficulty).then((result) => {
      if (current) setChecked(result)
    })
    return () => {
      current = false
    }
  }, [entries, difficulty])
  return checked
}
