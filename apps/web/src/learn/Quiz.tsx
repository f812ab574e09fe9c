import type { QuizQuestion } from '@blockgov/content'
import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'

const letters = 'ABCDE'

/** What the reader has done with one question: nothing, checked without choosing, or checked a choice. */
type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'checked'; readonly choice: number }

/**
 * One question: a radio group in a fieldset whose legend is the question, a submit button, and a polite live
 * region that announces whether the answer is right and why. Native radios give arrow-key selection; the
 * button is reached with Tab and pressed with Enter or Space.
 */
function Question({
  question,
  number,
  total,
  onChecked,
}: {
  question: QuizQuestion
  number: number
  total: number
  onChecked: (correct: boolean) => void
}) {
  const { t } = useI18n()
  const id = useId()
  const [choice, setChoice] = useState<number | null>(null)
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' })
  const answerText = `${letters[question.answer]}. ${question.options[question.answer]}`

  function check(event: FormEvent) {
    event.preventDefault()
    if (choice === null) {
      setOutcome({ kind: 'empty' })
      return
    }
    setOutcome({ kind: 'checked', choice })
    onChecked(choice === question.answer)
  }

  const correct = outcome.kind === 'checked' && outcome.choice === question.answer
  return (
    <form className="quiz-question" onSubmit={check}>
      <fieldset>
        <legend id={`${id}-legend`}>
          <span className="quiz-number">{t('learn.quiz.question', { number, total })}</span>{' '}
          <span lang="en">{question.prompt}</span>
        </legend>
        <ul className="quiz-options">
          {question.options.map((option, index) => (
            <li key={option}>
              <label>
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={index}
                  checked={choice === index}
                  onChange={() => setChoice(index)}
                />{' '}
                <span aria-hidden="true">{letters[index]}. </span>
                <span lang="en">{option}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="no-print">
        {t('learn.quiz.check')}
      </button>
      <div
        role="status"
        className={`quiz-feedback no-print ${outcome.kind === 'checked' ? (correct ? 'is-correct' : 'is-incorrect') : ''}`}
      >
        {outcome.kind === 'empty' && <p>{t('learn.quiz.choose')}</p>}
        {outcome.kind === 'checked' && (
          <>
            <p className="quiz-verdict">
              {correct ? t('learn.quiz.correct') : t('learn.quiz.incorrect', { answer: answerText })}
            </p>
            <p lang="en">{question.explanation}</p>
          </>
        )}
      </div>
      {/* Printed lessons are used for self-study and by facilitators, so they carry the answer and why. */}
      <div className="print-only">
        <p>{t('learn.quiz.printAnswer', { answer: answerText })}</p>
        <p lang="en">{question.explanation}</p>
      </div>
    </form>
  )
}

/** The lesson's quiz with a running score; each question can be retried. */
export function Quiz({ questions }: { questions: readonly QuizQuestion[] }) {
  const { t } = useI18n()
  const id = useId()
  const [results, setResults] = useState<Readonly<Record<number, boolean>>>({})
  const correct = Object.values(results).filter(Boolean).length
  const answered = Object.keys(results).length
  return (
    <section aria-labelledby={`${id}-quiz`} className="quiz">
      <h2 id={`${id}-quiz`}>{t('learn.quiz.title')}</h2>
      <p className="no-print">{t('learn.quiz.intro')}</p>
      {questions.map((question, index) => (
        <Question
          key={question.id}
          question={question}
          number={index + 1}
          total={questions.length}
          onChecked={(ok) => setResults((previous) => ({ ...previous, [index]: ok }))}
        />
      ))}
      {answered > 0 && (
        <p className="quiz-score no-print">{t('learn.quiz.score', { correct, total: questions.length })}</p>
      )}
    </section>
  )
}
