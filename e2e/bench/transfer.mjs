// Measures what Chromium transfers for each page of the archival certificate journey: the HTML
// document (compressed, as sent) and everything else the navigation loaded. The first page is a
// cold visit (CSS, JavaScript and WebAssembly included); later pages reuse the cached assets.
// Usage: BASE_URL=http://127.0.0.1:3000 node bench/transfer.mjs
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ locale: 'kk-KZ', viewport: { width: 390, height: 844 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
const types = new Map();
let log = [];
cdp.on('Network.responseReceived', e => types.set(e.requestId, { type: e.type, url: e.response.url }));
cdp.on('Network.loadingFinished', e => {
  const t = types.get(e.requestId);
  if (t) log.push({ ...t, bytes: e.encodedDataLength });
});

const rows = [];
async function measure(label, action) {
  log = [];
  await action();
  await page.waitForLoadState('networkidle');
  const doc = log.filter(r => r.type === 'Document').reduce((s, r) => s + r.bytes, 0);
  const other = log.filter(r => r.type !== 'Document').reduce((s, r) => s + r.bytes, 0);
  rows.push({ label, doc, other });
}
const submit = () => page.locator('main form button[type=submit]').last().click();

await measure('home (cold cache)', () => page.goto(`${base}/`));
await measure('catalogue', () => page.goto(`${base}/services`));
await measure('passport', () => page.goto(`${base}/services/archival-certificate`));
await measure('sign-in', () => page.goto(`${base}/login`));
await page.fill('#iin', '860412394422');
await page.fill('#password', 'otinish-demo-2026');
await measure('sign in → cabinet', () => page.locator('main form[action="/login"] button[type=submit]').click());
await page.goto(`${base}/services/archival-certificate`);
await measure('start → archive', () => page.locator('main form button').click());
await page.locator('label[for=archive]').click();
await measure('→ your details', submit);
await page.fill('#phone', '87012345678');
await measure('→ subject', submit);
await page.locator('label[for=subject]').click();
await measure('→ name changes', submit);
await measure('→ kind', submit);
await page.locator('label[for=certificate_kind]').click();
await measure('→ information', submit);
await page.fill('#information', 'Еңбек өтілі және жалақы туралы, 1985–1992');
await measure('→ purpose', submit);
await page.fill('#purpose', 'Зейнетақы тағайындау үшін');
await measure('→ period', submit);
await page.fill('#period-from', '1985');
await page.fill('#period-to', '1992');
await measure('→ documents', submit);
await measure('→ check answers', submit);
await page.check('#declaration');
// Hydrated, the button has NCALayer (here the demo's emulator) sign the application first.
await measure('sign and send → confirmation', async () => {
  await page.click('#esp');
  await page.waitForURL(/\/confirmation$/);
});
await measure('cabinet', () => page.goto(`${base}/cabinet`));
await browser.close();

const kb = b => (b / 1024).toFixed(1).padStart(7);
console.log('page                       HTML (KiB)  other (KiB)');
for (const r of rows) console.log(`${r.label.padEnd(26)} ${kb(r.doc)}      ${kb(r.other)}`);
const html = rows.reduce((s, r) => s + r.doc, 0);
const other = rows.reduce((s, r) => s + r.other, 0);
console.log(`${'whole journey'.padEnd(26)} ${kb(html)}      ${kb(other)}   (total ${(html + other) / 1024 | 0} KiB over ${rows.length} pages)`);
