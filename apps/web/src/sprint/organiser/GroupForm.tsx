import type { SessionState } from '@blockgov/sprint'
import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { CommandError } from './CommandError.tsx'
import { PeopleSets } from './PeopleSets.tsx'
import { useCommand } from './use-command.ts'

type SizeMode = 'groupCount' | 'targetSize'

/** groups.form: by number of groups or target size, online people spread or separate, people kept together
 * or apart, optional seed. */
export function GroupForm({ live, state }: { live: LiveSession; state: SessionState }) {
  const { t } = useI18n()
  const { run, error } = useCommand(live)
  const id = useId()
  const [mode, setMode] = useState<SizeMode>('groupCount')
  const [size, setSize] = useState('5')
  const [online, setOnline] = useState<'spread' | 'separate'>('spread')
  const [seed, setSeed] = useState('')
  const [done, setDone] = useState('')
  const [together, setTogether] = useState<readonly (readonly string[])[]>([])
  const [apart, setApart] = useState<readonly (readonly string[])[]>([])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setDone('')
    const value = Number(size)
    const size_ = mode === 'groupCount' ? { groupCount: value } : { targetSize: value }
    const seedValue = seed.trim() === '' ? undefined : Number(seed)
    const ok = await run({
      type: 'groups.form',
      size: size_,
      online,
      together: together.map((set) => [...set]),
      apart: apart.map((set) => [...set]),
      seed: seedValue,
    })
    if (ok) setDone(t('organiser.groups.formed'))
  }

  return (
    <form className="org-console-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`}>{t('organiser.groups.formTitle')}</h3>
      {state.groups.length > 0 && <p className="org-hint">{t('organiser.groups.reformHint')}</p>}
      <fieldset>
        <legend>{t('organiser.groups.sizeBy')}</legend>
        {(['groupCount', 'targetSize'] as const).map((value) => (
          <label key={value} className="org-choice">
            <input type="radio" name={`${id}-mode`} checked={mode === value} onChange={() => setMode(value)} />
            {t(value === 'groupCount' ? 'organiser.groups.byCount' : 'organiser.groups.bySize')}
          </label>
        ))}
      </fieldset>
      <div className="org-field">
        <label htmlFor={`${id}-size`}>
          {t(mode === 'groupCount' ? 'organiser.groups.count' : 'organiser.groups.targetSize')}
        </label>
        <input
          id={`${id}-size`}
          type="number"
          inputMode="numeric"
          min={mode === 'groupCount' ? 1 : 2}
          max={50}
          required
          value={size}
          onChange={(e) => setSize(e.target.value)}
        />
      </div>
      <fieldset>
        <legend>{t('organiser.groups.onlineLegend')}</legend>
        {(['spread', 'separate'] as const).map((value) => (
          <label key={value} className="org-choice">
            <input type="radio" name={`${id}-online`} checked={online === value} onChange={() => setOnline(value)} />
            {t(value === 'spread' ? 'organiser.groups.spread' : 'organiser.groups.separate')}
          </label>
        ))}
      </fieldset>
      <PeopleSets state={state} kind="together" sets={together} onChange={setTogether} />
      <PeopleSets state={state} kind="apart" sets={apart} onChange={setApart} />
      <div className="org-field">
        <label htmlFor={`${id}-seed`}>{t('organiser.groups.seed')}</label>
        <input
          id={`${id}-seed`}
          type="number"
          inputMode="numeric"
          min={0}
          aria-describedby={`${id}-seed-hint`}
          value={seed}
          onChange={(e) => setSeed(e.target.value)}
        />
        <p id={`${id}-seed-hint`} className="org-hint">
          {t('organiser.groups.seedHint')}
        </p>
      </div>
      <button type="submit">{t('organiser.groups.form')}</button>
      <CommandError message={error} />
      <p role="status" className="org-status-line">
        {done}
      </p>
    </form>
  )
}
