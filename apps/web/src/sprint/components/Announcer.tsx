import type { SessionState } from '@blockgov/sprint'
import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'

/**
 * A polite live region announcing phase changes and new cards on the boards this viewer sees
 * (`designIds`), so screen-reader users follow the room without hunting for changes.
 */
export function Announcer({ state, designIds }: { state: SessionState; designIds: readonly string[] }) {
  const { t } = useI18n()
  const [message, setMessage] = useState('')
  const seen = useRef<{ phase: number | null; cards: Set<string> } | null>(null)

  useEffect(() => {
    const cards = new Set(state.cardOrder)
    const phase = state.phase?.index ?? null
    const before = seen.current
    seen.current = { phase, cards }
    if (before === null || state.seq === 0) return // the first load is not news
    if (phase !== before.phase && phase !== null) {
      const item = state.agenda[phase]
      if (item !== undefined) setMessage(t('sprint.announce.phase', { title: item.title }))
      return
    }
    const added = state.cardOrder.filter((id) => !before.cards.has(id)).map((id) => state.cards[id])
    const visible = added.filter((c) => c !== undefined && designIds.includes(c.designId))
    const last = visible.at(-1)
    if (last !== undefined) setMessage(t('sprint.announce.card', { text: last.text }))
  }, [state, designIds, t])

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  )
}
