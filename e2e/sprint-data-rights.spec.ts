import { expect, expectNoAxeViolations, test } from './fixtures.ts'
import { E2E_ORGANISER } from './organiser.ts'

test('a participant downloads their data, then erases it', async ({ page, request }) => {
  // The organiser creates a session through the API (the browser journey is covered by sprint-flow).
  await request.post('/api/auth/login', { data: { email: E2E_ORGANISER.email, password: E2E_ORGANISER.password } })
  const created = await request.post('/api/sessions', { data: { title: 'Data rights check' } })
  const { code } = (await created.json()) as { code: string }

  await page.goto(`/sprint/join?code=${code}`)
  await page.getByLabel('Your name').fill('Noor Private')
  await page.getByLabel('Region or country').fill('West Asia')
  await page.getByRole('checkbox', { name: /Use my region/ }).check()
  await page.getByRole('button', { name: 'Join' }).click()
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible()

  await page.getByRole('button', { name: 'Prepare my data for download' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download my data (JSON)' }).click()
  const file = await download
  const exported = JSON.parse(await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()))
  expect(exported.record.displayName).toBe('Noor Private')
  expect(exported.profile).toEqual([expect.objectContaining({ field: 'region', value: 'West Asia' })])

  await page.getByRole('button', { name: 'Erase my data' }).click()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Yes, erase my data' }).click()
  await expect(page.getByText(/You now appear as Participant [0-9A-Z]{6}/)).toBeVisible()
  await expectNoAxeViolations(page)
})
