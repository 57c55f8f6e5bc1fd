/**
 * Signing an application with ESP: on check answers the hydrated send button becomes "Sign and
 * send"; the browser fetches the application as it will be sent, has NCALayer sign it with the
 * applicant's signing key and posts the signature with the form; the server verifies it and sends
 * the application, or shows why it refused on the check-answers page. The cabinet then shows the
 * signature, offers the `.p7s` and checks it again on request.
 *
 * NCALayer is the emulator the demo server runs (`OTINISH_NCALAYER_EMULATOR`); the tests steer its
 * "person at the keyboard" over HTTP (`NCALAYER_EMULATOR`, its control base). Everything here needs
 * JavaScript (`@js`); without it the application is signed in eGov mobile (`egov-signing.spec.ts`).
 */
import type { APIRequestContext, Page } from '@playwright/test';
import {
  archivalAtCheckAnswers,
  emulatorBase,
  DEMO_IINS,
  datePattern,
  errorSummary,
  errorText,
  escapeRe,
  espRefusal,
  espUi,
  exactly,
  expect,
  headingOf,
  main,
  ncaProblem,
  open,
  settled,
  summaryValue,
  test,
  ui,
  useDemoSession,
  type Lang,
} from './support';

// ---------------------------------------------------------------------------------------------
// The NCALayer emulator
// ---------------------------------------------------------------------------------------------

/** What the person at NCALayer's keyboard does with the next signing dialog (the emulator's `Selection`). */
interface Selection {
  iin?: string;
  purpose?: 'auth' | 'sign';
  profile?: 'valid' | 'revoked' | 'revoked_delta' | 'expired' | 'not_yet_valid' | 'unknown_ca' | 'self_signed';
  action?: 'sign' | 'cancel' | 'fail';
}

async function resetEmulator(request: APIRequestContext) {
  const res = await request.post(`${emulatorBase()}/control/reset`);
  expect(res.status(), `POST ${emulatorBase()}/control/reset`).toBe(204);
}

/** Chooses what NCALayer will do; signing needs the key to exist, or the refusal test tests nothing. */
async function choose(request: APIRequestContext, selection: Selection) {
  if ((selection.action ?? 'sign') === 'sign') {
    const keys: { iin: string; bin: string | null; purpose: string; profile: string | null }[] = await (
      await request.get(`${emulatorBase()}/control/keys`)
    ).json();
    const wanted = { iin: selection.iin ?? APPLICANT, purpose: selection.purpose ?? 'sign', profile: selection.profile ?? 'valid' };
    const found = keys.some((k) => k.iin === wanted.iin && k.bin === null && k.purpose === wanted.purpose && k.profile === wanted.profile);
    expect(found, `the emulator holds a key ${JSON.stringify(wanted)}`).toBe(true);
  }
  const res = await request.post(`${emulatorBase()}/control/select`, { data: selection });
  expect(res.status(), `POST ${emulatorBase()}/control/select ${JSON.stringify(selection)}`).toBe(204);
}

// ---------------------------------------------------------------------------------------------
// The check-answers page
// ---------------------------------------------------------------------------------------------

/** The demo account that applies: it has signing keys of every profile. */
const APPLICANT = DEMO_IINS[0];
/** Another demo account, whose key is not the applicant's. */
const SOMEONE_ELSE = DEMO_IINS[1];

const signButton = (page: Page, lang: Lang) => main(page).getByRole('button', { name: espUi('SignAndSend', lang), exact: true });
const declaration = (page: Page, lang: Lang) => main(page).getByRole('checkbox', { name: ui('DeclarationCheckbox', lang), exact: true });

type Session = Parameters<typeof useDemoSession>[1];

/** A demo account's archival application, answered and with its document, on check answers. */
async function toCheckAnswers(page: Page, lang: Lang, js: boolean, session: Session): Promise<string> {
  const draft = await archivalAtCheckAnswers(page, lang, js, session, APPLICANT);
  // Hydrated, the send button signs.
  await expect(signButton(page, lang)).toBeVisible();
  await expect(main(page).getByText(espUi('SignApplicationHint', lang), { exact: true })).toBeVisible();
  return draft;
}

/** Whether the draft is still unsent: its signing document exists only while it is a draft. */
async function stillDraft(page: Page, draft: string): Promise<boolean> {
  const res = await page.request.get(`/apply/${draft}/signing-document`);
  return res.status() === 200;
}

