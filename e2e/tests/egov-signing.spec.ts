/**
 * Signing an application in the eGov mobile app by QR code: the way that needs neither NCALayer nor
 * JavaScript. Check answers offers "Sign with eGov mobile"; the page shows the QR code, the deep
 * links and until when the code works; the app (the emulator's eGov mobile stand-in, steered over
 * HTTP at `NCALAYER_EMULATOR`) scans, signs and sends the signature to the portal; Continue sends the
 * application. Hydrated, the page follows the signing and continues by itself. Runs with and without
 * JavaScript, on desktop and mobile.
 */
import type { Page } from '@playwright/test';
import {
  archivalAtCheckAnswers,
  DEMO_IINS,
  emulatorBase,
  errorSummary,
  espRefusal,
  espUi,
  expect,
  headingOf,
  main,
  open,
  scanWithEgovMobile,
  settled,
  summaryValue,
  test,
  ui,
  useDemoSession,
  type Lang,
} from './support';

/** The demo account that applies: it has signing keys of every profile. */
const APPLICANT = DEMO_IINS[0];

type Session = Parameters<typeof useDemoSession>[1];

const egovButton = (page: Page, lang: Lang) => main(page).getByRole('button', { name: espUi('SignWithEgov', lang), exact: true });
const continueButton = (page: Page, lang: Lang) => main(page).getByRole('button', { name: espUi('EgovContinue', lang), exact: true });
const signingHeading = (page: Page, lang: Lang) => headingOf(page, espUi('EgovTitle', lang));

/** A demo account's archival application, answered, with its document and the declaration, on check answers. */
async function toCheckAnswers(page: Page, lang: Lang, js: boolean, session: Session): Promise<string> {
  const draft = await archivalAtCheckAnswers(page, lang, js, session, APPLICANT);
  await main(page).getByRole('checkbox', { name: ui('DeclarationCheckbox', lang), exact: true }).check();
  return draft;
}

/** "Sign with eGov mobile": the signing page with its code. */
async function toSigningPage(page: Page, lang: Lang, js: boolean, draft: string) {
  await expect(egovButton(page, lang)).toBeVisible();
  await egovButton(page, lang).click();
  await expect(signingHeading(page, lang)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/apply/${draft}/egov/[0-9a-f]{32}$`));
  await settled(page, js);
}

test('an applicant signs in eGov mobile by QR code and the application is sent with that signature', async ({ page, js, session, axe }) => {
  const lang: Lang = 'en';
  const draft = await toCheckAnswers(page, lang, js, session);
  await toSigningPage(page, lang, js, draft);

  // The code, the steps, the deep links for a phone and until when the code works.
  const qr = main(page).getByRole('img', { name: espUi('EgovQrAlt', lang), exact: true });
  await expect(qr).toBeVisible();
  const svg = await page.request.get(new URL((await qr.getAttribute('src'))!, page.url()).toString());
  expect(svg.headers()['content-type']).toBe('image/svg+xml');
  expect(await svg.text()).toContain('<svg');
  await expect(main(page).getByText(espUi('EgovStepScan', lang), { exact: true })).toBeVisible();
  await expect(main(page).getByText(new RegExp(`^${espUi('EgovValidUntil', lang).replace('{time}', '\\d{2}:\\d{2}')}$`))).toBeVisible();
  const mobileLink = main(page).getByRole('link', { name: espUi('EgovOpenMobile', lang), exact: true });
  await expect(mobileLink).toHaveAttribute('href', /\/mobileSign\/\?link=.+%2Fapi%2Fegov%2FmgovSign%2F[0-9a-f]{32}$|\/mobileSign\/\?link=http.+\/api\/egov\/mgovSign\/[0-9a-f]{32}$/);
  await expect(main(page).locator('#egov-status')).toHaveText(espUi('EgovWaiting', lang));
  await axe('eGov mobile signing');

  // Continue before the app has signed says so and sends nothing.
  if (!js) {
    await continueButton(page, lang).click();
    await expect(errorSummary(page, lang).getByRole('link', { name: espRefusal('MobileNotSignedYet', lang), exact: true })).toBeVisible();
    await axe('eGov mobile signing, not signed yet');
  }

  expect((await scanWithEgovMobile(page, lang)).status).toBe(200);
  if (js) {
    // Hydrated, the page notices the signature and sends the application by itself.
  } else {
    await continueButton(page, lang).click();
  }
  await expect(headingOf(page, ui('ConfirmationTitle', lang))).toBeVisible({ timeout: 15_000 });
  await settled(page, js);
  const id = new URL(page.url()).pathname.split('/')[2];

  await open(page, `/applications/${id}`, js);
  const section = main(page).getByRole('region', { name: espUi('SignatureTitle', lang), exact: true });
  await expect(summaryValue(section, espUi('SignedBy', lang))).toHaveText(new RegExp(`^.+, IIN ${APPLICANT}$`));
});

test('a revoked key in eGov mobile is refused with the reason on both screens, and a new code then sends', async ({ page, js, session, axe }) => {
  const lang: Lang = 'ru';
  const draft = await toCheckAnswers(page, lang, js, session);
  await toSigningPage(page, lang, js, draft);

  const answer = await scanWithEgovMobile(page, lang, { profile: 'revoked' });
  expect(answer.status, 'the app is told the signature is refused').toBe(403);
  expect(answer.message.startsWith(espRefusal('Revoked', lang)), answer.message).toBe(true);

  if (js) {
    await expect(main(page).locator('#egov-status')).toContainText(espRefusal('Revoked', lang));
  } else {
    await continueButton(page, lang).click();
    await expect(errorSummary(page, lang)).toContainText(espRefusal('Revoked', lang));
  }
  await settled(page, js);
  await axe('eGov mobile signing refused');

  const first = page.url();
  await main(page).getByRole('button', { name: espUi('EgovNewCode', lang), exact: true }).click();
  await expect(signingHeading(page, lang)).toBeVisible();
  await expect.poll(() => page.url()).not.toBe(first);
  await settled(page, js);
  expect((await scanWithEgovMobile(page, lang)).status).toBe(200);
  if (!js) await continueButton(page, lang).click();
  await expect(headingOf(page, ui('ConfirmationTitle', lang))).toBeVisible({ timeout: 15_000 });
});

test('the demo eGov mobile app opens from the deep link and signs', async ({ page, js, session }) => {
  const lang: Lang = 'kk';
  const draft = await toCheckAnswers(page, lang, js, session);
  await toSigningPage(page, lang, js, draft);
  const signing = page.url();
  const href = await main(page).getByRole('link', { name: espUi('EgovOpenMobile', lang), exact: true }).getAttribute('href');
  expect(href!.startsWith(`${emulatorBase()}/mobileSign/?link=`), `the demo links to its stand-in app: ${href}`).toBe(true);

  // The stand-in app shows what is signed and for whom, and signs on "Sign".
  const app = await page.context().newPage();
  await app.goto(href!);
  await expect(app.getByRole('heading', { level: 1 })).toContainText('eGov mobile');
  await expect(app.getByText(/«.+»/).first()).toBeVisible();
  await app.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(app.getByRole('status')).toContainText('Signed');
  await app.close();

  if (!js) {
    await page.goto(signing);
    await continueButton(page, lang).click();
  }
  await expect(headingOf(page, ui('ConfirmationTitle', lang))).toBeVisible({ timeout: 15_000 });
});
