/**
 * Signing in with ESP through NCALayer: the browser connects to NCALayer's WebSocket, has it sign
 * the server's challenge and posts the signature; the server verifies it and opens the cabinet, or
 * shows why it refused. NCALayer is the emulator the demo server runs (`OTINISH_NCALAYER_EMULATOR`),
 * whose "person at the keyboard" the tests steer over HTTP (`NCALAYER_EMULATOR`, its control base).
 * Everything here needs JavaScript (`@js`): without it the panel says ESP needs JavaScript.
 */
import * as net from 'node:net';
import type { APIRequestContext, Page } from '@playwright/test';
import {
  emulatorBase,
  DEMO_IINS,
  LANGS,
  displayName,
  errorSummary,
  escapeRe,
  espRefusal,
  espUi,
  expect,
  expectErrors,
  main,
  mainNav,
  ncaProblem,
  open,
  registryPersonAt,
  settled,
  test,
  ui,
  useLanguageCookie,
  type Lang,
  type Person,
} from './support';

// ---------------------------------------------------------------------------------------------
// The NCALayer emulator
// ---------------------------------------------------------------------------------------------

/** What the person at NCALayer's keyboard does with the next signing dialog (`Selection`). */
interface Selection {
  iin?: string;
  purpose?: 'auth' | 'sign';
  profile?: 'valid' | 'revoked' | 'revoked_delta' | 'expired' | 'not_yet_valid' | 'unknown_ca' | 'self_signed';
  algorithm?: 'rsa' | 'ecdsa';
  action?: 'sign' | 'cancel' | 'fail';
}

interface EmulatorKey {
  id: string;
  iin: string;
  bin: string | null;
  purpose: string;
  profile: string | null;
  algorithm: string;
}

async function resetEmulator(request: APIRequestContext) {
  const res = await request.post(`${emulatorBase()}/control/reset`);
  expect(res.status(), `POST ${emulatorBase()}/control/reset`).toBe(204);
}

/**
 * Chooses what NCALayer will do. When it is to sign, the key must exist: a missing key would make
 * the emulator answer as if the person closed the dialog, and a refusal test would test nothing.
 */
async function chooseKey(request: APIRequestContext, selection: Selection) {
  if ((selection.action ?? 'sign') === 'sign') {
    const keys: EmulatorKey[] = await (await request.get(`${emulatorBase()}/control/keys`)).json();
    const wanted = {
      iin: selection.iin ?? DEMO_IINS[0],
      purpose: selection.purpose ?? 'auth',
      profile: selection.profile ?? 'valid',
      algorithm: selection.algorithm ?? 'rsa',
    };
    const found = keys.some(
      (k) =>
        k.iin === wanted.iin &&
        k.bin === null &&
        k.purpose === wanted.purpose &&
        k.profile === wanted.profile &&
        k.algorithm === wanted.algorithm,
    );
    expect(found, `the emulator holds a key ${JSON.stringify(wanted)}`).toBe(true);
  }
  const res = await request.post(`${emulatorBase()}/control/select`, { data: selection });
  expect(res.status(), `POST ${emulatorBase()}/control/select ${JSON.stringify(selection)}`).toBe(204);
}

/** A loopback port nothing listens on (taken and released at once). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// ---------------------------------------------------------------------------------------------
// The sign-in page
// ---------------------------------------------------------------------------------------------

/** The demo account with every kind of development key (ECDSA and the negative profiles). */
const KEY_OWNER = registryPersonAt(1);

/**
 * Registry people with a development key and no demo account: their first ESP sign-in creates the
 * account. People 5 and 6 rather than person 4: person 4 is the first adult of `registryPeople()`,
 * whom the journey spec registers with a password on desktop; an account made here by ESP first
 * (it has no password) would make that journey's "already registered, sign in" fallback fail.
 */
const NEWCOMERS = [registryPersonAt(5), registryPersonAt(6)];

/** The "Sign in with ESP" section (a region named by its heading). */
const espPanel = (page: Page, lang: Lang) => main(page).getByRole('region', { name: espUi('SignIn', lang), exact: true });

/** The section's submit button. */
const espButton = (page: Page, lang: Lang) => espPanel(page, lang).getByRole('button', { name: espUi('SignIn', lang), exact: true });

