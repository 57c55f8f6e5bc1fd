/**
 * Every service of the catalogue can be applied for end to end, from its passport to the
 * confirmation and the cabinet, with the sample application of its newest version
 * (`shared/tests/vectors/samples/<slug>-v<version>.json`: input name → the value a person types,
 * `<page>-count` for repeated pages, `_documents` for the slots to attach, `_prefill` for what the
 * registry holds of the applicant).
 *
 * The journey knows no service: it answers whatever each page shows from the sample by input name,
 * follows the server to the next page, attaches a PDF to every slot the sample names, and checks
 * that the check-answers page shows every answer given. Each service runs once hydrated
 * (`desktop-js`, `@svc-js`: axe-core on every page and no console errors) and once without
 * JavaScript (`mobile-nojs`, `@svc-nojs`); `playwright.config.ts` routes the tags. Half the services
 * run in Kazakh and the rest in Russian or English, and each service gets the other kind of
 * language in its second run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConsoleMessage, Locator, Page } from '@playwright/test';
import {
  DEMO_IINS,
  REFERENCE,
  datePattern,
  escapeRe,
  espUi,
  expect,
  main,
  makePdf,
  scanWithEgovMobile,
  sendButtonName,
  monthNumber,
  open,
  parseWrittenDate,
  serviceSources,
  settled,
  test,
  ui,
  useDemoSession,
  useLanguageCookie,
  writtenDate,
  type Lang,
  type ServiceSource,
} from './support';

/** The demo account the samples were written for. */
const APPLICANT = DEMO_IINS[0];
const INDEX: Record<Lang, number> = { kk: 0, ru: 1, en: 2 };
const SAMPLES = path.resolve(__dirname, '..', '..', 'shared', 'tests', 'vectors', 'samples');

type Sample = Record<string, unknown> & {
  _documents: string[];
  _prefill: Record<string, string>;
  _today: string;
};

