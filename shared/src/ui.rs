//! Every piece of interface text, in Kazakh, Russian and English.
//!
//! Service-specific text lives in the service definitions; error messages in [`crate::error`].

use crate::definition::{Channel, Term, TermUnit};
use crate::lang::{Lang, fill};
use crate::text_table;

text_table! {
    /// Interface texts, by key.
    pub enum Ui {
        SiteName => ["Өтініш", "Отиниш", "Otinish"],
        Tagline => ["Мемлекеттік қызметтер онлайн", "Государственные услуги онлайн", "Public services online"],
        SkipToContent => ["Негізгі мазмұнға өту", "Перейти к основному содержимому", "Skip to main content"],
        MainNavigation => ["Негізгі мәзір", "Основное меню", "Main menu"],
        NavServices => ["Қызметтер", "Услуги", "Services"],
        NavCabinet => ["Жеке кабинет", "Личный кабинет", "Personal cabinet"],
        SignIn => ["Кіру", "Войти", "Sign in"],
        SignOut => ["Шығу", "Выйти", "Sign out"],
        CreateAccount => ["Тіркелу", "Регистрация", "Create an account"],
        Language => ["Тіл", "Язык", "Language"],
        SignedInAs => ["Сіз жүйедесіз:", "Вы вошли как", "Signed in as"],
        Back => ["Артқа", "Назад", "Back"],
        Continue => ["Жалғастыру", "Продолжить", "Continue"],
        ErrorSummaryTitle => ["Қате бар", "Есть ошибки", "There is a problem"],
        ErrorPrefix => ["Қате", "Ошибка", "Error"],
        NotProvided => ["Көрсетілмеген", "Не указано", "Not provided"],
        Change => ["Өзгерту", "Изменить", "Change"],
        Yes => ["Иә", "Да", "Yes"],
        RemoveItem => ["Жою", "Удалить", "Remove"],
        Optional => ["міндетті емес", "необязательно", "optional"],
        Day => ["Күн", "День", "Day"],
        Month => ["Ай", "Месяц", "Month"],
        Year => ["Жыл", "Год", "Year"],
        PeriodFrom => ["Бастап (жыл)", "С (год)", "From (year)"],
        PeriodTo => ["Дейін (жыл)", "По (год)", "To (year)"],
        SelectPlaceholder => ["Таңдаңыз", "Выберите", "Select an option"],
        FooterHelp => [
            "Анықтама: 1414 бірыңғай байланыс орталығы (тегін)",
            "Справки: единый контакт-центр 1414 (бесплатно)",
            "Help: the 1414 contact centre (free of charge)"],
        FooterCookies => [
            "Тек порталдың жұмысына қажет cookie файлдары қолданылады",
            "Используются только необходимые для работы портала файлы cookie",
            "We only use cookies the portal needs to work"],
        FooterAccessibility => [
            "Портал WCAG 2.2 AA талаптарына сай жасалған",
            "Портал создан по требованиям WCAG 2.2 AA",
            "The portal is built to WCAG 2.2 AA"],

        HomeTitle => [
            "Мемлекеттік қызметтерді онлайн алыңыз",
            "Получайте государственные услуги онлайн",
            "Apply for public services online"],
        HomeLead => [
            "Қызметті таңдаңыз, өтінішті толтырыңыз – деректеріңіз мемлекеттік базалардан алынады – және оның барысын жеке кабинетте бақылаңыз.",
            "Выберите услугу, заполните заявление – ваши данные подставятся из государственных баз – и следите за ним в личном кабинете.",
            "Choose a service, fill in the application – your details come from the state databases – and follow it in your personal cabinet."],
        HomeBrowse => ["Барлық қызметтер", "Все услуги", "Browse all services"],
        HomeCabinetLead => [
            "Өтініштеріңіздің мәртебесі мен нәтижелері",
            "Статусы и результаты ваших заявлений",
            "The status and results of your applications"],

        CatalogueTitle => ["Мемлекеттік қызметтер", "Государственные услуги", "Public services"],
        CatalogueLead => [
            "Қызметті таңдап, оның паспортын оқыңыз: кім көрсетеді, қандай мерзімде, қандай құжаттар керек.",
            "Выберите услугу и прочитайте её паспорт: кто оказывает, в какой срок и какие документы нужны.",
            "Choose a service to read its passport: who provides it, how long it takes and which documents you need."],
        OnlineAvailable => ["Порталда онлайн", "Онлайн на портале", "Online on the portal"],
        OfficeOnly => ["ХҚКО немесе көрсетушіде", "В ЦОН или у услугодателя", "At a service centre or the provider"],

        PassportProvider => ["Қызметті көрсетуші", "Услугодатель", "Provided by"],
        PassportRecipients => ["Кім өтініш бере алады", "Кто может обратиться", "Who can apply"],
        PassportTerritory => ["Аумақ", "Территория", "Where it applies"],
        PassportChannels => ["Қайда өтініш беруге болады", "Где можно подать заявление", "Where you can apply"],
        PassportTerm => ["Көрсету мерзімі", "Срок оказания", "How long it takes"],
        PassportOtherTerms => ["Басқа мерзімдер", "Другие сроки", "Other terms"],
        PassportFee => ["Құны", "Стоимость", "Cost"],
        PassportResult => ["Нәтижесі", "Результат", "What you get"],
        PassportResultForm => ["Нәтижені беру нысаны", "Форма выдачи результата", "How you get it"],
        PassportDocuments => ["Қажетті құжаттар", "Необходимые документы", "Documents you need"],
        PassportFromStateSystems => [
            "мемлекеттік ақпараттық жүйелерден алынады",
            "получается из государственных информационных систем",
            "obtained from state information systems"],
        PassportOnlyIn => ["тек:", "только:", "only:"],
        PassportRefusal => ["Бас тарту негіздері", "Основания для отказа", "Grounds for refusal"],
        PassportLegalBasis => ["Құқықтық негіз", "Правовое основание", "Legal basis"],
        PassportSource => ["Регламент мәтіні", "Текст регламента", "Source regulation"],
        PassportSeed => ["{seed} бастапқы мәтін", "исходный текст {seed}", "seed text {seed}"],
        PassportRegulationNo => ["{n}-регламент", "регламент {n}", "regulation {n}"],
        PassportNotes => ["Ескертпелер", "Примечания", "Notes"],
        PassportVersion => ["Нұсқа {n}, {date} бастап", "Версия {n}, с {date}", "Version {n}, from {date}"],
        PassportOtherVersions => ["Регламенттің басқа нұсқалары", "Другие версии регламента", "Other versions of this regulation"],
        PassportSteps => ["Өтініш қалай қаралады", "Как рассматривается заявление", "How your application is processed"],
        PassportOutputs => ["Нәтиже құжаты", "Документ-результат", "The document you receive"],
        PassportSignedBy => ["Қол қояды:", "Подписывает:", "Signed by:"],
        ActorApplicant => ["Өтініш беруші", "Заявитель", "You"],
        ActorSystem => ["Ақпараттық жүйе", "Информационная система", "Information system"],
        ActorServiceCentre => ["ХҚКО қызметкері", "Работник ЦОН", "Service centre operator"],
        ActorOffice => ["Кеңсе", "Канцелярия", "Provider's office"],
        ActorHead => ["Басшы", "Руководитель", "Head of the provider"],
        ActorSpecialist => ["Орындаушы", "Исполнитель", "Officer"],
        StartNow => ["Өтініш беру", "Подать заявление", "Start now"],
        StartSignInNote => [
            "Өтініш беру үшін порталға кіресіз",
            "Для подачи заявления нужно войти на портал",
            "You will be asked to sign in to apply"],
        NotOnlineYet => [
            "Бұл қызметке порталда әзірге өтініш беру мүмкін емес. ХҚКО-ға немесе қызметті көрсетушіге жүгініңіз.",
            "Подать заявление на эту услугу на портале пока нельзя. Обратитесь в ЦОН или к услугодателю.",
            "You cannot yet apply for this service on the portal. Apply at a service centre or to the provider."],
        ChannelPortal => ["«Электрондық үкімет» порталы", "Портал «электронного правительства»", "The e-government portal"],
        ChannelServiceCentre => ["Халыққа қызмет көрсету орталығы (ХҚКО)", "Центр обслуживания населения (ЦОН)", "A public service centre"],
        ChannelProvider => ["Қызметті көрсетушінің кеңсесі", "Канцелярия услугодателя", "The provider's office"],
        AcceptanceDayNotCounted => [
            "қабылдау күні мерзімге кірмейді",
            "день приёма не входит в срок",
            "the day of acceptance is not counted"],

        LoginTitle => ["Порталға кіру", "Вход на портал", "Sign in"],
        LoginLead => [
            "ЖСН мен құпиясөзді енгізіңіз.",
            "Введите ИИН и пароль.",
            "Enter your IIN and password."],
        IinLabel => ["ЖСН (жеке сәйкестендіру нөмірі)", "ИИН (индивидуальный идентификационный номер)", "IIN (individual identification number)"],
        IinHint => ["12 цифр, жеке куәлікте көрсетілген", "12 цифр, указан в удостоверении личности", "12 digits, as on your identity card"],
        PasswordLabel => ["Құпиясөз", "Пароль", "Password"],
        ShowPassword => ["Құпиясөзді көрсету", "Показать пароль", "Show password"],
        LoginButton => ["Кіру", "Войти", "Sign in"],
        NoAccountYet => ["Тіркелгіңіз жоқ па?", "Нет учётной записи?", "No account yet?"],
        RegisterTitle => ["Тіркелгі жасау", "Создание учётной записи", "Create an account"],
        RegisterLead => [
            "Тіркелгі өтініштерді жіберуге және олардың барысын бақылауға қажет.",
            "Учётная запись нужна, чтобы отправлять заявления и следить за ними.",
            "You need an account to send applications and follow them."],
        CreatePassword => ["Құпиясөз ойлап табыңыз", "Придумайте пароль", "Create a password"],
        PasswordRules => [
            "Кемінде 10 таңба. Ұзын сөз тіркесі жақсы, мысалы «үш сары алма мен көк шай»",
            "Не менее 10 символов. Длинная фраза лучше, например «три жёлтых яблока и зелёный чай»",
            "At least 10 characters. A long phrase works well, like “three yellow apples and green tea”"],
        ConfirmPassword => ["Құпиясөзді қайталаңыз", "Повторите пароль", "Confirm your password"],
        RegisterButton => ["Тіркелгі жасау", "Создать учётную запись", "Create account"],
        HaveAccount => ["Тіркелгіңіз бар ма?", "Уже есть учётная запись?", "Already have an account?"],
        MissingIin => ["ЖСН енгізіңіз", "Введите ИИН", "Enter your IIN"],
        MissingPassword => ["Құпиясөзді енгізіңіз", "Введите пароль", "Enter your password"],
        MissingConfirmPassword => ["Құпиясөзді қайталап енгізіңіз", "Повторите пароль", "Confirm your password"],
        SignedOut => [
            "Сіз жүйеден шықтыңыз.",
            "Вы вышли из системы.",
            "You have signed out."],

        TimeoutTitle => ["Сеанс аяқталуға жақын", "Сеанс скоро завершится", "You are about to be signed out"],
        TimeoutBody => [
            "Қауіпсіздік үшін 2 минуттан кейін жүйеден шығасыз. Жауаптарыңыз сақталған.",
            "В целях безопасности через 2 минуты вы выйдете из системы. Ваши ответы сохранены.",
            "For your security, we will sign you out in 2 minutes. Your answers are saved."],
        StaySignedIn => ["Жүйеде қалу", "Остаться в системе", "Stay signed in"],

        RegistrySource => ["Дереккөзі", "Источник", "Source"],
        RegistryMissingHelp => [
            "Деректеріңізді өзіңіз енгізіңіз. Мұрағат оларды жеке басыңызды куәландыратын құжат бойынша тексереді.",
            "Введите данные самостоятельно. Архив проверит их по документу, удостоверяющему личность.",
            "Enter your details yourself. The provider will check them against your identity document."],
        NewerVersion => [
            "Сіз өтінішті қызмет ережелерінің {old}-нұсқасы бойынша бастадыңыз. Одан бері {new}-нұсқа шықты; жобаңыз бастапқы нұсқа бойынша қаралады. Не өзгерді:",
            "Вы начали заявление по версии {old} правил услуги. С тех пор вышла версия {new}; ваш черновик рассматривается по исходной версии. Что изменилось:",
            "You started this application under version {old} of the service rules. Version {new} has since come out; your draft stays on the version it began under. What changed:"],
        RegistryPrefilledIntro => [
            "Бұл мәліметтер мемлекеттік деректер базасынан алынды және өзгертілмейді.",
            "Эти сведения получены из государственной базы данных и не редактируются.",
            "These details come from the state database and cannot be changed here."],
        ApplicationFor => ["Өтініш:", "Заявление:", "Application:"],

        DocumentsTitle => ["Құжаттарды тіркеу", "Приложите документы", "Upload your documents"],
        DocumentsLead => [
            "Әр құжатты жеке жүктеңіз. PDF, JPG немесе PNG, 10 МБ-қа дейін.",
            "Загрузите каждый документ отдельно. PDF, JPG или PNG, до 10 МБ.",
            "Upload each document separately. PDF, JPG or PNG, up to 10 MB."],
        ChecklistTitle => ["Құжаттар тізімі", "Перечень документов", "Document checklist"],
        Required => ["Міндетті", "Обязательно", "Required"],
        OptionalTag => ["Міндетті емес", "Необязательно", "Optional"],
        Attached => ["Тіркелді", "Приложено", "Attached"],
        NotAttached => ["Тіркелмеген", "Не приложено", "Not attached"],
        SelectedNotUploaded => ["Таңдалды, жүктелмеген", "Выбран, не загружен", "Selected, not uploaded yet"],
        UploadFile => ["Файлды жүктеу", "Загрузить файл", "Upload file"],
        ChooseFile => ["Файлды таңдаңыз", "Выберите файл", "Choose a file"],
        RemoveFile => ["Жою", "Удалить", "Remove"],
        AllRequiredAttached => [
            "Барлық міндетті құжаттар тіркелді",
            "Все обязательные документы приложены",
            "All required documents are attached"],
        RequiredMissingCount => [
            "Жетіспейтін міндетті құжаттар: {n}",
            "Не хватает обязательных документов: {n}",
            "Required documents missing: {n}"],
        NoDocumentsNeeded => [
            "Бұл өтінішке міндетті құжат қажет емес. Қаласаңыз, қосымша құжат тіркей аласыз.",
            "Для этого заявления обязательные документы не нужны. При желании можно приложить дополнительные.",
            "This application needs no required documents. You can add supporting documents if you wish."],
        FilesInSlot => ["Тіркелген файлдар", "Приложенные файлы", "Attached files"],
        RemoveFileNamed => ["{name} файлын жою", "Удалить файл {name}", "Remove {name}"],
        UploadTo => ["{slot}: файлды жүктеу", "{slot}: загрузить файл", "Upload a file for: {slot}"],
        FileUploaded => ["Файл жүктелді: {name}", "Файл загружен: {name}", "File uploaded: {name}"],
        FileRemoved => ["Файл жойылды: {name}", "Файл удалён: {name}", "File removed: {name}"],

        CheckTitle => [
            "Жіберер алдында жауаптарыңызды тексеріңіз",
            "Проверьте ответы перед отправкой",
            "Check your answers before sending your application"],
        CheckApplication => ["Өтініш", "Заявление", "Application"],
        CheckDocuments => ["Құжаттар", "Документы", "Documents"],
        CheckNoDocuments => ["Құжат тіркелмеген", "Документы не приложены", "No documents attached"],
        DeclarationTitle => ["Мәлімдеме", "Заявление о достоверности", "Declaration"],
        DeclarationCheckbox => ["Растаймын", "Подтверждаю", "I confirm"],
        SubmitApplication => ["Өтінішті жіберу", "Отправить заявление", "Send application"],
        NothingSentYet => [
            "Төмендегі батырманы басқанға дейін ештеңе жіберілмейді.",
            "Ничего не будет отправлено, пока вы не нажмёте кнопку ниже.",
            "Nothing is sent until you press the button below."],
        FileCount => ["{n} файл", "файлов: {n}", "{n} file(s)"],

        ChangeDocuments => ["Құжаттарды өзгерту", "Изменить документы", "Change documents"],
        SummaryOfDocuments => ["Тіркелген құжаттар", "Приложенные документы", "Attached documents"],
        SubmittedOn => ["Жіберілген күні", "Дата отправки", "Sent on"],
        DueDate => ["Нәтиже мерзімі", "Срок результата", "Result due by"],
        ConfirmationTitle => ["Өтініш жіберілді", "Заявление отправлено", "Application sent"],
        YourReference => ["Өтініш нөміріңіз", "Номер вашего заявления", "Your reference number"],
        DueBy => [
            "Нәтиже {date} кешіктірілмей дайын болады",
            "Результат будет готов не позднее {date}",
            "You will get the result by {date}"],
        WhatHappensNext => ["Бұдан әрі не болады", "Что будет дальше", "What happens next"],
        NextStepsBody => [
            "Өтінішіңіз {provider} жіберілді. Мәртебесі өзгерген сайын жеке кабинетте көрсетіледі. Нәтиже – ЭЦҚ-мен қол қойылған электрондық құжат – сонда пайда болады.",
            "Заявление передано: {provider}. Каждое изменение статуса появится в личном кабинете. Туда же придёт результат – электронный документ, подписанный ЭЦП.",
            "Your application has gone to: {provider}. Each change of status shows in your personal cabinet, and the result – an electronic document signed with ESP – will arrive there."],
        KeepReference => [
            "Нөмірді сақтаңыз: 1414 байланыс орталығына немесе ХҚКО-ға хабарласқанда керек болады.",
            "Сохраните номер: он понадобится при обращении в контакт-центр 1414 или ЦОН.",
            "Keep this number: you will need it if you contact the 1414 centre or a service centre."],
        ViewThisApplication => ["Осы өтінішті қарау", "Посмотреть это заявление", "View this application"],
        GoToCabinet => ["Жеке кабинетке өту", "Перейти в личный кабинет", "Go to your personal cabinet"],
        PrintPage => ["Осы бетті басып шығару немесе сақтау", "Распечатать или сохранить эту страницу", "Print or save this page"],
        FeedbackLink => [
            "Қызмет сапасын бағалаңыз (30 секунд)",
            "Оцените качество услуги (30 секунд)",
            "Tell us what you thought of this service (takes 30 seconds)"],

        CabinetTitle => ["Жеке кабинет", "Личный кабинет", "Personal cabinet"],
        HistoryTitle => ["Қызмет алу тарихы", "История получения услуг", "History of services"],
        DraftsTitle => ["Аяқталмаған өтініштер", "Незавершённые заявления", "Unfinished applications"],
        NoApplications => ["Әзірге өтініш жоқ.", "Заявлений пока нет.", "You have no applications yet."],
        NoDrafts => ["Аяқталмаған өтініш жоқ.", "Незавершённых заявлений нет.", "You have no unfinished applications."],
        ContinueDraft => ["Жалғастыру", "Продолжить", "Continue"],
        DraftSaved => ["Соңғы сақталған уақыты: {date}", "Последнее сохранение: {date}", "Last saved {date}"],
        ColumnService => ["Қызмет", "Услуга", "Service"],
        ColumnReference => ["Нөмір", "Номер", "Reference"],
        ColumnSubmitted => ["Жіберілді", "Отправлено", "Sent"],
        ColumnDue => ["Мерзімі", "Срок", "Due"],
        ColumnStatus => ["Мәртебесі", "Статус", "Status"],
        ViewApplication => ["Толығырақ", "Подробнее", "View"],
        TimelineTitle => ["Өтініштің барысы", "Ход рассмотрения", "Progress"],
        ApplicationAnswers => ["Өтініштегі мәліметтер", "Сведения в заявлении", "What you told us"],

        NotFoundTitle => ["Парақ табылмады", "Страница не найдена", "Page not found"],
        NotFoundBody => [
            "Мекенжайды тексеріңіз немесе қызметтер тізімінен бастаңыз.",
            "Проверьте адрес или начните со списка услуг.",
            "Check the address, or start from the list of services."],
        ProblemTitle => ["Қызметте ақау бар", "Проблема с сервисом", "Sorry, there is a problem with the service"],
        CorrelationId => [
            "1414 байланыс орталығына хабарлассаңыз, осы кодты айтыңыз: {id}",
            "При обращении в контакт-центр 1414 назовите код: {id}",
            "If you contact the 1414 centre, give them this code: {id}"],
        ExpiredTitle => ["Парақтың мерзімі өтті", "Срок действия страницы истёк", "This page has expired"],
    }
}

