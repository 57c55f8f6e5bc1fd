//! S3 — «Қорғаншылық және қамқоршылық жөнінде анықтамалар беру» / «Выдача справок по опеке и
//! попечительству» (certificates on guardianship and trusteeship).
//!
//! Seed 002: a regulation based on the Standard approved by order N 198 of the Minister of
//! Education and Science of 13.04.2015; it names the State Corporation «Government for Citizens»,
//! so it dates from 2016 or later. It is the newer of the two regulations of this service, so it is
//! version 2; seed 003 regulation 4 (S7) is version 1. The seed carries no approving act, so
//! `valid_from` is inferred and the notes say so.

use crate::definition::*;
use crate::lang::Text;

const PASSPORT_DOCUMENTS: &[PassportDocument] = &[
    PassportDocument {
        name: Text::new(
            "Белгіленген нысандағы өтініш",
            "Заявление установленной формы",
            "An application in the set form",
        ),
        channels: &[],
        note: Some(Text::new(
            "Порталда – көрсетілетін қызметті алушының ЭЦҚ-мен қол қойылған электрондық сұрату; Мемлекеттік корпорацияда деректерді оператор енгізіп, сұратуды өз ЭЦҚ-мен куәландырады",
            "На портале – электронный запрос, подписанный ЭЦП услугополучателя; в Государственной корпорации данные вносит оператор и удостоверяет запрос своей ЭЦП",
            "On the portal, an electronic request you sign with your digital signature (ESP); at the State Corporation, the operator enters your details and certifies the request with their own ESP",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", "Identity document"),
        channels: &[Channel::ServiceCentre],
        note: Some(Text::new(
            "Жеке басын сәйкестендіру үшін; порталда қажет емес – жеке басыңыз ЭЦҚ арқылы расталады",
            "Для идентификации личности; на портале не нужен – личность подтверждается ЭЦП",
            "To identify you; not needed on the portal, where your ESP identifies you",
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
            "Бала 2007 жылғы 13 тамыздан кейін туса, деректер мемлекеттік ақпараттық жүйеден алынады; одан бұрын туса – куәлік беріледі [дереккөз: egov.kz, edu.fedorovka.kz]",
            "Если ребёнок родился после 13 августа 2007 года, сведения получаются из государственной информационной системы; если раньше – свидетельство представляется [источник: egov.kz, edu.fedorovka.kz]",
            "If the child was born after 13 August 2007, the record is taken from the state information system; if earlier, you provide the certificate [source: egov.kz, edu.fedorovka.kz]",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new("Көрсетілетін қызметті алушының деректері", "Данные услугополучателя", "Your personal details"),
        channels: &[],
        note: Some(Text::new(
            "«Жеке тұлғалар» мемлекеттік деректер базасынан «электрондық үкімет» шлюзі арқылы алынады",
            "Получаются из государственной базы данных «Физические лица» через шлюз «электронного правительства»",
            "Obtained from the state database «Individuals» through the e-government gateway",
        )),
        from_state_systems: true,
    },
    PassportDocument {
        name: Text::new(
            "Қорғаншылық немесе қамқоршылық белгілеу туралы деректер",
            "Сведения об установлении опеки или попечительства",
            "The record of your appointment as guardian or trustee",
        ),
        channels: &[],
        note: Some(Text::new(
            "Ақпараттық жүйелерден алынады; онда деректер болмаса, көрсетілетін қызметті беруші құжаттарды өзі тексереді – 3 жұмыс күні",
            "Получаются из информационных систем; если сведений там нет, услугодатель проверяет документы сам – 3 рабочих дня",
            "Taken from the information systems; if the record is not there, the provider checks the documents itself, which takes 3 working days",
        )),
        from_state_systems: true,
    },
];

/// Born before 13 August 2007, the day from which births are in the civil registry information
/// system; a child born earlier needs a paper birth certificate.
pub(super) const BORN_BEFORE_13_AUGUST_2007: Condition = Condition::BornBefore("child_birth_date", "2007-08-13");

/// The guardian, as the state database «Individuals» knows them; the certificate shows the name
/// and the address.
pub(super) const APPLICANT: Page = Page {
    intro: Some(Text::new(
        "Бұл деректер «Жеке тұлғалар» мемлекеттік деректер базасынан алынды және анықтамада көрсетіледі",
        "Эти данные получены из государственной базы данных «Физические лица» и будут указаны в справке",
        "These details come from the state database «Individuals» and will appear on the certificate",
    )),
    ..Page::new(
        "applicant",
        Text::new("Сіздің деректеріңіз", "Ваши данные", "Your details"),
        &[
            Field {
                summary_label: Some(Text::new("Қорғаншы (қамқоршы)", "Опекун (попечитель)", "Guardian or trustee")),
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
                width: Some("20"),
                ..Field::new(
                    "applicant_iin",
                    Text::new("ЖСН", "ИИН", "IIN"),
                    FieldKind::Iin,
                    Text::new("ЖСН-іңізді енгізіңіз", "Введите ваш ИИН", "Enter your IIN"),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Қала, көше, үй және пәтер нөмірі",
                    "Город, улица, номер дома и квартиры",
                    "Town or city, street, house and flat number",
                )),
                summary_label: Some(Text::new("Мекенжайы", "Адрес", "Address")),
                prefill: Some((DataSource::IndividualsDb, RegistryAttr::Address)),
                autocomplete: Some("street-address"),
                ..Field::new(
                    "applicant_address",
                    Text::new("Тұрғылықты мекенжайы", "Адрес места жительства", "Home address"),
                    FieldKind::Text { max: 300, multiline: true },
                    Text::new(
                        "Тұрғылықты мекенжайыңызды енгізіңіз",
                        "Введите адрес места жительства",
                        "Enter your home address",
                    ),
                )
            },
        ],
    )
};

/// How the children page repeats: one item per child under guardianship or trusteeship.
pub(super) const CHILDREN_REPEAT: Repeat = Repeat {
    min: 1,
    max: 10,
    item: Text::new("Бала {n}", "Ребёнок {n}", "Child {n}"),
    add: Text::new("Тағы бала қосу", "Добавить ещё ребёнка", "Add another child"),
};

/// The children page's heading and introduction.
pub(super) const CHILDREN_TITLE: Text = Text::new(
    "Қорғаншылыққа (қамқоршылыққа) алынған балалар",
    "Дети под опекой (попечительством)",
    "Children under your guardianship or trusteeship",
);

pub(super) const CHILDREN_INTRO: Text = Text::new(
    "Анықтама қажет әр баланы енгізіңіз",
    "Укажите каждого ребёнка, на которого нужна справка",
    "Add each child you need a certificate for",
);

pub(super) const CHILD_IIN: Field = Field {
    hint: Some(Text::new(
        "12 цифр, баланың туу туралы куәлігінде көрсетілген",
        "12 цифр, указан в свидетельстве о рождении ребёнка",
        "12 digits, shown on the child's birth certificate",
    )),
    width: Some("20"),
    rule: Some(Rule::NotApplicantIin {
        message: Text::new(
            "Өзіңіздің емес, баланың ЖСН-ін енгізіңіз",
            "Введите ИИН ребёнка, а не свой",
            "Enter the child's IIN, not your own",
        ),
    }),
    ..Field::new(
        "child_iin",
        Text::new("Баланың ЖСН-і", "ИИН ребёнка", "Child's IIN"),
        FieldKind::Iin,
        Text::new("Баланың ЖСН-ін енгізіңіз", "Введите ИИН ребёнка", "Enter the child's IIN"),
    )
};

pub(super) const CHILD_NAME: Field = Field::new(
    "child_name",
    Text::new("Баланың тегі, аты, әкесінің аты", "Фамилия, имя, отчество ребёнка", "Child's full name"),
    FieldKind::PersonName { max: 150 },
    Text::new(
        "Баланың тегін, атын және әкесінің атын енгізіңіз",
        "Введите фамилию, имя и отчество ребёнка",
        "Enter the child's full name",
    ),
);

/// Guardianship (under 14) and trusteeship (14 to 18) end when the child turns 18.
pub(super) const CHILD_BIRTH_DATE: Field = Field {
    hint: Some(Text::new("Мысалы, 20 3 2012", "Например, 20 3 2012", "For example, 20 3 2012")),
    rule: Some(Rule::Age {
        min: 0,
        max: 18,
        message: Text::new(
            "Бала 18 жасқа толмаған болуы керек – қорғаншылық пен қамқоршылық 18 жаста тоқтатылады",
            "Ребёнку должно быть меньше 18 лет – опека и попечительство прекращаются в 18 лет",
            "The child must be under 18 – guardianship and trusteeship end at 18",
        ),
    }),
    ..Field::new(
        "child_birth_date",
        Text::new("Баланың туған күні", "Дата рождения ребёнка", "Child's date of birth"),
        FieldKind::Date { not_future: true },
        Text::new("Баланың туған күнін енгізіңіз", "Введите дату рождения ребёнка", "Enter the child's date of birth"),
    )
};

/// What the certificate is for: the organisation it will be shown to.
pub(super) const PURPOSE: Page = Page::new(
    "purpose",
    Text::new("Анықтама не үшін қажет?", "Для чего нужна справка?", "What do you need the certificate for?"),
    &[Field {
        hint: Some(Text::new(
            "Мысалы, мектепке, банкке немесе нотариусқа ұсыну үшін",
            "Например, для школы, банка или нотариуса",
            "For example, for a school, a bank or a notary",
        )),
        summary_label: Some(Text::new("Мақсаты", "Цель", "Purpose")),
        ..Field::new(
            "purpose",
            Text::new("Анықтама не үшін қажет?", "Для чего нужна справка?", "What do you need the certificate for?"),
            FieldKind::Text { max: 300, multiline: true },
            Text::new(
                "Анықтама не үшін қажет екенін жазыңыз",
                "Укажите, для чего нужна справка",
                "Enter what you need the certificate for",
            ),
        )
    }],
);

const PAGES: &[Page] = &[
    APPLICANT,
    Page {
        intro: Some(CHILDREN_INTRO),
        repeat: Some(CHILDREN_REPEAT),
        ..Page::new("children", CHILDREN_TITLE, &[CHILD_IIN, CHILD_NAME, CHILD_BIRTH_DATE])
    },
    PURPOSE,
];

/// The child's birth certificate is asked for only when the civil registry system cannot have it.
pub(super) const BIRTH_CERTIFICATE: DocumentSlot = DocumentSlot {
    id: "birth-certificate",
    name: Text::new("Баланың туу туралы куәлігі", "Свидетельство о рождении ребёнка", "The child's birth certificate"),
    hint: Some(Text::new(
        "2007 жылғы 13 тамызға дейін туған әр бала үшін; кейін туған баланың деректері мемлекеттік ақпараттық жүйеден алынады",
        "На каждого ребёнка, родившегося до 13 августа 2007 года; сведения о детях, родившихся позже, получаются из государственной информационной системы",
        "For each child born before 13 August 2007; the records of children born later are taken from the state information system",
    )),
    requirement: Requirement::When(Condition::AnyItem("children", &BORN_BEFORE_13_AUGUST_2007)),
    channels: &[Channel::Portal, Channel::ServiceCentre],
    accepted: SCAN_KINDS,
    max_bytes: MAX_UPLOAD_BYTES,
    max_files: 10,
};

/// The guardian's identity document, seen by the operator; the portal identifies you by your ESP.
pub(super) const IDENTITY: DocumentSlot = DocumentSlot {
    id: "identity",
    name: Text::new("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", "Identity document"),
    hint: Some(Text::new(
        "Түпнұсқасы салыстырылып, қайтарылады",
        "Оригинал сверяется и возвращается",
        "The original is checked against the copy and returned",
    )),
    requirement: Requirement::Always,
    channels: &[Channel::ServiceCentre],
    accepted: SCAN_KINDS,
    max_bytes: MAX_UPLOAD_BYTES,
    max_files: 4,
};

const DOCUMENTS: &[DocumentSlot] = &[BIRTH_CERTIFICATE, IDENTITY];

/// What the guardian confirms before sending (personal data: Law «On personal data and their
/// protection», article 8).
pub(super) const DECLARATION: Text = Text::new(
    "Берген мәліметтерімнің дұрыс әрі толық екенін растаймын және «Дербес деректер және оларды қорғау туралы» Қазақстан Республикасы Заңының 8-бабына сәйкес қызмет берушінің анықтама дайындау үшін менің және балалардың дербес деректерін жинауына және өңдеуіне келісім беремін.",
    "Подтверждаю, что предоставленные сведения верны и полны, и в соответствии со статьёй 8 Закона Республики Казахстан «О персональных данных и их защите» даю согласие услугодателю на сбор и обработку моих персональных данных и персональных данных детей для подготовки справки.",
    "I confirm that the information I have given is correct and complete, and under article 8 of the Law «On personal data and their protection» I consent to the provider collecting and processing my personal data and the children's to prepare the certificate.",
);

/// Paragraphs 5, 8, 9 and 11 of the regulation and the Appendix 2 handbooks. The 5-minute term is
/// the automated case; the office, head and officer act only when the guardianship record is not in
/// the information systems.
const STEPS: &[ProcessStep] = &[
    ProcessStep {
        actor: Actor::Applicant,
        action: Text::new(
            "Порталда сұрату нысанын толтырады және оған ЭЦҚ-мен қол қояды",
            "Заполняет форму запроса на портале и подписывает её ЭЦП",
            "Fills in the request on the portal and signs it with an ESP",
        ),
        term: Term::minutes(1),
        channels: &[Channel::Portal],
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "Портал ЭЦҚ тіркеу куәлігінің жарамдылық мерзімін, кері қайтарылмағанын және сұратудағы ЖСН-нің куәліктегі ЖСН-ге сәйкестігін тексереді; расталмаса – бас тарту туралы хабарлама",
            "Портал проверяет срок действия регистрационного свидетельства ЭЦП, его отсутствие в списке отозванных и совпадение ИИН в запросе и в свидетельстве; если подпись не подтверждена – сообщение об отказе",
            "The portal checks that the ESP certificate is in date and not revoked and that its IIN matches the request; if not, you get a refusal message",
        ),
        term: Term::minutes(1),
        channels: &[Channel::Portal],
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Мемлекеттік корпорация операторы өтініш берушінің деректерін енгізеді, оларды «Жеке тұлғалар» мемлекеттік деректер базасынан тексереді, құжаттарды сканерлеп, сұратуға тіркейді, өз ЭЦҚ-сымен куәландырып, көрсетілетін қызметті берушіге жібереді",
            "Оператор Государственной корпорации вносит данные заявителя, проверяет их в государственной базе данных «Физические лица», сканирует документы, прикрепляет их к запросу, удостоверяет его своей ЭЦП и направляет услугодателю",
            "The State Corporation operator enters your details, checks them in the state database «Individuals», scans your documents, attaches them, certifies the request with their ESP and sends it to the provider",
        ),
        term: Term::minutes(15),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "Өтінішті ЭҮАШ АЖО-да тіркейді",
            "Регистрирует заявление в АРМ РШЭП",
            "Registers the application in the regional gateway workstation",
        ),
        term: Term::minutes(2),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "Қорғаншылық немесе қамқоршылық белгілеу туралы деректер ақпараттық жүйелерде болса, анықтама көрсетілетін қызметті берушінің уәкілетті тұлғасының ЭЦҚ-мен қол қойылып, жеке кабинетке немесе Мемлекеттік корпорацияға жіберіледі",
            "Если сведения об установлении опеки или попечительства есть в информационных системах, справка подписывается ЭЦП уполномоченного лица услугодателя и направляется в личный кабинет или в Государственную корпорацию",
            "If the guardianship or trusteeship record is in the information systems, the certificate is signed with the ESP of the provider's authorised officer and sent to your personal cabinet or to the State Corporation",
        ),
        term: Term::minutes(5),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Деректер ақпараттық жүйелерде болмаса: кеңсе Мемлекеттік корпорация ұсынған құжаттарды қабылдайды және тіркейді",
            "Если сведений в информационных системах нет: канцелярия принимает и регистрирует документы, поступившие из Государственной корпорации",
            "If the record is not in the information systems: the office accepts and registers the documents from the State Corporation",
        ),
        term: Term::minutes(15),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::Head,
        action: Text::new(
            "Басшы құжаттарды қарайды және бұрыштама қойып, орындау үшін қызметкерге береді",
            "Руководитель рассматривает документы и с резолюцией передаёт их работнику на исполнение",
            "The head reviews the documents and assigns them to an officer",
        ),
        term: Term::minutes(20),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Specialist,
        action: Text::new(
            "Қызметкер құжаттардың Стандарттың 9-тармағындағы талаптарға сәйкестігін тексереді, анықтаманы дайындайды, басшыға қол қойдырады және кеңсеге береді; бұзушылықтар болса – бас тарту туралы хабарлама",
            "Работник проверяет соответствие документов требованиям пункта 9 Стандарта, готовит справку, передаёт на подпись руководителю и в канцелярию; при нарушениях – сообщение об отказе",
            "The officer checks the documents against item 9 of the Standard, prepares the certificate, has the head sign it and passes it to the office; if the documents are not in order, a refusal message",
        ),
        term: Term::working_days(3),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Кеңсе нәтижені Мемлекеттік корпорация курьеріне қолхат арқылы береді",
            "Канцелярия передаёт результат курьеру Государственной корпорации под расписку",
            "The office hands the result to the State Corporation courier, who signs a receipt",
        ),
        term: Term::minutes(15),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Мемлекеттік корпорация операторы қолхатта көрсетілген мерзімде нәтижені береді; күтудің ең ұзақ уақыты – 15 минут",
            "Оператор Государственной корпорации выдаёт результат в срок, указанный в расписке; максимальное время ожидания – 15 минут",
            "The State Corporation operator hands you the result on the date on your receipt; you wait no more than 15 minutes",
        ),
        term: Term::minutes(15),
        channels: &[Channel::ServiceCentre],
    },
];

