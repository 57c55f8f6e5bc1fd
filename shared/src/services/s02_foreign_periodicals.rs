//! S2 — «Шығыс Қазақстан облысы аумағында таралатын шетелдік мерзімді баспасөз басылымдарын
//! есепке алу» / «Учет иностранных периодических печатных изданий, распространяемых на территории
//! Восточно-Казахстанской области» (registration of foreign periodicals).
//!
//! Seed 001: East Kazakhstan oblast akimat resolution No. 183 of 28.07.2015. The result follows
//! paragraph 3; terms follow paragraph 5; the channels follow paragraphs 1, 9 and 11. Documents and
//! substantive refusal grounds are in paragraph 9 of the national standard, which the seed does not
//! reproduce (see `notes`). The form asks what the 2016 rules on registering foreign periodicals
//! require of the distributor's application; the steps follow paragraphs 5, 9 and 11.

use crate::definition::*;
use crate::lang::Text;

/// The seed leaves the day of acceptance out of the term only for the public service centre.
const fn working_days_from_acceptance(amount: u32) -> Term {
    Term { amount, unit: TermUnit::WorkingDays, acceptance_day_counts: true }
}

const PASSPORT_DOCUMENTS: &[PassportDocument] = &[
    PassportDocument {
        name: Text::new(
            "Алынатын мемлекеттік қызметтің атауы көрсетілген өтініш",
            "Заявление с указанием наименования государственной услуги",
            "An application naming the service you need",
        ),
        channels: &[],
        note: Some(Text::new(
            "ХҚО-да – қағаз тасығыштағы өтініш бланкісі; порталда – ЭЦҚ-мен қол қойылған электрондық сұрау салу",
            "В ЦОН – бланк заявления на бумажном носителе; на портале – электронный запрос, подписанный ЭЦП",
            "At a public service centre, a paper application form; on the portal, an electronic request signed with your digital signature (ESP)",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Стандарттың 9-тармағында көзделген құжаттар",
            "Документы, предусмотренные пунктом 9 Стандарта",
            "The documents listed in paragraph 9 of the standard",
        ),
        channels: &[Channel::ServiceCentre, Channel::Provider],
        note: Some(Text::new(
            "Тізбе регламентте келтірілмеген; порталда оларды тіркеу туралы айтылмаған",
            "Перечень в регламенте не приведён; о прикреплении их на портале не сказано",
            "The regulation does not give the list, and does not say whether they are attached on the portal",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Нотариалды расталған сенімхат",
            "Нотариально удостоверенная доверенность",
            "A notarised power of attorney",
        ),
        channels: &[Channel::ServiceCentre, Channel::Provider],
        note: Some(Text::new(
            "Өтінішті немесе нәтижені қызмет алушының өкілі тапсырса не алса",
            "Если заявление подаёт или результат получает представитель услугополучателя",
            "If someone else applies or collects the result for you",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", "Identity document"),
        channels: &[Channel::ServiceCentre],
        note: Some(Text::new(
            "Нәтижені алу кезінде құжаттарды қабылдау туралы қолхатпен бірге көрсетіледі",
            "Предъявляется при получении результата вместе с распиской о приёме документов",
            "Shown when you collect the result, together with the receipt for your documents",
        )),
        from_state_systems: false,
    },
];

const APPLICANT_KINDS: &[ChoiceOption] = &[
    ChoiceOption {
        value: "organisation",
        label: Text::new(
            "Заңды тұлға (таратушы ұйым)",
            "Юридическое лицо (организация-распространитель)",
            "An organisation (the distributor)",
        ),
        hint: Some(Text::new(
            "Өтінішке ұйымның ЭЦҚ-сымен қол қоясыз",
            "Заявление подписывается ЭЦП организации",
            "You sign the application with the organisation's digital signature (ESP)",
        )),
    },
    ChoiceOption {
        value: "individual",
        label: Text::new(
            "Жеке тұлға немесе жеке кәсіпкер",
            "Физическое лицо или индивидуальный предприниматель",
            "An individual, including an individual entrepreneur",
        ),
        hint: None,
    },
];

const PUBLICATION_KINDS: &[ChoiceOption] = &[
    ChoiceOption { value: "newspaper", label: Text::new("Газет", "Газета", "Newspaper"), hint: None },
    ChoiceOption { value: "magazine", label: Text::new("Журнал", "Журнал", "Magazine"), hint: None },
    ChoiceOption {
        value: "other",
        label: Text::new("Басқа мерзімді басылым", "Другое периодическое издание", "Another periodical"),
        hint: Some(Text::new(
            "Мысалы, альманах немесе бюллетень",
            "Например, альманах или бюллетень",
            "For example, an almanac or a bulletin",
        )),
    },
];

const TERRITORIES: &[ChoiceOption] = &[
    ChoiceOption {
        value: "whole",
        label: Text::new("Облыстың бүкіл аумағында", "На всей территории области", "Across the whole oblast"),
        hint: None,
    },
    ChoiceOption {
        value: "part",
        label: Text::new(
            "Облыстың жекелеген қалалары мен аудандарында",
            "В отдельных городах и районах области",
            "In some cities and districts of the oblast",
        ),
        hint: None,
    },
];

const PAGES: &[Page] = &[
    Page::new(
        "applicant-kind",
        Text::new("Өтінішті кім береді?", "Кто подаёт заявление?", "Who is applying?"),
        &[Field {
            summary_label: Some(Text::new("Өтініш беруші", "Заявитель", "Applicant")),
            ..Field::new(
                "applicant_kind",
                Text::new("Өтінішті кім береді?", "Кто подаёт заявление?", "Who is applying?"),
                FieldKind::Choice { options: APPLICANT_KINDS, control: ChoiceControl::Radios },
                Text::new(
                    "Өтінішті кім беретінін таңдаңыз",
                    "Выберите, кто подаёт заявление",
                    "Select who is applying",
                ),
            )
        }],
    ),
    Page::new(
        "applicant",
        Text::new("Сіздің деректеріңіз", "Ваши данные", "Your details"),
        &[
            Field {
                summary_label: Some(Text::new("Аты-жөні", "ФИО", "Name")),
                prefill: Some((DataSource::IndividualsDb, RegistryAttr::FullName)),
                autocomplete: Some("name"),
                ..Field::new(
                    "applicant_name",
                    Text::new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество", "Full name"),
                    FieldKind::PersonName { max: 150 },
                    Text::new(
                        "Тегіңізді, атыңызды және әкеңіздің атын енгізіңіз",
                        "Введите фамилию, имя и отчество",
                        "Enter your full name",
                    ),
                )
            },
            Field {
                prefill: Some((DataSource::IndividualsDb, RegistryAttr::Iin)),
                ..Field::new(
                    "applicant_iin",
                    Text::new("ЖСН", "ИИН", "IIN"),
                    FieldKind::Iin,
                    Text::new("ЖСН енгізіңіз", "Введите ИИН", "Enter your IIN"),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Маман сұрақ туындаса хабарласады",
                    "Специалист позвонит, если возникнут вопросы",
                    "An officer will call you if they have questions",
                )),
                autocomplete: Some("tel"),
                width: Some("20"),
                ..Field::new(
                    "phone",
                    Text::new("Байланыс телефоны", "Контактный телефон", "Contact phone number"),
                    FieldKind::Phone,
                    Text::new(
                        "Байланыс телефонын енгізіңіз",
                        "Введите контактный телефон",
                        "Enter a contact phone number",
                    ),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Нәтиже дайын болғанда хабарлама жібереміз",
                    "Сообщим, когда результат будет готов",
                    "We will tell you when the result is ready",
                )),
                summary_label: Some(Text::new("Электрондық пошта", "Электронная почта", "Email address")),
                autocomplete: Some("email"),
                ..Field::optional(
                    "email",
                    Text::new(
                        "Электрондық пошта (міндетті емес)",
                        "Электронная почта (необязательно)",
                        "Email address (optional)",
                    ),
                    FieldKind::Email,
                )
            },
        ],
    ),
    Page {
        show_if: Some(Condition::Equals("applicant_kind", "organisation")),
        ..Page::new(
            "organisation",
            Text::new("Таратушы ұйым", "Организация-распространитель", "The distributing organisation"),
            &[
                Field {
                    summary_label: Some(Text::new("Ұйымның БСН-ы", "БИН организации", "Organisation's BIN")),
                    ..Field::new(
                        "org_bin",
                        Text::new("БСН", "БИН", "Business identification number (BIN)"),
                        FieldKind::Bin,
                        Text::new(
                            "Ұйымның БСН-ын енгізіңіз",
                            "Введите БИН организации",
                            "Enter the organisation's BIN",
                        ),
                    )
                },
                Field {
                    autocomplete: Some("organization"),
                    ..Field::new(
                        "org_name",
                        Text::new("Ұйымның атауы", "Наименование организации", "Organisation name"),
                        FieldKind::Text { max: 300, multiline: false },
                        Text::new(
                            "Ұйымның атауын енгізіңіз",
                            "Введите наименование организации",
                            "Enter the organisation's name",
                        ),
                    )
                },
            ],
        )
    },
    Page::new(
        "publication",
        Text::new(
            "Шетелдік мерзімді баспасөз басылымы",
            "Иностранное периодическое печатное издание",
            "The foreign periodical",
        ),
        &[
            Field {
                hint: Some(Text::new(
                    "Басылымның өзінде жазылғандай",
                    "Как указано в самом издании",
                    "As printed on the publication",
                )),
                summary_label: Some(Text::new("Басылымның атауы", "Название издания", "Title")),
                ..Field::new(
                    "publication_title",
                    Text::new("Басылымның атауы", "Название издания", "Title of the publication"),
                    FieldKind::Text { max: 300, multiline: false },
                    Text::new(
                        "Басылымның атауын енгізіңіз",
                        "Введите название издания",
                        "Enter the title of the publication",
                    ),
                )
            },
            Field {
                summary_label: Some(Text::new("Басылымның түрі", "Вид издания", "Type")),
                ..Field::new(
                    "publication_kind",
                    Text::new("Басылымның түрі", "Вид издания", "Type of publication"),
                    FieldKind::Choice { options: PUBLICATION_KINDS, control: ChoiceControl::Radios },
                    Text::new("Басылымның түрін таңдаңыз", "Выберите вид издания", "Select the type of publication"),
                )
            },
            Field {
                summary_label: Some(Text::new("Шығарылатын елі", "Страна выпуска", "Country")),
                autocomplete: Some("country-name"),
                ..Field::new(
                    "publication_country",
                    Text::new("Басылым шығарылатын ел", "Страна выпуска издания", "Country where it is published"),
                    FieldKind::Text { max: 100, multiline: false },
                    Text::new(
                        "Басылым шығарылатын елді енгізіңіз",
                        "Введите страну выпуска издания",
                        "Enter the country where it is published",
                    ),
                )
            },
        ],
    ),
    Page::new(
        "language-periodicity",
        Text::new("Тілі мен мерзімділігі", "Язык и периодичность", "Language and frequency"),
        &[
            Field {
                hint: Some(Text::new(
                    "Бірнеше тіл болса, бәрін жазыңыз",
                    "Если языков несколько, укажите все",
                    "If there is more than one, list them all",
                )),
                summary_label: Some(Text::new("Тілі", "Язык", "Language")),
                ..Field::new(
                    "language",
                    Text::new("Басылым таратылатын тіл", "Язык распространения издания", "Language of the publication"),
                    FieldKind::Text { max: 100, multiline: false },
                    Text::new(
                        "Басылымның тілін енгізіңіз",
                        "Введите язык издания",
                        "Enter the language of the publication",
                    ),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Мысалы, аптасына бір рет немесе жылына 12 нөмір",
                    "Например, раз в неделю или 12 номеров в год",
                    "For example, once a week or 12 issues a year",
                )),
                summary_label: Some(Text::new("Мерзімділігі", "Периодичность", "Frequency")),
                ..Field::new(
                    "periodicity",
                    Text::new("Мерзімділігі", "Периодичность", "How often is it published?"),
                    FieldKind::Text { max: 100, multiline: false },
                    Text::new(
                        "Басылымның мерзімділігін енгізіңіз",
                        "Введите периодичность издания",
                        "Enter how often it is published",
                    ),
                )
            },
        ],
    ),
    Page::new(
        "subject",
        Text::new(
            "Басылымның негізгі тақырыптық бағыты қандай?",
            "Какова основная тематическая направленность издания?",
            "What is the publication mainly about?",
        ),
        &[Field {
            hint: Some(Text::new(
                "Мысалы, қоғамдық-саяси, ғылыми-көпшілік, балаларға арналған",
                "Например, общественно-политическое, научно-популярное, детское",
                "For example, news and politics, popular science, or children's",
            )),
            summary_label: Some(Text::new("Тақырыптық бағыты", "Тематическая направленность", "Subject")),
            ..Field::new(
                "subject",
                Text::new(
                    "Басылымның негізгі тақырыптық бағыты қандай?",
                    "Какова основная тематическая направленность издания?",
                    "What is the publication mainly about?",
                ),
                FieldKind::Text { max: 1000, multiline: true },
                Text::new(
                    "Басылымның негізгі тақырыптық бағытын жазыңыз",
                    "Укажите основную тематическую направленность издания",
                    "Enter what the publication is mainly about",
                ),
            )
        }],
    ),
    Page::new(
        "distribution",
        Text::new("Облыста таратылуы", "Распространение в области", "Distribution in the oblast"),
        &[
            Field {
                summary_label: Some(Text::new("Тарату аумағы", "Территория распространения", "Where")),
                ..Field::new(
                    "distribution_territory",
                    Text::new(
                        "Басылым қай жерде таратылады?",
                        "Где будет распространяться издание?",
                        "Where will it be distributed?",
                    ),
                    FieldKind::Choice { options: TERRITORIES, control: ChoiceControl::Radios },
                    Text::new(
                        "Тарату аумағын таңдаңыз",
                        "Выберите территорию распространения",
                        "Select where it will be distributed",
                    ),
                )
            },
            Field {
                show_if: Some(Condition::Equals("distribution_territory", "part")),
                hint: Some(Text::new(
                    "Мысалы, Өскемен, Риддер, Глубокое ауданы",
                    "Например, Усть-Каменогорск, Риддер, Глубоковский район",
                    "For example, Oskemen, Ridder and Glubokoye district",
                )),
                summary_label: Some(Text::new("Қалалар мен аудандар", "Города и районы", "Cities and districts")),
                ..Field::new(
                    "distribution_area",
                    Text::new(
                        "Қай қалалар мен аудандарда?",
                        "В каких городах и районах?",
                        "Which cities and districts?",
                    ),
                    FieldKind::Text { max: 500, multiline: true },
                    Text::new(
                        "Қалалар мен аудандарды жазыңыз",
                        "Укажите города и районы",
                        "Enter the cities and districts",
                    ),
                )
            },
            Field {
                hint: Some(Text::new("Цифрмен, мысалы, 500", "Цифрами, например 500", "In figures, for example 500")),
                summary_label: Some(Text::new("Даналар саны", "Количество экземпляров", "Copies")),
                width: Some("10"),
                ..Field::new(
                    "copies",
                    Text::new(
                        "Таратылатын даналардың болжамды саны",
                        "Предполагаемое количество распространяемых экземпляров",
                        "How many copies do you expect to distribute?",
                    ),
                    FieldKind::Number { min: 1, max: 10_000_000 },
                    Text::new(
                        "Даналардың болжамды санын енгізіңіз",
                        "Введите предполагаемое количество экземпляров",
                        "Enter how many copies you expect to distribute",
                    ),
                )
            },
        ],
    ),
];

const DOCUMENTS: &[DocumentSlot] = &[
    DocumentSlot {
        id: "identity",
        name: Text::new("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", "Identity document"),
        hint: Some(Text::new(
            "Өтініш берген және нәтижені алған кезде көрсетіледі",
            "Предъявляется при подаче заявления и получении результата",
            "Shown when you apply and when you collect the result",
        )),
        requirement: Requirement::Always,
        channels: &[Channel::ServiceCentre, Channel::Provider],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 4,
    },
    DocumentSlot {
        id: "power-of-attorney",
        name: Text::new(
            "Ұйымның атынан әрекет етуге сенімхат немесе басшының өкілеттігін растайтын құжат",
            "Доверенность на действия от имени организации или документ, подтверждающий полномочия руководителя",
            "A power of attorney to act for the organisation, or a document showing you are its head",
        ),
        hint: Some(Text::new(
            "Порталда қажет емес – ұйымның ЭЦҚ-сы жеткілікті",
            "На портале не нужен – достаточно ЭЦП организации",
            "Not needed on the portal, where the organisation's digital signature is enough",
        )),
        requirement: Requirement::When(Condition::Equals("applicant_kind", "organisation")),
        channels: &[Channel::ServiceCentre, Channel::Provider],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    },
];

const STEPS: &[ProcessStep] = &[
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "ХҚО операторы қағаз тасығыштағы өтінішті құжаттармен бірге қабылдайды, толықтығын тексереді, ХҚО ықпалдастырылған ақпараттық жүйесінде тіркейді және қолхат береді (қабылданған құжаттардың тізбесі, қызметкердің тегі, аты, әкесінің аты, өтініш берілген күн мен уақыт, дайын құжаттар берілетін күн); құжаттар толық болмаса, өтінішті қабылдаудан бас тарту туралы қолхат береді",
            "Оператор ЦОН принимает заявление на бумажном носителе с документами, проверяет полноту, регистрирует его в интегрированной информационной системе ЦОН и выдаёт расписку (перечень принятых документов, ФИО работника, дата и время подачи, дата выдачи готовых документов); при неполном пакете выдаёт расписку об отказе в приёме заявления",
            "A public service centre operator accepts the paper application and documents, checks they are complete, registers the application and gives a receipt (the documents accepted, the operator's name, the date and time, and the date the result will be ready); if documents are missing, the operator gives a receipt refusing the application",
        ),
        term: Term::minutes(15),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Кеңсе қызметкері ХҚО-дан курьер арқылы келіп түскен өтініш пен құжаттарды қабылдайды және өтініштерді тіркеу журналында тіркейді",
            "Работник канцелярии принимает заявление и документы, поступившие из ЦОН через курьера, и регистрирует их в журнале регистрации заявлений",
            "The office receives the application and documents from the centre's courier and registers them in the applications journal",
        ),
        term: Term::minutes(15),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::Head,
        action: Text::new(
            "Қызмет беруші басшысы өтініш пен құжаттарды қарайды, жауапты бөлімді анықтайды және бөлім басшысына береді",
            "Руководитель услугодателя рассматривает заявление и документы, определяет ответственный отдел и передаёт руководителю отдела",
            "The head of the akimat department reviews the application, chooses the responsible division and passes it to the division head",
        ),
        term: Term::minutes(15),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::Head,
        action: Text::new(
            "Жауапты бөлім басшысы өтініш пен құжаттарды қарайды, маманды анықтайды және оған орындауға береді",
            "Руководитель ответственного отдела рассматривает заявление и документы, определяет специалиста и передаёт ему на исполнение",
            "The division head reviews the application, chooses an officer and passes it to them",
        ),
        term: Term::minutes(15),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::Specialist,
        action: Text::new(
            "Бөлім маманы құжаттар қабылданған сәттен бастап екі жұмыс күні ішінде олардың толықтығын тексереді; толық болмаса, өтінішті одан әрі қараудан жазбаша дәлелді бас тартуды ресімдейді",
            "Специалист отдела в течение двух рабочих дней с момента приёма документов проверяет их полноту; при неполноте оформляет письменный мотивированный отказ в дальнейшем рассмотрении заявления",
            "Within 2 working days of receiving the documents, the officer checks they are complete; if not, they draft a reasoned written refusal to consider the application further",
        ),
        term: working_days_from_acceptance(2),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Specialist,
        action: Text::new(
            "Бөлім маманы құжаттарды тексереді және облыс аумағында таралатын шетелдік мерзімді баспасөз басылымдарын есепке алу туралы анықтаманы немесе мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауапты ресімдейді",
            "Специалист отдела проверяет документы и оформляет справку об учете иностранных периодических печатных изданий, распространяемых на территории области, или мотивированный ответ об отказе в оказании государственной услуги",
            "The officer checks the documents and drafts the certificate of registration, or a reasoned refusal",
        ),
        term: working_days_from_acceptance(8),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Head,
        action: Text::new(
            "Қызмет беруші басшысы анықтаманы немесе дәлелді бас тартуды тексереді және қол қояды; портал арқылы берілген өтініш бойынша электрондық құжат уәкілетті тұлғаның ЭЦҚ-сымен қалыптастырылып, «жеке кабинетке» жіберіледі",
            "Руководитель услугодателя проверяет и подписывает справку или мотивированный отказ; по заявлению через портал электронный документ формируется с ЭЦП уполномоченного лица и направляется в «личный кабинет»",
            "The head checks and signs the certificate or the refusal; if you applied on the portal, the electronic document signed by the authorised officer is sent to your personal cabinet",
        ),
        term: Term::minutes(30),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Кеңсе қызметкері қол қойылған анықтаманы немесе дәлелді бас тартуды ХҚО курьеріне береді",
            "Работник канцелярии передаёт подписанную справку или мотивированный отказ курьеру ЦОН",
            "The office hands the signed certificate or refusal to the centre's courier",
        ),
        term: Term::minutes(15),
        channels: &[Channel::ServiceCentre],
    },
];

