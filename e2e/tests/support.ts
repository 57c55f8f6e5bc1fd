/**
 * Helpers shared by the browser tests: the portal's own texts (read from the Rust sources, so the
 * tests follow every wording change), registry people, language choice, signing in and up, a
 * hydration probe, a generated PDF, axe-core checks and the archival-certificate journey.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test as base, expect, type BrowserContext, type Cookie, type Locator, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export { expect };

// ---------------------------------------------------------------------------------------------
// Languages and texts
// ---------------------------------------------------------------------------------------------

export type Lang = 'kk' | 'ru' | 'en';
export const LANGS: Lang[] = ['kk', 'ru', 'en'];
const INDEX: Record<Lang, number> = { kk: 0, ru: 1, en: 2 };

/** The language switcher's link texts (`Lang::native_name`). */
export const NATIVE_NAME: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

const SHARED_SRC = path.resolve(__dirname, '..', '..', 'shared', 'src');
type Triple = [string, string, string];
const LIT = String.raw`"(?:[^"\\]|\\.)*"`;

function rustString(literal: string): string {
  // The tables use plain literals; `\"`, `\\`, `\n` and `\u{..}` are the only escapes they may hold.
  return literal
    .slice(1, -1)
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\(["\\n])/g, (_, c) => (c === 'n' ? '\n' : c));
}

/** Reads the `Key => ["kk", "ru", "en"]` entries of one `text_table!` enum in a source file. */
function keyedTable(file: string, enumName: string): Record<string, Triple> {
  const whole = fs.readFileSync(path.join(SHARED_SRC, file), 'utf8');
  const start = whole.indexOf(`pub enum ${enumName} {`);
  if (start < 0) throw new Error(`no enum ${enumName} in ${file}`);
  const end = whole.indexOf('\n}', start);
  const src = whole.slice(start, end < 0 ? undefined : end);
  const re = new RegExp(String.raw`(\w+)\s*=>\s*\[\s*(${LIT})\s*,\s*(${LIT})\s*,\s*(${LIT})\s*,?\s*\]`, 'g');
  const out: Record<string, Triple> = {};
  for (const m of src.matchAll(re)) out[m[1]] = [rustString(m[2]), rustString(m[3]), rustString(m[4])];
  return out;
}

const UI = keyedTable('ui.rs', 'Ui');
const ERRORS = keyedTable('error.rs', 'ErrorCode');
const STATUS = keyedTable('status.rs', 'Status');
const EVENTS = keyedTable('status.rs', 'EventKind');

function fill(template: string, args: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, k) => (k in args ? String(args[k]) : all));
}

function lookup(table: Record<string, Triple>, name: string, key: string, lang: Lang, args?: Record<string, string | number>) {
  const t = table[key];
  if (!t) throw new Error(`no ${name} text ${key} in the sources`);
  return fill(t[INDEX[lang]], args);
}

/** An interface text (`shared/src/ui.rs`). */
export const ui = (key: string, lang: Lang, args?: Record<string, string | number>) => lookup(UI, 'Ui', key, lang, args);
/** An error message (`shared/src/error.rs`). */
export const errorText = (key: string, lang: Lang, args?: Record<string, string | number>) =>
  lookup(ERRORS, 'ErrorCode', key, lang, args);
/** The status of an application (`shared/src/status.rs`). */
export const statusText = (key: string, lang: Lang) => lookup(STATUS, 'Status', key, lang);
/** An event of an application's timeline (`shared/src/status.rs`). */
export const eventText = (key: string, lang: Lang) => lookup(EVENTS, 'EventKind', key, lang);

/** Every `Text::new("kk", "ru", "en")` of a service definition, keyed by its English text. */
function serviceTexts(file: string): Map<string, Triple> {
  const src = fs.readFileSync(path.join(SHARED_SRC, 'services', file), 'utf8');
  const re = new RegExp(String.raw`Text::new\(\s*(${LIT})\s*,\s*(${LIT})\s*,\s*(${LIT})\s*,?\s*\)`, 'g');
  const out = new Map<string, Triple>();
  for (const m of src.matchAll(re)) {
    const t: Triple = [rustString(m[1]), rustString(m[2]), rustString(m[3])];
    const seen = out.get(t[2]);
    if (seen && (seen[0] !== t[0] || seen[1] !== t[1])) throw new Error(`ambiguous text "${t[2]}" in ${file}`);
    out.set(t[2], t);
  }
  return out;
}

const ARCHIVAL = serviceTexts('s11_archival.rs');

/** A text of the archival certificate definition, found by its English wording. */
export function archival(en: string, lang: Lang): string {
  const t = ARCHIVAL.get(en);
  if (!t) throw new Error(`no text "${en}" in s11_archival.rs`);
  return t[INDEX[lang]];
}

/** A service of the catalogue as the sources define it. */
export interface ServiceSource {
  slug: string;
  version: number;
  validFrom: string;
  name: Triple;
  file: string;
}

