/**
 * Browser tests of Otinish in Debian's Chromium (never a downloaded browser). Every journey runs
 * four times: desktop and mobile, each with JavaScript disabled (the server-rendered HTML alone) and
 * with the WebAssembly app hydrated. Tests of behaviour that needs JavaScript carry the `@js` tag and
 * are left out of the `-nojs` projects. The journeys through every service carry `@svc-js` or `@svc-nojs`
 * and run only in `desktop-js` or `mobile-nojs`.
 *
 *   BASE_URL=http://127.0.0.1:3100 npx playwright test
 */
import { defineConfig, type Project } from '@playwright/test';

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

const desktop = { viewport: { width: 1280, height: 800 } };
const mobile = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

// The per-service journeys (`services.spec.ts`) run twice, not four times: hydrated on desktop
// (`@svc-js`) and without JavaScript on mobile (`@svc-nojs`).
const projects: Project[] = [
  { name: 'desktop-js', grepInvert: /@svc-nojs/, use: { ...chromium, ...desktop } },
  { name: 'desktop-nojs', grepInvert: /@js|@svc-/, use: { ...chromium, ...desktop, javaScriptEnabled: false } },
  { name: 'mobile-js', grepInvert: /@svc-/, use: { ...chromium, ...mobile } },
  { name: 'mobile-nojs', grepInvert: /@js|@svc-js/, use: { ...chromium, ...mobile, javaScriptEnabled: false } },
];

export default defineConfig({
  testDir: './tests',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:3100',
    locale: 'en-US',
    timezoneId: 'Asia/Qyzylorda',
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects,
});
