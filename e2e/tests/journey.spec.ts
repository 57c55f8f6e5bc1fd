/**
 * A new user gets an archival certificate application sent, in Kazakh, Russian and English:
 * register → cabinet → catalogue → passport → every question page → documents → check answers →
 * declaration → send → confirmation → cabinet → application page. Runs with JavaScript off and on.
 */
import {
  ARCHIVAL_NAME,
  DEMO_IINS,
  LANGS,
  REFERENCE,
  answerQuestions,
  archival,
  authoritySlot,
  checklist,
  checklistItem,
  chooseFile,
  chooseLanguage,
  continueTo,
  datePattern,
  displayName,
  draftAtDocuments,
  errorText,
  eventText,
  expect,
  fakePdf,
  fullName,
  headingOf,
  journeyAnswers,
  main,
  makePdf,
  signAndSend,
  open,
  parseWrittenDate,
  personFor,
  register,
  settled,
  statusText,
  summaryValue,
  supportingSlot,
  test,
  ui,
  uploadChosen,
  useDemoSession,
  useLanguageCookie,
  writtenDate,
} from './support';

for (const [slot, lang] of LANGS.entries()) {
  test(`a new user sends an archival certificate application (${lang})`, async ({ page, js }, info) => {
    const person = personFor(info, 0, slot);
    const a = journeyAnswers(lang);
    const t = (en: string) => archival(en, lang);
    const serviceName = archival(ARCHIVAL_NAME, lang);

    // The start page, in the test's language, chosen with the header's switcher.
    await open(page, '/', js);
    await chooseLanguage(page, lang, js);
    await expect(main(page).getByRole('heading', { level: 1, name: ui('HomeTitle', lang) })).toBeVisible();

    // Sign in → "Create an account" → register; a new account lands in the cabinet.
    await page.getByRole('navigation', { name: ui('MainNavigation', lang) }).getByRole('link', { name: ui('SignIn', lang), exact: true }).click();
    await expect(main(page).getByRole('heading', { level: 1, name: ui('LoginTitle', lang) })).toBeVisible();
    await main(page).getByRole('link', { name: ui('CreateAccount', lang), exact: true }).click();
    const outcome = await register(page, lang, js, person.iin);
    await expect(main(page).getByRole('heading', { level: 1, name: ui('CabinetTitle', lang) })).toBeVisible();
    await expect(page.getByRole('navigation', { name: ui('MainNavigation', lang) })).toContainText(displayName(person));
    if (outcome === 'new') {
      await expect(main(page).getByText(ui('NoApplications', lang), { exact: true })).toBeVisible();
      await expect(main(page).getByText(ui('NoDrafts', lang), { exact: true })).toBeVisible();
    }

    // Catalogue → passport → Start.
    await page.getByRole('navigation', { name: ui('MainNavigation', lang) }).getByRole('link', { name: ui('NavServices', lang), exact: true }).click();
    await expect(main(page).getByRole('heading', { level: 1, name: ui('CatalogueTitle', lang) })).toBeVisible();
    await main(page).getByRole('link', { name: serviceName, exact: true }).click();
    await expect(main(page).getByRole('heading', { level: 1, name: serviceName })).toBeVisible();
    await expect(page).toHaveURL(/\/services\/archival-certificate$/);
    await settled(page, js);

    // Every question page.
    await answerQuestions(page, lang, js, person);

    // Documents: "about another person" makes the authority document required.
    await expect(page).toHaveURL(/\/documents$/);
    const authority = authoritySlot(lang);
    await expect(checklistItem(page, lang, authority)).toContainText(ui('Required', lang));
    await expect(checklistItem(page, lang, authority)).toContainText(ui('NotAttached', lang));
    await expect(checklistItem(page, lang, supportingSlot(lang))).toContainText(ui('OptionalTag', lang));
    await expect(checklist(page, lang).getByRole('status')).toHaveText(ui('RequiredMissingCount', lang, { n: 1 }));
    const fileName = `authority-${lang}.pdf`;
    const pdf = makePdf(`Power of attorney ${lang}`);
    await chooseFile(page, lang, authority, { name: fileName, mimeType: 'application/pdf', buffer: pdf });
    if (js) {
      // The live checklist counts a chosen file before it is sent.
      await expect(checklistItem(page, lang, authority)).toContainText(ui('SelectedNotUploaded', lang));
      await expect(checklist(page, lang).getByRole('status')).toHaveText(ui('AllRequiredAttached', lang));
    }
    await uploadChosen(page, lang, js, authority);
    await expect(main(page).getByText(ui('FileUploaded', lang, { name: fileName }), { exact: true })).toBeVisible();
    await expect(checklistItem(page, lang, authority)).toContainText(ui('Attached', lang));
    await expect(checklist(page, lang).getByRole('status')).toHaveText(ui('AllRequiredAttached', lang));
    await expect(
      page.getByRole('region', { name: authority, exact: true }).getByRole('link', { name: fileName, exact: true }),
    ).toBeVisible();
    await continueTo(page, lang, js, ui('CheckTitle', lang));

    // Check answers: every answer is listed.
    const m = main(page);
    const expected: [string, string][] = [
      [t('Archive'), a.archive],
      [t('Applicant'), fullName(person)],
      [t('IIN'), person.iin],
      [t('Contact phone number'), a.phoneShown],
      [t('Email address'), ui('NotProvided', lang)],
      [t('Information about'), a.subject],
      [t("Person's full name"), a.subjectName],
      [t('Date of birth'), writtenDate(a.birth, lang)],
      [t("Person's address"), a.subjectAddress],
      [t('Name changes'), ui('NotProvided', lang)],
      [t('Kind of certificate'), a.kind],
      [t('Information requested'), a.information],
      [t('Where and why'), a.purpose],
      [t('Period'), `${a.period.from} – ${a.period.to}`],
    ];
    for (const [key, value] of expected) await expect(summaryValue(m, key), key).toHaveText(value);
    await expect(summaryValue(m, t('Address'))).not.toBeEmpty();
    await expect(summaryValue(m, ui('SummaryOfDocuments', lang))).toContainText(`${authority}: ${fileName}`);
    // Registry values have no Change link; the others do.
    await expect(m.getByRole('link', { name: `${ui('Change', lang)} ${t('Applicant')}`, exact: true })).toHaveCount(0);
    await expect(m.getByRole('link', { name: `${ui('Change', lang)} ${t('Archive')}`, exact: true })).toBeVisible();

    // A Change link returns to its page and Continue comes back to check answers.
    await m.getByRole('link', { name: `${ui('Change', lang)} ${t('Information requested')}`, exact: true }).click();
    await expect(headingOf(page, t('What information do you need?'))).toBeVisible();
    await expect(page).toHaveURL(/\/information\?return=check$/);
    await settled(page, js);
    const informationBox = page.getByLabel(t('What information do you need?'), { exact: true });
    await expect(informationBox).toHaveValue(a.information);
    await expect(main(page).getByRole('link', { name: ui('Back', lang), exact: true })).toHaveAttribute('href', /\/check$/);
    await informationBox.fill(a.changed);
    await continueTo(page, lang, js, ui('CheckTitle', lang));
    await expect(summaryValue(main(page), t('Information requested'))).toHaveText(a.changed);

    // Declaration and send.
    await main(page).getByRole('checkbox', { name: ui('DeclarationCheckbox', lang), exact: true }).check();
    await signAndSend(page, lang, js);

    // Confirmation: a reference without look-alike characters and a due date.
    await expect(main(page).getByRole('heading', { level: 1, name: ui('ConfirmationTitle', lang) })).toBeVisible();
    await settled(page, js);
    const referenceCell = main(page).getByText(REFERENCE);
    await expect(referenceCell).toBeVisible();
    const reference = (await referenceCell.innerText()).trim();
    expect(reference).toMatch(REFERENCE);
    const dueLine = main(page).getByText(new RegExp(`^${ui('DueBy', lang, { date: `(${datePattern(lang)})` })}$`));
    await expect(dueLine).toBeVisible();
    const dueText = (await dueLine.innerText()).match(new RegExp(datePattern(lang)))![0];
    const due = parseWrittenDate(dueText, lang);
    const kz = new Date(Date.now() + 5 * 3_600_000); // today in Kazakhstan (UTC+5), as the server counts
    const days = (due.getTime() - Date.UTC(kz.getUTCFullYear(), kz.getUTCMonth(), kz.getUTCDate())) / 86_400_000;
    // 15 calendar days after acceptance (the next working day when sent after hours or on a day
    // off), moved to the next working day when it ends on a day off: never less, and only a long
    // run of holidays could add more than a few days.
    expect(days).toBeGreaterThanOrEqual(15);
    expect(days).toBeLessThanOrEqual(30);
    await expect(main(page)).toContainText(a.archive);

    // The cabinet lists it as received, with the same reference and due date.
    await page.getByRole('navigation', { name: ui('MainNavigation', lang) }).getByRole('link', { name: ui('NavCabinet', lang), exact: true }).click();
    await expect(main(page).getByRole('heading', { level: 1, name: ui('CabinetTitle', lang) })).toBeVisible();
    await settled(page, js);
    const history = main(page).getByRole('table', { name: ui('HistoryTitle', lang) });
    const row = history.getByRole('row').filter({ hasText: reference });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(4)).toHaveText(statusText('Received', lang));
    await expect(row.getByRole('cell').nth(3)).toHaveText(dueText);
    if (outcome === 'new') await expect(main(page).getByText(ui('NoDrafts', lang), { exact: true })).toBeVisible();

    // The application page: status, due date and the timeline.
    await row.getByRole('link', { name: serviceName, exact: true }).click();
    await expect(main(page).getByRole('heading', { level: 1, name: reference })).toBeVisible();
    await settled(page, js);
    await expect(summaryValue(main(page), ui('ColumnStatus', lang))).toHaveText(statusText('Received', lang));
    await expect(summaryValue(main(page), ui('DueDate', lang))).toHaveText(dueText);
    await expect(main(page).getByRole('heading', { level: 2, name: ui('TimelineTitle', lang) })).toBeVisible();
    const timeline = main(page).getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(timeline.getByRole('listitem')).toHaveCount(1);
    await expect(timeline.getByRole('heading', { level: 3 })).toHaveText(eventText('Submitted', lang));
    await expect(summaryValue(main(page), t('Information requested'))).toHaveText(a.changed);
    await expect(main(page).getByRole('link', { name: fileName, exact: true })).toBeVisible();
  });
}