/** Every service definition (every version) in `shared/src/services`. */
export function serviceSources(): ServiceSource[] {
  const dir = path.join(SHARED_SRC, 'services');
  const out: ServiceSource[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => /^s\d+_.*\.rs$/.test(f)).sort()) {
    const src = fs.readFileSync(path.join(dir, file), 'utf8');
    const re = new RegExp(
      String.raw`slug:\s*"([^"]+)",\s*version:\s*(\d+),\s*valid_from:\s*"([^"]+)",[\s\S]*?passport:\s*Passport\s*\{\s*name:\s*Text::new\(\s*(${LIT})\s*,\s*(${LIT})\s*,\s*(${LIT})`,
    );
    const m = src.match(re);
    if (!m) throw new Error(`could not read the definition in ${file}`);
    out.push({
      slug: m[1],
      version: Number(m[2]),
      validFrom: m[3],
      name: [rustString(m[4]), rustString(m[5]), rustString(m[6])],
      file,
    });
  }
  return out;
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regular expression matching exactly this text (whitespace-normalised by Playwright). */
export const exactly = (s: string) => new RegExp(`^\\s*${escapeRe(s)}\\s*$`);

// ---------------------------------------------------------------------------------------------
// Dates, as `shared::values::date::format_date` writes them
// ---------------------------------------------------------------------------------------------

const MONTHS: Record<Lang, string[]> = {
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A pattern for a written-out date in a language ("27 наурыз 2007 ж." style), capturing it. */
export function datePattern(lang: Lang): string {
  const m = `(?:${MONTHS[lang].join('|')})`;
  return lang === 'kk' ? String.raw`\d{4} ж\. \d{1,2} ${m}` : lang === 'ru' ? String.raw`\d{1,2} ${m} \d{4} г\.` : String.raw`\d{1,2} ${m} \d{4}`;
}

/** Reads a written-out date back. */
export function parseWrittenDate(text: string, lang: Lang): Date {
  const parts = text.replace(/ ж\.| г\./g, '').split(' ');
  const [day, month, year] =
    lang === 'kk' ? [parts[1], parts[2], parts[0]] : [parts[0], parts[1], parts[2]];
  const m = MONTHS[lang].indexOf(month);
  if (m < 0) throw new Error(`not a ${lang} date: ${text}`);
  return new Date(Date.UTC(Number(year), m, Number(day)));
}

/** The number (1–12) of a month typed as a number or as a name in any of the three languages. */
export function monthNumber(typed: string): number | null {
  const t = typed.trim().toLowerCase();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  for (const names of Object.values(MONTHS)) {
    const i = names.findIndex((n) => n.toLowerCase() === t);
    if (i >= 0) return i + 1;
  }
  return null;
}

/** A date written out as the portal writes it. */
export function writtenDate(d: { day: number; month: number; year: number }, lang: Lang): string {
  const m = MONTHS[lang][d.month - 1];
  return lang === 'kk' ? `${d.year} ж. ${d.day} ${m}` : lang === 'ru' ? `${d.day} ${m} ${d.year} г.` : `${d.day} ${m} ${d.year}`;
}

/** References: 8 characters without I, O, Q, 0 and 1, shown as two groups of four. */
export const REFERENCE = /^[2-9A-HJ-NPR-Z]{4}-[2-9A-HJ-NPR-Z]{4}$/;

// ---------------------------------------------------------------------------------------------
// Projects, people and accounts
// ---------------------------------------------------------------------------------------------

export const PROJECTS = ['desktop-js', 'desktop-nojs', 'mobile-js', 'mobile-nojs'];
export const isJs = (info: TestInfo) => info.project.name.endsWith('-js');

export interface Person {
  iin: string;
  surname: string;
  given_name: string;
  patronymic: string | null;
  birth_date: string;
}

export const fullName = (p: Person) => [p.surname, p.given_name, p.patronymic].filter(Boolean).join(' ');
export const displayName = (p: Person) => `${p.given_name} ${p.surname}`;

/** The demo accounts the server creates with `--demo` (the first three people of the registry). */
export const DEMO_PASSWORD = 'otinish-demo-2026';
export const DEMO_IINS = ['860412394422', '790208481016', '940827326302'];
/** A valid IIN the registry does not hold. */
export const UNREGISTERED_IIN = '870305301234';
/** The password new accounts get in these tests. */
export const NEW_PASSWORD = 'three yellow apples and green tea';

/** The adults of the demo registry, without the three demo accounts. */
export function registryPeople(): Person[] {
  const file = path.resolve(__dirname, '..', '..', 'server', 'demo', 'individuals.json');
  const all: Person[] = JSON.parse(fs.readFileSync(file, 'utf8'));
  const now = new Date();
  const adultBefore = `${now.getUTCFullYear() - 18}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-${String(now.getUTCDate()).padStart(2, '0')}`;
  return all.filter((p) => !DEMO_IINS.includes(p.iin) && p.birth_date <= adultBefore);
}

/**
 * A distinct registry person for a test run: `slot` numbers runs within a project (for example the
 * language index of a journey), so no two runs of one suite register the same person.
 */
export function personFor(info: TestInfo, group: number, slot: number): Person {
  const people = registryPeople();
  const project = Math.max(0, PROJECTS.indexOf(info.project.name));
  const index = group * PROJECTS.length * LANGS.length + project * LANGS.length + slot;
  if (index >= people.length) throw new Error(`only ${people.length} registry people to choose from`);
  return people[index];
}

// ---------------------------------------------------------------------------------------------
// The test fixture: a hydration probe in the projects with JavaScript
// ---------------------------------------------------------------------------------------------

declare global {
  interface Window {
    __e2eHydrated?: boolean;
  }
}

/**
 * Marks the page hydrated once the router has registered its `popstate` listener (it does so inside
 * `hydrate()`) and the task queue has run past the rest of the synchronous hydration and its
 * microtasks. The page has no script of its own, so every listener comes from the WebAssembly app.
 */
function hydrationProbe() {
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    if (this === window && type === 'popstate') setTimeout(() => (window.__e2eHydrated = true), 0);
    return (add as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof EventTarget.prototype.addEventListener;
}

/** Signed-in sessions of the demo accounts, made once per worker (password hashing is slow). */
type Sessions = { session: (iin: string) => Promise<Cookie[]> };

/** Checks the current page with axe-core: `await axe('home')`. */
type Axe = (label: string) => Promise<void>;

export const test = base.extend<{ js: boolean; axe: Axe }, Sessions>({
  js: async ({}, use, info) => use(isJs(info)),
  axe: async ({ page, browser }, use, info) => {
    // Without JavaScript, axe runs on a copy of the page in a second, script-enabled context.
    let helperContext: BrowserContext | null = null;
    let helper: Page | null = null;
    await use(async (label: string) => {
      if (!isJs(info) && !helper) {
        const { viewport, isMobile, hasTouch, deviceScaleFactor, locale } = info.project.use;
        helperContext = await browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor, locale, javaScriptEnabled: true });
        helper = await helperContext.newPage();
      }
      await expectNoSeriousA11yViolations(page, label, helper);
    });
    await (helperContext as BrowserContext | null)?.close();
  },
  page: async ({ page }, use, info) => {
    if (isJs(info)) await page.addInitScript(hydrationProbe);
    await use(page);
  },
  session: [
    async ({ playwright }, use, worker) => {
      const baseURL = worker.project.use.baseURL ?? 'http://127.0.0.1:3100';
      const made = new Map<string, Cookie[]>();
      await use(async (iin: string) => {
        const known = made.get(iin);
        if (known) return known;
        const api = await playwright.request.newContext({ baseURL });
        const form = await api.get('/login');
        const csrf = (await form.text()).match(/name="csrf" value="([^"]+)"/)?.[1] ?? '';
        const res = await api.post('/login', { form: { csrf, next: '', iin, password: DEMO_PASSWORD }, maxRedirects: 0 });
        if (res.status() !== 303) throw new Error(`demo sign-in of ${iin} answered ${res.status()}`);
        const cookies = (await api.storageState()).cookies.filter((c) => c.name.includes('otinish_session'));
        await api.dispose();
        made.set(iin, cookies);
        return cookies;
      });
    },
    { scope: 'worker' },
  ],
});