async function openLogin(page: Page, lang: Lang, js: boolean) {
  await useLanguageCookie(page, lang);
  await open(page, '/login', js);
  await expect(main(page).getByRole('heading', { level: 1, name: ui('LoginTitle', lang), exact: true })).toBeVisible();
  await expect(espPanel(page, lang).getByRole('heading', { level: 2, name: espUi('SignIn', lang), exact: true })).toBeVisible();
  await expect(espButton(page, lang)).toBeVisible();
}

/** Clicks "Sign in with ESP" and returns the status of the form post the page then makes. */
async function signWithEsp(page: Page, lang: Lang): Promise<number> {
  const posted = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login/esp',
    { timeout: 20_000 },
  );
  await espButton(page, lang).click();
  return (await posted).status();
}

async function expectSignedIn(page: Page, lang: Lang, js: boolean, person: Person) {
  await expect(page).toHaveURL(/\/cabinet$/);
  await expect(main(page).getByRole('heading', { level: 1, name: ui('CabinetTitle', lang), exact: true })).toBeVisible();
  await settled(page, js);
  const nav = mainNav(page, lang);
  await expect(nav).toContainText(`${ui('SignedInAs', lang)} ${displayName(person)}`);
  await expect(nav.getByRole('button', { name: ui('SignOut', lang), exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: ui('SignIn', lang), exact: true })).toHaveCount(0);
}

async function expectSignedOut(page: Page, lang: Lang) {
  const nav = mainNav(page, lang);
  await expect(nav.getByRole('link', { name: ui('SignIn', lang), exact: true })).toBeVisible();
  await expect(nav.getByRole('button', { name: ui('SignOut', lang), exact: true })).toHaveCount(0);
}

// ---------------------------------------------------------------------------------------------
// Refusals and their messages
// ---------------------------------------------------------------------------------------------

/** Today in Kazakhstan (UTC+5), as the server writes certificate dates, at midnight UTC. */
function kzToday(): number {
  const kz = new Date(Date.now() + 5 * 3_600_000);
  return Date.UTC(kz.getUTCFullYear(), kz.getUTCMonth(), kz.getUTCDate());
}

/** `dd.mm.yyyy` as a day at midnight UTC. */
function dottedDay(text: string): number {
  const [d, m, y] = text.split('.').map(Number);
  return Date.UTC(y, m - 1, d);
}

interface RefusalCase {
  title: string;
  selection: Selection;
  refusal: string;
  /** The date sentence following the refusal, and where its date lies relative to today. */
  date?: { sentence: string; when: 'before today' | 'today or before' | 'after today' };
  lang: Lang;
}

const REFUSALS: RefusalCase[] = [
  {
    title: 'an expired certificate',
    selection: { profile: 'expired' },
    refusal: 'Expired',
    date: { sentence: 'ExpiredOn', when: 'before today' },
    lang: 'en',
  },
  {
    title: 'a certificate on the revocation list',
    selection: { profile: 'revoked' },
    refusal: 'Revoked',
    date: { sentence: 'RevokedOn', when: 'today or before' },
    lang: 'kk',
  },
  {
    title: 'a certificate revoked on the delta revocation list',
    selection: { profile: 'revoked_delta' },
    refusal: 'Revoked',
    date: { sentence: 'RevokedOn', when: 'today or before' },
    lang: 'ru',
  },
  {
    title: 'a certificate that is not valid yet',
    selection: { profile: 'not_yet_valid' },
    refusal: 'NotYetValid',
    date: { sentence: 'ValidFrom', when: 'after today' },
    lang: 'en',
  },
  { title: 'a certificate from an unknown authority', selection: { profile: 'unknown_ca' }, refusal: 'UnknownIssuer', lang: 'kk' },
  { title: 'a self-signed certificate', selection: { profile: 'self_signed' }, refusal: 'SelfSigned', lang: 'ru' },
  { title: 'the signing key instead of the authentication key', selection: { purpose: 'sign' }, refusal: 'AuthKeyExpected', lang: 'en' },
];

/**
 * The refusal's message as `#esp-error` shows it (after the hidden "Error: " prefix): checked against
 * the sources with the date left open, the date checked against today, and returned in full.
 */