test('the checklist counts a chosen file before it is uploaded @js', async ({ page, js, session }) => {
  const lang = 'ru' as const;
  await useLanguageCookie(page, lang);
  await useDemoSession(page, session, DEMO_IINS[2]);
  await draftAtDocuments(page, lang, js);
  const authority = authoritySlot(lang);
  const status = checklist(page, lang).getByRole('status');
  await expect(status).toHaveText(ui('RequiredMissingCount', lang, { n: 1 }));
  await expect(checklistItem(page, lang, authority)).toContainText(ui('NotAttached', lang));

  await chooseFile(page, lang, authority, { name: 'доверенность.pdf', mimeType: 'application/pdf', buffer: makePdf() });
  await expect(checklistItem(page, lang, authority)).toContainText(ui('SelectedNotUploaded', lang));
  await expect(status).toHaveText(ui('AllRequiredAttached', lang));

  // Choosing a file that is refused takes the slot back to "not attached".
  await chooseFile(page, lang, authority, { name: 'скан.pdf', mimeType: 'application/pdf', buffer: fakePdf() });
  const refused = `${authority}: ${errorText('FileTypeNotAllowed', lang)}`;
  await expect(main(page).getByRole('link', { name: refused, exact: true })).toBeVisible();
  await expect(checklistItem(page, lang, authority)).toContainText(ui('NotAttached', lang));
  await expect(status).toHaveText(ui('RequiredMissingCount', lang, { n: 1 }));

  // Choosing a good file clears the error, and uploading it attaches it.
  await chooseFile(page, lang, authority, { name: 'доверенность.pdf', mimeType: 'application/pdf', buffer: makePdf() });
  await expect(main(page).getByRole('link', { name: refused, exact: true })).toHaveCount(0);
  await expect(checklistItem(page, lang, authority)).toContainText(ui('SelectedNotUploaded', lang));
  await uploadChosen(page, lang, js, authority);
  await expect(checklistItem(page, lang, authority)).toContainText(ui('Attached', lang));
  await expect(status).toHaveText(ui('AllRequiredAttached', lang));
});
