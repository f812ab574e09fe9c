/** Join codes as the server issues them: 6 letters and digits, upper case. */
export const JOIN_CODE_LENGTH = 6

/**
 * What a person typed, as a code: upper case, without spaces or dashes, at most 6 characters.
 *
 * @example
 * normaliseCode(' k7p-m3x ') // 'K7PM3X'
 */
export function normaliseCode(text: string): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, JOIN_CODE_LENGTH)
}

/**
 * Whether `code` has the shape of a join code (whether a session has it, only the server knows).
 *
 * @example
 * isCodeShaped('K7PM3X') // true
 */
export function isCodeShaped(code: string): boolean {
  return /^[A-Z0-9]{6}$/.test(code)
}