const F_NUMBER_DATE: Text = Text::new("Құжаттың нөмірі мен күні", "Номер и дата документа", "Number and date");
const F_DISTRIBUTOR: Text = Text::new(
    "Таратушы: ұйымның атауы және БСН немесе тегі, аты, әкесінің аты және ЖСН",
    "Распространитель: наименование организации и БИН или фамилия, имя, отчество и ИИН",
    "Distributor: organisation name and BIN, or full name and IIN",
);
const F_TITLE: Text = Text::new("Басылымның атауы", "Название издания", "Title of the publication");
const SIGNED_BY: Text = Text::new(
    "Облыстың жергілікті атқарушы органының уәкілетті тұлғасы (ЭЦҚ немесе қағаз нұсқасында қолы)",
    "Уполномоченное лицо местного исполнительного органа области (ЭЦП или подпись на бумажном экземпляре)",
    "The authorised officer of the oblast akimat (digital signature, or signature on a paper copy)",
);

const OUTPUTS: &[OutputTemplate] = &[
    OutputTemplate {
        result: 0,
        title: Text::new(
            "Облыс аумағында таралатын шетелдік мерзімді баспасөз басылымдарын есепке алу туралы анықтама",
            "Справка об учете иностранных периодических печатных изданий, распространяемых на территории области",
            "Certificate of registration of foreign periodicals distributed in the oblast",
        ),
        fields: &[
            F_NUMBER_DATE,
            F_DISTRIBUTOR,
            F_TITLE,
            Text::new("Басылымның түрі", "Вид издания", "Type of publication"),
            Text::new("Шығарылатын елі", "Страна выпуска", "Country where it is published"),
            Text::new("Таратылатын тілі", "Язык распространения", "Language"),
            Text::new("Мерзімділігі", "Периодичность", "Frequency"),
            Text::new("Негізгі тақырыптық бағыты", "Основная тематическая направленность", "Main subject"),
            Text::new("Тарату аумағы", "Территория распространения", "Where it is distributed"),
            Text::new(
                "Таратылатын даналардың болжамды саны",
                "Предполагаемое количество распространяемых экземпляров",
                "Expected number of copies",
            ),
        ],
        signed_by: SIGNED_BY,
    },
    OutputTemplate {
        result: 1,
        title: Text::new(
            "Мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жазбаша жауап",
            "Мотивированный письменный ответ об отказе в оказании государственной услуги",
            "Reasoned written refusal to provide the service",
        ),
        fields: &[
            F_NUMBER_DATE,
            F_DISTRIBUTOR,
            F_TITLE,
            Text::new(
                "Бас тарту негіздері (нормативтік құқықтық актіге сілтемемен)",
                "Основания отказа (со ссылкой на нормативный правовой акт)",
                "Reasons for refusal, with the legal provision",
            ),
        ],
        signed_by: SIGNED_BY,
    },
    OutputTemplate {
        result: 2,
        title: Text::new(
            "Өтінішті одан әрі қараудан жазбаша дәлелді бас тарту",
            "Письменный мотивированный отказ в дальнейшем рассмотрении заявления",
            "Reasoned written refusal to consider the application further",
        ),
        fields: &[
            F_NUMBER_DATE,
            F_DISTRIBUTOR,
            Text::new("Өтініш берілген күн", "Дата подачи заявления", "Date of the application"),
            Text::new(
                "Жетіспейтін құжаттардың тізбесі",
                "Перечень недостающих документов",
                "The documents that are missing",
            ),
        ],
        signed_by: SIGNED_BY,
    },
];