/// A number followed by the right form of a noun: Kazakh keeps the singular after numerals, Russian
/// has three forms (1 день, 2 дня, 5 дней), English two.
fn counted(n: u32, lang: Lang, kk: &str, ru: [&str; 3], en: [&str; 2]) -> String {
    match lang {
        Lang::Kk => format!("{n} {kk}"),
        Lang::Ru => {
            let form = match (n % 10, n % 100) {
                (1, r) if r != 11 => 0,
                (2..=4, r) if !(12..=14).contains(&r) => 1,
                _ => 2,
            };
            format!("{n} {}", ru[form])
        }
        Lang::En => format!("{n} {}", if n == 1 { en[0] } else { en[1] }),
    }
}

/// A legal term in words: "15 календарных дней", "3 жұмыс күні", "15 minutes".
pub fn term_text(term: Term, lang: Lang) -> String {
    let n = term.amount;
    match term.unit {
        TermUnit::Minutes => counted(n, lang, "минут", ["минута", "минуты", "минут"], ["minute", "minutes"]),
        TermUnit::Hours => counted(n, lang, "сағат", ["час", "часа", "часов"], ["hour", "hours"]),
        TermUnit::WorkingDays => counted(
            n,
            lang,
            "жұмыс күні",
            ["рабочий день", "рабочих дня", "рабочих дней"],
            ["working day", "working days"],
        ),
        TermUnit::CalendarDays => counted(
            n,
            lang,
            "күнтізбелік күн",
            ["календарный день", "календарных дня", "календарных дней"],
            ["calendar day", "calendar days"],
        ),
    }
}