/// The certificate's form is Appendix 1 of the Standard, which the regulation does not reproduce;
/// its fields follow later practice (see the notes).
const OUTPUTS: &[OutputTemplate] = &[
    OutputTemplate {
        result: 0,
        title: Text::new(
            "Қорғаншылық және қамқоршылық белгілеу туралы анықтама",
            "Справка об установлении опеки и попечительства",
            "Certificate on the establishment of guardianship and trusteeship",
        ),
        fields: &[
            Text::new("Көрсетілетін қызметті берушінің атауы", "Наименование услугодателя", "The provider's name"),
            Text::new(
                "Анықтаманың нөмірі мен берілген күні",
                "Номер и дата выдачи справки",
                "Certificate number and date of issue",
            ),
            Text::new(
                "Қорғаншының (қамқоршының) тегі, аты, әкесінің аты",
                "Фамилия, имя, отчество опекуна (попечителя)",
                "Guardian's (trustee's) full name",
            ),
            Text::new(
                "Баланың (балалардың) тегі, аты, әкесінің аты және туған күні",
                "Фамилия, имя, отчество и дата рождения ребёнка (детей)",
                "Each child's full name and date of birth",
            ),
            Text::new(
                "Қорғаншылықты (қамқоршылықты) белгілеу туралы шешімнің күні мен нөмірі",
                "Дата и номер решения об установлении опеки (попечительства)",
                "Date and number of the decision establishing guardianship or trusteeship",
            ),
        ],
        signed_by: Text::new(
            "Көрсетілетін қызметті берушінің уәкілетті тұлғасы (ЭЦҚ; қағаз түрінде – қолы мен мөрі)",
            "Уполномоченное лицо услугодателя (ЭЦП; на бумаге – подпись и печать)",
            "The provider's authorised officer (ESP; on paper, signature and seal)",
        ),
    },
    OutputTemplate {
        result: 1,
        title: Text::new(
            "Мемлекеттік қызмет көрсетуден бас тарту туралы хабарлама",
            "Сообщение об отказе в оказании государственной услуги",
            "Notice refusing the service",
        ),
        fields: &[
            Text::new(
                "Көрсетілетін қызметті алушының тегі, аты, әкесінің аты",
                "Фамилия, имя, отчество услугополучателя",
                "Applicant's full name",
            ),
            Text::new(
                "Бас тарту себебі: құжаттардағы бұзушылықтар, ЭЦҚ расталмауы немесе «Жеке тұлғалар» мемлекеттік деректер базасында деректердің болмауы",
                "Причина отказа: нарушения в документах, неподтверждённая ЭЦП или отсутствие данных в государственной базе данных «Физические лица»",
                "Reason for refusal: the documents are not in order, the ESP cannot be confirmed, or your details are not in the state database «Individuals»",
            ),
        ],
        signed_by: Text::new(
            "Көрсетілетін қызметті берушінің уәкілетті тұлғасы (ЭЦҚ)",
            "Уполномоченное лицо услугодателя (ЭЦП)",
            "The provider's authorised officer (ESP)",
        ),
    },
];

