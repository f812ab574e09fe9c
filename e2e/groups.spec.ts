import { readMailDir, type SavedMail, sendByTestSmtp } from '@blockgov/groups/testing'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'
import { E2E_ORGANISER } from './organiser.ts'

/** Where global-setup's local SMTP relay saves what the server sends, and the server's inbound SMTP port. */
function mailSetup(): { dir: string; smtpPort: number } {
  const dir = process.env.BLOCKGOV_E2E_MAILDIR
  const port = process.env.BLOCKGOV_E2E_SMTP_PORT
  if (dir === undefined || port === undefined) throw new Error('run through playwright.config.ts (global-setup)')
  return { dir, smtpPort: Number(port) }
}

/** Waits until the relay has received a message that `match` accepts. */
async function mailFor(dir: string, match: (mail: SavedMail) => boolean): Promise<SavedMail> {
  let found: SavedMail | undefined
  await expect
    .poll(
      async () => {
        found = (await readMailDir(dir)).find(match)
        return found !== undefined
      },
      { timeout: 15_000 },
    )
    .toBe(true)
  if (found === undefined) throw new Error('unreachable: poll passed without a match')
  return found
}

/** Subscribes `email` on the current page's form and confirms through the link the relay captured. */
async function subscribeAndConfirm(page: Page, dir: string, email: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Join the list' })
  await form.getByLabel('Email address').fill(email)
  await form.getByRole('button', { name: 'Subscribe' }).click()
  await expect(form.getByRole('status')).toContainText(`we sent a confirmation link to ${email}`)
  const mail = await mailFor(dir, (m) => m.to.includes(email) && m.subject.startsWith('Confirm your subscription'))
  const path = /\/groups\/confirm\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0]
  expect(path).toBeDefined()
  const back = page.url()
  await page.goto(path ?? '')
  await page.getByRole('button', { name: 'Confirm subscription' }).click()
  await expect(page.getByRole('status')).toContainText('You are subscribed to')
  await page.goto(back)
}

