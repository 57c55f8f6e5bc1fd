/**
 * axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) on every page of the journey, including pages
 * showing errors and the not-found page: no serious or critical violations. Each project walks the
 * journey in one language (kk, ru, en in turn), so every language is checked with JavaScript on and
 * off between the projects.
 */
import { LANGS, PROJECTS, personFor, test, walkJourney } from './support';

test('every page of the journey passes axe-core', async ({ page, js, axe }, info) => {
  const lang = LANGS[Math.max(0, PROJECTS.indexOf(info.project.name)) % LANGS.length];
  const person = personFor(info, 1, 0);
  const pages: string[] = [];
  await walkJourney(page, lang, js, person, async (name) => {
    pages.push(name);
    await test.step(`axe: ${name}`, () => axe(`${name} (${lang})`));
  });
  // The walk reached every page it should: 5 before the form, 9 question pages and one with errors,
  // documents twice, check answers twice, confirmation, cabinet, application, not found.
  test.info().annotations.push({ type: 'pages', description: pages.join(', ') });
  if (pages.length < 25) throw new Error(`only ${pages.length} pages checked: ${pages.join(', ')}`);
});