/// What changed from version 1 (Kokpekti district, 2012), by terms, documents and channels.
const CHANGES: &[Text] = &[
    Text::new(
        "Мерзім: қорғаншылық туралы деректер ақпараттық жүйелерде болса, анықтама 5 минутта беріледі; болмаса – 3 жұмыс күні, құжаттарды қабылдау күні кірмейді (бұрын – 5 жұмыс күні)",
        "Срок: если сведения об опеке есть в информационных системах, справка выдаётся за 5 минут; если нет – за 3 рабочих дня, не считая дня приёма документов (раньше – 5 рабочих дней)",
        "Term: you get the certificate in 5 minutes if the guardianship record is in the information systems, otherwise in 3 working days, not counting the day the documents are accepted (before: 5 working days)",
    ),
    Text::new(
        "Мерзім: Мемлекеттік корпорацияда сұратуды өңдеу – 15 минут, нәтижені күту – 15 минуттан аспайды",
        "Срок: в Государственной корпорации обработка запроса – 15 минут, ожидание результата – не более 15 минут",
        "Term: at the State Corporation, processing your request takes 15 minutes and you wait no more than 15 minutes for the result",
    ),
    Text::new(
        "Құжаттар: әкімдік қаулысының көшірмесі енді тіркелмейді, қаулының нөмірі мен күні және мүлік туралы белгі сұралмайды – қорғаншылық туралы деректер ақпараттық жүйелерден алынады",
        "Документы: копию постановления акимата больше не прикладывают, номер и дату постановления и сведения об имуществе не указывают – сведения об опеке берутся из информационных систем",
        "Documents: you no longer attach a copy of the akimat resolution or give its number, date or a note on property – the guardianship record comes from the information systems",
    ),
    Text::new(
        "Құжаттар: тізбе 2012 жылғы Стандарттың 11-тармағынан 2015 жылғы Стандарттың (№ 198 бұйрық) 9-тармағына ауысты; мекенжай анықтамасы талап етілмейді",
        "Документы: перечень теперь по пункту 9 Стандарта 2015 года (приказ № 198) вместо пункта 11 Стандарта 2012 года; адресная справка не требуется",
        "Documents: the list now follows item 9 of the 2015 Standard (order No. 198) instead of item 11 of the 2012 Standard; no address certificate is needed",
    ),
    Text::new(
        "Арналар: өтініш www.egov.kz порталы немесе «Азаматтарға арналған үкімет» мемлекеттік корпорациясы арқылы беріледі (бұрын – www.e.gov.kz және ХҚКО)",
        "Каналы: заявление подаётся через портал www.egov.kz или Государственную корпорацию «Правительство для граждан» (раньше – www.e.gov.kz и ЦОН)",
        "Channels: you apply on www.egov.kz or at the State Corporation «Government for Citizens» (before: www.e.gov.kz or a public service centre)",
    ),
    Text::new(
        "Арналар: қызметті Көкпекті ауданының білім беру бөлімінің орнына аудандардың және облыстық маңызы бар қалалардың жергілікті атқарушы органдары көрсетеді",
        "Каналы: услугу оказывают местные исполнительные органы районов и городов областного значения вместо отдела образования Кокпектинского района",
        "Channels: the akimat of your district or city of regional significance provides the service instead of the Kokpekti District Education Department",
    ),
    Text::new(
        "Нәтиже: сұрау бойынша анықтама қағазға басып шығарылып, уәкілетті тұлғаның қолымен және мөрімен расталады",
        "Результат: по заявлению справку распечатывают на бумаге и заверяют подписью и печатью уполномоченного лица",
        "Result: if you ask, the certificate is printed on paper, signed and sealed by the authorised officer",
    ),
];

