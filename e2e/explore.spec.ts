import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'
import { E2E_ORGANISER } from './organiser.ts'

// Long pages and several axe runs on a shared two-core machine.
test.describe.configure({ timeout: 180_000 })

/** Collects Content-Security-Policy violations (Plot's inline <style> would be one). */
function watchCsp(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 20_000 })
}

/** Keyboard only: move focus to a control (as Tab would) and operate it with a key. */
async function press(target: Locator, key: string): Promise<void> {
  await target.focus()
  await expect(target).toBeFocused()
  await target.page().keyboard.press(key)
}

async function typeInto(target: Locator, text: string): Promise<void> {
  await target.focus()
  await target.page().keyboard.type(text)
}

test('filter → matrix → compare → use-case page → contribute → moderate, keyboard only and axe clean', async ({
  page,
  browser,
  baseURL,
}) => {
  const csp = watchCsp(page)
  const credit = `Keyboard Tester ${Date.now()}`

  // ── Filter ──
  await page.goto('/explore')
  await heading(page, 'Explore')
  await expect(page.getByRole('status').first()).toHaveText(/^Use cases shown: (\d+) of \1$/)
  // The full matrix, in both colour themes: every evidence level's cell colour must keep its text readable.
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await expectNoAxeViolations(page)

  const voting = page
    .getByRole('group', { name: 'Governance issues' })
    .getByLabel('Online voting and democratic participation')
  await press(voting, 'Space')
  await expect(page).toHaveURL(/issue=elections-democracy/)
  await expect(page.getByRole('status').first()).toHaveText(/^Use cases shown: 2 of \d+$/)
  // A native select changes with the arrow keys: Any → No results → Claimed → Reported → Assessed.
  const strength = page.getByLabel('Evidence at least')
  await strength.focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown')
  await expect(strength).toHaveValue('assessed')
  await expect(page).toHaveURL(/strength=assessed/)

  // ── The matrix is a real table, entered with one tab stop and moved through with the arrow keys ──
  const table = page.getByRole('table', { name: /Use cases \(rows\): 2\. Issues \(columns\): 1\./ })
  await expect(table.getByRole('columnheader', { name: 'Online voting and democratic participation' })).toBeVisible()
  await press(table.locator('[data-cell="0:0"]'), 'ArrowDown')
  await expect(table.getByRole('link', { name: 'Voatz mobile voting (United States)' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page.locator(':focus')).toHaveText('Assessed')
  await expectNoAxeViolations(page)

  // The heat-map mode draws with Plot, hides the drawing from assistive technology and says it in words.
  await press(page.getByRole('radio', { name: 'Heat map (visual)' }), 'Space')
  await expect(page).toHaveURL(/view=heatmap/)
  await expect(page.locator('.heatmap-drawing svg')).toBeVisible()
  await expect(page.locator('figcaption')).toContainText('Cells rated Assessed: 2')
  await expectNoAxeViolations(page)

  // ── Compare ──
  await press(page.getByLabel('Compare Voatz mobile voting (United States)'), 'Space')
  await press(page.getByLabel('Compare Moscow internet voting, 2019'), 'Space')
  await press(page.getByRole('link', { name: 'Compare the 2 chosen use cases' }), 'Enter')
  await heading(page, 'Compare use cases')
  await expect(page).toHaveURL(/\/explore\/compare\?ids=voatz%2Cmoscow-2019-evoting$/)
  const comparison = page.getByRole('table', { name: 'Comparison of 2 use cases' })
  await expect(comparison.getByRole('rowheader', { name: 'Problems and criticisms' })).toBeVisible()
  await expectNoAxeViolations(page)

  // ── Use-case page ──
  await press(comparison.getByRole('link', { name: 'Voatz mobile voting (United States)' }), 'Enter')
  await heading(page, 'Voatz mobile voting (United States)')
  await expect(page.getByRole('heading', { level: 2, name: 'What the evidence shows' })).toBeVisible()
  await expect(page.getByText('Specter, Koppel, Weitzner (2020)').first()).toBeVisible()
  await expect(page.getByRole('link', { name: /^Assess:/ })).toBeVisible()
  await expectNoAxeViolations(page)

  // ── Contribute a correction (an empty form is refused first, with the reasons announced) ──
  await press(page.getByRole('link', { name: 'Suggest a correction to this use case' }), 'Enter')
  await heading(page, 'Contribute to the explorer')
  await expect(page.getByLabel('Use case to correct')).toHaveValue('voatz')
  await press(page.getByRole('button', { name: 'Send the proposal' }), 'Enter')
  await expect(page.getByRole('alert')).toContainText('Check “What is wrong, and what should it say?”.')
  await expectNoAxeViolations(page)
  await typeInto(
    page.getByLabel('What is wrong, and what should it say?'),
    'The pilot dates should be listed with their source.',
  )
  await typeInto(page.getByLabel('Title of source 1'), 'USENIX Security 2020 paper page')
  await typeInto(
    page.getByLabel('Web address of source 1'),
    'https://www.usenix.org/conference/usenixsecurity20/presentation/specter',
  )
  await typeInto(page.getByLabel('Credit me as'), credit)
  await press(page.getByRole('button', { name: 'Send the proposal' }), 'Enter')
  await expect(page.getByRole('status')).toContainText('Your proposal is waiting for an editor’s review.')
  await expect(page.getByRole('status')).toBeFocused()
  await expectNoAxeViolations(page)

  // ── Moderate: an organiser signs in and accepts it; it is published with the credit ──
  const context = await browser.newContext({ baseURL })
  const organiser = await context.newPage()
  await organiser.goto('/explore/review')
  await heading(organiser, 'Review proposals')
  await typeInto(organiser.getByLabel('Email'), E2E_ORGANISER.email)
  await typeInto(organiser.getByLabel('Password'), E2E_ORGANISER.password)
  await press(organiser.getByRole('button', { name: 'Sign in' }), 'Enter')
  const title = `Correction from ${credit}`
  await expect(organiser.getByRole('heading', { level: 2, name: title })).toBeVisible({ timeout: 20_000 })
  await expectNoAxeViolations(organiser)
  await press(organiser.getByRole('button', { name: `Accept: ${title}` }), 'Enter')
  await expect(organiser.getByRole('status')).toHaveText(`Accepted and published: ${title}`)
  await expect(organiser.getByRole('heading', { level: 2, name: title })).toHaveCount(0)
  await context.close()

  await page.goto('/explore/use-case/voatz')
  await heading(page, 'Voatz mobile voting (United States)')
  await expect(page.getByText(`Contributed by ${credit}`)).toBeVisible()
  await expectNoAxeViolations(page)
  expect(csp).toEqual([])
})

test('timeline and data pages: dated changes in order, downloads with the licence, axe clean', async ({ page }) => {
  const csp = watchCsp(page)
  await page.goto('/explore/timeline')
  await heading(page, 'Timeline of status changes')
  const years = await page.getByRole('heading', { level: 2 }).allTextContents()
  const numeric = years.filter((year) => /^\d{4}$/.test(year))
  expect(numeric).toEqual([...numeric].sort())
  await expect(page.getByRole('heading', { level: 2, name: 'Changes whose date could not be verified' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.goto('/explore/data')
  await heading(page, 'Explore data and taxonomy')
  await expect(page.getByText(/CC BY 4\.0/).first()).toBeVisible()
  const download = page.waitForEvent('download')
  await press(page.getByRole('button', { name: 'Use cases (CSV)' }), 'Enter')
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^blockgov-explore-\d+\.\d+\.\d+-use-cases\.csv$/)
  await expectNoAxeViolations(page)
  expect(csp).toEqual([])
})
