import { concat, type Hex, keccak256, stringToBytes } from 'viem'
import { NamesError } from './errors.ts'

/** The default namespace: under RFC 9476's `.alt`, which is never delegated in the DNS root. */
export const DEFAULT_ROOT_NAME = 'blockgov.alt'

const ZERO_NODE: Hex = `0x${'0'.repeat(64)}`
const LDH = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/**
 * Whether `label` is a label the contracts accept: lower-case LDH ("letters, digits, hyphen"), 1–63 characters,
 * no hyphen first or last, and no `--` in positions 3–4 unless it is an IDNA A-label (`xn--`). The same rule as
 * `contracts/LabelRules.sol`.
 */
export function isValidLabel(label: string): boolean {
  if (!LDH.test(label)) return false
  return !(label.slice(2, 4) === '--' && !label.startsWith('xn--'))
}

/**
 * Normalises a name the way the contracts expect it: ASCII upper case folded to lower case, one trailing dot
 * (the DNS root) dropped, then every label checked with {@link isValidLabel}. Names are at most 253 characters.
 *
 * Accepted: `Example.BlockGov.alt.` → `example.blockgov.alt`. Refused (`NAME_INVALID`): empty labels, `_`,
 * spaces, non-ASCII (convert an internationalised name to its `xn--` A-label form first; no UTS-46 mapping is
 * done here, unlike ENS, so that one DNS name has exactly one node).
 *
 * @example normaliseName('Example.blockgov.alt') // 'example.blockgov.alt'
 */
export function normaliseName(name: string): string {
  const trimmed = name.endsWith('.') ? name.slice(0, -1) : name
  const lower = trimmed.replace(/[A-Z]/g, (c) => c.toLowerCase())
  if (lower.length === 0 || lower.length > 253) throw invalid(name, 'a name has 1 to 253 characters')
  for (const label of lower.split('.')) {
    if (!isValidLabel(label)) throw invalid(name, `"${label}" is not a lower-case letters-digits-hyphen label`)
  }
  return lower
}

/** keccak256 of a label (EIP-137 `labelhash`). The label is used as given; normalise names first. */
export function labelhash(label: string): Hex {
  return keccak256(stringToBytes(label))
}

/**
 * EIP-137 namehash of a name after {@link normaliseName}; the empty name is the zero node.
 *
 * @example namehash('eth') // '0x93cdeb708b7545dc668eb9280176169d1c33cfd8ed6f04690a0bcc88a93fc4ae'
 */
export function namehash(name: string): Hex {
  if (name === '' || name === '.') return ZERO_NODE
  return normaliseName(name)
    .split('.')
    .reduceRight<Hex>((node, label) => keccak256(concat([node, labelhash(label)])), ZERO_NODE)
}

/**
 * The label of `name` when it is a second-level name directly under `rootName` (`example` for
 * `example.blockgov.alt`); throws `NAME_INVALID` otherwise.
 */
export function secondLevelLabel(name: string, rootName: string): string {
  const normal = normaliseName(name)
  const suffix = `.${normaliseName(rootName)}`
  const label = normal.endsWith(suffix) ? normal.slice(0, -suffix.length) : ''
  if (label === '' || label.includes('.')) throw invalid(name, `only names directly under ${rootName} are registered`)
  return label
}

function invalid(name: string, why: string): NamesError {
  return new NamesError('NAME_INVALID', `"${name}" is not a valid name: ${why}.`, { name })
}
