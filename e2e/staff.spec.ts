import { staffCatalogues } from '../src/shared/i18n/staff/index.js'
import { organisation } from '../src/shared/organisations.js'
import { expectNoSeriousA11yViolations } from './axe.js'
import { demoStaff } from './fixtures/demo-staff.js'
import { expect, test } from './fixtures/test.js'
import { SignInPage, StaffHomePage } from './pages/staff.js'

// The counsellor signs in successfully in several tests at once (each in its
// own browser context, so sessions never mix). Wrong passwords go to the
// front desk's account instead: the sign-in throttle slows an e-mail after 3
// failures and refuses it after 8, and must never lock out the counsellor.
const counsellor = demoStaff('counselor@demo.porten.test')
const frontDesk = demoStaff('desk@demo.porten.test')

const sv = staffCatalogues.sv.messages
const fi = staffCatalogues.fi.messages
const integrationUnit = organisation(counsellor.org)

test.beforeEach(({ problems }) => {
  // Signed out, the app asks for the session and is told 401: that is how it
  // learns to show the sign-in page, and Chromium logs it as an error.
  problems.expectFailure({ method: 'GET', path: '/api/v1/session', status: 401 })
})

test('the sign-in page has no serious accessibility violations', async ({ page }) => {
  await new SignInPage(page).open()
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
  await expectNoSeriousA11yViolations(page)
})

test('a counsellor signs in by keyboard alone and sees their name, organisation and role', async ({
  page,
}) => {
  const signIn = await new SignInPage(page).open()

  await signIn.signInWithKeyboard(counsellor)

  const home = new StaffHomePage(page)
  await expect(home.root).toBeVisible()
  await expect(home.userName).toHaveText('Cecilia Rådgivare')
  await expect(home.userName).toHaveText(counsellor.name)
  await expect(home.userOrg).toHaveText('Integrationsenheten, Jakobstad')
  await expect(home.userOrg).toHaveText(integrationUnit.name.sv)
  await expect(home.userRole).toHaveText(sv.roles.counselor)
  await expectNoSeriousA11yViolations(page)
})

test('switching to Finnish changes the page language and the organisation name', async ({
  page,
}) => {
  await (await new SignInPage(page).open()).signIn(counsellor)
  const home = new StaffHomePage(page)
  await expect(home.userOrg).toHaveText(integrationUnit.name.sv)

  await home.languageButton('fi').click()

  await expect(page.locator('html')).toHaveAttribute('lang', 'fi')
  await expect(home.userOrg).toHaveText('Kotoutumisyksikkö, Pietarsaari')
  await expect(home.userOrg).toHaveText(integrationUnit.name.fi)
  await expect(home.userRole).toHaveText(fi.roles.counselor)
  await expect(home.languageButton('fi')).toHaveAttribute('aria-checked', 'true')
})

test('signing out returns to the sign-in page, and a reload stays signed out', async ({ page }) => {
  const signIn = await new SignInPage(page).open()
  await signIn.signIn(counsellor)
  const home = new StaffHomePage(page)
  await expect(home.root).toBeVisible()

  await home.signOut.click()

  await expect(signIn.form).toBeVisible()
  await expect(home.root).toBeHidden()
  await expect(page.getByRole('status')).toHaveText(sv.signIn.signedOut)

  await page.reload()

  await expect(signIn.form).toBeVisible()
  await expect(home.root).toBeHidden()
  await expect(home.signOut).toBeHidden()
})

test.describe('a wrong password', () => {
  test.beforeEach(({ problems }) => {
    problems.expectFailure({ method: 'POST', path: '/api/v1/session', status: 401 })
  })

  test('shows the error and keeps the e-mail address typed', async ({ page }) => {
    const signIn = await new SignInPage(page).open()

    await signIn.signIn({ email: frontDesk.email, password: 'not-the-password' })

    await expect(signIn.error).toBeVisible()
    await expect(signIn.error).toContainText(sv.signIn.errors.wrongCredentials)
    await expect(signIn.email).toHaveValue(frontDesk.email)
    await expect(new StaffHomePage(page).root).toBeHidden()
  })

  test('the sign-in page with the error has no serious accessibility violations', async ({
    page,
  }) => {
    const signIn = await new SignInPage(page).open()
    await signIn.signIn({ email: frontDesk.email, password: 'not-the-password' })
    await expect(signIn.error).toBeVisible()

    await expectNoSeriousA11yViolations(page)
  })
})

test('a deep link into the app loads the app', async ({ page }) => {
  const response = await page.goto('/app/anything')
  expect(response?.status()).toBe(200)

  await expect(new SignInPage(page).form).toBeVisible()
  await expect(page).toHaveTitle(`${sv.signIn.title} – Porten`)
})
