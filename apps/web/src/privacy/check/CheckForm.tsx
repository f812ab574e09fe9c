import {
  type CheckAnswers,
  codeControls,
  ledgerTypes,
  nodeLocations,
  nodeOperators,
  onChainKinds,
  privacyMap,
} from '@blockgov/content'
import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { MessageKey } from '../../i18n/translate.ts'
import { ChoiceGroup } from './ChoiceGroup.tsx'
import {
  type CheckDraft,
  completeDraft,
  type DraftProblem,
  emptyDraft,
  type Question,
  questions,
  toggleOnChain,
} from './draft.ts'
import {
  automatedLabels,
  codeLabels,
  ledgerLabels,
  locationLabels,
  onChainLabels,
  operatorLabels,
} from './option-labels.ts'

const problemText: Record<DraftProblem, MessageKey> = {
  required: 'privacy.check.required',
  noneAlone: 'privacy.check.noneAlone',
}

/** The questionnaire. Submitting valid answers hands them to `onSubmit`; nothing leaves the browser. */
export function CheckForm({
  initial,
  onSubmit,
}: {
  initial?: CheckAnswers
  onSubmit: (answers: CheckAnswers) => void
}) {
  const { t } = useI18n()
  const id = useId()
  const [draft, setDraft] = useState<CheckDraft>(initial ?? emptyDraft)
  const [problems, setProblems] = useState<Partial<Record<Question, DraftProblem>>>({})
  const [announce, setAnnounce] = useState('')
  const groupId = (question: Question) => `${id}-${question}`
  const error = (question: Question) => {
    const problem = problems[question]
    return problem === undefined ? undefined : t(problemText[problem])
  }
  const change = (next: Partial<CheckDraft>) => {
    setDraft({ ...draft, ...next })
    // An answered question no longer shows its error; the others keep theirs until the next submit.
    setProblems(Object.fromEntries(Object.entries(problems).filter(([q]) => !(q in next))))
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const result = completeDraft(draft)
    if (result.ok) {
      setProblems({})
      setAnnounce('')
      onSubmit(result.answers)
      return
    }
    setProblems(result.problems)
    setAnnounce(t('privacy.check.errors'))
    const first = questions.find((q) => result.problems[q] !== undefined)
    if (first !== undefined) document.getElementById(groupId(first))?.querySelector('input')?.focus()
  }

  const options = <T extends string>(values: readonly T[], labels: Readonly<Record<T, MessageKey>>) =>
    values.map((value) => ({ value, label: t(labels[value]) }))

  return (
    <form className="stack check-form" onSubmit={submit} noValidate>
      <ChoiceGroup
        id={groupId('ledger')}
        legend={t('privacy.check.ledger')}
        error={error('ledger')}
        type="radio"
        options={options(ledgerTypes, ledgerLabels)}
        isChecked={(value) => draft.ledger === value}
        onToggle={(ledger) => change({ ledger })}
      />
      <ChoiceGroup
        id={groupId('onChain')}
        legend={t('privacy.check.onChain')}
        hint={t('privacy.check.onChainHint')}
        error={error('onChain')}
        type="checkbox"
        options={options(onChainKinds, onChainLabels)}
        isChecked={(value) => draft.onChain.includes(value)}
        onToggle={(kind) => change({ onChain: toggleOnChain(draft.onChain, kind) })}
      />
      <ChoiceGroup
        id={groupId('operators')}
        legend={t('privacy.check.operators')}
        error={error('operators')}
        type="radio"
        options={options(nodeOperators, operatorLabels)}
        isChecked={(value) => draft.operators === value}
        onToggle={(operators) => change({ operators })}
      />
      <ChoiceGroup
        id={groupId('locations')}
        legend={t('privacy.check.locations')}
        error={error('locations')}
        type="radio"
        options={options(nodeLocations, locationLabels)}
        isChecked={(value) => draft.locations === value}
        onToggle={(locations) => change({ locations })}
      />
      <ChoiceGroup
        id={groupId('code')}
        legend={t('privacy.check.code')}
        error={error('code')}
        type="radio"
        options={options(codeControls, codeLabels)}
        isChecked={(value) => draft.code === value}
        onToggle={(code) => change({ code })}
      />
      <ChoiceGroup
        id={groupId('automatedDecisions')}
        legend={t('privacy.check.automated')}
        error={error('automatedDecisions')}
        type="radio"
        options={options(['yes', 'no'] as const, automatedLabels)}
        isChecked={(value) => draft.automatedDecisions === (value === 'yes')}
        onToggle={(value) => change({ automatedDecisions: value === 'yes' })}
      />
      <ChoiceGroup
        id={groupId('jurisdictions')}
        legend={t('privacy.check.jurisdictions')}
        hint={t('privacy.check.jurisdictionsHint')}
        error={error('jurisdictions')}
        type="checkbox"
        options={privacyMap.jurisdictions.map((j) => ({ value: j.id, label: j.name }))}
        isChecked={(value) => draft.jurisdictions.includes(value)}
        onToggle={(value) =>
          change({
            jurisdictions: draft.jurisdictions.includes(value)
              ? draft.jurisdictions.filter((j) => j !== value)
              : privacyMap.jurisdictions.map((j) => j.id).filter((j) => j === value || draft.jurisdictions.includes(j)),
          })
        }
      />
      <p role="alert" className="visually-hidden">
        {announce}
      </p>
      <div>
        <button type="submit">{t('privacy.check.submit')}</button>
      </div>
    </form>
  )
}