/// The name of an actor of processing.
pub const fn actor_name(actor: crate::definition::Actor) -> Ui {
    use crate::definition::Actor;
    match actor {
        Actor::Applicant => Ui::ActorApplicant,
        Actor::System => Ui::ActorSystem,
        Actor::ServiceCentre => Ui::ActorServiceCentre,
        Actor::Office => Ui::ActorOffice,
        Actor::Head => Ui::ActorHead,
        Actor::Specialist => Ui::ActorSpecialist,
    }
}

/// The name of a channel.
pub const fn channel_name(channel: Channel) -> Ui {
    match channel {
        Channel::Portal => Ui::ChannelPortal,
        Channel::ServiceCentre => Ui::ChannelServiceCentre,
        Channel::Provider => Ui::ChannelProvider,
    }
}

/// Fills a UI template.
pub fn ui_fill(key: Ui, lang: Lang, args: &[(&str, &str)]) -> String {
    fill(key.get(lang), args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_terms_take_the_right_plural_form() {
        assert_eq!(term_text(Term::calendar_days(1), Lang::Ru), "1 календарный день");
        assert_eq!(term_text(Term::calendar_days(3), Lang::Ru), "3 календарных дня");
        assert_eq!(term_text(Term::calendar_days(15), Lang::Ru), "15 календарных дней");
        assert_eq!(term_text(Term::working_days(21), Lang::Ru), "21 рабочий день");
        assert_eq!(term_text(Term::working_days(12), Lang::Ru), "12 рабочих дней");
    }

    #[test]
    fn kazakh_and_english_terms_read_naturally() {
        assert_eq!(term_text(Term::working_days(3), Lang::Kk), "3 жұмыс күні");
        assert_eq!(term_text(Term::minutes(1), Lang::En), "1 minute");
        assert_eq!(term_text(Term::minutes(15), Lang::En), "15 minutes");
    }
}
