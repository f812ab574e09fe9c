import type { ApiFailure } from '../api/request.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { errorText } from '../sprint/participant/error-text.ts'

/** A failed request, announced; the text is translated for known codes, else the server's message. */
export function Failure({ error }: { error: ApiFailure | null }) {
  const { t } = useI18n()
  if (error === null) return null
  return (
    <p role="alert" className="form-error">
      {errorText(t, error)}
    </p>
  )
}
