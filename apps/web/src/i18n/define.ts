/**
 * Declares one area's messages in all three languages, side by side. English is the source; the type
 * makes a missing or extra French or Spanish key a compile error.
 *
 * @example
 * export const joinMessages = defineMessages({
 *   en: { 'join.title': 'Join a workshop' },
 *   fr: { 'join.title': 'Rejoindre un atelier' },
 *   es: { 'join.title': 'Unirse a un taller' },
 * })
 */
export function defineMessages<const E extends Record<string, string>>(messages: {
  readonly en: E
  readonly fr: Readonly<Record<keyof E, string>>
  readonly es: Readonly<Record<keyof E, string>>
}) {
  return messages
}
