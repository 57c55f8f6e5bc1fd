/**
 * Wrong answers get the GOV.UK error pattern — a focused summary at the top linking to each field,
 * `Error:` in the title and the message beside the field — and look the same whether the server
 * (no JavaScript) or the browser (hydrated, the same `shared` rules in WebAssembly) found them.
 */
import type { Page, Request } from '@playwright/test';
import {
  ARCHIVAL_NAME,
  ARCHIVAL_SLUG,
  DEMO_IINS,
  LANGS,
  UNREGISTERED_IIN,
  archival,
  authoritySlot,
  checklist,
  checklistItem,
  chooseFile,
  continueTo,
  draftAtDocuments,
  errorSummary,
  errorText,
  expect,
  expectErrors,
  fakePdf,
  headingOf,
  main,
  open,
  register,
  test,
  ui,
  uploadChosen,
  useDemoSession,
  useLanguageCookie,
  type Lang,
} from './support';

/** Records the requests a page makes while `action` runs. */
async function requestsDuring(page: Page, action: () => Promise<void>): Promise<Request[]> {
  const seen: Request[] = [];
  const record = (r: Request) => seen.push(r);
  page.on('request', record);
  try {
    await action();
  } finally {
    page.off('request', record);
  }
  return seen;
}

/** Opens the archival certificate passport in a language, signed in as a demo account. */
async function signedInAtPassport(page: Page, session: Session, lang: Lang, js: boolean, iin = DEMO_IINS[1]) {
  await useLanguageCookie(page, lang);
  await useDemoSession(page, session, iin);
  await open(page, `/services/${ARCHIVAL_SLUG}`, js);
  await expect(main(page).getByRole('heading', { level: 1, name: archival(ARCHIVAL_NAME, lang) })).toBeVisible();
}

type Session = Parameters<typeof useDemoSession>[1];

const MALFORMED_IIN: Record<Lang, { iin: string; code: string }> = {
  kk: { iin: '12345', code: 'IinLength' },
  ru: { iin: '8604123944ab', code: 'IinDigits' },
  en: { iin: '860412394421', code: 'IinChecksum' },
};

for (const lang of LANGS) {
  test(`sign-in with a malformed IIN shows the error summary (${lang})`, async ({ page, js }) => {
    await useLanguageCookie(page, lang);
    await open(page, '/login', js);
    const { iin, code } = MALFORMED_IIN[lang];
    const iinInput = page.getByLabel(ui('IinLabel', lang));
    const password = page.getByLabel(ui('PasswordLabel', lang), { exact: true });
    await iinInput.fill(iin);
    await main(page).getByRole('button', { name: ui('LoginButton', lang), exact: true }).click();

    await expectErrors(page, lang, [
      { message: errorText(code, lang), field: iinInput },
      { message: ui('MissingPassword', lang), field: password },
    ]);
    await expect(errorSummary(page, lang).getByRole('listitem')).toHaveText([errorText(code, lang), ui('MissingPassword', lang)]);
    await expect(iinInput).toHaveValue(iin);
    await expect(iinInput).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveTitle(`${ui('ErrorPrefix', lang)}: ${ui('LoginTitle', lang)} – ${ui('SiteName', lang)}`);
  });
}

