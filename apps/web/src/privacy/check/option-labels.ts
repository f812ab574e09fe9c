import type { codeControls, ledgerTypes, nodeLocations, nodeOperators, onChainKinds } from '@blockgov/content'
import type { MessageKey } from '../../i18n/translate.ts'

/** The questionnaire's answer labels; a new option in @blockgov/content is a compile error here until labelled. */
export const ledgerLabels: Readonly<Record<(typeof ledgerTypes)[number], MessageKey>> = {
  'public-permissionless': 'privacy.check.ledger.public-permissionless',
  'public-permissioned': 'privacy.check.ledger.public-permissioned',
  'private-permissioned': 'privacy.check.ledger.private-permissioned',
}

export const onChainLabels: Readonly<Record<(typeof onChainKinds)[number], MessageKey>> = {
  none: 'privacy.check.onChain.none',
  addresses: 'privacy.check.onChain.addresses',
  hashes: 'privacy.check.onChain.hashes',
  encrypted: 'privacy.check.onChain.encrypted',
  cleartext: 'privacy.check.onChain.cleartext',
  pointers: 'privacy.check.onChain.pointers',
}

export const operatorLabels: Readonly<Record<(typeof nodeOperators)[number], MessageKey>> = {
  anyone: 'privacy.check.operators.anyone',
  'known-organisations': 'privacy.check.operators.known-organisations',
  'single-organisation': 'privacy.check.operators.single-organisation',
}

export const locationLabels: Readonly<Record<(typeof nodeLocations)[number], MessageKey>> = {
  'one-country': 'privacy.check.locations.one-country',
  'several-known-countries': 'privacy.check.locations.several-known-countries',
  worldwide: 'privacy.check.locations.worldwide',
  unknown: 'privacy.check.locations.unknown',
}

export const codeLabels: Readonly<Record<(typeof codeControls)[number], MessageKey>> = {
  'single-organisation': 'privacy.check.code.single-organisation',
  consortium: 'privacy.check.code.consortium',
  'open-community': 'privacy.check.code.open-community',
  nobody: 'privacy.check.code.nobody',
}

export const automatedLabels: Readonly<Record<'yes' | 'no', MessageKey>> = {
  yes: 'privacy.check.automated.yes',
  no: 'privacy.check.automated.no',
}
