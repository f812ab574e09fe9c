import type { OrganiserView } from '@blockgov/protocol'
import { useEffect, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { ApiFailure, api } from '../api.ts'
import { errorText } from './error-text.ts'
import { FormError } from './FormError.tsx'
import { OrganiserSessions } from './OrganiserSessions.tsx'
import { SignInForm } from './SignInForm.tsx'

type Account =
  | { readonly kind: 'loading' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'signed-in'; readonly organiser: OrganiserView }
  | { readonly kind: 'failed'; readonly error: ApiFailure }

/** The organisers' corner of /sprint: sign in, or (signed in) create and open sessions. */
export function OrganiserPanel() {
  const { t } = useI18n()
  const id = useId()
  const [account, setAccount] = useState<Account>({ kind: 'loading' })

  useEffect(() => {
    let current = true
    api.me().then(
      (organiser) => current && setAccount({ kind: 'signed-in', organiser }),
      (error: unknown) => {
        if (!current) return
        if (error instanceof ApiFailure && error.code !== 'NOT_SIGNED_IN') setAccount({ kind: 'failed', error })
        else setAccount({ kind: 'signed-out' })
      },
    )
    return () => {
      current = false
    }
  }, [])

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('participant.organisers.title')}</h2>
      {account.kind === 'loading' && <p>{t('participant.organisers.loading')}</p>}
      {account.kind === 'failed' && <FormError message={errorText(t, account.error)} />}
      {(account.kind === 'signed-out' || account.kind === 'failed') && (
        <SignInForm onSignedIn={(organiser) => setAccount({ kind: 'signed-in', organiser })} />
      )}
      {account.kind === 'signed-in' && (
        <OrganiserSessions organiser={account.organiser} onSignedOut={() => setAccount({ kind: 'signed-out' })} />
      )}
    </section>
  )
}