async function refusalMessageShown(page: Page, c: RefusalCase): Promise<string> {
  const prefix = `${ui('ErrorPrefix', c.lang)}: `;
  const reason = espRefusal(c.refusal, c.lang);
  const inline = page.locator('#esp-error');
  if (!c.date) {
    await expect(inline).toHaveText(prefix + reason);
    return reason;
  }
  const marker = '\u0000';
  const sentence = espUi(c.date.sentence, c.lang, { date: marker }).split(marker).map(escapeRe).join(String.raw`(\d{2}\.\d{2}\.\d{4})`);
  const pattern = new RegExp(`^${escapeRe(prefix + reason)} ${sentence}$`);
  await expect(inline).toHaveText(pattern);
  const text = (await inline.textContent()) ?? '';
  const date = text.match(pattern)?.[1] ?? '';
  const day = dottedDay(date);
  const today = kzToday();
  const holds = { 'before today': day < today, 'today or before': day <= today, 'after today': day > today }[c.date.when];
  expect(holds, `the date ${date} in "${text}" lies ${c.date.when}`).toBe(true);
  return `${reason} ${espUi(c.date.sentence, c.lang, { date })}`;
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

test.beforeEach(async ({ request }) => {
  await resetEmulator(request);
});

test.afterEach(async ({ request }) => {
  await resetEmulator(request);
});

for (const [slot, lang] of LANGS.entries()) {
  test(`a key holder without an account signs in with ESP and gets a cabinet (${lang}) @js`, async ({ page, js, request }) => {
    const person = NEWCOMERS[slot % NEWCOMERS.length];
    await chooseKey(request, { iin: person.iin, purpose: 'auth', profile: 'valid', algorithm: 'rsa' });
    await openLogin(page, lang, js);
    await expectSignedOut(page, lang);

    expect(await signWithEsp(page, lang)).toBe(303);
    await expectSignedIn(page, lang, js, person);
    await expect(main(page).getByText(ui('NoApplications', lang), { exact: true })).toBeVisible();
    await expect(main(page).getByText(ui('NoDrafts', lang), { exact: true })).toBeVisible();
  });
}

test('a demo account signs in with its ECDSA key @js', async ({ page, js, request }) => {
  const lang: Lang = 'ru';
  await chooseKey(request, { iin: KEY_OWNER.iin, purpose: 'auth', profile: 'valid', algorithm: 'ecdsa' });
  await openLogin(page, lang, js);
  expect(await signWithEsp(page, lang)).toBe(303);
  await expectSignedIn(page, lang, js, KEY_OWNER);
});

for (const c of REFUSALS) {
  test(`${c.title} is refused with its reason, and a valid key then signs in (${c.lang}) @js`, async ({ page, js, request }) => {
    const lang = c.lang;
    await chooseKey(request, { iin: KEY_OWNER.iin, ...c.selection });
    await openLogin(page, lang, js);

    expect(await signWithEsp(page, lang)).toBe(422);
    await expect(page).toHaveURL(/\/login\/esp$/);
    await expect(main(page).getByRole('heading', { level: 1, name: ui('LoginTitle', lang), exact: true })).toBeVisible();
    await settled(page, js);

    // The reason, beside the button and in the focused error summary that links to it.
    const message = await refusalMessageShown(page, c);
    await expectErrors(page, lang, [{ message, field: espButton(page, lang) }]);
    await expect(espPanel(page, lang).getByRole('status')).toHaveText('');
    await expectSignedOut(page, lang);

    // The refused page is hydrated: the button works again, with a valid key this time.
    await chooseKey(request, { iin: KEY_OWNER.iin, purpose: 'auth', profile: 'valid', algorithm: 'rsa' });
    expect(await signWithEsp(page, lang)).toBe(303);
    await expectSignedIn(page, lang, js, KEY_OWNER);
  });
}

test('cancelling in NCALayer leaves a quiet note and no error (kk) @js', async ({ page, js, request }) => {
  const lang: Lang = 'kk';
  await chooseKey(request, { action: 'cancel' });
  await openLogin(page, lang, js);
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/login/esp') posts.push(r.url());
  });
  await espButton(page, lang).click();

  const panel = espPanel(page, lang);
  await expect(panel.getByRole('status')).toHaveText(ncaProblem('Cancelled', lang));
  await expect(page).toHaveURL(/\/login$/);
  await expect(errorSummary(page, lang)).toHaveCount(0);
  await expect(page.locator('#esp-error')).toHaveCount(0);
  await expect(main(page)).not.toContainText(`${ui('ErrorPrefix', lang)}:`);
  await expect(page).not.toHaveTitle(new RegExp(`^${escapeRe(ui('ErrorPrefix', lang))}: `));
  await expect(panel.getByRole('button', { name: espUi('Retry', lang), exact: true })).toHaveCount(0);
  await expect(espButton(page, lang)).not.toHaveAttribute('aria-disabled', 'true');
  expect(posts, 'nothing is posted after a cancel').toEqual([]);
  await expectSignedOut(page, lang);
});