/// Certificates on guardianship and trusteeship, version 2 (seed 002, 2016 onwards).
pub static GUARDIANSHIP_CERTIFICATE_V2: ServiceDefinition = ServiceDefinition {
    slug: "guardianship-certificate",
    version: 2,
    valid_from: "2016-03-01",
    valid_to: None,
    passport: Passport {
        name: Text::new(
            "Қорғаншылық және қамқоршылық жөнінде анықтамалар беру",
            "Выдача справок по опеке и попечительству",
            "Issuing certificates on guardianship and trusteeship",
        ),
        summary: Text::new(
            "Жергілікті атқарушы орган сіздің жетім балаға немесе ата-анасының қамқорлығынсыз қалған балаға қорғаншы (қамқоршы) болып белгіленгеніңізді растайтын анықтама береді.",
            "Местный исполнительный орган выдаёт справку, подтверждающую, что вы назначены опекуном (попечителем) ребёнка-сироты или ребёнка, оставшегося без попечения родителей.",
            "The local akimat issues a certificate confirming that you have been appointed guardian or trustee of an orphan or of a child left without parental care.",
        ),
        provider: Text::new(
            "Аудандардың және облыстық маңызы бар қалалардың жергілікті атқарушы органдары",
            "Местные исполнительные органы районов и городов областного значения",
            "The local executive bodies (akimats) of districts and of cities of regional significance",
        ),
        recipients: Text::new(
            "Жеке тұлғалар – жетім балаға немесе ата-анасының қамқорлығынсыз қалған балаға белгіленген қорғаншылар (қамқоршылар)",
            "Физические лица – опекуны (попечители) детей-сирот и детей, оставшихся без попечения родителей",
            "Individuals who are guardians or trustees of an orphan or of a child left without parental care",
        ),
        territory: Text::new(
            "Облыстың аудандары мен облыстық маңызы бар қалалары (регламентте облыс аталмаған)",
            "Районы и города областного значения области (область в регламенте не названа)",
            "The districts and cities of regional significance of an oblast (the regulation does not name the oblast)",
        ),
        channels: &[Channel::Portal, Channel::ServiceCentre],
        term: Term::minutes(5),
        other_terms: &[
            TermNote {
                term: Term::working_days(3),
                applies_to: Text::new(
                    "Ақпараттық жүйелерде жетім балаға (балаларға) және ата-анасының қамқорлығынсыз қалған балаға (балаларға) қамқоршылық немесе қорғаншылық белгілеу жөніндегі деректер болмаған жағдайда (құжаттарды қабылдау күні мерзімге кірмейді)",
                    "Если в информационных системах нет сведений об установлении опеки или попечительства над ребёнком-сиротой (детьми-сиротами) и ребёнком (детьми), оставшимся без попечения родителей (день приёма документов в срок не входит)",
                    "When the information systems hold no record of guardianship or trusteeship over the orphan or child left without parental care (the day the documents are accepted is not counted)",
                ),
            },
            TermNote {
                term: Term::minutes(5),
                applies_to: Text::new(
                    "Мемлекеттік корпорацияға құжаттарды тапсырған сәттен бастап",
                    "С момента сдачи документов в Государственную корпорацию",
                    "From the moment you hand in your documents at the State Corporation",
                ),
            },
            TermNote {
                term: Term::minutes(15),
                applies_to: Text::new(
                    "Мемлекеттік корпорацияда көрсетілетін қызметті алушының сұратуын өңдеу",
                    "Обработка запроса услугополучателя в Государственной корпорации",
                    "Processing your request at the State Corporation",
                ),
            },
            TermNote {
                term: Term::minutes(15),
                applies_to: Text::new(
                    "Мемлекеттік корпорацияда нәтижені алу үшін күтудің ең ұзақ уақыты (электрондық кезекті порталда брондауға болады)",
                    "Максимальное время ожидания выдачи результата в Государственной корпорации (электронную очередь можно забронировать на портале)",
                    "The longest you should wait to collect the result at the State Corporation (you can book a place in the electronic queue on the portal)",
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
                    "Қорғаншылық және қамқоршылық белгілеу туралы анықтама",
                    "Справка об установлении опеки и попечительства",
                    "Certificate on the establishment of guardianship and trusteeship",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Мемлекеттік қызмет көрсетуден бас тарту туралы хабарлама",
                    "Сообщение об отказе в оказании государственной услуги",
                    "Notice refusing the service",
                ),
                term: None,
            },
        ],
        result_form: Text::new(
            "Көрсетілетін қызметті берушінің уәкілетті тұлғасының ЭЦҚ-мен қол қойылған электрондық құжат: порталда – «жеке кабинетке» жіберіледі, Мемлекеттік корпорацияда – қолхатта көрсетілген мерзімде беріледі. Сұрау бойынша нәтиже қағазға басып шығарылып, уәкілетті тұлғаның қолымен және мөрімен расталады",
            "Электронный документ, подписанный ЭЦП уполномоченного лица услугодателя: на портале – направляется в «личный кабинет», в Государственной корпорации – выдаётся в срок, указанный в расписке. По заявлению результат распечатывается на бумаге и заверяется подписью и печатью уполномоченного лица",
            "An electronic document signed with the ESP of the provider's authorised officer: on the portal, sent to your personal cabinet; at the State Corporation, handed over on the date shown on your receipt. If you ask for paper, the result is printed and signed and sealed by the authorised officer",
        ),
        documents: PASSPORT_DOCUMENTS,
        refusal_grounds: &[
            Text::new(
                "Көрсетілетін қызметті алушы құжаттарының Стандарттың 9-тармағындағы талаптарға және мемлекеттік қызмет көрсету негіздеріне сәйкес келмеуі",
                "Несоответствие документов услугополучателя требованиям пункта 9 Стандарта и основаниям для оказания государственной услуги",
                "Your documents do not meet the requirements of item 9 of the Standard, or there are no grounds to provide the service",
            ),
            Text::new(
                "Көрсетілетін қызметті алушының ЭЦҚ түпнұсқалығы расталмауы: тіркеу куәлігінің мерзімі өткен, ол кері қайтарылған немесе сұратудағы ЖСН куәліктегі ЖСН-ге сәйкес келмейді",
                "Подлинность ЭЦП услугополучателя не подтверждена: истёк срок регистрационного свидетельства, оно отозвано или ИИН в запросе не совпадает с ИИН в свидетельстве",
                "Your digital signature (ESP) cannot be confirmed: the certificate has expired or been revoked, or the IIN in the request differs from the IIN in the certificate",
            ),
            Text::new(
                "Көрсетілетін қызметті алушы деректерінің «Жеке тұлғалар» мемлекеттік деректер базасында болмауы",
                "Отсутствие данных услугополучателя в государственной базе данных «Физические лица»",
                "Your details are not in the state database «Individuals»",
            ),
        ],
        legal_basis: &[Text::new(
            "«Қорғаншылық және қамқоршылық жөнінде анықтамалар беру» мемлекеттік көрсетілетін қызмет стандарты, ҚР Білім және ғылым министрінің 2015 жылғы 13 сәуірдегі № 198 бұйрығы (№ 11184 болып тіркелген)",
            "Стандарт государственной услуги «Выдача справок по опеке и попечительству», приказ Министра образования и науки РК от 13 апреля 2015 года № 198 (зарегистрирован за № 11184)",
            "State service standard «Issuing certificates on guardianship and trusteeship», order No. 198 of the Minister of Education and Science of 13 April 2015 (registered under No. 11184)",
        )],
        source: SeedRef {
            seed: "002",
            regulation: None,
            act: Text::new(
                "«Қорғаншылық және қамқоршылық жөнінде анықтамалар беру» мемлекеттік көрсетілетін қызмет регламенті",
                "Регламент государственной услуги «Выдача справок по опеке и попечительству»",
                "Regulation of the state service «Issuing certificates on guardianship and trusteeship»",
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
                "Регламент мәтінінде бекіту актісі (әкімдік, нөмірі, күні, облыс) жоқ. Қолданылу басталған күн болжам бойынша алынды (?): мәтін 2016 жылы құрылған «Азаматтарға арналған үкімет» мемлекеттік корпорациясын атайды, ал № 198 бұйрықтағы стандарттардың жаңа редакциясы (ҚР БҒМ 2016 жылғы 21 қаңтардағы № 53 бұйрығы) 2016 жылғы 1 наурыздан қолданылды",
                "В тексте регламента нет утверждающего акта (акимат, номер, дата, область). Дата начала действия выведена косвенно (?): текст называет Государственную корпорацию «Правительство для граждан», созданную в 2016 году, а новая редакция стандартов приказа № 198 (приказ МОН РК от 21 января 2016 года № 53) применялась с 1 марта 2016 года",
                "The regulation's text has no approving act (akimat, number, date or oblast). The start date is inferred (?): the text names the State Corporation «Government for Citizens», set up in 2016, and the new wording of the standards in order No. 198 (order No. 53 of the Ministry of Education and Science of 21 January 2016) applied from 1 March 2016",
            ),
            Text::new(
                "Регламент құжаттар тізбесін Стандарттың 9-тармағына сілтейді, тізбенің өзі регламентте жоқ. Жеке басын куәландыратын құжат пен туу туралы куәлік кейінгі дереккөздерден алынды [дереккөз: egov.kz «Қорғаншылық» мақаласы, 02.10.2023 жаңартылған; edu.fedorovka.kz]",
                "Регламент отсылает к пункту 9 Стандарта и перечня документов не содержит. Удостоверение личности и свидетельство о рождении взяты из более поздних источников [источник: статья egov.kz об опеке, обновлена 02.10.2023; edu.fedorovka.kz]",
                "The regulation refers to item 9 of the Standard and does not list the documents itself. The identity document and the birth certificate come from later sources [source: egov.kz guardianship article, updated 2 October 2023; edu.fedorovka.kz]",
            ),
            Text::new(
                "5 минут мерзімі толық автоматтандырылған жағдайға қатысты деп оқылды: кеңсе, басшы мен қызметкердің қадамдары (15 мин + 20 мин + 3 жұмыс күні + 15 мин) тек деректер ақпараттық жүйелерде болмағанда орындалады (?)",
                "Срок 5 минут прочитан как срок для полностью автоматизированного случая: шаги канцелярии, руководителя и работника (15 мин + 20 мин + 3 рабочих дня + 15 мин) выполняются, только если сведений нет в информационных системах (?)",
                "The 5-minute term is read as the fully automated case: the steps by the office, the head and the officer (15 min + 20 min + 3 working days + 15 min) apply only when the record is not in the information systems (?)",
            ),
            Text::new(
                "Регламенттің 11-тармағы порталдағы сұратуды «көрсетілетін қызметті берушінің ЭЦҚ-сымен» куәландыру деп жазады; 2-қосымшада сұратуға көрсетілетін қызметті алушы қол қояды – бұл редакциялық қате болуы мүмкін (?)",
                "Пункт 11 регламента говорит, что запрос на портале удостоверяется «ЭЦП услугодателя»; в приложении 2 запрос подписывает услугополучатель – вероятно, это редакционная ошибка (?)",
                "Item 11 of the regulation says the portal request is certified «with the provider's ESP»; in Appendix 2 the applicant signs it – probably a drafting error (?)",
            ),
            Text::new(
                "Кейінгі өзгерістер: ҚР БҒМ 2019 жылғы 7 қазандағы № 435 бұйрығынан бастап қызмет тек портал арқылы көрсетіледі; 2020 жылдан – ҚР БҒМ 2020 жылғы 24 сәуірдегі № 158 бұйрығымен бекітілген Қағидалардың 1-қосымшасы: мерзімі 30 минут, тек ЭЦҚ-мен немесе бір реттік парольмен куәландырылған өтініш қажет [дереккөз: ealegislation.com 119998; egov.kz, 02.10.2023]",
                "Последующие изменения: с приказа МОН РК от 7 октября 2019 года № 435 услуга оказывается только через портал; с 2020 года – приложение 1 к Правилам, утверждённым приказом МОН РК от 24 апреля 2020 года № 158: срок 30 минут, нужно только заявление, удостоверенное ЭЦП или одноразовым паролем [источник: ealegislation.com 119998; egov.kz, 02.10.2023]",
                "Later changes: since order No. 435 of the Ministry of Education and Science of 7 October 2019 the service is available only on the portal; since 2020 it follows Appendix 1 to the Rules approved by order No. 158 of 24 April 2020: the term is 30 minutes and only an application signed with an ESP or a one-time password is needed [source: ealegislation.com 119998; egov.kz, 2 October 2023]",
            ),
            Text::new(
                "Регламентте сұрату нысанының өрістері жоқ. Балалардың ЖСН-і, аты-жөні мен туған күні және анықтаманың мақсаты кейінгі дереккөздерден алынды [дереккөз: egov.kz «Қорғаншылық» мақаласы, 02.10.2023; standards.md §4.2 – өрістер тізімі қорытынды (?)]. 18 жас шегі – қорғаншылық пен қамқоршылық баланың кәмелетке толуымен тоқтатылады",
                "В регламенте нет полей формы запроса. ИИН, ФИО и дата рождения детей и цель справки взяты из более поздних источников [источник: статья egov.kz об опеке, 02.10.2023; standards.md §4.2 – перечень полей выведен (?)]. Предел 18 лет – опека и попечительство прекращаются с совершеннолетием ребёнка",
                "The regulation lists no request fields. The children's IINs, names and dates of birth and the purpose of the certificate come from later sources [source: egov.kz guardianship article, 2 October 2023; standards.md §4.2 – the field list is inferred (?)]. The limit of 18 is because guardianship and trusteeship end when the child comes of age",
            ),
            Text::new(
                "Анықтаманың нысаны Стандарттың 1-қосымшасында, ол регламентте келтірілмеген; анықтама өрістері (қорғаншының және баланың аты-жөні, баланың туған күні, қорғаншылық белгілеу туралы шешімнің күні мен нөмірі) кейінгі тәжірибеден алынды (?)",
                "Форма справки – в приложении 1 к Стандарту, в регламенте она не приведена; поля справки (ФИО опекуна и ребёнка, дата рождения ребёнка, дата и номер решения об установлении опеки) взяты из более поздней практики (?)",
                "The certificate's form is Appendix 1 of the Standard, which the regulation does not reproduce; its fields (the guardian's and the child's names, the child's date of birth, the date and number of the decision establishing guardianship) come from later practice (?)",
            ),
            Text::new(
                "Баланың туу туралы куәлігі тек 2007 жылғы 13 тамызға дейін туған бала үшін сұралады; кейін туған баланың деректері мемлекеттік ақпараттық жүйеден алынады [дереккөз: egov.kz, 02.10.2023]",
                "Свидетельство о рождении запрашивается только на ребёнка, родившегося до 13 августа 2007 года; сведения о детях, родившихся позже, получаются из государственной информационной системы [источник: egov.kz, 02.10.2023]",
                "The birth certificate is asked for only for a child born before 13 August 2007; the records of children born later come from the state information system [source: egov.kz, 2 October 2023]",
            ),
        ],
    },
    pages: PAGES,
    documents: DOCUMENTS,
    declaration: Some(DECLARATION),
    steps: STEPS,
    outputs: OUTPUTS,
    changes: CHANGES,
};