/** Presses "Sign and send" and waits for the form post the signing makes. */
async function signAndSend(page: Page, lang: Lang): Promise<number> {
  const posted = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /^\/apply\/[^/]+\/submit$/.test(new URL(r.url()).pathname),
    { timeout: 20_000 },
  );
  await signButton(page, lang).click();
  return (await posted).status();
}

/** The refused page: the refusal in the summary (linking to the button) and beside the button. */
async function expectRefusal(page: Page, lang: Lang, js: boolean, draft: string, refusal: string) {
  await expect(page).toHaveURL(new RegExp(`/apply/${draft}/submit$`));
  await expect(headingOf(page, ui('CheckTitle', lang))).toBeVisible();
  const summary = errorSummary(page, lang);
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^${escapeRe(ui('ErrorPrefix', lang))}: `));
  const message = new RegExp(`^\\s*${escapeRe(espRefusal(refusal, lang))}`);
  const link = summary.getByRole('link');
  await expect(link).toHaveCount(1);
  await expect(link).toHaveText(message);
  await expect(link).toHaveAttribute('href', '#esp');
  // Not the generic text of the marker error the server attaches.
  await expect(summary).not.toContainText(errorText('RuleNotMet', lang));
  await settled(page, js);
  // Hydrated at the address of the post, the button signs again and is described by the refusal.
  const button = signButton(page, lang);
  await expect(button).toHaveAttribute('id', 'esp');
  await expect(button).toHaveAccessibleDescription(
    new RegExp(`${escapeRe(ui('ErrorPrefix', lang))}: ${escapeRe(espRefusal(refusal, lang))}`),
  );
  // Everything else passed, the declaration included: it stays ticked.
  await expect(declaration(page, lang)).toBeChecked();
  expect(await stillDraft(page, draft), 'the refused application was not sent').toBe(true);
}

/** Fails the test on any script error: a hydration that broke would be one. */
function watchScriptErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /panicked|hydrat/i.test(m.text())) errors.push(m.text());
  });
  return errors;
}

test.beforeEach(async ({ request }) => resetEmulator(request));
test.afterEach(async ({ request }) => resetEmulator(request));

test('an applicant signs and sends an application, and checks the signature in the cabinet @js', async ({ page, js, session, axe }) => {
  const lang: Lang = 'en';
  const scriptErrors = watchScriptErrors(page);
  const draft = await toCheckAnswers(page, lang, js, session);

  // The browser's own checks still come first: without the declaration nothing is asked of NCALayer.
  const asked: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('/signing-document')) asked.push(r.url());
  });
  await signButton(page, lang).click();
  await expect(errorSummary(page, lang).getByRole('link', { name: errorText('DeclarationRequired', lang), exact: true })).toBeVisible();
  expect(asked, 'no signing document before the declaration').toEqual([]);

  await declaration(page, lang).check();
  expect(await signAndSend(page, lang)).toBe(303);
  await expect(headingOf(page, ui('ConfirmationTitle', lang))).toBeVisible();
  await settled(page, js);
  expect(asked).toHaveLength(1);
  expect(await stillDraft(page, draft)).toBe(false);
  const id = new URL(page.url()).pathname.split('/')[2];

  // The application's page shows who signed, when and with which certificate.
  await open(page, `/applications/${id}`, js);
  const section = main(page).getByRole('region', { name: espUi('SignatureTitle', lang), exact: true });
  await expect(section.getByRole('heading', { level: 2, name: espUi('SignatureTitle', lang), exact: true })).toBeVisible();
  await expect(summaryValue(section, espUi('SignedBy', lang))).toHaveText(new RegExp(`^.+, IIN ${APPLICANT}$`));
  await expect(summaryValue(section, espUi('SignedOn', lang))).toHaveText(new RegExp(`^${datePattern(lang)}, \\d{2}:\\d{2}$`));
  await expect(summaryValue(section, espUi('CertificateSerial', lang))).toHaveText(/^[0-9a-fA-F:]+$/);
  await expect(summaryValue(section, espUi('CertificateIssuer', lang))).not.toBeEmpty();
  await expect(summaryValue(section, espUi('CertificateValidUntil', lang))).toHaveText(new RegExp(`^${datePattern(lang)}$`));
  await axe('application with a signature');

  // The signature downloads as a DER-encoded CMS.
  const download = section.getByRole('link', { name: espUi('DownloadSignature', lang), exact: true });
  const href = await download.getAttribute('href');
  expect(href).toBe(`/applications/${id}/signature`);
  const p7s = await page.request.get(href!);
  expect(p7s.status()).toBe(200);
  expect(p7s.headers()['content-type']).toBe('application/pkcs7-signature');
  expect(p7s.headers()['content-disposition']).toMatch(/^attachment; filename="application-.+\.p7s"$/);
  const der = await p7s.body();
  expect(der.length).toBeGreaterThan(500);
  expect(der[0], 'a DER SEQUENCE').toBe(0x30);

  // Checking it again says it is valid.
  await section.getByRole('button', { name: espUi('VerifyAgain', lang), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${id}\\?signature=valid$`));
  await expect(main(page).getByRole('status').filter({ hasText: exactly(espUi('SignatureValid', lang)) })).toBeVisible();
  await settled(page, js);
  await axe('application with a signature checked again');
  expect(scriptErrors).toEqual([]);
});

