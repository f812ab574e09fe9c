import type { MessageKey, Translate } from '../i18n/translate.ts'
import { errorText } from '../sprint/participant/error-text.ts'

const exploreKeys: Readonly<Record<string, MessageKey>> = {
  EXPLORE_CONTRIBUTION_NOT_FOUND: 'explore.error.EXPLORE_CONTRIBUTION_NOT_FOUND',
  EXPLORE_ALREADY_REVIEWED: 'explore.error.EXPLORE_ALREADY_REVIEWED',
}

/** A translated explanation of a failed Explore request, by its stable code; other codes as elsewhere. */
export function exploreErrorText(t: Translate, error: { readonly code: string; readonly message: string }): string {
  const key = Object.hasOwn(exploreKeys, error.code) ? exploreKeys[error.code] : undefined
  return key === undefined ? errorText(t, error) : t(key)
}
