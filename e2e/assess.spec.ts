import type { Browser, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'
import { E2E_ORGANISER } from './organiser.ts'

/**
 * An evaluation end to end: the organiser registers an initiative, answers the gate and invites three
 * evaluators from three stakeholder groups, each in their own browser through their link; they declare and
 * score, the panel closes, and the report is published (HTML page, standalone HTML and PDF). Axe runs on
 * every screen; one evaluator works with the keyboard only.
 */

const initiative = 'Land title pilot (e2e)'

interface Evaluator {
  readonly label: string
  readonly group: string
  readonly ratings: readonly [string, string, string]
  readonly keyboardOnly: boolean
}

const evaluators: readonly Evaluator[] = [
  {
    label: 'Ministry evaluator',
    group: 'Government',
    ratings: ['3 — Largely met', '3 — Largely met', '2 — Partial'],
    keyboardOnly: false,
  },
  {
    label: 'NGO evaluator',
    group: 'Civil society',
    ratings: ['1 — Weak', '0 — Not met', 'Cannot assess — information not public'],
    keyboardOnly: true,
  },
  {
    label: 'University evaluator',
    group: 'Academia',
    ratings: ['2 — Partial', '2 — Partial', '2 — Partial'],
    keyboardOnly: false,
  },
]

const principles = [
  'Necessity, proportionality and alternatives considered',
  'Transparency and auditability',
  'Data protection and security',
]

async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL })
  return context.newPage()
}

/** Moves focus with Tab until `target` has it, failing if it is never reached (keyboard-only use). */
async function tabTo(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('element not reachable with the keyboard')
}

async function score(page: Page, evaluator: Evaluator): Promise<void> {
  for (const [index, principle] of principles.entries()) {
    const region = page.getByRole('region', { name: principle })
    const rating = region.getByLabel(evaluator.ratings[index] ?? '', { exact: true })
    const rationale = region.getByLabel('Rationale')
    const save = region.getByRole('button', { name: `Save score for ${principle}` })
    if (evaluator.keyboardOnly) {
      await tabTo(page, region.getByRole('radio').first())
      // Radios form one tab stop: inside the group, arrow keys move between the choices.
      for (let i = 0; i < 6 && !(await rating.evaluate((el) => el === document.activeElement)); i += 1) {
        await page.keyboard.press('ArrowDown')
      }
      await page.keyboard.press('Space')
      await expect(rating).toBeChecked()
      await tabTo(page, rationale)
      await page.keyboard.type(`${evaluator.label} on ${principle}.`)
      await tabTo(page, save)
      await page.keyboard.press('Enter')
    } else {
      await rating.check()
      await rationale.fill(`${evaluator.label} on ${principle}.`)
      await save.click()
    }
    await expect(region.getByRole('status')).toHaveText('Saved.')
  }
}

