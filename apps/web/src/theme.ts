import { readPreference, writePreference } from './preferences.ts'

export const themes = ['system', 'light', 'dark'] as const
export type Theme = (typeof themes)[number]

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (themes as readonly string[]).includes(value)
}

export function savedTheme(): Theme {
  const saved = readPreference('theme')
  return isTheme(saved) ? saved : 'system'
}

/** `system` follows `prefers-color-scheme` through CSS; the others pin the palette with `data-theme`. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = theme
}

export function chooseTheme(theme: Theme): void {
  writePreference('theme', theme)
  applyTheme(theme)
}