test('the sign-in check runs in the browser without a request @js', async ({ page, js }) => {
  const lang: Lang = 'en';
  await useLanguageCookie(page, lang);
  await open(page, '/login', js);
  await page.getByLabel(ui('IinLabel', lang)).fill('12345');
  const requests = await requestsDuring(page, async () => {
    await main(page).getByRole('button', { name: ui('LoginButton', lang), exact: true }).click();
    await expect(errorSummary(page, lang)).toBeFocused();
  });
  expect(requests.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  await expect(page).toHaveURL(/\/login$/);
});

test('question pages show the error summary for wrong answers', async ({ page, js, session }) => {
  const lang: Lang = 'ru';
  const t = (en: string) => archival(en, lang);
  await signedInAtPassport(page, session, lang, js);
  await main(page).getByRole('button', { name: ui('StartNow', lang), exact: true }).click();

  // Nothing chosen on a page of radios.
  await expect(headingOf(page, t('Which archive are you applying to?'))).toBeVisible();
  await main(page).getByRole('button', { name: ui('Continue', lang), exact: true }).click();
  const archives = page.getByRole('group', { name: t('Which archive are you applying to?') });
  await expectErrors(page, lang, [
    { message: t('Select the archive you are applying to'), field: archives.getByRole('radio').first(), described: archives },
  ]);
  await page.getByRole('radio', { name: t('Aral District Archive'), exact: true }).check();
  await continueTo(page, lang, js, t('Your details'));

  // A phone number that is not one, and an email address that is not one.
  const phone = page.getByLabel(t('Contact phone number'), { exact: true });
  const email = page.getByLabel(t('Email address (optional)'), { exact: true });
  await phone.fill('12345');
  await email.fill('name@');
  await main(page).getByRole('button', { name: ui('Continue', lang), exact: true }).click();
  await expectErrors(page, lang, [
    { message: errorText('PhoneFormat', lang), field: phone },
    { message: errorText('EmailFormat', lang), field: email },
  ]);
  await expect(phone).toHaveValue('12345');
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  // A number from another country.
  await phone.fill('8 601 234 56 78');
  await email.fill('');
  await main(page).getByRole('button', { name: ui('Continue', lang), exact: true }).click();
  await expectErrors(page, lang, [{ message: errorText('PhoneNotKz', lang), field: phone }]);
  await phone.fill('+7 (701) 234-56-78');
  await continueTo(page, lang, js, t('Who is the information about?'));
  await page.getByRole('radio', { name: t('About another person'), exact: true }).check();
  await continueTo(page, lang, js, t('The person the information is about'));

  // 31 February.
  await page.getByLabel(t('Full name'), { exact: true }).fill('Жумабаев Болат Серикович');
  await page.getByLabel(t('Postal address'), { exact: true }).fill('120014, г. Кызылорда, пр. Абая, 7');
  const birth = page.getByRole('group', { name: t('Date of birth') });
  const [day, month, year] = [ui('Day', lang), ui('Month', lang), ui('Year', lang)].map((l) => birth.getByLabel(l, { exact: true }));
  await day.fill('31');
  await month.fill('2');
  await year.fill('1990');
  await main(page).getByRole('button', { name: ui('Continue', lang), exact: true }).click();
  await expectErrors(page, lang, [{ message: errorText('DateInvalid', lang), field: day, described: birth }]);
  for (const box of [day, month, year]) await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(day).toHaveValue('31');
  await expect(month).toHaveValue('2');
  await expect(year).toHaveValue('1990');
  // A missing part points at that part only.
  await day.fill('');
  await main(page).getByRole('button', { name: ui('Continue', lang), exact: true }).click();
  await expectErrors(page, lang, [{ message: errorText('DateMissingDay', lang), field: day, described: birth }]);
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await expect(month).not.toHaveAttribute('aria-invalid', 'true');
  await day.fill('28');
  await continueTo(page, lang, js, t('Has the surname, first name or patronymic changed?'));
  await continueTo(page, lang, js, t('What kind of certificate do you need?'));
  await page.getByRole('radio', { name: t('Thematic'), exact: true }).check();
  await continueTo(page, lang, js, t('What information do you need?'));
  await page.getByLabel(t('What information do you need?'), { exact: true }).fill('О строительстве дома культуры');
  await continueTo(page, lang, js, t('Where and why will you use the certificate?'));
  await page.getByLabel(t('Where and why will you use the certificate?'), { exact: true }).fill('В суд');
  await continueTo(page, lang, js, t('Which years should the archive search?'));

  // A period that ends before it starts.
  const period = page.getByRole('group', { name: t('Which years should the archive search?') });
  const from = period.getByLabel(ui('PeriodFrom', lang), { exact: true });
  const to = period.getByLabel(ui('PeriodTo', lang), { exact: true });
  await from.fill('1992');
  await to.fill('1985');
  await main(page).getByRole('button', { name: ui('Continue', lang), exact: true }).click();
  await expectErrors(page, lang, [{ message: errorText('PeriodReversed', lang), field: to, described: period }]);
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(from).not.toHaveAttribute('aria-invalid', 'true');
  await to.fill('1995');
  await continueTo(page, lang, js, ui('DocumentsTitle', lang));
});

test('a question page is checked in the browser without a request @js', async ({ page, js, session }) => {
  const lang: Lang = 'kk';
  const t = (en: string) => archival(en, lang);
  await signedInAtPassport(page, session, lang, js);
  await main(page).getByRole('button', { name: ui('StartNow', lang), exact: true }).click();
  await expect(headingOf(page, t('Which archive are you applying to?'))).toBeVisible();
  await page.getByRole('radio', { name: t('Kazaly District Archive'), exact: true }).check();
  await continueTo(page, lang, js, t('Your details'));
  const phone = page.getByLabel(t('Contact phone number'), { exact: true });
  await phone.fill('8 701 234');
  const requests = await requestsDuring(page, async () => {
    await main(page).getByRole('button', { name: ui('Continue', lang), exact: true }).click();
    await expect(errorSummary(page, lang)).toBeFocused();
  });
  // No POST to /apply/… (nor anything else): the summary came from the WebAssembly rules.
  expect(requests.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  await expectErrors(page, lang, [{ message: errorText('PhoneFormat', lang), field: phone }]);
  await expect(page).toHaveURL(/\/applicant$/);
});

test('a person missing from the registry is told so and types their details', async ({ page, js }) => {
  const lang: Lang = 'en';
  const t = (en: string) => archival(en, lang);
  await useLanguageCookie(page, lang);
  await open(page, '/register', js);
  await register(page, lang, js, UNREGISTERED_IIN);
  await open(page, `/services/${ARCHIVAL_SLUG}`, js);
  await main(page).getByRole('button', { name: ui('StartNow', lang), exact: true }).click();
  await expect(headingOf(page, t('Which archive are you applying to?'))).toBeVisible();
  await page.getByRole('radio', { name: t('Kyzylorda City Archive'), exact: true }).check();
  await continueTo(page, lang, js, t('Your details'));

  await expect(main(page).getByRole('note')).toContainText(errorText('PersonNotInRegistry', lang));
  const name = page.getByLabel(t('Full name'), { exact: true });
  const address = page.getByLabel(t('Address'), { exact: true });
  const phone = page.getByLabel(t('Contact phone number'), { exact: true });
  await main(page).getByRole('button', { name: ui('Continue', lang), exact: true }).click();
  await expectErrors(page, lang, [
    { message: t('Enter your full name'), field: name },
    { message: t('Enter your address'), field: address },
    { message: t('Enter a contact phone number'), field: phone },
  ]);
  await name.fill('Seitkali Arman Bolatovich');
  await address.fill('120014, Kyzylorda, 12 Abai Avenue');
  await phone.fill('87011112233');
  await continueTo(page, lang, js, t('Who is the information about?'));
});

test('a file that is not a PDF but is named .pdf is refused', async ({ page, js, session }) => {
  const lang: Lang = 'kk';
  await signedInAtPassport(page, session, lang, js, DEMO_IINS[2]);
  await draftAtDocuments(page, lang, js);
  const slot = authoritySlot(lang);
  const input = page.getByLabel(ui('UploadTo', lang, { slot }), { exact: true });
  const message = errorText('FileTypeNotAllowed', lang);

  const requests = await requestsDuring(page, async () => {
    await chooseFile(page, lang, slot, { name: 'scan.pdf', mimeType: 'application/pdf', buffer: fakePdf() });
    if (js) {
      // Refused at once in the browser, from the file's first bytes, before anything is sent.
      await expect(errorSummary(page, lang)).toBeFocused();
    } else {
      await uploadChosen(page, lang, js, slot);
    }
  });
  if (js) {
    expect(requests.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    await expect(input).toHaveValue('');
  } else {
    const upload = requests.find((r) => r.method() === 'POST');
    expect(upload?.url()).toMatch(/\/documents\/upload$/);
    expect((await upload!.response())?.status()).toBe(422);
  }
  await expectErrors(page, lang, [{ message, summary: `${slot}: ${message}`, field: input }]);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(checklistItem(page, lang, slot)).toContainText(ui('NotAttached', lang));
  await expect(checklist(page, lang).getByRole('status')).toHaveText(ui('RequiredMissingCount', lang, { n: 1 }));
  await expect(page.getByRole('region', { name: slot, exact: true }).getByRole('list', { name: ui('FilesInSlot', lang) })).toHaveCount(0);
});

test('documents: Continue without the required document shows the error summary', async ({ page, js, session }) => {
  const lang: Lang = 'ru';
  await signedInAtPassport(page, session, lang, js, DEMO_IINS[0]);
  await draftAtDocuments(page, lang, js);
  const slot = authoritySlot(lang);
  await main(page).getByRole('button', { name: ui('Continue', lang), exact: true }).click();
  const message = errorText('DocumentMissing', lang);
  await expectErrors(page, lang, [
    { message, summary: `${slot}: ${message}`, field: page.getByLabel(ui('UploadTo', lang, { slot }), { exact: true }) },
  ]);
});