function readSample(s: ServiceSource): Sample {
  const file = path.join(SAMPLES, `${s.slug}-v${s.version}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Sample;
}

/** The answers of a sample: every input it gives a value to (no metadata, no item counts). */
function answersOf(sample: Sample): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(sample)) {
    if (k.startsWith('_') || /-count$/.test(k) || typeof v !== 'string' || v === '') continue;
    out.set(k, v);
  }
  return out;
}

const sources = serviceSources();
const newest = [...new Set(sources.map((s) => s.slug))].map(
  (slug) => sources.filter((s) => s.slug === slug).sort((a, b) => b.version - a.version)[0],
);
const older = sources.filter((s) => !newest.includes(s));

/** kk for every other service, Russian and English in turn for the rest; shifted by one between runs. */
function langFor(index: number, shift: number): Lang {
  const i = index + shift;
  return i % 2 === 0 ? 'kk' : (['ru', 'en'] as const)[Math.floor(i / 2) % 2];
}

const RUNS = [
  { tag: '@svc-js', shift: 0 },
  { tag: '@svc-nojs', shift: 1 },
];

// ---------------------------------------------------------------------------------------------
// What a question page shows, and answering it
// ---------------------------------------------------------------------------------------------

/** One input of the form as the page shows it. */
interface Shown {
  name: string;
  kind: 'radio' | 'select' | 'checkbox' | 'textarea' | 'text' | 'tel' | 'money' | 'box';
  visible: boolean;
}

async function shownInputs(form: Locator): Promise<Shown[]> {
  return form.evaluate((f) => {
    const seen = new Map<string, { name: string; kind: string; visible: boolean }>();
    for (const el of Array.from(f.querySelectorAll<HTMLInputElement>('input[name], select[name], textarea[name]'))) {
      if (el.type === 'hidden' || el.type === 'submit' || el.name === 'csrf') continue;
      const tag = el.tagName.toLowerCase();
      const kind =
        tag === 'select' ? 'select'
        : tag === 'textarea' ? 'textarea'
        : el.type === 'radio' ? 'radio'
        : el.type === 'checkbox' ? 'checkbox'
        : el.closest('.date-input') ? 'box'
        : el.type === 'tel' ? 'tel'
        : el.closest('.input-wrapper')?.querySelector('.input-suffix') ? 'money'
        : 'text';
      const visible = el.checkVisibility();
      const known = seen.get(el.name);
      if (known) known.visible ||= visible;
      else seen.set(el.name, { name: el.name, kind, visible });
    }
    return Array.from(seen.values());
  }) as Promise<Shown[]>;
}

/**
 * Chooses an option of a select by value. A district list shown before its region is chosen
 * groups every unit under its region, and unit codes repeat across regions (`aksu`): then the
 * option under the region chosen on the same page is taken.
 */
async function selectValue(form: Locator, name: string, value: string) {
  const select = form.locator(`select[name="${name}"]`);
  const index = await select.evaluate((el: HTMLSelectElement, value) => {
    const matches = Array.from(el.options).filter((o) => o.value === value);
    if (matches.length <= 1) return -1;
    const form = el.form!;
    const regions = Array.from(form.querySelectorAll<HTMLSelectElement>('select'))
      .filter((s) => s !== el && s.selectedIndex > 0)
      .map((s) => s.selectedOptions[0].textContent?.trim());
    const inRegion = matches.find((o) => o.parentElement instanceof HTMLOptGroupElement && regions.includes(o.parentElement.label.trim()));
    return (inRegion ?? matches[0]).index;
  }, value);
  if (index >= 0) await select.selectOption({ index });
  else await select.selectOption(value);
}

/** What the check-answers page should say for an answer: the value of one row of its page. */
type Expectation = { input: string; text: string };

/** What answering one question page gave. */
interface Answered {
  page: string;
  filled: string[];
  expected: Expectation[];
  /** Fields shown on the page and left empty: the most rows of the page that may say "Not provided". */
  empty: number;
}

/** Fills every input the page shows that the sample answers, the controlling answers first. */
async function answerPage(page: Page, pageId: string, answers: Map<string, string>, lang: Lang): Promise<Answered> {
  const form = main(page).locator(`form[action$="/${pageId}"]`);
  const done = new Set<string>();
  const order: Record<Shown['kind'], number> = { radio: 0, select: 0, checkbox: 0, textarea: 1, text: 1, tel: 1, money: 1, box: 1 };
  for (let pass = 0; pass < 6; pass++) {
    const todo = (await shownInputs(form))
      .filter((i) => i.visible && !done.has(i.name) && answers.has(i.name))
      .sort((a, b) => order[a.kind] - order[b.kind]);
    if (todo.length === 0) break;
    for (const input of todo) {
      const value = answers.get(input.name)!;
      if (input.kind === 'radio') {
        const radio = form.locator(`input[type=radio][name="${input.name}"][value="${value}"]`);
        await expect(radio, `option "${value}" of ${input.name} on page ${pageId}`).toHaveCount(1);
        await radio.check();
      } else if (input.kind === 'select') {
        await selectValue(form, input.name, value);
      } else if (input.kind === 'checkbox') {
        expect(value, `consent ${input.name}`).toBe('yes');
        await form.locator(`input[type=checkbox][name="${input.name}"]`).check();
      } else {
        await form.locator(`[name="${input.name}"]`).fill(value);
      }
      done.add(input.name);
    }
    // Only the controlling answers (radios, selects, boxes) reveal questions; text is filled last.
  }

  const shown = await shownInputs(form);
  const hidden = shown.filter((i) => !i.visible && answers.has(i.name) && !done.has(i.name)).map((i) => i.name);
  expect(hidden, `inputs of page ${pageId} the sample answers but the page keeps hidden`).toEqual([]);

  // What each answer should read like on the check-answers page.
  const expected: Expectation[] = [];
  const kinds = new Map(shown.map((i) => [i.name, i.kind]));
  for (const name of done) {
    const value = answers.get(name)!;
    const kind = kinds.get(name);
    if (kind === 'radio') {
      const text = await form.locator(`label[for="${await form.locator(`input[type=radio][name="${name}"][value="${value}"]`).getAttribute('id')}"]`).innerText();
      expected.push({ input: name, text });
    } else if (kind === 'select') {
      const text = await form.locator(`select[name="${name}"]`).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
      expected.push({ input: name, text });
    } else if (kind === 'checkbox') {
      expected.push({ input: name, text: ui('Yes', lang) });
    } else if (kind === 'tel') {
      // Written back in the international form: 8 701 234 56 78 → +7 701 234 56 78.
      const d = value.replace(/\D/g, '').slice(-10);
      expected.push({ input: name, text: `+7 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}` });
    } else if (kind === 'money') {
      expected.push({ input: name, text: `${value} ₸` });
    } else if (kind === 'box') {
      const base = name.replace(/-(day|month|year|from|to)$/, '');
      if (name.endsWith('-day')) {
        const month = monthNumber(answers.get(`${base}-month`) ?? '');
        const day = Number(value);
        const year = Number(answers.get(`${base}-year`));
        expect(month, `the month typed in ${base}-month`).not.toBeNull();
        expected.push({ input: base, text: writtenDate({ day, month: month!, year }, lang) });
      } else if (name.endsWith('-from')) {
        expected.push({ input: base, text: `${value} – ${answers.get(`${base}-to`) ?? ''}` });
      }
    } else {
      expected.push({ input: name, text: value });
    }
  }

  // Fields shown and left empty (optional ones the sample leaves out).
  const empty = await form.evaluate((f, filled) => {
    const wrappers = Array.from(f.querySelectorAll<HTMLElement>('.field-wrapper')).filter((w) => w.checkVisibility());
    return wrappers.filter((w) => !Array.from(w.querySelectorAll<HTMLInputElement>('[name]')).some((i) => filled.includes(i.name))).length;
  }, [...done]);

  return { page: pageId, filled: [...done], expected, empty };
}

/** Presses a form's button and waits for the next page, or fails with the error summary shown instead. */
async function submitTo(page: Page, button: Locator, js: boolean, next: RegExp) {
  const from = new URL(page.url()).pathname;
  await button.click();
  const summary = page.locator('.error-summary');
  await expect
    .poll(
      async () => {
        const now = new URL(page.url()).pathname;
        if (now !== from && next.test(now)) return 'moved';
        if (await summary.isVisible().catch(() => false)) return `errors: ${(await summary.innerText().catch(() => '')).replace(/\s+/g, ' ')}`;
        return 'waiting';
      },
      { message: `the page after ${from}`, timeout: 15_000, intervals: [50, 100, 250] },
    )
    .toBe('moved');
  await page.waitForLoadState();
  await settled(page, js);
}

// ---------------------------------------------------------------------------------------------
// Comparing what the portal shows
// ---------------------------------------------------------------------------------------------

/** Without spaces and case: how typed spaces are normalised (an IIN, an IBAN, a sum) does not matter. */
const squeeze = (s: string) => s.toLowerCase().replace(/[\s\u00a0\u202f]+/g, '');

/** The registry values of the sample as the portal writes them. */
function prefillShown(sample: Sample, lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  for (const [attr, value] of Object.entries(sample._prefill ?? {})) {
    if (attr === 'birth_date') {
      const [year, month, day] = value.split('-').map(Number);
      out.set(attr, writtenDate({ day, month, year }, lang));
    } else out.set(attr, value);
  }
  return out;
}

/**
 * A registry value the portal shows must be one the sample gives for the applicant. The identity
 * document is written differently in some samples than the registry writes it; that difference is
 * noted on the test, not failed, as it lies in the test vectors, not in the portal.
 */
function expectRegistryValue(value: string, sample: Sample, lang: Lang, where: string) {
  const known = prefillShown(sample, lang);
  if ([...known.values()].includes(value.trim())) return;
  const doc = known.get('identity_document');
  const number = doc?.match(/№\s*(\d+)/)?.[1];
  if (doc && number && value.includes(number)) {
    test.info().annotations.push({
      type: 'sample differs from the registry',
      description: `${where}: the registry's identity document reads "${value.trim()}", the sample's _prefill "${doc}"`,
    });
    return;
  }
  expect(value.trim(), `a registry value on ${where} is one of the sample's _prefill`).toBe([...known.values()].join(' | '));
}

