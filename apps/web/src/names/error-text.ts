import type { MessageKey, Translate } from '../i18n/translate.ts'

/** Codes the Names pages explain in the reader's language; others fall back to the server's message. */
const known: Readonly<Record<string, MessageKey>> = {
  NAME_INVALID: 'names.error.NAME_INVALID',
  NAME_TAKEN: 'names.error.NAME_TAKEN',
  NAME_RESERVED: 'names.error.NAME_RESERVED',
  NAME_FROZEN: 'names.error.NAME_FROZEN',
  NOT_OWNER: 'names.error.NOT_OWNER',
  RECORD_INVALID: 'names.error.RECORD_INVALID',
  NAMES_OFF: 'names.error.NAMES_OFF',
  NOT_DEPLOYED: 'names.error.NOT_DEPLOYED',
  CHAIN_UNAVAILABLE: 'names.error.CHAIN_UNAVAILABLE',
  NAMES_WALLET_REQUIRED: 'names.error.NAMES_WALLET_REQUIRED',
  NETWORK: 'names.error.NETWORK',
  VALIDATION_FAILED: 'names.error.VALIDATION_FAILED',
  WALLET_MISSING: 'names.error.WALLET_MISSING',
  WALLET_WRONG_CHAIN: 'names.error.WALLET_WRONG_CHAIN',
  WALLET_REJECTED: 'names.error.WALLET_REJECTED',
  WALLET_TX_FAILED: 'names.error.WALLET_TX_FAILED',
}

/** A failure as a sentence for people: by its stable code, with the wait when the chain says how long. */
export function errorText(t: Translate, error: { code: string; message: string; details?: unknown }): string {
  if (error.code === 'COMMITMENT_TOO_NEW') {
    const seconds = (error.details as { secondsToWait?: unknown } | undefined)?.secondsToWait
    return t('names.error.COMMITMENT_TOO_NEW', { seconds: typeof seconds === 'number' ? seconds : '?' })
  }
  const key = known[error.code]
  return key === undefined ? error.message || t('names.error.unknown') : t(key)
}