/// The registration of foreign periodicals (East Kazakhstan oblast), version 1.
pub static FOREIGN_PERIODICALS_V1: ServiceDefinition = ServiceDefinition {
    slug: "foreign-periodicals",
    version: 1,
    valid_from: "2015-09-04",
    valid_to: None,
    passport: Passport {
        name: Text::new(
            "Шығыс Қазақстан облысы аумағында таралатын шетелдік мерзімді баспасөз басылымдарын есепке алу",
            "Учет иностранных периодических печатных изданий, распространяемых на территории Восточно-Казахстанской области",
            "Registering foreign periodicals distributed in East Kazakhstan oblast",
        ),
        summary: Text::new(
            "Облыстың жергілікті атқарушы органы облыс аумағында таралатын шетелдік мерзімді баспасөз басылымдарын есепке алады және бұл туралы анықтама береді.",
            "Местный исполнительный орган области ставит на учет иностранные периодические печатные издания, распространяемые на территории области, и выдаёт об этом справку.",
            "The oblast authority registers foreign newspapers, magazines and other periodicals distributed in the oblast and gives you a certificate of registration.",
        ),
        provider: Text::new(
            "Шығыс Қазақстан облысының жергілікті атқарушы органы",
            "Местный исполнительный орган Восточно-Казахстанской области",
            "The local executive body (akimat) of East Kazakhstan oblast",
        ),
        recipients: Text::new(
            "Облыс аумағында шетелдік мерзімді баспасөз басылымдарын таратушы жеке және заңды тұлғалар немесе олардың сенімхат бойынша өкілдері",
            "Физические и юридические лица, распространяющие иностранные периодические печатные издания на территории области, или их представители по доверенности",
            "Individuals and organisations that distribute foreign periodicals in the oblast, or their representatives with a power of attorney",
        ),
        territory: Text::new("Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan oblast"),
        channels: &[Channel::Portal, Channel::ServiceCentre, Channel::Provider],
        term: working_days_from_acceptance(10),
        other_terms: &[
            TermNote {
                term: Term::working_days(10),
                applies_to: Text::new(
                    "ХҚО-ға жүгінгенде – құжаттар топтамасы тапсырылған сәттен бастап; құжаттар қабылданған күн мерзімге кірмейді",
                    "При обращении в ЦОН – с момента сдачи пакета документов; день приёма документов в срок не входит",
                    "At a public service centre, from when you hand in the documents; the day they are accepted is not counted",
                ),
            },
            TermNote {
                term: working_days_from_acceptance(2),
                applies_to: Text::new(
                    "Қызмет берушінің ұсынылған құжаттардың толықтығын тексеруі; құжаттар толық болмаса, осы мерзімде өтінішті одан әрі қараудан жазбаша дәлелді бас тартады",
                    "Проверка услугодателем полноты представленных документов; при неполноте в этот срок даётся письменный мотивированный отказ в дальнейшем рассмотрении заявления",
                    "The provider checks that your documents are complete; if they are not, it refuses in writing, with reasons, to consider the application further",
                ),
            },
            TermNote {
                term: Term::minutes(15),
                applies_to: Text::new(
                    "ХҚО-да қызмет алушының сұрауын өңдеу (өтінішті қабылдау)",
                    "Обработка запроса услугополучателя в ЦОН (приём заявления)",
                    "Accepting your application at a public service centre",
                ),
            },
        ],
        fee: Text::new(
            "Регламентте ақы белгіленбеген",
            "Регламентом плата не установлена",
            "The regulation sets no fee",
        ),
        results: &[
            ResultKind {
                name: Text::new(
                    "Облыс аумағында таралатын шетелдік мерзімді баспасөз басылымдарын есепке алу туралы анықтама",
                    "Справка об учете иностранных периодических печатных изданий, распространяемых на территории области",
                    "Certificate of registration of foreign periodicals distributed in the oblast",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жазбаша жауап",
                    "Мотивированный письменный ответ об отказе в оказании государственной услуги",
                    "A reasoned written refusal to provide the service",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Құжаттар толық болмаған жағдайда өтінішті одан әрі қараудан жазбаша дәлелді бас тарту",
                    "Письменный мотивированный отказ в дальнейшем рассмотрении заявления при неполноте документов",
                    "A reasoned written refusal to consider the application further, when documents are missing",
                ),
                term: Some(working_days_from_acceptance(2)),
            },
        ],
        result_form: Text::new(
            "Электрондық және (немесе) қағаз түрінде. Порталда – ЭЦҚ қойылған электрондық құжат «жеке кабинетке» жіберіледі; ХҚО-да – жеке басын куәландыратын құжат пен қабылдау туралы қолхат бойынша беріледі; қызмет берушіде – қолма-қол беріледі немесе электрондық мекенжайға жіберіледі. Қағаз түрінде сұралса, нәтиже электрондық форматта ресімделіп, басып шығарылады және оған қызмет берушінің уәкілетті тұлғасы қол қояды",
            "В электронной и (или) бумажной форме. На портале – электронный документ, подписанный ЭЦП, направляется в «личный кабинет»; в ЦОН – выдаётся при предъявлении удостоверения личности и расписки о приёме документов; у услугодателя – выдаётся на руки или направляется на электронный адрес. Бумажный результат оформляется в электронном формате, распечатывается и подписывается уполномоченным лицом услугодателя",
            "Electronic or paper. On the portal, an electronic document signed with the ESP of the provider's authorised officer is sent to your personal cabinet; at a public service centre, you collect it by showing your identity document and the receipt for your documents; at the provider, it is handed to you or sent to your email address. A paper result is prepared electronically, printed and signed by the provider's authorised officer",
        ),
        documents: PASSPORT_DOCUMENTS,
        refusal_grounds: &[
            Text::new(
                "Стандартқа сәйкес құжаттар топтамасының толық ұсынылмауы: ХҚО өтінішті қабылдаудан бас тартады, қызмет беруші екі жұмыс күні ішінде өтінішті одан әрі қараудан бас тартады",
                "Представление неполного пакета документов согласно Стандарту: ЦОН отказывает в приёме заявления, услугодатель в течение двух рабочих дней отказывает в дальнейшем рассмотрении заявления",
                "Not all the documents required by the standard are provided: the centre refuses to accept the application, or the provider refuses within 2 working days to consider it further",
            ),
            Text::new(
                "Қызмет алушының ЭЦҚ түпнұсқалығының расталмауы: тіркеу куәлігінің қолданыс мерзімі өткен, ол кері қайтарылған немесе ондағы ЖСН/БСН сұрау салудағымен сәйкес келмейді",
                "Подлинность ЭЦП услугополучателя не подтверждена: срок действия регистрационного свидетельства истёк, оно отозвано или ИИН/БИН в нём не совпадает с указанным в запросе",
                "Your digital signature (ESP) cannot be confirmed: the certificate has expired or been revoked, or its IIN/BIN does not match the request",
            ),
            Text::new(
                "Қызмет алушы ұсынған құжаттардың және (немесе) олардағы деректердің (мәліметтердің) дәйексіздігінің анықталуы",
                "Установление недостоверности документов, представленных услугополучателем, и (или) данных (сведений), содержащихся в них",
                "The documents you provided, or the information in them, are found to be untrue",
            ),
            Text::new(
                "Қызмет алушының және (немесе) ұсынылған деректер мен мәліметтердің нормативтік құқықтық актілерде белгіленген талаптарға сәйкес келмеуі",
                "Несоответствие услугополучателя и (или) представленных данных и сведений требованиям нормативных правовых актов",
                "You or the information you provided do not meet the legal requirements",
            ),
        ],
        legal_basis: &[
            Text::new(
                "Шығыс Қазақстан облысы әкімдігінің 2015 жылғы 28 шілдедегі № 183 қаулысы (Шығыс Қазақстан облысының Әділет департаментінде 2015 жылғы 4 қыркүйекте № 4131 болып тіркелген)",
                "Постановление акимата Восточно-Казахстанской области от 28 июля 2015 года № 183 (зарегистрировано в Департаменте юстиции Восточно-Казахстанской области 4 сентября 2015 года № 4131)",
                "Resolution of the East Kazakhstan oblast akimat No. 183 of 28 July 2015 (registered by the East Kazakhstan oblast Justice Department on 4 September 2015, No. 4131)",
            ),
            Text::new(
                "«Облыстың, республикалық маңызы бар қаланың, астананың аумағында таралатын шетелдік мерзімді баспасөз басылымдарын есепке алу» мемлекеттік көрсетілетін қызмет стандарты, «Ақпарат саласындағы мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы» ҚР Инвестициялар және даму министрінің 2015 жылғы 28 сәуірдегі № 505 бұйрығымен бекітілген (№ 11301 болып тіркелген)",
                "Стандарт государственной услуги «Учет иностранных периодических печатных изданий, распространяемых на территории области, города республиканского значения, столицы», утверждённый приказом Министра по инвестициям и развитию РК от 28 апреля 2015 года № 505 «Об утверждении стандартов государственных услуг в сфере информации» (зарегистрирован № 11301)",
                "State service standard «Registering foreign periodicals distributed in an oblast, a city of republican significance or the capital», approved by order No. 505 of the Minister for Investments and Development of 28 April 2015 «On approving standards of state services in the field of information» (registered No. 11301)",
            ),
            Text::new(
                "«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» 2001 жылғы 23 қаңтардағы ҚР Заңының 27-бабының 2-тармағы",
                "Пункт 2 статьи 27 Закона РК от 23 января 2001 года «О местном государственном управлении и самоуправлении в Республике Казахстан»",
                "Article 27(2) of the Law of 23 January 2001 «On local state administration and self-government in the Republic of Kazakhstan»",
            ),
            Text::new(
                "«Мемлекеттік көрсетілетін қызметтер туралы» 2013 жылғы 15 сәуірдегі ҚР Заңының 16-бабы",
                "Статья 16 Закона РК от 15 апреля 2013 года «О государственных услугах»",
                "Article 16 of the Law of 15 April 2013 «On state services»",
            ),
        ],
        source: SeedRef {
            seed: "001",
            regulation: None,
            act: Text::new(
                "«Шығыс Қазақстан облысы аумағында таралатын шетелдік мерзімді баспасөз басылымдарын есепке алу» мемлекеттік көрсетілетін қызмет регламенті",
                "Регламент государственной услуги «Учет иностранных периодических печатных изданий, распространяемых на территории Восточно-Казахстанской области»",
                "Regulation of the state service «Registering foreign periodicals distributed in East Kazakhstan oblast»",
            ),
        },
        notes: &[
            Text::new(
                "Регламенттің күші Шығыс Қазақстан облысы әкімдігінің 2017 жылғы 14 наурыздағы № 63 қаулысымен жойылған. № 183 қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізілген және облыс әкімдігінің 2014 жылғы 15 сәуірдегі № 106 қаулысын (№ 3340 болып тіркелген) күші жойылды деп таныған",
                "Регламент утратил силу постановлением акимата Восточно-Казахстанской области от 14 марта 2017 года № 63. Постановление № 183 вводилось в действие по истечении десяти календарных дней после первого официального опубликования и признало утратившим силу постановление акимата области от 15 апреля 2014 года № 106 (зарегистрировано № 3340)",
                "The regulation was repealed by East Kazakhstan oblast akimat resolution No. 63 of 14 March 2017. Resolution No. 183 came into force ten calendar days after its first official publication and repealed the akimat's resolution No. 106 of 15 April 2014 (registered No. 3340)",
            ),
            Text::new(
                "Арналар: 1-тармақта өтініштер тек ХҚО мен портал арқылы қабылданады; 11-тармақ қызмет беруші арқылы көрсету тәртібін де сипаттайды (бөлім маманы сұрау салуды ЖАО АЖ-ға енгізеді, нәтижені қолма-қол береді немесе электрондық мекенжайға жібереді), сондықтан қызмет беруші де арна ретінде көрсетілді (?)",
                "Каналы: в п. 1 заявления принимаются только через ЦОН и портал; п. 11 описывает и оказание услуги через услугодателя (специалист отдела вводит запрос в ИС МИО, выдаёт результат на руки или направляет на электронный адрес), поэтому услугодатель указан как канал (?)",
                "Channels: paragraph 1 lists only public service centres and the portal; paragraph 11 also describes applying through the provider (an officer enters the request in the local authorities' information system and hands over the result or emails it), so the provider is listed as a channel (?)",
            ),
            Text::new(
                "Мерзім: ХҚО-ға құжаттар тапсырылған сәттен бастап, сондай-ақ порталға жүгінгенде – 10 жұмыс күні; құжаттар қабылданған күн тек ХҚО үшін мерзімге кірмейді. Қызмет беруші ішіндегі рәсімдер: кеңседе тіркеу – 15 минут, басшы – 15 минут, жауапты бөлім басшысы – 15 минут, бөлім маманы – құжаттар тапсырылған сәттен бастап 8 жұмыс күні, басшының қол қоюы – 30 минут, ХҚО курьеріне беру – 15 минут; курьер ХҚО басшысы бекіткен кесте бойынша жүреді. Қызмет беруші арқылы жүгінгендегі мерзім көрсетілмеген",
                "Срок: с момента сдачи документов в ЦОН, а также при обращении через портал – 10 рабочих дней; день приёма документов не входит в срок только для ЦОН. Процедуры у услугодателя: регистрация в канцелярии – 15 минут, руководитель – 15 минут, руководитель ответственного отдела – 15 минут, специалист отдела – 8 рабочих дней с момента сдачи документов, подписание руководителем – 30 минут, передача курьеру ЦОН – 15 минут; курьер ходит по графику, утверждённому руководителем ЦОН. Срок при обращении через услугодателя не указан",
                "Term: 10 working days from handing in the documents at a public service centre, and also when applying on the portal; the day of acceptance is left out only at the centre. Steps at the provider: registration 15 minutes, the head 15 minutes, the head of the department 15 minutes, the officer 8 working days from submission, signing by the head 30 minutes, hand-over to the centre's courier 15 minutes; the courier runs on a schedule set by the head of the centre. No term is given for applying through the provider",
            ),
            Text::new(
                "Таратушының өтінішінде таратушының атауы, шетелдік мерзімді баспасөз басылымының атауы, тарату аумағы, тілі, негізгі тақырыптық бағыты, мерзімділігі және таратылатын даналардың болжамды саны көрсетіледі [дереккөзі: ҚР Үкіметінің 2002 жылғы 29 шілдедегі № 843 қаулысымен бекітілген Шетелдік мерзімді баспасөз басылымдарын есепке алуды жүзеге асыру қағидаларына 2016 жылғы 7 қыркүйектегі өзгерістер, zakon.kz 4817503; регламенттен кейінгі редакция]",
                "В заявлении распространителя указываются наименование распространителя, название иностранного периодического печатного издания, территория распространения, язык, основная тематическая направленность, периодичность и предполагаемое количество распространяемых экземпляров [источник: изменения от 7 сентября 2016 года в Правила осуществления учета иностранных периодических печатных изданий, утверждённые постановлением Правительства РК от 29 июля 2002 года № 843, zakon.kz 4817503; редакция позже регламента]",
                "The distributor's application gives the distributor's name, the title of the foreign periodical, where it will be distributed, its language, main subject, how often it is published and the expected number of copies [source: 7 September 2016 amendments to the rules on registering foreign periodicals approved by Government resolution No. 843 of 29 July 2002, zakon.kz 4817503; later than the regulation]",
            ),
            Text::new(
                "Құжаттар тізбесі Стандарттың 9-тармағында, бас тартудың мазмұндық негіздері де Стандартта болуы тиіс; олар регламентте жоқ; регламентте мемлекеттік деректер қорларынан мәлімет алу немесе порталда құжат тіркеу сипатталмаған. Бас тарту негіздерінің алғашқы екеуі регламенттен, соңғы екеуі «Мемлекеттік көрсетілетін қызметтер туралы» Заңның 19-1-бабындағы жалпы негіздер [дереккөзі: стандарттар бойынша жазба, тексерілмеген]",
                "Перечень документов находится в пункте 9 Стандарта, содержательные основания для отказа – предположительно также в Стандарте; в регламенте их нет; получение сведений из государственных баз данных и прикрепление документов на портале регламентом не описаны. Первые два основания для отказа – из регламента, последние два – общие основания статьи 19-1 Закона «О государственных услугах» [источник: обзор стандартов, не проверено]",
                "The list of documents is in paragraph 9 of the standard, and the substantive refusal grounds presumably also in the standard; neither is in the regulation, which describes neither look-ups in state databases nor attaching documents on the portal. The first two refusal grounds come from the regulation; the last two are the general grounds of article 19-1 of the Law «On state services» [source: review of the standards, not verified]",
            ),
            Text::new(
                "Ақы туралы регламентте де, табылған стандарт мәліметтерінде де айтылмаған",
                "О плате не сказано ни в регламенте, ни в найденных сведениях о стандарте",
                "Neither the regulation nor the information found on the standard mentions a fee",
            ),
            Text::new(
                "Регламентте ХҚО «Министрліктің Байланыс, ақпараттандыру және ақпарат комитетінің» кәсіпорны деп аталған, министрлік көрсетілмеген (Инвестициялар және даму министрлігі болуы ықтимал (?)); кей жерде «ХҚКО» деп те жазылған",
                "В регламенте ЦОН назван предприятием «Комитета связи, информатизации и информации Министерства», министерство не названо (вероятно, Министерство по инвестициям и развитию (?)); местами написано «ХҚКО»",
                "The regulation describes the public service centre as an enterprise of «the Ministry's Committee for Communications, Informatisation and Information» without naming the ministry (probably the Ministry for Investments and Development (?)); it sometimes writes «ХҚКО» for the centre",
            ),
            Text::new(
                "Кейінгі акт: ҚР Мәдениет және ақпарат министрінің 2024 жылғы 31 қазандағы № 505-НҚ бұйрығымен бекітілген Қазақстан Республикасының аумағында таратылатын шетелдік мерзімді баспасөз басылымдарын есепке алуды жүзеге асыру қағидалары (№ 35315 болып тіркелген); қызметті қазір облыс әкімдігі ме, әлде орталық уәкілетті орган көрсете ме – тексерілмеген [дереккөзі: prg-online-web.prgapp.kz, doc_id 32947478]",
                "Последующий акт: Правила осуществления учета иностранных периодических печатных изданий, распространяемых на территории Республики Казахстан, утверждённые приказом Министра культуры и информации РК от 31 октября 2024 года № 505-НҚ (зарегистрирован № 35315); оказывает ли услугу сейчас акимат области или центральный уполномоченный орган – не проверено [источник: prg-online-web.prgapp.kz, doc_id 32947478]",
                "Later act: the rules on registering foreign periodicals distributed in Kazakhstan, approved by order No. 505-НҚ of the Minister of Culture and Information of 31 October 2024 (registered No. 35315); whether the oblast akimat or the central authority now provides the service has not been checked [source: prg-online-web.prgapp.kz, doc_id 32947478]",
            ),
            Text::new(
                "Өтініш нысанының өрістері регламентте жоқ. Таратушы (ұйымның атауы мен БСН-ы немесе жеке тұлғаның аты-жөні мен ЖСН-ы), басылымның атауы, тарату аумағы, тілі, негізгі тақырыптық бағыты, мерзімділігі және даналардың болжамды саны – 2016 жылғы 7 қыркүйектегі өзгерістермен берілген қағидалардан [дереккөзі: zakon.kz 4817503]; басылымның түрі (газет, журнал) мен шығарылатын елі egov.kz тәжірибесі бойынша қосылды (?)",
                "Полей формы заявления в регламенте нет. Распространитель (наименование и БИН организации или ФИО и ИИН физического лица), название издания, территория распространения, язык, основная тематическая направленность, периодичность и предполагаемое количество экземпляров – из Правил в редакции изменений от 7 сентября 2016 года [источник: zakon.kz 4817503]; вид издания (газета, журнал) и страна выпуска добавлены по практике egov.kz (?)",
                "The regulation has no application form fields. The distributor (the organisation's name and BIN, or the individual's name and IIN), title, territory, language, main subject, frequency and expected number of copies come from the rules as amended on 7 September 2016 [source: zakon.kz 4817503]; the type of publication (newspaper, magazine) and the country where it is published were added from egov.kz practice (?)",
            ),
            Text::new(
                "Анықтама нысаны регламентте де, табылған стандарт мәліметтерінде де жоқ; анықтамадағы өрістер өтініштің мазмұны бойынша алынды (?)",
                "Формы справки нет ни в регламенте, ни в найденных сведениях о стандарте; поля справки выведены из содержания заявления (?)",
                "Neither the regulation nor the information found on the standard gives the certificate form; its fields are inferred from the application (?)",
            ),
        ],
    },
    pages: PAGES,
    documents: DOCUMENTS,
    declaration: Some(Text::new(
        "Берген мәліметтерімнің дұрыс әрі толық екенін растаймын және облыстың жергілікті атқарушы органының басылымды есепке алу үшін дербес деректерімді жинауына және өңдеуіне келісім беремін.",
        "Подтверждаю, что предоставленные сведения верны и полны, и даю согласие местному исполнительному органу области на сбор и обработку моих персональных данных для учета издания.",
        "I confirm that the information I have given is correct and complete, and I consent to the oblast akimat collecting and using my personal data to register the publication.",
    )),
    steps: STEPS,
    outputs: OUTPUTS,
    changes: &[],
};