test('an evaluation with three stakeholder groups runs to a published report', async ({ browser, baseURL }) => {
  test.setTimeout(240_000)

  // ── The organiser signs in and registers the initiative ──
  const organiser = await newPage(browser, baseURL)
  await organiser.goto('/assess')
  await expectNoAxeViolations(organiser)
  await organiser.getByLabel('Email').fill(E2E_ORGANISER.email)
  await organiser.getByLabel('Password').fill(E2E_ORGANISER.password)
  await organiser.getByRole('button', { name: 'Sign in' }).click()
  await expect(organiser.getByRole('button', { name: 'Load the illustrative examples' })).toBeVisible()
  await expectNoAxeViolations(organiser)
  await organiser
    .getByRole('navigation', { name: 'Assess pages' })
    .getByRole('link', { name: 'Register an initiative' })
    .click()
  await expect(organiser.getByRole('heading', { level: 1, name: 'Register an initiative' })).toBeVisible()
  await expectNoAxeViolations(organiser)
  await organiser.getByLabel('Name of the initiative').fill(initiative)
  await organiser.getByLabel('Government body').fill('Ministry of Examples')
  await organiser.getByLabel('Jurisdiction').fill('Exampleland')
  await organiser.getByLabel('Stage').selectOption('pilot')
  await organiser.getByLabel('Description').fill('Property transfers recorded on a shared ledger with two banks.')
  await organiser.getByLabel('Links').fill('https://example.org/land-pilot')
  await organiser.getByRole('button', { name: 'Register' }).click()
  await expect(organiser).toHaveURL(/\/assess\/e\/[0-9a-f-]+$/)
  const evaluationId = /\/assess\/e\/([0-9a-f-]+)$/.exec(organiser.url())?.[1] ?? ''
  await expect(organiser.getByRole('heading', { level: 1, name: initiative })).toBeVisible()

  // ── The gate, answered with the keyboard; the path is shown ──
  const answerPath = organiser.getByRole('list').filter({ hasText: 'Does the initiative need to store data' })
  for (const [index, answer] of ['Yes', 'Yes', 'Yes'].entries()) {
    const button = organiser.getByRole('button', { name: answer, exact: true })
    await button.focus()
    await organiser.keyboard.press('Enter')
    // Each answer is saved before the next question shows: wait for it, or the next press hits the old button.
    await expect(answerPath.getByRole('listitem')).toHaveCount(index + 1)
  }
  await expect(organiser.getByText('Outcome: A conventional database fits')).toBeVisible()
  await expect(organiser.getByRole('listitem').filter({ hasText: 'always-available party' })).toContainText('Yes')
  await expectNoAxeViolations(organiser)
  await organiser.getByRole('button', { name: 'Open the panel' }).click()
  await expect(organiser.getByText('Stage: Panel open')).toBeVisible()

  // ── Three invite links ──
  const links: string[] = []
  for (const evaluator of evaluators) {
    await organiser.getByLabel('Evaluator label (shown in the report)').fill(evaluator.label)
    await organiser.getByRole('button', { name: 'Create an invite link' }).click()
    const link = organiser.getByTestId('invite-link')
    await expect(organiser.getByRole('status').filter({ hasText: `Invite link for ${evaluator.label}` })).toBeVisible()
    links.push((await link.getAttribute('href')) ?? '')
  }
  expect(links.every((l) => /#token=/.test(l))).toBe(true)
  await expectNoAxeViolations(organiser)

  // ── Each evaluator, in their own browser, declares and scores ──
  for (const [index, evaluator] of evaluators.entries()) {
    const page = await newPage(browser, baseURL)
    await page.goto(links[index] ?? '')
    await expect(page.getByRole('heading', { level: 1, name: `Evaluate an initiative: ${initiative}` })).toBeVisible()
    await page.getByLabel(evaluator.group, { exact: true }).check()
    await page.getByLabel(/Conflicts of interest/).fill(index === 1 ? 'Board member of a land-rights NGO' : 'None')
    await page.getByRole('button', { name: 'Save declaration' }).click()
    await expect(page.getByRole('region', { name: 'Your declaration' }).getByRole('status')).toHaveText('Saved.')
    if (index === 0) await expectNoAxeViolations(page)
    await score(page, evaluator)
    if (index === 1) {
      await page
        .getByLabel(/Minority statement/)
        .fill('The registry alone could keep these records; a shared ledger adds risk.')
      await page.getByRole('button', { name: 'Save minority statement' }).click()
    }
    await page.context().close()
  }

  // ── The organiser closes the panel, sees the aggregation and publishes ──
  await organiser.reload()
  await expect(organiser.getByRole('table', { name: 'Panel' }).getByRole('row')).toHaveCount(4)
  await organiser.getByRole('button', { name: 'Close the panel' }).click()
  await expect(organiser.getByText('Stage: Panel closed')).toBeVisible()
  const byPrinciple = organiser.getByRole('table', { name: 'Scores by principle: median and spread' })
  await expect(byPrinciple.getByRole('row', { name: /Transparency and auditability/ })).toContainText(
    'Yes: Government 3 vs Civil society 0',
  )
  await expect(
    organiser.getByText(/^Multistakeholder evaluation: 3 stakeholder group\(s\) took part; the threshold is 3\./),
  ).toBeVisible()
  await expectNoAxeViolations(organiser)
  await organiser.getByLabel('Findings', { exact: true }).fill('Alternatives to a shared ledger were not documented.')
  await organiser.getByLabel('Recommendations', { exact: true }).fill('Publish the comparison with a central register.')
  await organiser.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(organiser.getByText('Saved.')).toBeVisible()
  await organiser.getByRole('button', { name: 'Publish the report' }).click()
  await expect(organiser.getByText('Stage: Published')).toBeVisible()

  // ── The published report: page, standalone HTML, PDF ──
  await organiser.getByRole('link', { name: 'Report, version 1' }).click()
  await expect(organiser.getByRole('heading', { level: 1, name: `Evaluation report: ${initiative}` })).toBeVisible()
  await expect(organiser.getByRole('blockquote')).toContainText('a shared ledger adds risk')
  await expect(organiser.getByText('Outcome: A conventional database fits')).toBeVisible()
  await expectNoAxeViolations(organiser)
  const html = await organiser.request.get(`/api/assess/evaluations/${evaluationId}/reports/1?format=html`)
  expect(await html.text()).toContain('Multistakeholder evaluation: 3 stakeholder group(s) took part')
  const pdf = await organiser.request.get(`/api/assess/evaluations/${evaluationId}/reports/1?format=pdf`)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
  await organiser.goto(`/api/assess/evaluations/${evaluationId}/reports/1?format=html`)
  await expectNoAxeViolations(organiser)
})

test('the principles and the illustrative examples are cited and accessible', async ({ page }) => {
  await page.goto('/assess/principles')
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(11)
  await expect(page.getByRole('region', { name: 'Meaningful multistakeholder participation' })).toContainText(
    'NETmundial',
  )
  await expectNoAxeViolations(page)
  await page.goto('/assess/examples')
  await expect(page.getByText(/^Illustrative example\./)).toBeVisible()
  await expect(
    page.getByRole('heading', { level: 2, name: 'The Land Registry in the blockchain – testbed' }),
  ).toBeVisible()
  await expect(page.getByText('Outcome: A private permissioned blockchain may fit')).toBeVisible()
  await expectNoAxeViolations(page)
})