test('a working group: announced on the main list, joined by double opt-in, posted to by SMTP, archived and delivered', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const { dir, smtpPort } = mailSetup()
  const run = Date.now().toString(36)
  const coalition = `coalition-${run}@e2e.example.net`
  const ada = `ada-${run}@e2e.example.net`
  const grace = `grace-${run}@e2e.example.net`

  // Someone follows the coalition's main list.
  await page.goto('/groups')
  await expect(page.getByRole('heading', { level: 1, name: 'Working groups' })).toBeVisible()
  await expectNoAxeViolations(page)
  await subscribeAndConfirm(page, dir, coalition)

  // An organiser creates a group by hand; its announcement draft is edited, then sent to the main list.
  await page.request.post('/api/auth/login', { data: { email: E2E_ORGANISER.email, password: E2E_ORGANISER.password } })
  await page.goto('/groups/admin')
  const create = page.getByRole('region', { name: 'Create a group by hand' })
  const name = `Library workshops ${run}`
  await create.getByLabel('Name').fill(name)
  await create.getByLabel('Purpose').fill('Run governance workshops in public libraries.')
  await create.getByLabel('Project leader').fill('Grace')
  await create.getByLabel('Next step').fill('Pick three pilot libraries')
  await create.getByLabel('Area its output feeds').selectOption('learn')
  await create.getByLabel('Milestone').fill('Pilot list')
  await create.getByLabel('Owner').fill('Grace')
  await create.getByLabel('Due').fill('2027-02-01')
  await create.getByRole('button', { name: 'Create group' }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Pilot list' })).toBeVisible()
  await expect(page.locator('dd').getByRole('link', { name: 'Learn' })).toHaveAttribute('href', '/learn')
  const slug = new URL(page.url()).pathname.split('/').pop() ?? ''
  const announce = page.getByRole('region', { name: 'Announcement to the main list' })
  await expect(announce.getByLabel('Message')).toHaveValue(/How to join/)
  await announce.getByLabel('Subject').fill(`Join us: ${name}`)
  await announce.getByRole('button', { name: 'Send to the main list' }).click()
  // Other tests subscribe to the main list at the same time, so the count is not fixed; the delivery to
  // `coalition` is checked in the captured mail below.
  await expect(announce.getByRole('status')).toContainText(/Sent to \d+ members of the main list\./)
  await expectNoAxeViolations(page)

  // A partner coalition reviews the group's page through a link, without an account; the page shows the status.
  const reviews = page.getByRole('region', { name: 'Partner reviews' })
  await reviews.getByLabel('Partner', { exact: true }).selectOption('libraries')
  await expect(reviews.getByLabel('Partner name')).toHaveValue('Dynamic Coalition on Public Libraries')
  await reviews.getByRole('button', { name: 'Request review' }).click()
  await expect(reviews.getByRole('status')).toContainText('/groups/review/')
  const reviewLink = /\/groups\/review\/[A-Za-z0-9_-]+/.exec(
    (await reviews.getByRole('status').textContent()) ?? '',
  )?.[0]
  expect(reviewLink).toBeDefined()
  const reviewer = await page.context().browser()?.newContext()
  if (reviewer === undefined) throw new Error('no browser')
  const reviewerPage = await reviewer.newPage()
  await reviewerPage.goto(new URL(reviewLink ?? '', page.url()).href)
  await reviewerPage.getByLabel('Printable: prints cleanly for a workshop handout').check()
  await reviewerPage.getByLabel('Comment').fill('Prints well; check offline use.')
  await reviewerPage.getByRole('button', { name: 'Save and mark the review complete' }).click()
  await expect(reviewerPage.getByRole('status')).toContainText('Status: completed')
  await expectNoAxeViolations(reviewerPage)
  await reviewer.close()
  await page.reload()
  await expect(page.getByRole('region', { name: 'Partner reviews' })).toContainText(
    'Dynamic Coalition on Public Libraries: completed (1 of 4 checks met)',
  )

  // The announcement is in the outbox, and the relay delivered it with the one-click unsubscribe headers.
  const announcement = await mailFor(dir, (m) => m.to.includes(coalition) && m.subject === `Join us: ${name}`)
  expect(announcement.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m)
  await page.goto('/groups/admin')
  const outbox = page.getByRole('region', { name: 'Outbox' })
  // One row per recipient: the one to `coalition` (others may be on the main list by now).
  const row = outbox
    .getByRole('row')
    .filter({ hasText: `Join us: ${name}` })
    .filter({ hasText: coalition })
  // The relay may have the message a moment before the queue records it as sent.
  await expect(async () => {
    await outbox.getByRole('button', { name: 'Refresh' }).click()
    await expect(row).toContainText('Sent', { timeout: 1_000 })
  }).toPass({ timeout: 10_000 })

  // Two people join the group's list; the first posts by SMTP, a moderator approves the first post.
  await page.goto(`/groups/${slug}`)
  await subscribeAndConfirm(page, dir, ada)
  await subscribeAndConfirm(page, dir, grace)
  await expect(page.getByText('Members', { exact: true }).locator('xpath=following-sibling::dd[1]')).toHaveText('2')
  const listAddress = `${slug}@lists.blockgov.alt`
  const held = await sendByTestSmtp(smtpPort, {
    from: `"Ada Lovelace" <${ada}>`,
    to: listAddress,
    subject: 'Which libraries?',
    text: 'I suggest we start with the central library.',
    messageId: `<first-${run}@e2e.example.net>`,
  })
  expect(held).toContain('Held for moderation')
  await page.goto('/groups/admin')
  await page.getByRole('button', { name: 'Approve: Which libraries?' }).click()
  await expect(page.getByRole('region', { name: 'Moderation queue' })).toContainText('Nothing is waiting.')

  // Archived (sender by name only) and delivered to the other member from the list's address.
  const delivered = await mailFor(dir, (m) => m.to.includes(grace) && m.subject === `[${slug}] Which libraries?`)
  expect(delivered.raw).not.toContain(ada)
  expect(delivered.raw).toMatch(/^List-Id: .*<.*\.lists\.blockgov\.alt>\r?$/im)
  await page.goto(`/groups/lists/${slug}`)
  await expect(page.getByRole('heading', { name: 'Thread: Which libraries? (1 messages)' })).toBeVisible()
  await expect(page.getByText('From Ada Lovelace')).toBeVisible()
  await expect(page.getByText(ada)).toHaveCount(0)
  await expectNoAxeViolations(page)

  // A reply threads under it; search finds it.
  const reply = await sendByTestSmtp(smtpPort, {
    from: ada,
    to: listAddress,
    subject: 'Re: Which libraries?',
    text: 'And the one with the maker space.',
    inReplyTo: `<first-${run}@e2e.example.net>`,
    references: [`<first-${run}@e2e.example.net>`],
  })
  expect(reply).toContain('Posted to the list')
  await page.getByLabel('Search the archive').fill('maker space')
  await page.getByRole('button', { name: 'Search' }).press('Enter')
  await expect(page.getByRole('heading', { level: 3, name: 'Re: Which libraries?' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: 'Which libraries?', exact: true })).toHaveCount(0)

  // The main list's member leaves through the one-click link in the announcement's List-Unsubscribe header.
  const unsubscribe = /^List-Unsubscribe: <(https?:\/\/[^>]+)>/im.exec(announcement.raw)?.[1]
  expect(unsubscribe).toBeDefined()
  await page.goto(new URL(unsubscribe ?? '').pathname)
  await expect(page).toHaveURL(/\/groups\/unsubscribe\//)
  await expect(page.getByText('List: Coalition announcements. Status: active.')).toBeVisible()
  await page.getByRole('button', { name: 'Unsubscribe' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status')).toContainText('You are unsubscribed from Coalition announcements')
  await expectNoAxeViolations(page)
})

test('subscribing and confirming work from the keyboard alone', async ({ page }) => {
  const { dir } = mailSetup()
  const email = `keys-${Date.now().toString(36)}@e2e.example.net`
  await page.goto('/groups')
  const form = page.getByRole('region', { name: 'Join the list' })
  await form.getByLabel('Email address').focus()
  await page.keyboard.type(email)
  await page.keyboard.press('Tab')
  await expect(form.getByRole('checkbox')).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(form.getByRole('button', { name: 'Subscribe' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(form.getByRole('status')).toContainText(email)
  const confirmation = await mailFor(dir, (m) => m.to.includes(email))
  await page.goto(/\/groups\/confirm\/[A-Za-z0-9_-]+/.exec(confirmation.text)?.[0] ?? '')
  await page.getByRole('button', { name: 'Confirm subscription' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status')).toContainText('You are subscribed to')
  await expectNoAxeViolations(page)
})