test('a revoked certificate is refused on check answers, and a valid key then sends @js', async ({ page, js, session, axe, request }) => {
  const lang: Lang = 'ru';
  const scriptErrors = watchScriptErrors(page);
  const draft = await toCheckAnswers(page, lang, js, session);
  await choose(request, { profile: 'revoked', purpose: 'sign' });
  await declaration(page, lang).check();
  expect(await signAndSend(page, lang)).toBe(422);
  await expectRefusal(page, lang, js, draft, 'Revoked');
  // The revocation date follows as its own sentence.
  await expect(errorSummary(page, lang).getByRole('link')).toHaveText(
    new RegExp(`${escapeRe(espUi('RevokedOn', lang).split('{date}')[0])}\\d{2}\\.\\d{2}\\.\\d{4}\\.$`),
  );
  await axe('check answers with a refused signature');

  // From the refused page, with the person's valid key, the application is sent.
  await resetEmulator(request);
  await declaration(page, lang).check();
  expect(await signAndSend(page, lang)).toBe(303);
  await expect(headingOf(page, ui('ConfirmationTitle', lang))).toBeVisible();
  await settled(page, js);
  expect(await stillDraft(page, draft)).toBe(false);
  expect(scriptErrors).toEqual([]);
});

test("another person's key is refused: the IIN differs @js", async ({ page, js, session, request }) => {
  const lang: Lang = 'kk';
  const draft = await toCheckAnswers(page, lang, js, session);
  await choose(request, { iin: SOMEONE_ELSE, purpose: 'sign' });
  await declaration(page, lang).check();
  expect(await signAndSend(page, lang)).toBe(422);
  await expectRefusal(page, lang, js, draft, 'IinMismatch');
});

test('closing the NCALayer dialog stays on check answers without an error @js', async ({ page, js, session, request }) => {
  const lang: Lang = 'en';
  const draft = await toCheckAnswers(page, lang, js, session);
  await choose(request, { action: 'cancel' });
  await declaration(page, lang).check();
  await signButton(page, lang).click();
  await expect(main(page).getByRole('status').filter({ hasText: exactly(ncaProblem('Cancelled', lang)) })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/apply/${draft}/check$`));
  await expect(errorSummary(page, lang)).toHaveCount(0);
  await expect(main(page).locator('.error-message')).toHaveCount(0);
  expect(await stillDraft(page, draft)).toBe(true);

  // Pressing again once the person is ready sends it.
  await resetEmulator(request);
  expect(await signAndSend(page, lang)).toBe(303);
  await expect(headingOf(page, ui('ConfirmationTitle', lang))).toBeVisible();
});

test('when NCALayer fails the problem is shown as on the sign-in page, and its retry sends @js', async ({ page, js, session, request, axe }) => {
  const lang: Lang = 'ru';
  const draft = await toCheckAnswers(page, lang, js, session);
  await choose(request, { action: 'fail' });
  await declaration(page, lang).check();
  await signButton(page, lang).click();
  const problem = main(page).locator('.esp__problem');
  await expect(problem).toBeFocused();
  await expect(problem.getByText(ncaProblem('Failed', lang))).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/apply/${draft}/check$`));
  expect(await stillDraft(page, draft)).toBe(true);
  await axe('check answers with an NCALayer problem');

  // "Try again" goes through the page's checks and signs again; focus returns to the button.
  await resetEmulator(request);
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/apply/${draft}/submit`));
  await problem.getByRole('button', { name: espUi('Retry', lang), exact: true }).click();
  expect((await posted).status()).toBe(303);
  await expect(headingOf(page, ui('ConfirmationTitle', lang))).toBeVisible();
});
