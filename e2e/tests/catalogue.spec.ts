/**
 * The catalogue and the service passports, in every language: ten services (the guardianship
 * certificate has two versions, S7 and S3, and is listed once), each passport with its name, term
 * and documents, and the guardianship passport linking its other version.
 */
import { LANGS, escapeRe, expect, main, open, serviceSources, summaryValue, test, ui, useLanguageCookie, writtenDate } from './support';

const sources = serviceSources();
/** The latest version of each service, as the catalogue shows them. */
const latest = [...new Set(sources.map((s) => s.slug))].map(
  (slug) => sources.filter((s) => s.slug === slug).sort((a, b) => b.version - a.version)[0],
);
const langIndex = { kk: 0, ru: 1, en: 2 } as const;

test('the sources define eleven versions of ten services', () => {
  expect(sources).toHaveLength(11);
  expect(latest).toHaveLength(10);
  expect(sources.filter((s) => s.slug === 'guardianship-certificate').map((s) => s.version).sort()).toEqual([1, 2]);
});

for (const lang of LANGS) {
  test(`the catalogue and every passport open in ${lang}`, async ({ page, js }) => {
    const i = langIndex[lang];
    await useLanguageCookie(page, lang);
    await open(page, '/services', js);
    await expect(main(page).getByRole('heading', { level: 1, name: ui('CatalogueTitle', lang) })).toBeVisible();

    // Ten services, each once, with its name as a link to its passport.
    const names = main(page).getByRole('heading', { level: 2 });
    await expect(names).toHaveCount(10);
    expect((await names.allInnerTexts()).map((n) => n.trim()).sort()).toEqual(latest.map((s) => s.name[i]).sort());
    const items = main(page).getByRole('listitem');
    await expect(items).toHaveCount(10);
    // Every service of the seeds can be applied for on the portal.
    await expect(items.filter({ hasText: ui('OnlineAvailable', lang) })).toHaveCount(10);
    await expect(items.filter({ hasText: ui('OfficeOnly', lang) })).toHaveCount(0);

    // What the catalogue says of each service: the link and the term.
    const listed: { slug: string; name: string; term: string }[] = [];
    for (const s of latest) {
      const item = items.filter({ has: page.getByRole('link', { name: s.name[i], exact: true }) });
      await expect(item.getByRole('link', { name: s.name[i], exact: true })).toHaveAttribute('href', `/services/${s.slug}`);
      const meta = (await item.innerText()).split('\n').find((l) => l.includes(' · ')) ?? '';
      const term = meta.split(' · ')[1]?.trim() ?? '';
      expect(term, `the term of ${s.slug} in the catalogue`).toMatch(/^\d+ \S/);
      listed.push({ slug: s.slug, name: s.name[i], term });
    }

    for (const s of listed) {
      await test.step(s.slug, async () => {
        const res = await page.goto(`/services/${s.slug}`);
        expect(res?.status()).toBe(200);
        const m = main(page);
        await expect(m.getByRole('heading', { level: 1, name: s.name, exact: true })).toBeVisible();
        await expect(page).toHaveTitle(`${s.name} – ${ui('SiteName', lang)}`);
        await expect(summaryValue(m, ui('PassportTerm', lang))).toHaveText(new RegExp(`^${escapeRe(s.term)}`));
        await expect(summaryValue(m, ui('PassportProvider', lang))).not.toBeEmpty();
        const documents = m
          .getByRole('heading', { level: 2, name: ui('PassportDocuments', lang), exact: true })
          .locator('xpath=following-sibling::ul[1]')
          .getByRole('listitem');
        expect(await documents.count(), `documents of ${s.slug}`).toBeGreaterThan(0);
        await expect(documents.first()).not.toBeEmpty();
      });
    }
  });

  test(`the guardianship passport links to its other version (${lang})`, async ({ page, js }) => {
    const i = langIndex[lang];
    const [v1, v2] = sources.filter((s) => s.slug === 'guardianship-certificate').sort((a, b) => a.version - b.version);
    const versionLabel = (s: typeof v1) => {
      const [year, month, day] = s.validFrom.split('-').map(Number);
      return ui('PassportVersion', lang, { n: s.version, date: writtenDate({ day, month, year }, lang) });
    };
    await useLanguageCookie(page, lang);
    await open(page, '/services/guardianship-certificate', js);
    const m = main(page);
    await expect(m.getByRole('heading', { level: 1, name: v2.name[i], exact: true })).toBeVisible();
    await expect(m.getByText(versionLabel(v2), { exact: true })).toBeVisible();
    await expect(m.getByRole('heading', { level: 2, name: ui('PassportOtherVersions', lang), exact: true })).toBeVisible();

    await m.getByRole('link', { name: versionLabel(v1), exact: true }).click();
    await expect(page).toHaveURL(/\/services\/guardianship-certificate\/v\/1$/);
    await expect(m.getByRole('heading', { level: 1, name: v1.name[i], exact: true })).toBeVisible();
    await expect(m.getByRole('link', { name: versionLabel(v2), exact: true })).toHaveAttribute('href', '/services/guardianship-certificate/v/2');
  });
}