/** Signs the page's browser context in as a demo account without the sign-in page. */
export async function useDemoSession(page: Page, session: Sessions['session'], iin: string) {
  await page.context().addCookies(await session(iin));
}

/** In the projects with JavaScript, waits until the current document is hydrated. */
export async function settled(page: Page, js: boolean) {
  if (js) await page.waitForFunction(() => window.__e2eHydrated === true, undefined, { timeout: 15_000 });
}

/** The language the page is shown in. */
export async function pageLang(page: Page): Promise<Lang> {
  return (await page.locator('html').getAttribute('lang')) as Lang;
}

/** Chooses a language with the header's language switcher (plain links that set a cookie). */
export async function chooseLanguage(page: Page, lang: Lang, js: boolean) {
  const current = await pageLang(page);
  if (current === lang) return;
  const switcher = page.getByRole('navigation', { name: ui('Language', current) });
  await switcher.getByRole('link', { name: NATIVE_NAME[lang], exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('navigation', { name: ui('Language', lang) })).toBeVisible();
  await settled(page, js);
}

/** Sets the language cookie directly, for tests that are not about the switcher. */
export async function useLanguageCookie(page: Page, lang: Lang) {
  const url = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:3100');
  await page.context().addCookies([{ name: 'otinish_lang', value: lang, domain: url.hostname, path: '/' }]);
}

/** Opens a path and waits for hydration. */
export async function open(page: Page, path: string, js: boolean) {
  const res = await page.goto(path);
  await settled(page, js);
  return res;
}

/** The page's `<main>`. */
export const main = (page: Page) => page.getByRole('main');

/** Signs in on the sign-in page with an IIN and password and lands in the cabinet (or `next`). */
export async function signIn(page: Page, lang: Lang, js: boolean, iin: string, password = DEMO_PASSWORD) {
  if (!new URL(page.url()).pathname.startsWith('/login')) await open(page, '/login', js);
  await expect(main(page).getByRole('heading', { level: 1, name: ui('LoginTitle', lang) })).toBeVisible();
  await page.getByLabel(ui('IinLabel', lang)).fill(iin);
  await page.getByLabel(ui('PasswordLabel', lang), { exact: true }).fill(password);
  await main(page).getByRole('button', { name: ui('LoginButton', lang), exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await settled(page, js);
}

/**
 * Creates an account on the registration page. Run again against the same server, the person
 * already has an account: the page then says so and the helper signs in instead, so the suite can
 * be repeated without restarting the server.
 */
export async function register(page: Page, lang: Lang, js: boolean, iin: string, password = NEW_PASSWORD) {
  await expect(main(page).getByRole('heading', { level: 1, name: ui('RegisterTitle', lang) })).toBeVisible();
  await page.getByLabel(ui('IinLabel', lang)).fill(iin);
  await page.getByLabel(ui('CreatePassword', lang), { exact: true }).fill(password);
  await page.getByLabel(ui('ConfirmPassword', lang), { exact: true }).fill(password);
  await main(page).getByRole('button', { name: ui('RegisterButton', lang), exact: true }).click();
  const cabinet = main(page).getByRole('heading', { level: 1, name: ui('CabinetTitle', lang) });
  const exists = main(page).getByRole('link', { name: errorText('AccountExists', lang) });
  await expect(cabinet.or(exists)).toBeVisible();
  if (await exists.isVisible()) {
    await open(page, '/login', js);
    await signIn(page, lang, js, iin, password);
    return 'existing' as const;
  }
  await settled(page, js);
  return 'new' as const;
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

/** A small, valid one-page PDF with a correct cross-reference table. */
export function makePdf(text = 'Otinish e2e'): Buffer {
  const content = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Plain text dressed up with a `.pdf` name. */
export const fakePdf = () => Buffer.from('This is a plain text file, not a PDF at all.\n'.repeat(20), 'utf8');

// ---------------------------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------------------------

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core with the WCAG A/AA tags in a page where scripts run. */
async function axeResults(page: Page) {
  // Legacy mode runs axe in the page itself instead of finishing in a second blank page: the same
  // rules, several times faster here (there are no cross-origin frames to combine).
  return new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
}

/**
 * A page with scripts enabled showing a copy of a script-less page's document, for axe-core (which
 * cannot run where scripts are disabled, and must not hydrate the page it checks). The copy has the
 * same address, viewport and stylesheet; scripts and WebAssembly are not loaded into it.
 */
async function copyForAxe(source: Page, helper: Page) {
  const html = await source.content();
  const url = source.url();
  await helper.unroute('**/*');
  await helper.route('**/*', (route) => {
    const req = route.request();
    if (req.isNavigationRequest() && req.url() === url) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    if (['script', 'fetch', 'xhr'].includes(req.resourceType()) || req.url().endsWith('.wasm')) return route.abort();
    return route.continue();
  });
  await helper.goto(url);
}

/** Fails on any serious or critical axe-core violation, printing every violation found. */
export async function expectNoSeriousA11yViolations(page: Page, label: string, helper: Page | null = null) {
  let target = page;
  if (helper) {
    await copyForAxe(page, helper);
    target = helper;
  }
  const results = await axeResults(target);
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = results.violations
    .map((v) =>
      [
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
      ].join('\n'),
    )
    .join('\n');
  expect(serious, `axe-core on ${label} (${page.url()}):\n${report}`).toEqual([]);
  if (results.violations.length > 0) {
    // Moderate and minor findings do not fail the run; they are kept with the test's results.
    test.info().annotations.push({ type: `axe: ${label}`, description: report });
    if (process.env.AXE_VERBOSE) console.log(`axe-core on ${label}:\n${report}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Error summary
// ---------------------------------------------------------------------------------------------

/** The error summary, found by its heading. */
export function errorSummary(page: Page, lang: Lang): Locator {
  return page.getByRole('heading', { level: 2, name: ui('ErrorSummaryTitle', lang) }).locator('xpath=..');
}

/** One expected error: its message beside the field, and in the summary when that reads differently. */
export interface ExpectedError {
  message: string;
  /** The summary's line, when it is not the message itself (documents name their slot). */
  summary?: string;
  /** The input the summary links to. */
  field: Locator;
  /** What the message describes, when not the input itself (the group of a date or of radios). */
  described?: Locator;
}

/**
 * Checks the GOV.UK error pattern: the summary at the top, focused, a link per error to the field's
 * input, the `Error:` prefix in the title, and the message beside the field as its description.
 */
export async function expectErrors(page: Page, lang: Lang, errors: ExpectedError[]) {
  const summary = errorSummary(page, lang);
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^${escapeRe(ui('ErrorPrefix', lang))}: `));
  await expect(summary.getByRole('link')).toHaveText(errors.map((e) => e.summary ?? e.message));
  for (const e of errors) {
    const link = summary.getByRole('link', { name: e.summary ?? e.message, exact: true });
    const id = await e.field.getAttribute('id');
    await expect(link).toHaveAttribute('href', `#${id}`);
    // The inline message is rendered with the summary, so no long wait is needed for it. Soft, so a
    // missing association is reported without hiding what the rest of the test checks.
    await expect.soft(e.described ?? e.field, `the message "${e.message}" describes its field`).toHaveAccessibleDescription(
      new RegExp(`${escapeRe(ui('ErrorPrefix', lang))}: ${escapeRe(e.message)}`),
      { timeout: 3_000 },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The archival certificate journey
// ---------------------------------------------------------------------------------------------

export const ARCHIVAL_SLUG = 'archival-certificate';
export const ARCHIVAL_NAME = 'Issuing archival certificates';

/** The answers a journey gives, in the language's own words where people type text. */
export function journeyAnswers(lang: Lang) {
  const words = {
    kk: {
      subjectName: 'Жұмабаев Болат Серікұлы',
      subjectAddress: '120014, Қызылорда қ., Абай даңғылы, 7',
      information: '1985–1992 жылдары Қызылорда күріш совхозында жұмыс істегені және жалақысы туралы',
      changed: 'Қызылорда күріш совхозындағы еңбек өтілі мен жалақы туралы',
      purpose: 'Зейнетақы тағайындау үшін Мемлекеттік корпорацияға',
    },
    ru: {
      subjectName: 'Жумабаев Болат Серикович',
      subjectAddress: '120014, г. Кызылорда, пр. Абая, 7',
      information: 'О работе в Кызылординском рисовом совхозе в 1985–1992 годах и о заработной плате',
      changed: 'О стаже и заработной плате в Кызылординском рисовом совхозе',
      purpose: 'В Госкорпорацию для назначения пенсии',
    },
    en: {
      subjectName: 'Zhumabayev Bolat Serikovich',
      subjectAddress: '120014, Kyzylorda, 7 Abai Avenue',
      information: 'His work and salary at the Kyzylorda rice state farm, 1985 to 1992',
      changed: 'Length of service and salary at the Kyzylorda rice state farm',
      purpose: 'To the State Corporation, to get a pension',
    },
  }[lang];
  return {
    ...words,
    archive: archival('State Archive of Kyzylorda Oblast', lang),
    phone: '8 701 234 56 78',
    phoneShown: '+7 701 234 56 78',
    subject: archival('About another person', lang),
    birth: { day: 27, month: 3, year: 1956 },
    kind: archival('Social and legal', lang),
    period: { from: '1985', to: '1992' },
  };
}

/** Something to do on every page the journey passes. */
export type OnPage = (name: string) => Promise<void>;

/** Clicks Continue and waits for the next page's level-1 heading. */
export async function continueTo(page: Page, lang: Lang, js: boolean, nextHeading: string) {
  await main(page).getByRole('button', { name: ui('Continue', lang), exact: true }).click();
  await expect(main(page).getByRole('heading', { level: 1, name: nextHeading, exact: true })).toBeVisible();
  await settled(page, js);
}

/** A question page's heading (its only question's label, or its title). */
export const headingOf = (page: Page, text: string) => main(page).getByRole('heading', { level: 1, name: text, exact: true });

/** From the passport (signed in) through every question page to the documents page. */
export async function answerQuestions(page: Page, lang: Lang, js: boolean, person: Person | null, onPage: OnPage = async () => {}) {
  const a = journeyAnswers(lang);
  const t = (en: string) => archival(en, lang);

  await main(page).getByRole('button', { name: ui('StartNow', lang), exact: true }).click();
  await expect(headingOf(page, t('Which archive are you applying to?'))).toBeVisible();
  await settled(page, js);
  await onPage('archive');
  await page.getByRole('radio', { name: a.archive, exact: true }).check();
  await continueTo(page, lang, js, t('Your details'));

  await onPage('applicant');
  if (person) {
    await expect(main(page).getByText(fullName(person), { exact: true })).toBeVisible();
    await expect(main(page).getByText(person.iin, { exact: true })).toBeVisible();
  }
  await page.getByLabel(t('Contact phone number'), { exact: true }).fill(a.phone);
  await continueTo(page, lang, js, t('Who is the information about?'));

  await onPage('subject');
  await page.getByRole('radio', { name: a.subject, exact: true }).check();
  await continueTo(page, lang, js, t('The person the information is about'));

  await onPage('subject-person');
  await page.getByLabel(t('Full name'), { exact: true }).fill(a.subjectName);
  const birth = page.getByRole('group', { name: t('Date of birth') });
  await birth.getByLabel(ui('Day', lang), { exact: true }).fill(String(a.birth.day));
  await birth.getByLabel(ui('Month', lang), { exact: true }).fill(String(a.birth.month));
  await birth.getByLabel(ui('Year', lang), { exact: true }).fill(String(a.birth.year));
  await page.getByLabel(t('Postal address'), { exact: true }).fill(a.subjectAddress);
  await continueTo(page, lang, js, t('Has the surname, first name or patronymic changed?'));

  await onPage('name-changes');
  await continueTo(page, lang, js, t('What kind of certificate do you need?'));

  await onPage('kind');
  await page.getByRole('radio', { name: a.kind, exact: true }).check();
  await continueTo(page, lang, js, t('What information do you need?'));

  await onPage('information');
  await page.getByLabel(t('What information do you need?'), { exact: true }).fill(a.information);
  await continueTo(page, lang, js, t('Where and why will you use the certificate?'));

  await onPage('purpose');
  await page.getByLabel(t('Where and why will you use the certificate?'), { exact: true }).fill(a.purpose);
  await continueTo(page, lang, js, t('Which years should the archive search?'));

  await onPage('period');
  const period = page.getByRole('group', { name: t('Which years should the archive search?') });
  await period.getByLabel(ui('PeriodFrom', lang), { exact: true }).fill(a.period.from);
  await period.getByLabel(ui('PeriodTo', lang), { exact: true }).fill(a.period.to);
  await continueTo(page, lang, js, ui('DocumentsTitle', lang));
}

/** The name of the document slot the "another person" answer makes required. */
export const authoritySlot = (lang: Lang) =>
  archival('Notarised power of attorney, or a document showing your right to the information', lang);
export const supportingSlot = (lang: Lang) => archival('Supporting documents (optional)', lang);

/** The checklist on the documents page. */
export const checklist = (page: Page, lang: Lang) => page.getByRole('region', { name: ui('ChecklistTitle', lang) });

/** The checklist entry of a slot. */
export const checklistItem = (page: Page, lang: Lang, slot: string) =>
  checklist(page, lang).getByRole('listitem').filter({ has: page.getByRole('link', { name: slot, exact: true }) });

/** Chooses a file for a slot and uploads it with the slot's own button. */
export async function chooseFile(page: Page, lang: Lang, slot: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel(ui('UploadTo', lang, { slot }), { exact: true }).setInputFiles(file);
}

export async function uploadChosen(page: Page, lang: Lang, js: boolean, slot: string) {
  await page
    .getByRole('region', { name: slot, exact: true })
    .getByRole('button', { name: ui('UploadFile', lang), exact: true })
    .click();
  await expect(headingOf(page, ui('DocumentsTitle', lang))).toBeVisible();
  await settled(page, js);
}

/** The value cell of a summary-list row, found by the row's key. */
export function summaryValue(scope: Locator, key: string): Locator {
  return scope.getByRole('term').filter({ hasText: exactly(key) }).locator('xpath=following-sibling::dd[1]');
}

/**
 * Starts an archival certificate application "about another person" and answers every question
 * page with plain form posts (the way a browser without JavaScript sends them), then opens the
 * documents page. For tests about the documents page, not the questions.
 */
export async function draftAtDocuments(page: Page, lang: Lang, js: boolean): Promise<string> {
  await open(page, `/services/${ARCHIVAL_SLUG}`, js);
  const start = main(page).getByRole('button', { name: ui('StartNow', lang), exact: true });
  await expect(start).toBeVisible();
  const csrf = (await page.locator('form[action$="/start"] input[name="csrf"]').getAttribute('value')) ?? '';
  const started = await page.request.post(`/services/${ARCHIVAL_SLUG}/start`, { form: { csrf }, maxRedirects: 0 });
  expect(started.status()).toBe(303);
  const draft = (started.headers()['location'] ?? '').split('/')[2];
  const a = journeyAnswers(lang);
  const pages: [string, Record<string, string>][] = [
    ['archive', { archive: 'oblast-state-archive' }],
    ['applicant', { phone: a.phone, email: '' }],
    ['subject', { subject: 'other' }],
    [
      'subject-person',
      {
        subject_name: a.subjectName,
        'subject_birth_date-day': String(a.birth.day),
        'subject_birth_date-month': String(a.birth.month),
        'subject_birth_date-year': String(a.birth.year),
        subject_address: a.subjectAddress,
      },
    ],
    ['name-changes', { name_changes: '' }],
    ['kind', { certificate_kind: 'social-legal' }],
    ['information', { information: a.information }],
    ['purpose', { purpose: a.purpose }],
    ['period', { 'period-from': a.period.from, 'period-to': a.period.to }],
  ];
  for (const [id, answers] of pages) {
    const res = await page.request.post(`/apply/${draft}/${id}`, { form: { csrf, ...answers }, maxRedirects: 0 });
    expect(res.status(), `answers of page ${id}`).toBe(303);
  }
  await open(page, `/apply/${draft}/documents`, js);
  await expect(headingOf(page, ui('DocumentsTitle', lang))).toBeVisible();
  return draft;
}

/** A demo account's (`iin`) archival application, answered and with its document, on check answers;
 * returns the draft's id. */
export async function archivalAtCheckAnswers(page: Page, lang: Lang, js: boolean, session: Sessions['session'], iin: string): Promise<string> {
  await useLanguageCookie(page, lang);
  await useDemoSession(page, session, iin);
  const draft = await draftAtDocuments(page, lang, js);
  const slot = authoritySlot(lang);
  await chooseFile(page, lang, slot, { name: 'authority.pdf', mimeType: 'application/pdf', buffer: makePdf() });
  await uploadChosen(page, lang, js, slot);
  await continueTo(page, lang, js, ui('CheckTitle', lang));
  await expect(page).toHaveURL(new RegExp(`/apply/${draft}/check$`));
  return draft;
}

/** The main navigation of the header. */
export const mainNav = (page: Page, lang: Lang) => page.getByRole('navigation', { name: ui('MainNavigation', lang) });

/**
 * Walks a new user through every page of the archival certificate journey, with a stop on a few
 * pages that show errors, calling `onPage` on each: for checks that apply to every page (axe-core,
 * console errors). The journey test itself asserts what each page says.
 */
export async function walkJourney(page: Page, lang: Lang, js: boolean, person: Person, onPage: OnPage, opts = { notFound: true }) {
  const serviceName = archival(ARCHIVAL_NAME, lang);
  const h1 = (name: string) => main(page).getByRole('heading', { level: 1, name, exact: true });

  await open(page, '/', js);
  await chooseLanguage(page, lang, js);
  await expect(h1(ui('HomeTitle', lang))).toBeVisible();
  await onPage('home');

  await mainNav(page, lang).getByRole('link', { name: ui('NavServices', lang), exact: true }).click();
  await expect(h1(ui('CatalogueTitle', lang))).toBeVisible();
  await onPage('catalogue');
  await main(page).getByRole('link', { name: serviceName, exact: true }).click();
  await expect(h1(serviceName)).toBeVisible();
  await onPage('passport, signed out');

  await mainNav(page, lang).getByRole('link', { name: ui('SignIn', lang), exact: true }).click();
  await expect(h1(ui('LoginTitle', lang))).toBeVisible();
  await settled(page, js);
  await onPage('sign-in');
  await main(page).getByRole('button', { name: ui('LoginButton', lang), exact: true }).click();
  await expect(errorSummary(page, lang)).toBeVisible();
  await settled(page, js);
  await onPage('sign-in with errors');

  await main(page).getByRole('link', { name: ui('CreateAccount', lang), exact: true }).click();
  await expect(h1(ui('RegisterTitle', lang))).toBeVisible();
  await settled(page, js);
  await onPage('registration');
  // Run again against the same server the account exists: the refused registration (422) is then
  // followed by a sign-in, and the page is named so.
  const outcome = await register(page, lang, js, person.iin);
  await onPage(outcome === 'new' ? 'cabinet, new account' : 'cabinet, existing account');

  await mainNav(page, lang).getByRole('link', { name: ui('NavServices', lang), exact: true }).click();
  await main(page).getByRole('link', { name: serviceName, exact: true }).click();
  await expect(h1(serviceName)).toBeVisible();
  await settled(page, js);
  await onPage('passport, signed in');

  await answerQuestions(page, lang, js, person, async (name) => {
    await onPage(`question page ${name}`);
    if (name === 'subject-person') {
      await main(page).getByRole('button', { name: ui('Continue', lang), exact: true }).click();
      await expect(errorSummary(page, lang)).toBeVisible();
      await settled(page, js);
      await onPage(`question page ${name} with errors`);
    }
  });

  await onPage('documents');
  const slot = authoritySlot(lang);
  await chooseFile(page, lang, slot, { name: 'authority.pdf', mimeType: 'application/pdf', buffer: makePdf() });
  await uploadChosen(page, lang, js, slot);
  await expect(checklistItem(page, lang, slot)).toContainText(ui('Attached', lang));
  await onPage('documents with a file');
  await continueTo(page, lang, js, ui('CheckTitle', lang));
  await onPage('check answers');
  await main(page).getByRole('button', { name: sendButtonName(lang, js), exact: true }).click();
  await expect(errorSummary(page, lang)).toBeVisible();
  await settled(page, js);
  await onPage('check answers with errors');
  await main(page).getByRole('checkbox', { name: ui('DeclarationCheckbox', lang), exact: true }).check();
  await signAndSend(page, lang, js, onPage);
  await expect(h1(ui('ConfirmationTitle', lang))).toBeVisible();
  await settled(page, js);
  await onPage('confirmation');
  const reference = (await main(page).getByText(REFERENCE).innerText()).trim();

  await mainNav(page, lang).getByRole('link', { name: ui('NavCabinet', lang), exact: true }).click();
  await expect(h1(ui('CabinetTitle', lang))).toBeVisible();
  await settled(page, js);
  await onPage('cabinet with an application');
  await main(page).getByRole('row').filter({ hasText: reference }).getByRole('link', { name: serviceName, exact: true }).click();
  await expect(h1(reference)).toBeVisible();
  await settled(page, js);
  await onPage('application');

  if (opts.notFound) {
    const res = await open(page, '/services/no-such-service', js);
    expect(res?.status()).toBe(404);
    await expect(h1(ui('NotFoundTitle', lang))).toBeVisible();
    await onPage('not found');
  }
}

// ---------------------------------------------------------------------------------------------
// ESP: the texts of the sign-in panel (`shared/src/esp/text.rs`) and registry people by IIN
// ---------------------------------------------------------------------------------------------

const ESP_UI = keyedTable('esp/text.rs', 'EspUi');
const NCALAYER_PROBLEMS = keyedTable('esp/text.rs', 'NcaLayerProblem');
const ESP_REFUSALS = keyedTable('esp/text.rs', 'EspRefusal');

/** A text of the ESP sign-in panel (`EspUi`). */
export const espUi = (key: string, lang: Lang, args?: Record<string, string | number>) => lookup(ESP_UI, 'EspUi', key, lang, args);
/** Why the browser got no signature from NCALayer (`NcaLayerProblem`). */
export const ncaProblem = (key: string, lang: Lang) => lookup(NCALAYER_PROBLEMS, 'NcaLayerProblem', key, lang);
/** Why the server refused an ESP signature (`EspRefusal`), without the date sentence. */
export const espRefusal = (key: string, lang: Lang) => lookup(ESP_REFUSALS, 'EspRefusal', key, lang);

/** A person of the demo registry (`server/demo/individuals.json`), by their position (1-based) in it. */
export function registryPersonAt(position: number): Person {
  const file = path.resolve(__dirname, '..', '..', 'server', 'demo', 'individuals.json');
  const all: Person[] = JSON.parse(fs.readFileSync(file, 'utf8'));
  const person = all[position - 1];
  if (!person) throw new Error(`the demo registry has no person ${position}`);
  return person;
}

/** The check-answers button that signs and sends: "Sign and send" once hydrated (NCALayer signs), else
 * "Sign with eGov mobile" (a QR code the eGov mobile app signs). */
export const sendButtonName = (lang: Lang, js: boolean) => (js ? espUi('SignAndSend', lang) : espUi('SignWithEgov', lang));

/** The NCALayer emulator's HTTP base (`NCALAYER_EMULATOR`, e.g. `http://127.0.0.1:13627`): it steers
 * NCALayer's "person at the keyboard" and plays the eGov mobile app. */
export function emulatorBase(): string {
  const base = process.env.NCALAYER_EMULATOR?.trim();
  if (!base) {
    throw new Error(
      'NCALAYER_EMULATOR is not set. Signing needs the NCALayer emulator of the demo server: start ' +
        'target/debug/otinish --demo with OTINISH_NCALAYER_EMULATOR=127.0.0.1:<port> and run the tests with ' +
        'NCALAYER_EMULATOR=http://127.0.0.1:<port> (scripts/test.sh does both).',
    );
  }
  return base.replace(/\/+$/, '');
}

/** What the person does in the eGov mobile app (the emulator's `Selection`). */
export interface MobileChoice {
  iin?: string;
  purpose?: 'auth' | 'sign';
  profile?: 'valid' | 'revoked' | 'revoked_delta' | 'expired' | 'not_yet_valid' | 'unknown_ca' | 'self_signed';
  action?: 'sign' | 'decline';
}

/** Scans the code on the eGov mobile signing page with the eGov mobile stand-in, which signs and sends
 * the signature to the portal; returns the portal's answer to the app (`{status, message}`). */
export async function scanWithEgovMobile(page: Page, lang: Lang, choice: MobileChoice = {}): Promise<{ status: number; message: string }> {
  const link = await main(page).getByRole('link', { name: espUi('EgovOpenMobile', lang), exact: true }).getAttribute('href');
  expect(link, 'the deep link into eGov mobile').toBeTruthy();
  const res = await page.request.post(`${emulatorBase()}/control/egov`, { data: { link, lang, ...choice } });
  expect(res.status(), `POST ${emulatorBase()}/control/egov`).toBe(200);
  return res.json();
}

/** Signs and sends from check answers (declaration ticked): hydrated, NCALayer (the emulator) signs;
 * without JavaScript, the eGov mobile stand-in signs by QR code and Continue sends. `onPage` is called on
 * the signing page. */
export async function signAndSend(page: Page, lang: Lang, js: boolean, onPage?: (name: string) => Promise<void>) {
  await main(page).getByRole('button', { name: sendButtonName(lang, js), exact: true }).click();
  if (js) return;
  await expect(main(page).getByRole('heading', { level: 1, name: espUi('EgovTitle', lang), exact: true })).toBeVisible();
  if (onPage) await onPage('eGov mobile signing');
  expect((await scanWithEgovMobile(page, lang)).status, 'the portal accepts the signature').toBe(200);
  await main(page).getByRole('button', { name: espUi('EgovContinue', lang), exact: true }).click();
}