test('NCALayer failing to sign shows the failure with a retry (ru) @js', async ({ page, js, request }) => {
  const lang: Lang = 'ru';
  await chooseKey(request, { action: 'fail' });
  await openLogin(page, lang, js);
  await espButton(page, lang).click();

  const panel = espPanel(page, lang);
  const problem = panel.locator('[tabindex="-1"]').filter({ hasText: ncaProblem('Failed', lang) });
  await expect(problem).toBeVisible();
  await expect(problem.getByText(ncaProblem('Failed', lang))).toHaveText(`${ui('ErrorPrefix', lang)}: ${ncaProblem('Failed', lang)}`);
  await expect(problem).toBeFocused();
  await expect(panel.getByRole('status')).toHaveText('');
  await expect(page).toHaveURL(/\/login$/);
  await expectSignedOut(page, lang);

  // "Try again" signs with whatever NCALayer now offers.
  await chooseKey(request, { iin: KEY_OWNER.iin, purpose: 'auth', profile: 'valid', algorithm: 'rsa' });
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login/esp');
  await problem.getByRole('button', { name: espUi('Retry', lang), exact: true }).click();
  expect((await posted).status()).toBe(303);
  await expectSignedIn(page, lang, js, KEY_OWNER);
});

test.describe('NCALayer not running', () => {
  // The page's content security policy lets it connect only to the configured NCALayer address
  // (here the emulator's); the browser must reach the closed port to find nothing listening there.
  test.use({ bypassCSP: true });

  /** Points the hydrated page's form at a loopback port nothing listens on. */
  async function pointAtClosedPort(page: Page) {
    const url = `ws://127.0.0.1:${await closedPort()}`;
    await page.locator('#esp-sign-in').evaluate((form, u) => form.setAttribute('data-ncalayer-url', u), url);
  }

  for (const lang of ['en', 'kk'] as Lang[]) {
    test(`says NCALayer is not running, with install help, focused (${lang}) @js`, async ({ page, js }) => {
      await openLogin(page, lang, js);
      await pointAtClosedPort(page);
      const challenges: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith('/login/esp')) challenges.push(r.url());
      });
      await espButton(page, lang).click();

      const panel = espPanel(page, lang);
      const problem = panel.locator('[tabindex="-1"]').filter({ hasText: ncaProblem('NotRunning', lang) });
      await expect(problem).toBeVisible();
      await expect(problem.getByText(ncaProblem('NotRunning', lang))).toHaveText(
        `${ui('ErrorPrefix', lang)}: ${ncaProblem('NotRunning', lang)}`,
      );
      await expect(problem).toBeFocused();
      for (const help of ['HelpInstall', 'HelpStart', 'HelpLocalNetwork']) {
        await expect(problem.getByText(espUi(help, lang))).toBeVisible();
      }
      const download = problem.getByRole('link', { name: 'ncl.pki.gov.kz', exact: true });
      await expect(download).toBeVisible();
      await expect(download).toHaveAttribute('href', 'https://ncl.pki.gov.kz/');
      await expect(problem.getByRole('button', { name: espUi('Retry', lang), exact: true })).toBeVisible();
      await expect(panel.getByRole('status')).toHaveText('');
      await expect(page).toHaveURL(/\/login$/);
      expect(challenges, 'no challenge is asked for without NCALayer').toEqual([]);
    });
  }

  test('the ESP panel passes axe-core: signed out, refused, NCALayer not running (kk) @js', async ({ page, js, request, axe }) => {
    const lang: Lang = 'kk';
    await openLogin(page, lang, js);
    await axe('sign-in page with the ESP panel');

    await chooseKey(request, { iin: KEY_OWNER.iin, profile: 'expired' });
    expect(await signWithEsp(page, lang)).toBe(422);
    await expect(errorSummary(page, lang)).toBeVisible();
    await settled(page, js);
    await axe('refused ESP sign-in (expired certificate)');

    await pointAtClosedPort(page);
    await espButton(page, lang).click();
    const problem = espPanel(page, lang).locator('[tabindex="-1"]').filter({ hasText: ncaProblem('NotRunning', lang) });
    await expect(problem).toBeFocused();
    await axe('NCALayer not running');
  });
});
