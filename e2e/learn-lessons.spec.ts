import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'

// Axe on long lesson pages can take 15 s each on the shared two-core machine.
test.describe.configure({ timeout: 120_000 })

/** Opens a page and waits for its heading: lazy chunks on a busy machine can take longer than 5 s. */
async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 20_000 })
}

/** Presses Tab until the focused element matches `selector` (fails after `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`never reached ${selector} with Tab`)
}

test('the Learn index lists the twelve lessons and the seven demos, and is accessible in both themes', async ({
  page,
}) => {
  await open(page, '/learn', 'Learn')
  const lessons = page.locator('.lesson-list > li')
  await expect(lessons).toHaveCount(12)
  await expect(page.locator('.demo-list > li')).toHaveCount(7)
  await expect(page.getByRole('link', { name: 'Hashes: fingerprints for data' })).toBeVisible()
  await page.emulateMedia({ colorScheme: 'light' })
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Hashes: fingerprints for data' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Hashes: fingerprints for data' })).toBeVisible()
})

test('a lesson quiz answered by keyboard only announces right and wrong answers with explanations', async ({
  page,
}) => {
  await open(page, '/learn/lessons/hashes', 'Hashes: fingerprints for data')
  await expect(page.getByRole('heading', { level: 2, name: 'What a hash is' })).toBeVisible()
  await expect(page.getByText('FIPS 180-4', { exact: false }).first()).toBeVisible()

  const first = page.locator('.quiz-question').nth(0)
  const second = page.locator('.quiz-question').nth(1)
  await expect(first.getByRole('group')).toContainText('Question 1 of 4')

  // Checking without a choice asks for one.
  await first.getByRole('button', { name: 'Check answer' }).focus()
  await page.keyboard.press('Enter')
  await expect(first.getByRole('status')).toHaveText('Choose an answer first.')

  // Question 1: Tab into the radio group (first option), arrow down to the second, which is right.
  await page.locator('body').focus()
  await tabTo(page, '.quiz-question:nth-of-type(1) input[type="radio"]')
  await page.keyboard.press('ArrowDown')
  await expect(first.getByRole('radio', { name: /The same code both times/ })).toBeChecked()
  await page.keyboard.press('Tab')
  await expect(first.getByRole('button', { name: 'Check answer' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(first.getByRole('status')).toContainText('Correct.')
  await expect(first.getByRole('status')).toContainText('A hash function always gives the same output')

  // Question 2: the first option is wrong; the feedback names the right answer and explains it.
  await page.keyboard.press('Tab')
  await expect(second.getByRole('radio').first()).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(second.getByRole('status')).toContainText('Not quite. The right answer is: C.')
  await expect(second.getByRole('status')).toContainText('Even a tiny change gives a hash')
  await expect(page.getByText('You have answered 1 of 4 questions correctly.')).toBeVisible()

  // Lessons are outputs a partner coalition (public libraries, accessibility) can review; the page shows the status.
  await expect(page.getByRole('region', { name: 'Partner reviews' })).toContainText('No review requested yet.')
  await expectNoAxeViolations(page)
})

test('every lesson opens, with cited sections and a quiz, and the pager walks through all twelve', async ({ page }) => {
  await open(page, '/learn/lessons/what-is-a-blockchain', 'What a blockchain is, and what it is not')
  for (let n = 1; n <= 12; n++) {
    await expect(page.locator('.lesson-section').first()).toBeVisible()
    expect(await page.locator('.lesson-section').count()).toBeGreaterThanOrEqual(3)
    expect(await page.locator('.lesson-section .source-list li').count()).toBeGreaterThanOrEqual(3)
    expect(await page.locator('.quiz-question').count()).toBeGreaterThanOrEqual(3)
    const next = page.getByRole('link', { name: /^Next lesson: / })
    if (n === 12) {
      await expect(next).toHaveCount(0)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blockchain and Internet governance')
    } else {
      await next.click()
      await expect(page.getByRole('link', { name: /^Previous lesson: / })).toBeVisible()
    }
  }
  // The privacy lesson cites articles and links to the Privacy map; check it in the dark theme too.
  await open(page, '/learn/lessons/privacy-and-personal-data', 'Privacy and personal data')
  await expect(page.getByText('GDPR Art. 17').first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'The Privacy map' })).toHaveAttribute('href', '/privacy-map')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
})

test('resources: filters narrow the list, live in the URL and say when nothing matches', async ({ page }) => {
  await open(page, '/learn/resources', 'Further resources')
  const status = page.getByRole('status')
  await expect(status).toHaveText(/^(\d+) of \1 resources shown$/)
  const total = Number((await status.textContent())?.match(/^(\d+)/)?.[1])
  expect(total).toBeGreaterThanOrEqual(30)
  await expectNoAxeViolations(page)

  const filters = page.getByRole('form', { name: 'Filter the list' })
  await filters.getByLabel('Language').selectOption('fr')
  await expect(page).toHaveURL(/language=fr/)
  await expect(status).not.toHaveText(`${total} of ${total} resources shown`)
  const french = Number((await status.textContent())?.match(/^(\d+)/)?.[1])
  expect(french).toBeGreaterThan(0)
  expect(french).toBeLessThan(total)
  await expect(page.locator('.resource-list > li')).toHaveCount(french)
  await expect(page.locator('.resource-list > li').first()).toContainText('French')

  await filters.getByLabel('Cost').selectOption('paid')
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible()
  await expect(status).toHaveText(`0 of ${total} resources shown`)

  await page.getByRole('button', { name: 'Clear the filters' }).click()
  await expect(status).toHaveText(`${total} of ${total} resources shown`)
  await expect(page.getByText(/Accessed on/).first()).toBeVisible()

  // A shared filtered address reproduces the same list.
  await open(page, '/learn/resources?level=beginner&language=en', 'Further resources')
  await expect(filters.getByLabel('Level')).toHaveValue('beginner')
  await expect(page.locator('.resource-list > li').first()).toContainText('Beginner')
})

test('a lesson prints cleanly: navigation hidden, answers shown, external addresses written out', async ({ page }) => {
  await open(page, '/learn/lessons/staying-safe', /Staying safe/)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Learn area' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeHidden()
  await expect(page.locator('.print-only').first()).toBeVisible()
  await expect(page.locator('.print-only').first()).toContainText('Answer: B.')
  // Sources already print their address as link text, so it is not repeated.
  await expect(page.locator('.source-list a[href^="http"]').first()).toHaveText(/^https?:/)
  const sourceAfter = await page
    .locator('.source-list a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content)
  expect(sourceAfter).toBe('none')
  await page.emulateMedia({ media: 'screen' })
  await expect(page.locator('.site-header')).toBeVisible()

  // Other external links print their address after the link text.
  await open(page, '/learn/resources', 'Further resources')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('form', { name: 'Filter the list' })).toBeHidden()
  const link = page.locator('.resource h3 a').first()
  const href = await link.getAttribute('href')
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content)
  expect(after).toBe(`" (${href})"`)
})

test('the facilitator guide and the PDF lesson pack are available', async ({ page }) => {
  await open(page, '/learn/guide', 'Facilitator guide')
  await expect(page.locator('.guide-steps > li')).toHaveCount(7)
  await expect(page.getByText('Minutes 55–60')).toBeVisible()
  await expectNoAxeViolations(page)

  const response = await page.request.get('/api/learn/lesson-pack.pdf')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('application/pdf')
  expect((await response.body()).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7')
})
