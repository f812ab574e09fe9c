import './names.css'
import { useEffect, useState } from 'react'
import { Outlet } from 'react-router'
import { ApiFailure } from '../api/request.ts'
import { type NamesOverview, namesApi } from './api.ts'
import type { NamesContext, Signer } from './names-context.ts'

/** The Names area: loads what chain this server runs once, and keeps the chosen signer across its pages. */
export function NamesLayout() {
  const [overview, setOverview] = useState<NamesOverview | null>(null)
  const [overviewError, setOverviewError] = useState<ApiFailure | null>(null)
  const [signer, setSigner] = useState<Signer>({ kind: 'dev', account: 0 })

  useEffect(() => {
    let live = true
    namesApi.overview().then(
      (loaded) => {
        if (!live) return
        setOverview(loaded)
        if (loaded.kind !== 'embedded') setSigner({ kind: 'wallet' })
      },
      (error: unknown) => {
        if (live)
          setOverviewError(error instanceof ApiFailure ? error : new ApiFailure({ code: 'INTERNAL', message: '' }))
      },
    )
    return () => {
      live = false
    }
  }, [])

  const context: NamesContext = { overview, overviewError, signer, setSigner }
  return (
    <div className="names">
      <Outlet context={context} />
    </div>
  )
}
