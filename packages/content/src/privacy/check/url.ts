import { CheckAnswers } from './answers.ts'

/**
 * Answers as URL query parameters, so a check result can be shared without storing anything.
 *
 * @example
 * answersToQuery(answers).toString() // 'ledger=public-permissionless&data=cleartext&…'
 */
export function answersToQuery(answers: CheckAnswers): URLSearchParams {
  return new URLSearchParams({
    ledger: answers.ledger,
    data: answers.onChain.join(','),
    nodes: answers.operators,
    where: answers.locations,
    code: answers.code,
    auto: answers.automatedDecisions ? '1' : '0',
    law: answers.jurisdictions.join(','),
  })
}

/** The answers in a shared URL, or undefined when any is missing or invalid. */
export function answersFromQuery(params: URLSearchParams): CheckAnswers | undefined {
  const list = (name: string) => (params.get(name) ?? '').split(',').filter((item) => item.length > 0)
  const auto = params.get('auto')
  const result = CheckAnswers.safeParse({
    ledger: params.get('ledger'),
    onChain: list('data'),
    operators: params.get('nodes'),
    locations: params.get('where'),
    code: params.get('code'),
    automatedDecisions: auto === '1' ? true : auto === '0' ? false : undefined,
    jurisdictions: list('law'),
  })
  return result.success ? result.data : undefined
}
