//! S7 — «Қорғаншылық және қамқоршылық жөнінде анықтамалар беру» / «Выдача справок по опеке и
//! попечительству» (certificates on guardianship and trusteeship), Kokpekti district.
//!
//! Seed 003, regulation 4: Kokpekti district akimat resolution N 417 of 24.12.2012. It is the
//! older of the two regulations of this service, so it is version 1; seed 002 (S3) is version 2.
//! The regulation refers to item 11 of the 2012 Standard for the documents and does not list
//! them; the list below comes from standards.md and says so in its notes.

use super::s03_guardianship_certificate::{
    APPLICANT, BIRTH_CERTIFICATE, CHILD_BIRTH_DATE, CHILD_IIN, CHILD_NAME, CHILDREN_INTRO, CHILDREN_REPEAT,
    CHILDREN_TITLE, DECLARATION, IDENTITY, PURPOSE,
};
use crate::definition::*;
use crate::lang::Text;

/// The seed gives 5 working days and does not say whether the day of acceptance counts.
const FIVE_WORKING_DAYS: Term = Term { amount: 5, unit: TermUnit::WorkingDays, acceptance_day_counts: true };

const PASSPORT_DOCUMENTS: &[PassportDocument] = &[
    PassportDocument {
        name: Text::new(
            "Электрондық мемлекеттік қызметті алуға тапсырыс (өтініш)",
            "Запрос (заявление) на получение электронной государственной услуги",
            "A request (application) for the service",
        ),
        channels: &[],
        note: Some(Text::new(
            "Порталда – тұтынушының ЭЦҚ-сымен куәландырылған электрондық құжат; Орталықта тапсырысты оператор толтырып, өз ЭЦҚ-сымен қол қояды",
            "На портале – электронный документ, удостоверенный ЭЦП потребителя; в ЦОН запрос заполняет оператор и подписывает своей ЭЦП",
            "On the portal, an electronic document you sign with your digital signature (ESP); at a service centre, the operator fills in the request and signs it with their own ESP",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Қорғаншылық (қамқоршылық) белгілеу туралы әкімдік қаулысының көшірмесі",
            "Копия постановления акимата об установлении опеки (попечительства)",
            "A copy of the akimat resolution appointing the guardian (trustee)",
        ),
        channels: &[],
        note: Some(Text::new(
            "Порталда – электрондық көшірмесі тіркеледі, Орталықта оператор сканерлейді. Аудандық білім бөлімінің шамамен 2013 жылғы тізбесінен [дереккөз: edu.fedorovka.kz]",
            "На портале прикрепляется электронная копия, в ЦОН документ сканирует оператор. Из перечня районного отдела образования около 2013 года [источник: edu.fedorovka.kz]",
            "On the portal, attach an electronic copy; at a service centre, the operator scans it. From a district education department's list of about 2013 [source: edu.fedorovka.kz]",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Қорғаншының (қамқоршының) жеке басын куәландыратын құжаты",
            "Документ, удостоверяющий личность опекуна (попечителя)",
            "The guardian's (trustee's) identity document",
        ),
        channels: &[Channel::ServiceCentre],
        note: Some(Text::new(
            "Түпнұсқасы мен көшірмесі; порталда қажет емес – жеке басыңыз ЭЦҚ арқылы расталады [дереккөз: edu.fedorovka.kz, шамамен 2013 ж.]",
            "Оригинал и копия; на портале не нужен – личность подтверждается ЭЦП [источник: edu.fedorovka.kz, около 2013 г.]",
            "The original and a copy; not needed on the portal, where your ESP identifies you [source: edu.fedorovka.kz, about 2013]",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Баланың туу туралы куәлігі",
            "Свидетельство о рождении ребёнка",
            "The child's birth certificate",
        ),
        channels: &[],
        note: Some(Text::new(
            "Бала 2007 жылғы 13 тамызға дейін туған болса ғана [дереккөз: edu.fedorovka.kz, шамамен 2013 ж.]",
            "Только если ребёнок родился до 13 августа 2007 года [источник: edu.fedorovka.kz, около 2013 г.]",
            "Only if the child was born before 13 August 2007 [source: edu.fedorovka.kz, about 2013]",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new("Мекенжай анықтамасы", "Адресная справка", "A certificate of your registered address"),
        channels: &[],
        note: Some(Text::new(
            "Бөлек анықтама қажет емес: тіркелген мекенжай «Жеке тұлғалар» мемлекеттік мәліметтер базасынан алынады (порталда да, Орталықта да). Аудандық білім бөлімінің шамамен 2013 жылғы тізбесінен [дереккөз: edu.fedorovka.kz]",
            "Отдельная справка не нужна: адрес регистрации получается из государственной базы данных «Физические лица» (и на портале, и в ЦОН). Из перечня районного отдела образования около 2013 года [источник: edu.fedorovka.kz]",
            "You do not need a separate certificate: your registered address is taken from the state database «Individuals» (on the portal and at a service centre alike). From a district education department's list of about 2013 [source: edu.fedorovka.kz]",
        )),
        from_state_systems: true,
    },
    PassportDocument {
        name: Text::new("Тұтынушының жеке деректері", "Персональные данные потребителя", "Your personal details"),
        channels: &[],
        note: Some(Text::new(
            "«Жеке тұлғалар» мемлекеттік мәліметтер базасынан «электрондық үкімет» шлюзі арқылы алынады",
            "Получаются из государственной базы данных «Физические лица» через шлюз «электронного правительства»",
            "Obtained from the state database «Individuals» through the e-government gateway",
        )),
        from_state_systems: true,
    },
    PassportDocument {
        name: Text::new(
            "Тұтынушы өкілінің нотариат куәландырған сенімхаты",
            "Нотариально удостоверенная доверенность представителя потребителя",
            "A notarised power of attorney, when a representative applies for you",
        ),
        channels: &[Channel::ServiceCentre],
        note: Some(Text::new(
            "Сенімхат деректері бірыңғай нотариалдық ақпараттық жүйеден тексеріледі; сенімхат басқаша куәландырылса, оның деректері енгізілмейді",
            "Данные доверенности проверяются в единой нотариальной информационной системе; если доверенность удостоверена иначе, её данные не вносятся",
            "The power of attorney is checked in the unified notary information system; if it was certified in another way, its details are not entered",
        )),
        from_state_systems: true,
    },
];

const PROPERTY: &[ChoiceOption] = &[
    ChoiceOption {
        value: "inventoried",
        label: Text::new(
            "Иә, мүлкінің тізімдемесі жасалып, іске тігілген",
            "Да, опись имущества составлена и приобщена к делу",
            "Yes, and an inventory of it is on the guardianship file",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "none",
        label: Text::new("Жоқ, мүлкі жоқ", "Нет, имущества нет", "No, the child has no property"),
        hint: None,
    },
];

/// Version 1 asks, for each child, what the certificate template shows beyond the child's identity:
/// the akimat resolution and the note on property (Appendix 3).
const PAGES: &[Page] = &[
    APPLICANT,
    Page {
        intro: Some(CHILDREN_INTRO),
        repeat: Some(CHILDREN_REPEAT),
        ..Page::new(
            "children",
            CHILDREN_TITLE,
            &[
                CHILD_IIN,
                CHILD_NAME,
                CHILD_BIRTH_DATE,
                Field {
                    hint: Some(Text::new(
                        "Сізді осы балаға қорғаншы (қамқоршы) етіп тағайындаған қаулы",
                        "Постановление, которым вы назначены опекуном (попечителем) этого ребёнка",
                        "The resolution that appointed you guardian or trustee of this child",
                    )),
                    summary_label: Some(Text::new("Қаулының нөмірі", "Номер постановления", "Resolution number")),
                    width: Some("10"),
                    ..Field::new(
                        "resolution_number",
                        Text::new(
                            "Әкімдік қаулысының нөмірі",
                            "Номер постановления акимата",
                            "Akimat resolution number",
                        ),
                        FieldKind::Text { max: 30, multiline: false },
                        Text::new(
                            "Әкімдік қаулысының нөмірін енгізіңіз",
                            "Введите номер постановления акимата",
                            "Enter the number of the akimat resolution",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new("Мысалы, 15 9 2020", "Например, 15 9 2020", "For example, 15 9 2020")),
                    summary_label: Some(Text::new("Қаулының күні", "Дата постановления", "Resolution date")),
                    ..Field::new(
                        "resolution_date",
                        Text::new(
                            "Әкімдік қаулысының күні",
                            "Дата постановления акимата",
                            "Date of the akimat resolution",
                        ),
                        FieldKind::Date { not_future: true },
                        Text::new(
                            "Әкімдік қаулысының күнін енгізіңіз",
                            "Введите дату постановления акимата",
                            "Enter the date of the akimat resolution",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new(
                        "Анықтамада мүлік туралы белгі көрсетіледі",
                        "В справке делается отметка об имуществе",
                        "The certificate notes whether the child has property",
                    )),
                    summary_label: Some(Text::new("Баланың мүлкі", "Имущество ребёнка", "Child's property")),
                    ..Field::new(
                        "child_property",
                        Text::new(
                            "Балаға тиесілі мүлік бар ма?",
                            "Есть ли у ребёнка имущество?",
                            "Does the child own any property?",
                        ),
                        FieldKind::Choice { options: PROPERTY, control: ChoiceControl::Radios },
                        Text::new(
                            "Балаға тиесілі мүлік бар-жоғын таңдаңыз",
                            "Выберите, есть ли у ребёнка имущество",
                            "Select whether the child owns any property",
                        ),
                    )
                },
            ],
        )
    },
    PURPOSE,
];

const DOCUMENTS: &[DocumentSlot] = &[
    DocumentSlot {
        id: "resolution-copy",
        name: Text::new(
            "Қорғаншылық (қамқоршылық) белгілеу туралы әкімдік қаулысының көшірмесі",
            "Копия постановления акимата об установлении опеки (попечительства)",
            "Copy of the akimat resolution appointing you guardian or trustee",
        ),
        hint: Some(Text::new(
            "Балалар бойынша қаулылар бөлек болса, барлығын тіркеңіз",
            "Если по детям разные постановления, приложите все",
            "If there are separate resolutions for different children, attach them all",
        )),
        requirement: Requirement::Always,
        channels: &[Channel::Portal, Channel::ServiceCentre],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 10,
    },
    BIRTH_CERTIFICATE,
    IDENTITY,
];

/// Paragraphs 6 and 7 and the Appendix 1 tables. Times under a minute are rounded up to a minute
/// and 1.5 minutes to 2, the model's smallest unit being the minute.
const STEPS: &[ProcessStep] = &[
    ProcessStep {
        actor: Actor::Applicant,
        action: Text::new(
            "ЭҮП-ге ЖСН мен пароль арқылы кіреді",
            "Авторизуется на портале по ИИН и паролю",
            "Signs in to the portal with IIN and password",
        ),
        term: Term::minutes(1),
        channels: &[Channel::Portal],
    },
    ProcessStep {
        actor: Actor::Applicant,
        action: Text::new(
            "Қызметті таңдайды, тапсырыс үлгісін толтырады және Стандарттың 11-тармағында көрсетілген құжаттардың электрондық көшірмелерін тіркейді",
            "Выбирает услугу, заполняет форму запроса и прикрепляет электронные копии документов, указанных в пункте 11 Стандарта",
            "Chooses the service, fills in the request and attaches electronic copies of the documents listed in item 11 of the Standard",
        ),
        term: Term::minutes(2),
        channels: &[Channel::Portal],
    },
    ProcessStep {
        actor: Actor::Applicant,
        action: Text::new(
            "Тапсырысты ЭСҚ-мен куәландырады және ЖАО-ға жібереді; ЭҮП ЭСҚ тіркеу куәлігінің жарамдылығын және ЖСН сәйкестігін тексереді, расталмаса – бас тарту туралы хабарлама",
            "Подписывает запрос ЭЦП и отправляет в МИО; портал проверяет действительность регистрационного свидетельства ЭЦП и совпадение ИИН, если подпись не подтверждена – сообщение об отказе",
            "Signs the request with an ESP and sends it; the portal checks the ESP certificate and that its IIN matches, and refuses if it cannot be confirmed",
        ),
        term: Term::minutes(2),
        channels: &[Channel::Portal],
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Орталық операторы ХҚКО АЖ АЖО-ға логин мен пароль арқылы кіреді, қызметті таңдайды, тұтынушының және өкілдің нотариат куәландырған сенімхатының мәліметтерін енгізеді",
            "Оператор ЦОН входит в АРМ ИИС ЦОН по логину и паролю, выбирает услугу, вносит данные потребителя и нотариальной доверенности представителя",
            "The service centre operator signs in, chooses the service and enters your details and those of a representative's notarised power of attorney",
        ),
        term: Term::minutes(2),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "ЭҮШ арқылы ЖТ ММБ-дан тұтынушы мәліметтерін, БНАЖ-ден сенімхат мәліметтерін сұратады; олар болмаса – мәліметтерді алу мүмкін еместігі туралы хабарлама",
            "Через ШЭП запрашивает данные потребителя в ГБД ФЛ и данные доверенности в ЕНИС; если их нет – сообщение о невозможности получения данных",
            "Requests your details from the state database «Individuals» and the power of attorney from the notary system; if they are missing, a message that the data cannot be obtained",
        ),
        term: Term::minutes(2),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Оператор қағаз түріндегі құжаттардың болуы туралы белгі қояды, құжаттарды сканерлеп, тапсырысқа тіркейді, оны ЭСҚ-мен қол қойып, ЭҮШ арқылы ЭҮАШ АЖО-ға жібереді",
            "Оператор отмечает наличие документов на бумаге, сканирует их, прикрепляет к запросу, подписывает его ЭЦП и через ШЭП направляет в АРМ РШЭП",
            "The operator records the paper documents, scans and attaches them, signs the request with their ESP and sends it to the provider",
        ),
        term: Term::minutes(2),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "Электрондық құжатты ЭҮАШ АЖО-да тіркейді және өтінішке нөмір береді",
            "Регистрирует электронный документ в АРМ РШЭП и присваивает заявлению номер",
            "Registers the request in the provider's system and gives the application a number",
        ),
        term: Term::minutes(1),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Specialist,
        action: Text::new(
            "ЖАО құжаттардың Стандартқа және қызмет көрсету негіздемелеріне сәйкестігін тексереді, анықтаманы білім беру бөлімі бастығының ЭСҚ-мен қалыптастырады немесе бас тарту туралы хабарлама дайындайды; тұтынушы нәтижені жеке кабинеттен немесе Орталық операторынан алады",
            "МИО проверяет соответствие документов Стандарту и основаниям для оказания услуги, формирует справку с ЭЦП начальника отдела образования или сообщение об отказе; потребитель получает результат в личном кабинете или у оператора ЦОН",
            "The Education Department checks the documents against the Standard and the grounds for the service and issues the certificate, signed with its head's ESP, or a refusal; you receive it in your personal cabinet or from the service centre operator",
        ),
        term: FIVE_WORKING_DAYS,
        channels: &[],
    },
];

/// Appendix 3: the certificate and the refusal when the akimat refused to appoint a guardian.
const OUTPUTS: &[OutputTemplate] = &[
    OutputTemplate {
        result: 0,
        title: Text::new(
            "Қорғаншылық және қамқоршылық жөнінде анықтама",
            "Справка по опеке и попечительству",
            "Certificate on guardianship and trusteeship",
        ),
        fields: &[
            Text::new("Анықтаманың нөмірі", "Номер справки", "Certificate number"),
            Text::new(
                "Қорғаншының (қамқоршының) тегі, аты, әкесінің аты",
                "Фамилия, имя, отчество опекуна (попечителя)",
                "Guardian's (trustee's) full name",
            ),
            Text::new(
                "Қорғаншының тұрғылықты мекенжайы: қала, көше, үй, пәтер",
                "Адрес опекуна: город, улица, дом, квартира",
                "Guardian's address: town or city, street, house, flat",
            ),
            Text::new(
                "Көкпекті ауданы әкімдігінің қаулысының күні мен нөмірі",
                "Дата и номер постановления акимата Кокпектинского района",
                "Date and number of the Kokpekti district akimat resolution",
            ),
            Text::new(
                "Қамқорлыққа алынушының тегі, аты, әкесінің аты және туған күні",
                "Фамилия, имя, отчество и дата рождения подопечного",
                "Ward's full name and date of birth",
            ),
            Text::new(
                "Мүлкі туралы белгі: мүлкінің тізімдемесі істе тігулі немесе мүлкі жоқ",
                "Отметка об имуществе: опись имущества приобщена к делу или имущества нет",
                "Property note: the inventory is on the file, or there is no property",
            ),
            Text::new(
                "Қорғаншының (қамқоршының) міндеттері: қамқорлыққа алынушыны тәрбиелеу, оқыту, қоғамдық пайдалы қызметке даярлау, оның жеке мүліктік құқықтарын қорғау және сақтау, сотта және барлық мемлекеттік мекемелерде арнайы өкілеттіксіз оның өкілі болу",
                "Обязанности опекуна (попечителя): воспитание, обучение и подготовка подопечного к общественно полезной деятельности, защита и охрана его личных и имущественных прав, представительство в суде и во всех государственных учреждениях без специальных полномочий",
                "The guardian's duties: to bring up and educate the ward and prepare them for useful work, to protect the ward's personal and property rights, and to represent the ward in court and in all state bodies without special authority",
            ),
            Text::new(
                "Электрондық құжаттың қағаз тасығыштағы құжатқа тең екені туралы белгі (2003 жылғы 7 қаңтардағы № 370-II ҚР Заңының 7-бабының 1-тармағы)",
                "Отметка о равнозначности документу на бумажном носителе (пункт 1 статьи 7 Закона РК от 7 января 2003 года № 370-II)",
                "Statement that the document has the same force as a paper one (Law No. 370-II of 7 January 2003, article 7, item 1)",
            ),
            Text::new(
                "«Электрондық әкімдік» ақпараттық жүйесінің ЭСҚ-мен қол қойылған деректері бар штрих-код",
                "Штрих-код с данными информационной системы «Электронный акимат», подписанными ЭЦП",
                "Barcode with the data of the «E-akimat» information system, signed with an ESP",
            ),
        ],
        signed_by: Text::new(
            "Көкпекті ауданының білім беру бөлімінің бастығы (Т.А.Ә., ЭСҚ)",
            "Начальник отдела образования Кокпектинского района (Ф.И.О., ЭЦП)",
            "Head of the Kokpekti District Education Department (full name, ESP)",
        ),
    },
    OutputTemplate {
        result: 1,
        title: Text::new(
            "Қамқоршылық және қорғаншылық тағайындаудан бас тарту туралы әкімдік шешімі болған жағдайдағы бас тарту",
            "Отказ при наличии решения акимата об отказе в установлении опеки и попечительства",
            "Refusal where the akimat has decided not to appoint a guardian or trustee",
        ),
        fields: &[
            Text::new(
                "Өтініш берушінің тегі, аты, әкесінің аты",
                "Фамилия, имя, отчество заявителя",
                "Applicant's full name",
            ),
            Text::new(
                "Баланың тегі, аты, әкесінің аты және туған күні",
                "Фамилия, имя, отчество и дата рождения ребёнка",
                "Child's full name and date of birth",
            ),
            Text::new(
                "Бас тарту себебі: әкімдік шешімінің күні мен нөмірі",
                "Причина отказа: дата и номер решения акимата",
                "Reason for refusal: date and number of the akimat decision",
            ),
            Text::new(
                "Электрондық құжаттың қағаз тасығыштағы құжатқа тең екені туралы белгі (2003 жылғы 7 қаңтардағы № 370-II ҚР Заңының 7-бабының 1-тармағы)",
                "Отметка о равнозначности документу на бумажном носителе (пункт 1 статьи 7 Закона РК от 7 января 2003 года № 370-II)",
                "Statement that the document has the same force as a paper one (Law No. 370-II of 7 January 2003, article 7, item 1)",
            ),
            Text::new(
                "«Электрондық әкімдік» ақпараттық жүйесінің ЭСҚ-мен қол қойылған деректері бар штрих-код",
                "Штрих-код с данными информационной системы «Электронный акимат», подписанными ЭЦП",
                "Barcode with the data of the «E-akimat» information system, signed with an ESP",
            ),
        ],
        signed_by: Text::new(
            "Көкпекті ауданының білім беру бөлімінің бастығы (Т.А.Ә., ЭСҚ)",
            "Начальник отдела образования Кокпектинского района (Ф.И.О., ЭЦП)",
            "Head of the Kokpekti District Education Department (full name, ESP)",
        ),
    },
];

/// Certificates on guardianship and trusteeship, version 1 (Kokpekti district, 2012).
pub static GUARDIANSHIP_CERTIFICATE_V1: ServiceDefinition = ServiceDefinition {
    slug: "guardianship-certificate",
    version: 1,
    valid_from: "2013-02-04",
    valid_to: Some("2016-02-29"),
    passport: Passport {
        name: Text::new(
            "Қорғаншылық және қамқоршылық жөнінде анықтамалар беру",
            "Выдача справок по опеке и попечительству",
            "Issuing certificates on guardianship and trusteeship",
        ),
        summary: Text::new(
            "Көкпекті ауданының білім беру бөлімі әкімдік қаулысымен балаға және оның мүлкіне қорғаншы (қамқоршы) болып тағайындалғаныңызды растайтын анықтама береді.",
            "Отдел образования Кокпектинского района выдаёт справку о том, что постановлением акимата вы назначены опекуном (попечителем) ребёнка и его имущества.",
            "The Kokpekti District Education Department issues a certificate confirming that the akimat has appointed you guardian or trustee of a child and the child's property.",
        ),
        provider: Text::new(
            "«Көкпекті ауданының білім беру бөлімі» мемлекеттік мекемесі",
            "Государственное учреждение «Отдел образования Кокпектинского района»",
            "Kokpekti District Education Department (a state institution)",
        ),
        recipients: Text::new(
            "Жеке тұлғалар – балаға және оның мүлкіне тағайындалған қорғаншылар (қамқоршылар)",
            "Физические лица – опекуны (попечители), назначенные над ребёнком и его имуществом",
            "Individuals appointed as guardian or trustee of a child and the child's property",
        ),
        territory: Text::new(
            "Шығыс Қазақстан облысы, Көкпекті ауданы",
            "Кокпектинский район Восточно-Казахстанской области",
            "Kokpekti district, East Kazakhstan region",
        ),
        channels: &[Channel::Portal, Channel::ServiceCentre],
        term: FIVE_WORKING_DAYS,
        other_terms: &[TermNote {
            term: FIVE_WORKING_DAYS,
            applies_to: Text::new(
                "Халыққа қызмет көрсету орталығы арқылы берілген өтініш",
                "Обращение через центр обслуживания населения",
                "Applications made at a public service centre",
            ),
        }],
        fee: Text::new(
            "Регламентте ақы белгіленбеген",
            "Регламентом плата не установлена",
            "The regulation sets no fee",
        ),
        results: &[
            ResultKind {
                name: Text::new(
                    "Қорғаншылық және қамқоршылық жөнінде анықтама",
                    "Справка по опеке и попечительству",
                    "Certificate on guardianship and trusteeship",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Қызмет көрсетуден бас тарту туралы хабарлама – бас тарту негіздемесі жазылған ерікті нысандағы хат",
                    "Сообщение об отказе в оказании услуги – письмо в произвольной форме с указанием основания отказа",
                    "Refusal notice – a free-form letter stating the reason for refusal",
                ),
                term: None,
            },
        ],
        result_form: Text::new(
            "ЖАО уәкілетті тұлғасының (білім беру бөлімі бастығының) ЭЦҚ-сымен қалыптастырылған электрондық құжат: порталда – жеке кабинетте, Орталықта – оператор арқылы беріледі. Өтініштің мәртебесі өзгергенде немесе мерзім ұзартылғанда жеке кабинеттің «Хабарлама» бөліміне хабарлама келеді",
            "Электронный документ, сформированный с ЭЦП уполномоченного лица МИО (начальника отдела образования): на портале – в личном кабинете, в ЦОН – через оператора. При изменении статуса заявки или продлении срока в разделе «Уведомления» личного кабинета появляется сообщение",
            "An electronic document signed with the ESP of the authorised officer (the head of the Education Department): on the portal, in your personal cabinet; at a service centre, handed over by the operator. You get a message in the «Notifications» section of your personal cabinet when the status changes or the term is extended",
        ),
        documents: PASSPORT_DOCUMENTS,
        refusal_grounds: &[
            Text::new(
                "Тұтынушы құжаттарының Стандартта көрсетілген құжаттарға және қызмет көрсету негіздемелеріне сәйкес келмеуі",
                "Несоответствие документов потребителя документам, указанным в Стандарте, и основаниям для оказания услуги",
                "Your documents do not match those the Standard requires, or there are no grounds to provide the service",
            ),
            Text::new(
                "Тұтынушының ЭЦҚ-сы расталмауы: тіркеу куәлігінің мерзімі өткен, ол кері қайтарылған немесе тапсырыстағы ЖСН куәліктегі ЖСН-ге сәйкес келмейді",
                "ЭЦП потребителя не подтверждена: истёк срок регистрационного свидетельства, оно отозвано или ИИН в запросе не совпадает с ИИН в свидетельстве",
                "Your digital signature (ESP) cannot be confirmed: the certificate has expired or been revoked, or the IIN in the request differs from the IIN in the certificate",
            ),
            Text::new(
                "Тұтынушы мәліметтерінің «Жеке тұлғалар» мемлекеттік мәліметтер базасында немесе сенімхат мәліметтерінің бірыңғай нотариалдық ақпараттық жүйеде болмауы",
                "Отсутствие сведений о потребителе в государственной базе данных «Физические лица» или сведений о доверенности в единой нотариальной информационной системе",
                "Your details are not in the state database «Individuals», or the power of attorney is not in the unified notary information system",
            ),
            Text::new(
                "Қорғаншылық және қамқоршылық тағайындаудан бас тарту туралы әкімдік шешімінің болуы",
                "Наличие решения акимата об отказе в установлении опеки и попечительства",
                "The akimat has decided to refuse to appoint a guardian or trustee",
            ),
        ],
        legal_basis: &[
            Text::new(
                "Шығыс Қазақстан облысы Көкпекті ауданы әкімдігінің 2012 жылғы 24 желтоқсандағы № 417 қаулысы (Шығыс Қазақстан облысының Әділет департаментінде 2013 жылғы 4 ақпанда № 2869 болып тіркелген; Көкпекті ауданы әкімдігінің 2013 жылғы 13 мамырдағы № 127 қаулысымен күші жойылған)",
                "Постановление акимата Кокпектинского района Восточно-Казахстанской области от 24 декабря 2012 года № 417 (зарегистрировано Департаментом юстиции Восточно-Казахстанской области 4 февраля 2013 года № 2869; утратило силу постановлением акимата Кокпектинского района от 13 мая 2013 года № 127)",
                "Resolution of the Kokpekti district akimat (East Kazakhstan region) No. 417 of 24 December 2012 (registered by the Justice Department of East Kazakhstan region on 4 February 2013, No. 2869; repealed by resolution No. 127 of the Kokpekti district akimat of 13 May 2013)",
            ),
            Text::new(
                "«Қорғаншылық және қамқоршылық жөнінде анықтамалар беру» мемлекеттік қызмет стандарты, ҚР Үкіметінің 2012 жылғы 31 тамыздағы № 1119 қаулысы",
                "Стандарт государственной услуги «Выдача справок по опеке и попечительству», постановление Правительства РК от 31 августа 2012 года № 1119",
                "State service standard «Issuing certificates on guardianship and trusteeship», Government resolution No. 1119 of 31 August 2012",
            ),
            Text::new(
                "«Әкімшілік рәсімдер туралы» 2000 жылғы 27 қарашадағы ҚР Заңының 9-1-бабының 4-тармағы",
                "Пункт 4 статьи 9-1 Закона РК от 27 ноября 2000 года «Об административных процедурах»",
                "Law of 27 November 2000 «On administrative procedures», article 9-1, item 4",
            ),
            Text::new(
                "«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» 2001 жылғы 23 қаңтардағы ҚР Заңының 31-бабы 1-тармағының 17-1) тармақшасы",
                "Подпункт 17-1) пункта 1 статьи 31 Закона РК от 23 января 2001 года «О местном государственном управлении и самоуправлении в Республике Казахстан»",
                "Law of 23 January 2001 «On local state administration and self-government in the Republic of Kazakhstan», article 31, item 1, sub-item 17-1)",
            ),
            Text::new(
                "«Ақпараттандыру туралы» 2007 жылғы 11 қаңтардағы ҚР Заңының 29-бабының 2-тармағы",
                "Пункт 2 статьи 29 Закона РК от 11 января 2007 года «Об информатизации»",
                "Law of 11 January 2007 «On informatization», article 29, item 2",
            ),
            Text::new(
                "«Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II ҚР Заңының 7-бабының 1-тармағы – электрондық анықтама қағаз құжатқа тең",
                "Пункт 1 статьи 7 Закона РК от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи» – электронная справка равнозначна документу на бумажном носителе",
                "Law No. 370-II of 7 January 2003 «On electronic document and electronic digital signature», article 7, item 1 – the electronic certificate has the same force as a paper one",
            ),
        ],
        source: SeedRef {
            seed: "003",
            regulation: Some(4),
            act: Text::new(
                "«Қорғаншылық және қамқоршылық жөнінде анықтамалар беру» электрондық мемлекеттік қызмет регламенті",
                "Регламент электронной государственной услуги «Выдача справок по опеке и попечительству»",
                "Regulation of the electronic state service «Issuing certificates on guardianship and trusteeship»",
            ),
        },
        notes: &[
            Text::new(
                "1-нұсқадан 2-нұсқаға өзгерістер – мерзім: бұрын кез келген өтініш 5 жұмыс күні ішінде қаралатын еді; енді қорғаншылық туралы деректер ақпараттық жүйелерде болса – 5 минут, болмаса – 3 жұмыс күні (құжаттарды қабылдау күні мерзімге кірмейді); Мемлекеттік корпорацияда сұратуды өңдеу – 15 минут, нәтижені алу үшін күту – 15 минуттан аспайды",
                "Изменения между версиями 1 и 2 – сроки: раньше любое обращение рассматривалось 5 рабочих дней; теперь 5 минут, если сведения об опеке есть в информационных системах, иначе 3 рабочих дня (день приёма документов в срок не входит); в Государственной корпорации обработка запроса – 15 минут, ожидание выдачи результата – не более 15 минут",
                "Changes from version 1 to version 2 – terms: before, every application took 5 working days; now it takes 5 minutes when the guardianship record is already in the information systems, otherwise 3 working days (not counting the day the documents are accepted). At the State Corporation, processing the request takes 15 minutes and you wait no more than 15 minutes to collect the result",
            ),
            Text::new(
                "1-нұсқадан 2-нұсқаға өзгерістер – құжаттар: бұрын ҚР Үкіметінің 2012 жылғы 31 тамыздағы № 1119 қаулысымен бекітілген Стандарттың 11-тармағындағы тізбе қолданылды; енді ҚР Білім және ғылым министрінің 2015 жылғы 13 сәуірдегі № 198 бұйрығымен бекітілген Стандарттың 9-тармағындағы тізбе қолданылады. Өтініш берушінің деректері «Жеке тұлғалар» мемлекеттік деректер базасынан, қорғаншылық белгілеу туралы деректер ақпараттық жүйелерден алынады; сенімхатты бірыңғай нотариалдық ақпараттық жүйеде тексеру енді сипатталмайды",
                "Изменения между версиями 1 и 2 – документы: раньше применялся перечень пункта 11 Стандарта, утверждённого постановлением Правительства РК от 31 августа 2012 года № 1119; теперь – перечень пункта 9 Стандарта, утверждённого приказом Министра образования и науки РК от 13 апреля 2015 года № 198. Данные заявителя берутся из ГБД «Физические лица», сведения об установлении опеки – из информационных систем; проверка доверенности в единой нотариальной информационной системе больше не описывается",
                "Changes from version 1 to version 2 – documents: before, the list in item 11 of the Standard approved by Government resolution No. 1119 of 31 August 2012 applied; now the list in item 9 of the Standard approved by order No. 198 of the Minister of Education and Science of 13 April 2015 applies. Your details come from the state database «Individuals» and the guardianship record from the information systems; checking a power of attorney in the unified notary information system is no longer described",
            ),
            Text::new(
                "1-нұсқадан 2-нұсқаға өзгерістер – арналар: бұрын өтініш халыққа қызмет көрсету орталықтары (ХҚКО) және www.e.gov.kz порталы арқылы беріліп, қызметті «Көкпекті ауданының білім беру бөлімі» ММ көрсетті; енді өтініш «Азаматтарға арналған үкімет» мемлекеттік корпорациясы және www.egov.kz порталы арқылы беріледі, қызметті аудандардың және облыстық маңызы бар қалалардың жергілікті атқарушы органдары көрсетеді. Нәтижені уәкілетті тұлғаның қолымен және мөрімен расталған қағаз түрінде де алуға болады",
                "Изменения между версиями 1 и 2 – каналы: раньше заявление подавалось через центры обслуживания населения (ЦОН) и портал www.e.gov.kz, услугу оказывал ГУ «Отдел образования Кокпектинского района»; теперь – через Государственную корпорацию «Правительство для граждан» и портал www.egov.kz, услугу оказывают местные исполнительные органы районов и городов областного значения. Результат можно получить и на бумаге, заверенный подписью и печатью уполномоченного лица",
                "Changes from version 1 to version 2 – channels: before, you applied at a public service centre (ЦОН) or on the portal www.e.gov.kz, and the Kokpekti District Education Department provided the service; now you apply through the State Corporation «Government for Citizens» or the portal www.egov.kz, and the akimat of the district or city of regional significance provides it. You can also get the result on paper, signed and sealed by the authorised officer",
            ),
            Text::new(
                "Регламент құжаттар тізбесін Стандарттың 11-тармағына сілтейді, тізбенің өзі регламентте жоқ. Мұндағы тізбе аудандық білім бөлімінің шамамен 2013 жылғы жарияланған тізбесінен алынды [дереккөз: edu.fedorovka.kz] және Стандарттан өзгеше болуы мүмкін",
                "Регламент отсылает к пункту 11 Стандарта и перечня документов не содержит. Перечень здесь взят из опубликованного перечня районного отдела образования около 2013 года [источник: edu.fedorovka.kz] и может отличаться от Стандарта",
                "The regulation refers to item 11 of the Standard and does not list the documents itself. The list here comes from a district education department's published list of about 2013 [source: edu.fedorovka.kz] and may differ from the Standard",
            ),
            Text::new(
                "Регламентте құжаттарды қабылдау күнінің мерзімге кіретін-кірмейтіні айтылмаған; 5 жұмыс күні – 1-қосымшадағы «тұтынушының нәтижені алуы» қадамының мерзімі",
                "Регламент не говорит, входит ли день приёма документов в срок; 5 рабочих дней – срок шага «получение потребителем результата» в приложении 1",
                "The regulation does not say whether the day the documents are accepted counts; the 5 working days are the time given for the step «the consumer receives the result» in Appendix 1",
            ),
            Text::new(
                "Анықтамада қорғаншының (қамқоршының) аты-жөні мен мекенжайы, қамқорлыққа алынушының аты-жөні мен туған күні, әкімдік қаулысының нөмірі мен күні және мүлік туралы белгі көрсетіледі",
                "В справке указываются ФИО и адрес опекуна (попечителя), ФИО и дата рождения подопечного, номер и дата постановления акимата и отметка об имуществе",
                "The certificate shows the guardian's (trustee's) name and address, the ward's name and date of birth, the number and date of the akimat resolution, and a note on the ward's property",
            ),
            Text::new(
                "Бас тарту үлгісі себеп ретінде қорғаншылық тағайындаудан бас тарту туралы әкімдік шешімін көрсетеді, ал 3-қосымшаның ескертпесі бас тартуды негіздемесі жазылған ерікті нысандағы хат деп сипаттайды (?)",
                "Образец отказа называет причиной решение акимата об отказе в установлении опеки, а примечание к приложению 3 описывает отказ как письмо в произвольной форме с основанием (?)",
                "The refusal template gives an akimat decision refusing to appoint a guardian as the reason, while the note to Appendix 3 describes a refusal as a free-form letter stating the grounds (?)",
            ),
            Text::new(
                "Қаулының күші 2013 жылғы 13 мамырда жойылған; мұнда бұл нұсқаның қолданылу мерзімі нұсқалар бір-бірін жалғастыруы үшін 2-нұсқа басталар алдындағы күнмен аяқталады. Қолданылу басталған күн – қаулының Әділет департаментінде тіркелген күні",
                "Постановление утратило силу 13 мая 2013 года; здесь срок действия этой версии заканчивается накануне начала версии 2, чтобы версии шли одна за другой. Дата начала – дата регистрации постановления в Департаменте юстиции",
                "The resolution was repealed on 13 May 2013; here this version is shown as ending the day before version 2 begins, so that the versions follow on from each other. The start date is the date the resolution was registered by the Justice Department",
            ),
            Text::new(
                "Регламентте тапсырыс үлгісінің өрістері жоқ. Балалардың ЖСН-і және анықтаманың мақсаты кейінгі дереккөздерден алынды [дереккөз: egov.kz «Қорғаншылық» мақаласы, 02.10.2023; standards.md §4.2 – өрістер тізімі қорытынды (?)]; баланың аты-жөні мен туған күні, әкімдік қаулысының нөмірі мен күні және мүлік туралы белгі – 3-қосымшадағы анықтама үлгісінен. Әкімдік қаулысының көшірмесі мен жеке куәлік аудандық білім бөлімінің шамамен 2013 жылғы тізбесінен алынды [дереккөз: edu.fedorovka.kz]",
                "В регламенте нет полей формы запроса. ИИН детей и цель справки взяты из более поздних источников [источник: статья egov.kz об опеке, 02.10.2023; standards.md §4.2 – перечень полей выведен (?)]; ФИО и дата рождения ребёнка, номер и дата постановления акимата и отметка об имуществе – из образца справки в приложении 3. Копия постановления акимата и удостоверение личности – из перечня районного отдела образования около 2013 года [источник: edu.fedorovka.kz]",
                "The regulation lists no request fields. The children's IINs and the purpose of the certificate come from later sources [source: egov.kz guardianship article, 2 October 2023; standards.md §4.2 – the field list is inferred (?)]; the child's name and date of birth, the number and date of the akimat resolution and the note on property come from the certificate template in Appendix 3. The copy of the akimat resolution and the identity document come from a district education department's list of about 2013 [source: edu.fedorovka.kz]",
            ),
            Text::new(
                "Ақпарат алу және шағымдану: «электрондық үкімет» порталының байланыс орталығы – 1414",
                "Информация и жалобы: контакт-центр портала «электронного правительства» – 1414",
                "Information and complaints: the e-government portal contact centre, 1414",
            ),
        ],
    },
    pages: PAGES,
    documents: DOCUMENTS,
    declaration: Some(DECLARATION),
    steps: STEPS,
    outputs: OUTPUTS,
    changes: &[],
};