interface Row {
  key: string;
  value: string;
  page: string | null;
}

async function summaryRows(page: Page): Promise<Row[]> {
  return main(page)
    .locator('dl.summary-list:not(#change-documents) > .summary-list__row')
    .evaluateAll((rows) =>
      rows.map((r) => {
        const href = r.querySelector<HTMLAnchorElement>('.summary-list__actions a')?.getAttribute('href') ?? null;
        return {
          key: r.querySelector('.summary-list__key')?.textContent?.trim() ?? '',
          value: (r.querySelector('.summary-list__value') as HTMLElement | null)?.innerText.trim() ?? '',
          page: href ? new URL(href, location.href).pathname.split('/').pop() ?? null : null,
        };
      }),
    );
}

// ---------------------------------------------------------------------------------------------
// The journeys
// ---------------------------------------------------------------------------------------------

for (const run of RUNS) {
  newest.forEach((service, index) => {
    const lang = langFor(index, run.shift);
    const name = service.name[INDEX[lang]];

    test(`${service.slug} v${service.version}: the sample application is sent (${lang}) ${run.tag}`, async ({ page, js, axe, session }) => {
      test.setTimeout(120_000);
      const sample = readSample(service);
      const answers = answersOf(sample);
      const problems: string[] = [];
      if (js) {
        page.on('console', (m: ConsoleMessage) => {
          if (m.type() === 'error') problems.push(`console.error on ${page.url()}: ${m.text()} (${m.location().url})`);
        });
        page.on('pageerror', (e) => problems.push(`uncaught on ${page.url()}: ${e.message}`));
      }
      // axe-core on every page: in the page itself when hydrated, on a copy of the server's HTML
      // (every question revealed in place showing) without JavaScript.
      const check = (label: string) => axe(`${service.slug} ${label}`);

      await useLanguageCookie(page, lang);
      await useDemoSession(page, session, APPLICANT);
      await open(page, `/services/${service.slug}`, js);
      await expect(main(page).getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
      await submitTo(page, main(page).getByRole('button', { name: ui('StartNow', lang), exact: true }), js, /^\/apply\/[^/]+\/[^/]+$/);

      // The question pages, as the server leads through them.
      const pages: Answered[] = [];
      for (;;) {
        const pageId = new URL(page.url()).pathname.split('/')[3];
        if (pageId === 'documents' || pageId === 'check') break;
        expect(pages.map((p) => p.page), 'no page is asked twice').not.toContain(pageId);
        expect(pages.length, 'the journey ends').toBeLessThan(40);
        const form = main(page).locator(`form[action$="/${pageId}"]`);
        await expect(form).toBeVisible();

        // A repeated page: as many items as the sample has, each "add another" a trip to the server.
        const count = form.locator('input[type=hidden][name$="-count"]');
        if ((await count.count()) > 0) {
          const repeatId = ((await count.getAttribute('name')) ?? '').replace(/-count$/, '');
          const wanted = Number(sample[`${repeatId}-count`] ?? 1);
          const items = form.locator('fieldset.repeat-item');
          for (let n = await items.count(); n < wanted; n++) {
            await form.locator(`#${repeatId}-add`).click();
            await expect(items).toHaveCount(n + 1);
            await settled(page, js);
          }
          await expect(items).toHaveCount(wanted);
        }
        await check(`question page ${pageId}`);

        for (const value of await main(page).locator('[id^="prefilled-"]').allInnerTexts()) {
          expectRegistryValue(value, sample, lang, `page ${pageId}`);
        }
        pages.push(await answerPage(page, pageId, answers, lang));
        await submitTo(page, form.locator('button.button:not([name="action"])').last(), js, /^\/apply\/[^/]+\/[^/]+$/);
      }

      // Every answer of the sample was asked for on some page.
      const asked = new Set(pages.flatMap((p) => p.filled));
      expect([...answers.keys()].filter((k) => !asked.has(k)), 'answers of the sample no page asked for').toEqual([]);

      // The documents: exactly the slots the sample names are required, and each gets a PDF.
      if (new URL(page.url()).pathname.endsWith('/documents')) {
        await check('documents');
        const required = await main(page)
          .locator('.checklist__item')
          .evaluateAll(
            (items, tag) =>
              items
                .filter((i) => i.querySelector('.checklist__kind')?.textContent?.trim() === `(${tag})`)
                .map((i) => (i.querySelector('a')?.getAttribute('href') ?? '').replace(/^#slot-/, '')),
            ui('Required', lang),
          );
        expect(required.sort(), 'the required documents').toEqual([...sample._documents].sort());
        for (const slot of sample._documents) {
          await page.locator(`#file-${slot}`).setInputFiles({ name: `${slot}.pdf`, mimeType: 'application/pdf', buffer: makePdf(slot) });
          await main(page).locator('form').filter({ has: page.locator(`#file-${slot}`) }).locator('button[type=submit]').click();
          await expect(page.locator(`#slot-${slot} .file-list`)).toBeVisible();
          await settled(page, js);
        }
        await expect(main(page).locator('.checklist__item .tag--red')).toHaveCount(0);
        if (sample._documents.length > 0) await check('documents with files');
        await submitTo(page, main(page).locator('form[action$="/documents"] button.button'), js, /\/check$/);
      }

      // Check your answers: every answer given reads on the row of its page.
      await expect(main(page).getByRole('heading', { level: 1, name: ui('CheckTitle', lang), exact: true })).toBeVisible();
      await check('check answers');
      const rows = await summaryRows(page);
      expect(rows.length, 'rows on check-answers').toBeGreaterThan(0);
      const notProvided = ui('NotProvided', lang);
      const visited = pages.map((p) => p.page);
      const stray = rows.filter((r) => r.page !== null && !visited.includes(r.page));
      expect(stray.map((r) => `${r.page}: ${r.key}`), 'rows of pages the journey did not pass').toEqual([]);
      // Each answer is the value of its own row of its page; the page's other rows say "Not provided"
      // and are no more than the fields left empty there.
      for (const p of pages) {
        const own = rows.filter((r) => r.page === p.page);
        const listing = own.map((r) => `  ${r.key}: ${r.value}`).join('\n');
        const unused = [...own];
        for (const e of p.expected) {
          const at = unused.findIndex((r) => squeeze(r.value) === squeeze(e.text));
          expect(at, `check-answers shows "${e.text}" (${e.input}) on a row of page ${p.page}:\n${listing}`).toBeGreaterThanOrEqual(0);
          unused.splice(at, 1);
        }
        expect(unused.filter((r) => r.value !== notProvided).map((r) => `${r.key}: ${r.value}`), `rows of page ${p.page} no answer accounts for`).toEqual([]);
        expect(unused.length, `rows of page ${p.page} saying "${notProvided}" (${p.empty} fields left empty):\n${listing}`).toBeLessThanOrEqual(p.empty);
      }
      for (const r of rows.filter((r) => r.page === null)) expectRegistryValue(r.value, sample, lang, `check-answers row "${r.key}"`);

      const declaration = main(page).locator('#declaration');
      if ((await declaration.count()) > 0) await declaration.check();
      const sendButton = main(page).getByRole('button', { name: sendButtonName(lang, js), exact: true });
      if (js) {
        await submitTo(page, sendButton, js, /^\/applications\/[^/]+\/confirmation$/);
      } else {
        // Without JavaScript the application is signed in eGov mobile by QR code.
        await submitTo(page, sendButton, js, /^\/apply\/[^/]+\/egov\/[^/]+$/);
        await check('eGov mobile signing');
        expect((await scanWithEgovMobile(page, lang)).status, 'the portal accepts the signature').toBe(200);
        const proceed = main(page).getByRole('button', { name: espUi('EgovContinue', lang), exact: true });
        await submitTo(page, proceed, js, /^\/applications\/[^/]+\/confirmation$/);
      }

      // The confirmation: a reference and a due date no earlier than today.
      await expect(main(page).getByRole('heading', { level: 1, name: ui('ConfirmationTitle', lang), exact: true })).toBeVisible();
      await check('confirmation');
      const reference = (await main(page).locator('#reference').innerText()).trim();
      expect(reference).toMatch(REFERENCE);
      const [before, after] = ui('DueBy', lang, { date: '\u0000' }).split('\u0000');
      const due = main(page).getByText(new RegExp(`^${escapeRe(before)}(${datePattern(lang)})${escapeRe(after)}$`));
      await expect(due).toBeVisible();
      const dueText = (await due.innerText()).slice(before.length, (await due.innerText()).length - after.length);
      const [ty, tm, td] = sample._today.split('-').map(Number);
      expect(parseWrittenDate(dueText, lang).getTime(), `due ${dueText}`).toBeGreaterThanOrEqual(Date.UTC(ty, tm - 1, td));

      // The cabinet lists it.
      await open(page, '/cabinet', js);
      const row = main(page).getByRole('row').filter({ hasText: reference });
      await expect(row).toHaveCount(1);
      await expect(row.getByRole('link', { name, exact: true })).toBeVisible();

      expect(problems, 'console errors').toEqual([]);
    });
  });

  // An older version keeps its passport, but applications are made under the newest one only.
  older.forEach((service, index) => {
    const lang = langFor(index, run.shift);
    test(`${service.slug} v${service.version}: the passport has no start button (${lang}) ${run.tag}`, async ({ page, js, axe, session }) => {
      await useLanguageCookie(page, lang);
      await useDemoSession(page, session, APPLICANT);
      const res = await open(page, `/services/${service.slug}/v/${service.version}`, js);
      expect(res?.status()).toBe(200);
      const m = main(page);
      await expect(m.getByRole('heading', { level: 1, name: service.name[INDEX[lang]], exact: true })).toBeVisible();
      await expect(m.getByText(ui('PassportLegalBasis', lang), { exact: true })).toBeVisible();
      await expect(m.getByRole('button', { name: ui('StartNow', lang) })).toHaveCount(0);
      await expect(m.getByRole('link', { name: ui('StartNow', lang) })).toHaveCount(0);
      await expect(m.locator('form[action$="/start"]')).toHaveCount(0);
      await axe(`${service.slug} v${service.version} passport`);
    });
  });
}
