/**
 * The JavaScript projects really run the hydrated app: with the WebAssembly blocked the instant
 * checks do not happen (the negative control for every `@js` test), and with it the journey runs
 * without a single console error.
 */
import type { ConsoleMessage, Request } from '@playwright/test';
import { errorSummary, errorText, expect, expectErrors, main, open, personFor, test, ui, useLanguageCookie, walkJourney } from './support';

test.describe('hydration @js', () => {
  test('with the WebAssembly blocked, the sign-in form is checked by the server', async ({ page }) => {
    const lang = 'en' as const;
    await page.route('**/*.wasm', (route) => route.abort());
    await useLanguageCookie(page, lang);
    const wasm = page.waitForRequest((r) => r.url().endsWith('.wasm'));
    await page.goto('/login');
    await wasm;
    await page.getByLabel(ui('IinLabel', lang)).fill('12345');
    const posted = page.waitForRequest((r: Request) => r.method() === 'POST' && new URL(r.url()).pathname === '/login');
    await main(page).getByRole('button', { name: ui('LoginButton', lang), exact: true }).click();
    const request = await posted;
    expect((await request.response())?.status()).toBe(422);
    // The server's answer is the same page the browser would have shown.
    await expectErrors(page, lang, [
      { message: errorText('IinLength', lang), field: page.getByLabel(ui('IinLabel', lang)) },
      { message: ui('MissingPassword', lang), field: page.getByLabel(ui('PasswordLabel', lang), { exact: true }) },
    ]);
    expect(await page.evaluate(() => window.__e2eHydrated === true)).toBe(false);
  });

  test('with the WebAssembly loaded, the same check makes no request', async ({ page, js }) => {
    const lang = 'en' as const;
    await useLanguageCookie(page, lang);
    await open(page, '/login', js);
    expect(await page.evaluate(() => window.__e2eHydrated === true)).toBe(true);
    await page.getByLabel(ui('IinLabel', lang)).fill('12345');
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
    await main(page).getByRole('button', { name: ui('LoginButton', lang), exact: true }).click();
    await expect(errorSummary(page, lang)).toBeFocused();
    expect(posts).toEqual([]);
  });

  test('the server and the browser show the same error summary', async ({ page, js, context }) => {
    const lang = 'kk' as const;
    await useLanguageCookie(page, lang);
    const server = await context.newPage();
    await server.route('**/*.wasm', (route) => route.abort());
    const shown = async (p: typeof page) => {
      await p.getByLabel(ui('IinLabel', lang)).fill('86041239442');
      await p.getByLabel(ui('PasswordLabel', lang), { exact: true }).fill('x');
      await main(p).getByRole('button', { name: ui('LoginButton', lang), exact: true }).click();
      await expect(errorSummary(p, lang)).toBeFocused();
      return {
        title: await p.title(),
        summary: await errorSummary(p, lang).innerText(),
        main: await main(p).innerText(),
        describedBy: await p.getByLabel(ui('IinLabel', lang)).getAttribute('aria-describedby'),
      };
    };
    await open(page, '/login', js);
    const browser = await shown(page);
    await server.goto('/login');
    const posted = server.waitForResponse((r) => r.request().method() === 'POST');
    const fromServer = await shown(server);
    expect((await posted).status()).toBe(422);
    expect(fromServer).toEqual(browser);
    expect(browser.summary).toContain(errorText('IinLength', lang));
  });

  test('the hydrated journey logs no console errors', async ({ page, js }, info) => {
    const lang = (['kk', 'ru', 'en'] as const)[info.project.name.startsWith('mobile') ? 1 : 0];
    const problems: string[] = [];
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') problems.push(`console.error on ${page.url()}: ${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught on ${page.url()}: ${e.message}`));
    let pages = 0;
    await walkJourney(
      page,
      lang,
      js,
      personFor(info, 2, 0),
      async (name) => {
        pages += 1;
        if (name === 'cabinet, existing account') {
          // A rerun against the same server: the registration was refused (422) before signing in.
          const refused = problems.findIndex((p) => p.includes('/register: Failed to load resource') && p.includes(' 422 '));
          if (refused >= 0) problems.splice(refused, 1);
        }
        expect(problems, `console errors by the page "${name}"`).toEqual([]);
      },
      { notFound: false },
    );
    expect(pages).toBeGreaterThanOrEqual(24);
  });
});
