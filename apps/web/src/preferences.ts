/** Display preferences kept in this browser only (never sent to the server). */
type PreferenceName = 'locale' | 'theme'

const prefix = 'blockgov.'

export function readPreference(name: PreferenceName): string | null {
  try {
    return localStorage.getItem(prefix + name)
  } catch {
    return null // storage disabled (private mode, policy): fall back to defaults
  }
}

export function writePreference(name: PreferenceName, value: string): void {
  try {
    localStorage.setItem(prefix + name, value)
  } catch {
    // Not persisting is acceptable; the choice still applies to this page view.
  }
}
