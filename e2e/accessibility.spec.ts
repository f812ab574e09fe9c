import { expectNoAxeViolations, test } from './fixtures.ts'

/** Every page of the shell, by path. Grows as areas land. */
const pages = ['/', '/sprint', '/groups', '/names', '/privacy-map', '/learn', '/assess', '/explore', '/no-such-page']

for (const path of pages) {
  test(`${path} has no WCAG 2.2 AA violations in light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto(path)
    await page.locator('h1').waitFor()
    await expectNoAxeViolations(page)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoAxeViolations(page)
  })
}

for (const locale of ['fr', 'es']) {
  test(`the home page in ${locale} has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto('/')
    await page.getByLabel('Language').selectOption(locale)
    await page.locator(`html[lang="${locale}"]`).waitFor()
    await expectNoAxeViolations(page)
  })
}
