//! S1 — «Қазақстан Республикасының аумағында жылжымайтын мүлік объектілерінің мекенжайын айқындау
//! жөнінде анықтама беру» / «Выдача справки по определению адреса объектов недвижимости на
//! территории Республики Казахстан» (certificate on the address of real estate).
//!
//! Seed 000: Karaganda oblast akimat resolution No. 28/02 of 13.05.2019, which sets out in a new
//! wording the regulation approved by resolution No. 45/07 of 12.08.2015. Four result kinds
//! (clarification, clarification with history, assignment, abolition) follow paragraph 4; terms
//! follow paragraphs 7 and 10; documents, fee and refusal grounds come from the national standard
//! (see `notes`), because the seed only refers to it. The seed has no application form either: the
//! pages follow the result kinds, the representatives of paragraph 6 and the fields the later
//! standards name (location, cadastral number, address registration code, documents on the land);
//! the steps follow paragraphs 7, 10, 11 and 12.

use crate::definition::*;
use crate::lang::Text;

/// The seed does not say that the day of acceptance is left out of its working-day terms.
const fn working_days_from_acceptance(amount: u32) -> Term {
    Term { amount, unit: TermUnit::WorkingDays, acceptance_day_counts: true }
}

const PASSPORT_DOCUMENTS: &[PassportDocument] = &[
    PassportDocument {
        name: Text::new(
            "Стандарттың 2-қосымшасына сәйкес нысан бойынша өтініш",
            "Заявление по форме согласно приложению 2 к стандарту",
            "An application in the form set by Appendix 2 to the standard",
        ),
        channels: &[],
        note: Some(Text::new(
            "Порталда – ЭСҚ-мен куәландырылған электрондық сұраныс, оған қажетті құжаттардың электрондық көшірмелері тіркеледі",
            "На портале – электронный запрос, удостоверенный ЭЦП, к которому прикрепляются электронные копии необходимых документов",
            "On the portal, an electronic request signed with your digital signature (ESP), with electronic copies of the required documents attached",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", "Identity document"),
        channels: &[Channel::ServiceCentre],
        note: Some(Text::new(
            "Жеке басын сәйкестендіру үшін; порталда қажет емес – жеке басыңыз ЭСҚ арқылы расталады",
            "Для идентификации личности; на портале не нужен – личность подтверждается ЭЦП",
            "To identify you; not needed on the portal, where your ESP identifies you",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар) және оның техникалық сипаттамалары туралы анықтама",
            "Справка о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках",
            "Certificate of registered rights (encumbrances) to the property and of its technical characteristics",
        ),
        channels: &[],
        note: Some(Text::new(
            "Мәліметтерді ақпараттық жүйелерден алу мүмкін болса, талап етілмейді",
            "Не требуется, если сведения можно получить из информационных систем",
            "Not needed if the information can be obtained from state information systems",
        )),
        from_state_systems: true,
    },
    PassportDocument {
        name: Text::new(
            "Жергілікті атқарушы органның құрылыс мақсатында жер учаскесін беру туралы шешімі немесе мына құжаттардың бірі: жер учаскесіне сәйкестендіру құжаты; шарт (алдын ала, инвестициялау, сатып алу-сату); мұрагерлік құқығы туралы куәлік",
            "Решение местного исполнительного органа о предоставлении земельного участка для целей строительства либо один из документов: идентификационный документ на земельный участок; договор (предварительный, инвестирования, купли-продажи); свидетельство о праве на наследство",
            "The local executive body's decision granting a land plot for building, or one of: the identification document for the land plot; a contract (preliminary, investment or sale); a certificate of inheritance",
        ),
        channels: &[],
        note: Some(Text::new(
            "Мекенжайды тарихымен нақтылау, мекенжай беру немесе жою үшін; Алматы қаласы сәулет басқармасының порталы бойынша (?)",
            "Для уточнения адреса с историей, присвоения или упразднения адреса; по данным портала Управления архитектуры г. Алматы (?)",
            "For clarification with history, assignment or abolition of an address; taken from the Almaty architecture department's portal (?)",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Уәкілетті өкілдің өкілеттігін растайтын құжат: заңды тұлға үшін – құзыретін растайтын құжат, жеке тұлға үшін – нотариалды куәландырылған сенімхат",
            "Документ, подтверждающий полномочия представителя: для юридического лица – документ, подтверждающий полномочия, для физического лица – нотариально удостоверенная доверенность",
            "If someone applies for you, proof of their authority: for an organisation, a document confirming its authority; for an individual, a notarised power of attorney",
        ),
        channels: &[],
        note: Some(Text::new(
            "Мемлекеттік корпорацияда сенімхат мәліметтері Бірыңғай нотариалдық ақпараттық жүйеден сұратылады",
            "В Госкорпорации сведения о доверенности запрашиваются из Единой нотариальной информационной системы",
            "At the State Corporation the power of attorney is checked in the Unified Notarial Information System",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Көрсетілетін қызметті алушы туралы мәліметтер",
            "Сведения об услугополучателе",
            "Your details as the applicant",
        ),
        channels: &[],
        note: Some(Text::new(
            "Электрондық үкімет шлюзі арқылы жеке тұлғалардың немесе заңды тұлғалардың мемлекеттік деректер қорынан алынады",
            "Получаются через шлюз «электронного правительства» из государственной базы данных «Физические лица» или «Юридические лица»",
            "Obtained through the e-government gateway from the state database «Individuals» or «Legal entities»",
        )),
        from_state_systems: true,
    },
];

const SERVICE_KINDS: &[ChoiceOption] = &[
    ChoiceOption {
        value: "clarification",
        label: Text::new("Мекенжайды нақтылау", "Уточнение адреса", "Confirm the address"),
        hint: Some(Text::new(
            "Объектінің қазіргі мекенжайы мен оның тіркеу кодын растайтын анықтама – 15 минут",
            "Справка, подтверждающая текущий адрес объекта и его регистрационный код, – 15 минут",
            "A certificate confirming the property's current address and its registration code – 15 minutes",
        )),
    },
    ChoiceOption {
        value: "clarification-history",
        label: Text::new(
            "Мекенжайды тарихымен нақтылау",
            "Уточнение адреса с историей",
            "Confirm the address, with its history",
        ),
        hint: Some(Text::new(
            "Анықтамада объектінің бұрынғы мекенжайлары да көрсетіледі – 15 минут",
            "В справке указываются и прежние адреса объекта – 15 минут",
            "The certificate also shows the property's earlier addresses – 15 minutes",
        )),
    },
    ChoiceOption {
        value: "assignment",
        label: Text::new("Мекенжай беру", "Присвоение адреса", "Give the property an address"),
        hint: Some(Text::new(
            "Жаңа объект немесе мекенжайы жоқ объект үшін; маман объектінің орналасқан жеріне барады – шамамен 5 жұмыс күні",
            "Для нового объекта или объекта без адреса; специалист выезжает на место – около 5 рабочих дней",
            "For a new property or one with no address; an officer visits the site – about 5 working days",
        )),
    },
    ChoiceOption {
        value: "abolition",
        label: Text::new("Мекенжайды жою", "Упразднение адреса", "Cancel the address"),
        hint: Some(Text::new(
            "Мысалы, ғимарат бұзылғанда; маман объектінің орналасқан жеріне барады – шамамен 5 жұмыс күні",
            "Например, если здание снесено; специалист выезжает на место – около 5 рабочих дней",
            "For example, when a building has been demolished; an officer visits the site – about 5 working days",
        )),
    },
];

const APPLICANT_KINDS: &[ChoiceOption] = &[
    ChoiceOption {
        value: "self", label: Text::new("Өз атымнан", "От своего имени", "Myself"), hint: None
    },
    ChoiceOption {
        value: "organisation",
        label: Text::new("Ұйымның атынан", "От имени организации", "An organisation"),
        hint: Some(Text::new(
            "Ұйымның ЭСҚ-сы немесе өкілеттігіңізді растайтын құжат қажет болады",
            "Понадобится ЭЦП организации или документ, подтверждающий ваши полномочия",
            "You will need the organisation's digital signature (ESP) or a document showing your authority",
        )),
    },
    ChoiceOption {
        value: "representative",
        label: Text::new(
            "Басқа адамның атынан, нотариалды куәландырылған сенімхат бойынша",
            "От имени другого человека по нотариально удостоверенной доверенности",
            "Another person, with a notarised power of attorney",
        ),
        hint: Some(Text::new(
            "Сенімхаттың электрондық көшірмесін тіркейсіз",
            "Вы прикрепите электронную копию доверенности",
            "You will attach a copy of the power of attorney",
        )),
    },
];

const OBJECT_KINDS: &[ChoiceOption] = &[
    ChoiceOption {
        value: "land-plot", label: Text::new("Жер учаскесі", "Земельный участок", "Land plot"), hint: None
    },
    ChoiceOption {
        value: "building",
        label: Text::new("Ғимарат", "Здание", "Building"),
        hint: Some(Text::new(
            "Тұрғын үй немесе өзге ғимарат",
            "Жилой дом или иное здание",
            "A house or any other building",
        )),
    },
    ChoiceOption {
        value: "structure",
        label: Text::new("Құрылыс", "Сооружение", "Structure"),
        hint: Some(Text::new(
            "Ғимарат емес құрылыс, мысалы, мұнара немесе резервуар",
            "Не здание, например башня или резервуар",
            "Not a building, for example a tower or a reservoir",
        )),
    },
    ChoiceOption {
        value: "premises",
        label: Text::new("Үй-жай", "Помещение", "Premises"),
        hint: Some(Text::new(
            "Пәтер немесе ғимараттағы тұрғын емес үй-жай",
            "Квартира или нежилое помещение в здании",
            "A flat, or non-residential premises in a building",
        )),
    },
];

const BASIS_DOCUMENTS: &[ChoiceOption] = &[
    ChoiceOption {
        value: "land-decision",
        label: Text::new(
            "Жергілікті атқарушы органның құрылыс мақсатында жер учаскесін беру туралы шешімі",
            "Решение местного исполнительного органа о предоставлении земельного участка для целей строительства",
            "The akimat's decision granting the land plot for building",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "land-id",
        label: Text::new(
            "Жер учаскесіне сәйкестендіру құжаты",
            "Идентификационный документ на земельный участок",
            "The land plot's identification document",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "contract",
        label: Text::new(
            "Шарт (алдын ала, инвестициялау, сатып алу-сату)",
            "Договор (предварительный, инвестирования, купли-продажи)",
            "A contract (preliminary, investment or sale)",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "inheritance",
        label: Text::new(
            "Мұрагерлік құқығы туралы куәлік",
            "Свидетельство о праве на наследство",
            "A certificate of inheritance",
        ),
        hint: None,
    },
];

/// Clarification with history, assignment and abolition need a document on the land plot or the
/// property (standards.md §2.3, Almaty portal); a plain clarification does not.
const NEEDS_BASIS: Condition = Condition::Any(&[
    Condition::Equals("service_kind", "clarification-history"),
    Condition::Equals("service_kind", "assignment"),
    Condition::Equals("service_kind", "abolition"),
]);

/// A new address is given to a property that has none yet: it is described, not addressed.
const ASSIGNMENT: Condition = Condition::Equals("service_kind", "assignment");
const HAS_ADDRESS: Condition = Condition::NotEquals("service_kind", "assignment");

const PAGES: &[Page] = &[
    Page::new(
        "service-kind",
        Text::new("Қандай анықтама керек?", "Какая справка вам нужна?", "Which certificate do you need?"),
        &[Field {
            summary_label: Some(Text::new("Анықтама түрі", "Вид справки", "Certificate")),
            ..Field::new(
                "service_kind",
                Text::new("Қандай анықтама керек?", "Какая справка вам нужна?", "Which certificate do you need?"),
                FieldKind::Choice { options: SERVICE_KINDS, control: ChoiceControl::Radios },
                Text::new("Анықтаманың түрін таңдаңыз", "Выберите вид справки", "Select which certificate you need"),
            )
        }],
    ),
    Page::new(
        "applicant-kind",
        Text::new("Кімнің атынан өтініш бересіз?", "От чьего имени вы подаёте заявление?", "Who are you applying for?"),
        &[Field {
            summary_label: Some(Text::new("Кімнің атынан", "От чьего имени", "Applying for")),
            ..Field::new(
                "applicant_kind",
                Text::new(
                    "Кімнің атынан өтініш бересіз?",
                    "От чьего имени вы подаёте заявление?",
                    "Who are you applying for?",
                ),
                FieldKind::Choice { options: APPLICANT_KINDS, control: ChoiceControl::Radios },
                Text::new(
                    "Кімнің атынан өтініш беретініңізді таңдаңыз",
                    "Выберите, от чьего имени вы подаёте заявление",
                    "Select who you are applying for",
                ),
            )
        }],
    ),
    Page::new(
        "applicant",
        Text::new("Сіздің деректеріңіз", "Ваши данные", "Your details"),
        &[
            Field {
                summary_label: Some(Text::new("Өтініш беруші", "Заявитель", "Applicant")),
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
                    "Маман объектіге бару уақытын келісу үшін хабарласуы мүмкін",
                    "Специалист может позвонить, чтобы согласовать выезд на место",
                    "An officer may call you to arrange a visit to the property",
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
                    "Анықтама дайын болғанда хабарлама жібереміз",
                    "Сообщим, когда справка будет готова",
                    "We will tell you when the certificate is ready",
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
            Text::new("Ұйым туралы мәліметтер", "Сведения об организации", "About the organisation"),
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
    Page {
        show_if: Some(Condition::Equals("applicant_kind", "representative")),
        ..Page::new(
            "principal",
            Text::new("Сенім білдірушінің деректері", "Данные доверителя", "The person you are applying for"),
            &[
                Field {
                    summary_label: Some(Text::new("Сенім білдіруші", "Доверитель", "Applying for")),
                    ..Field::new(
                        "principal_name",
                        Text::new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество", "Full name"),
                        FieldKind::PersonName { max: 150 },
                        Text::new(
                            "Сенім білдірушінің тегін, атын және әкесінің атын енгізіңіз",
                            "Введите фамилию, имя и отчество доверителя",
                            "Enter the full name of the person you are applying for",
                        ),
                    )
                },
                Field {
                    summary_label: Some(Text::new("Сенім білдірушінің ЖСН-ы", "ИИН доверителя", "Their IIN")),
                    rule: Some(Rule::NotApplicantIin {
                        message: Text::new(
                            "Өз ЖСН-ыңызды емес, сенім білдірушінің ЖСН-ын енгізіңіз",
                            "Введите ИИН доверителя, а не свой",
                            "Enter the IIN of the person you are applying for, not your own",
                        ),
                    }),
                    ..Field::new(
                        "principal_iin",
                        Text::new("ЖСН", "ИИН", "IIN"),
                        FieldKind::Iin,
                        Text::new(
                            "Сенім білдірушінің ЖСН-ын енгізіңіз",
                            "Введите ИИН доверителя",
                            "Enter the IIN of the person you are applying for",
                        ),
                    )
                },
            ],
        )
    },
    Page::new(
        "object-kind",
        Text::new(
            "Жылжымайтын мүлік объектісінің түрі қандай?",
            "Какой это объект недвижимости?",
            "What kind of property is it?",
        ),
        &[Field {
            summary_label: Some(Text::new("Объектінің түрі", "Вид объекта", "Kind of property")),
            ..Field::new(
                "object_kind",
                Text::new(
                    "Жылжымайтын мүлік объектісінің түрі қандай?",
                    "Какой это объект недвижимости?",
                    "What kind of property is it?",
                ),
                FieldKind::Choice { options: OBJECT_KINDS, control: ChoiceControl::Radios },
                Text::new("Объектінің түрін таңдаңыз", "Выберите вид объекта", "Select what kind of property it is"),
            )
        }],
    ),
    Page::new(
        "object-location",
        Text::new("Объект қайда орналасқан?", "Где находится объект?", "Where is the property?"),
        &[
            Field {
                hint: Some(Text::new(
                    "Қызмет Қарағанды облысындағы объектілер үшін көрсетіледі",
                    "Услуга оказывается для объектов в Карагандинской области",
                    "This service covers property in Karaganda oblast",
                )),
                summary_label: Some(Text::new("Облыс", "Область", "Region")),
                ..Field::new(
                    "object_region",
                    Text::new("Облыс", "Область", "Region"),
                    FieldKind::Region,
                    Text::new("Облысты таңдаңыз", "Выберите область", "Select the region"),
                )
            },
            Field {
                summary_label: Some(Text::new("Аудан немесе қала", "Район или город", "District or city")),
                ..Field::new(
                    "object_district",
                    Text::new(
                        "Аудан немесе облыстық маңызы бар қала",
                        "Район или город областного значения",
                        "District or city",
                    ),
                    FieldKind::District { region_field: "object_region" },
                    Text::new(
                        "Ауданды немесе қаланы таңдаңыз",
                        "Выберите район или город",
                        "Select the district or city",
                    ),
                )
            },
            Field {
                hint: Some(Text::new("Қала, кент немесе ауыл", "Город, посёлок или село", "City, town or village")),
                autocomplete: Some("address-level2"),
                ..Field::new(
                    "object_locality",
                    Text::new("Елді мекен", "Населённый пункт", "Town or village"),
                    FieldKind::Text { max: 100, multiline: false },
                    Text::new("Елді мекенді енгізіңіз", "Введите населённый пункт", "Enter the town or village"),
                )
            },
            Field {
                show_if: Some(HAS_ADDRESS),
                summary_label: Some(Text::new("Көше", "Улица", "Street")),
                ..Field::new(
                    "object_street",
                    Text::new(
                        "Көше, даңғыл немесе шағын аудан",
                        "Улица, проспект или микрорайон",
                        "Street, avenue or microdistrict",
                    ),
                    FieldKind::Text { max: 150, multiline: false },
                    Text::new("Көшені енгізіңіз", "Введите улицу", "Enter the street"),
                )
            },
            Field {
                show_if: Some(HAS_ADDRESS),
                summary_label: Some(Text::new("Үй немесе учаске", "Дом или участок", "House or plot")),
                width: Some("10"),
                ..Field::new(
                    "object_building",
                    Text::new(
                        "Үйдің, ғимараттың немесе учаскенің нөмірі",
                        "Номер дома, здания или участка",
                        "House, building or plot number",
                    ),
                    FieldKind::Text { max: 20, multiline: false },
                    Text::new(
                        "Үйдің немесе учаскенің нөмірін енгізіңіз",
                        "Введите номер дома или участка",
                        "Enter the house or plot number",
                    ),
                )
            },
            Field {
                show_if: Some(HAS_ADDRESS),
                summary_label: Some(Text::new("Пәтер немесе үй-жай", "Квартира или помещение", "Flat or premises")),
                width: Some("10"),
                ..Field::optional(
                    "object_flat",
                    Text::new(
                        "Пәтердің немесе үй-жайдың нөмірі (міндетті емес)",
                        "Номер квартиры или помещения (необязательно)",
                        "Flat or premises number (optional)",
                    ),
                    FieldKind::Text { max: 20, multiline: false },
                )
            },
            Field {
                show_if: Some(ASSIGNMENT),
                hint: Some(Text::new(
                    "Мысалы, шағын аудан, жақын көше, жер учаскесінің нөмірі",
                    "Например, микрорайон, ближайшая улица, номер земельного участка",
                    "For example, the microdistrict, the nearest street or the land plot number",
                )),
                summary_label: Some(Text::new("Орналасқан жері", "Местоположение", "Location")),
                ..Field::new(
                    "object_site",
                    Text::new(
                        "Объектінің орналасқан жерін сипаттаңыз",
                        "Опишите местоположение объекта",
                        "Describe where the property is",
                    ),
                    FieldKind::Text { max: 500, multiline: true },
                    Text::new(
                        "Объектінің орналасқан жерін сипаттаңыз",
                        "Опишите местоположение объекта",
                        "Describe where the property is",
                    ),
                )
            },
        ],
    ),
    Page {
        show_if: Some(ASSIGNMENT),
        ..Page::new(
            "land-plot",
            Text::new(
                "Жер учаскесінің кадастрлық нөмірі қандай?",
                "Какой кадастровый номер у земельного участка?",
                "What is the land plot's cadastral number?",
            ),
            &[Field {
                hint: Some(Text::new(
                    "Жер учаскесіне сәйкестендіру құжатында көрсетілген, мысалы, 09:142:012:345",
                    "Указан в идентификационном документе на земельный участок, например 09:142:012:345",
                    "It is on the land plot's identification document, for example 09:142:012:345",
                )),
                summary_label: Some(Text::new(
                    "Жер учаскесінің кадастрлық нөмірі",
                    "Кадастровый номер участка",
                    "Land plot cadastral number",
                )),
                width: Some("20"),
                ..Field::new(
                    "land_cadastral_number",
                    Text::new(
                        "Жер учаскесінің кадастрлық нөмірі қандай?",
                        "Какой кадастровый номер у земельного участка?",
                        "What is the land plot's cadastral number?",
                    ),
                    FieldKind::Text { max: 30, multiline: false },
                    Text::new(
                        "Жер учаскесінің кадастрлық нөмірін енгізіңіз",
                        "Введите кадастровый номер земельного участка",
                        "Enter the cadastral number of the land plot",
                    ),
                )
            }],
        )
    },
    Page {
        intro: Some(Text::new(
            "Білсеңіз, толтырыңыз – бұл объектіні тезірек табуға көмектеседі.",
            "Заполните, если знаете, – это поможет быстрее найти объект.",
            "Fill these in if you know them. They help find the property faster.",
        )),
        show_if: Some(HAS_ADDRESS),
        ..Page::new(
            "identifiers",
            Text::new(
                "Кадастрлық нөмір және мекенжайдың тіркеу коды",
                "Кадастровый номер и регистрационный код адреса",
                "Cadastral number and address registration code",
            ),
            &[
                Field {
                    hint: Some(Text::new(
                        "Жылжымайтын мүлікке құқық белгілейтін құжаттарда көрсетілген",
                        "Указан в правоустанавливающих документах на недвижимость",
                        "It is on the property's title documents",
                    )),
                    summary_label: Some(Text::new("Кадастрлық нөмірі", "Кадастровый номер", "Cadastral number")),
                    width: Some("20"),
                    ..Field::optional(
                        "cadastral_number",
                        Text::new(
                            "Кадастрлық нөмірі (міндетті емес)",
                            "Кадастровый номер (необязательно)",
                            "Cadastral number (optional)",
                        ),
                        FieldKind::Text { max: 30, multiline: false },
                    )
                },
                Field {
                    hint: Some(Text::new(
                        "Бұрын берілген мекенжай анықтамасында көрсетілген",
                        "Указан в ранее выданной справке об адресе",
                        "It is on any earlier address certificate",
                    )),
                    summary_label: Some(Text::new(
                        "Мекенжайдың тіркеу коды",
                        "Регистрационный код адреса",
                        "Address registration code",
                    )),
                    width: Some("20"),
                    ..Field::optional(
                        "address_code",
                        Text::new(
                            "Мекенжайдың тіркеу коды (міндетті емес)",
                            "Регистрационный код адреса (необязательно)",
                            "Address registration code (optional)",
                        ),
                        FieldKind::Text { max: 20, multiline: false },
                    )
                },
            ],
        )
    },
    Page {
        show_if: Some(NEEDS_BASIS),
        ..Page::new(
            "basis",
            Text::new("Қандай құжатты тіркейсіз?", "Какой документ вы прикрепите?", "Which document will you attach?"),
            &[Field {
                hint: Some(Text::new(
                    "Жер учаскесіне немесе объектіге құқығыңызды растайтын құжат",
                    "Документ, подтверждающий ваше право на земельный участок или объект",
                    "A document that shows your right to the land plot or the property",
                )),
                summary_label: Some(Text::new("Құқықты растайтын құжат", "Документ о праве", "Proof of your right")),
                ..Field::new(
                    "basis_document",
                    Text::new(
                        "Қандай құжатты тіркейсіз?",
                        "Какой документ вы прикрепите?",
                        "Which document will you attach?",
                    ),
                    FieldKind::Choice { options: BASIS_DOCUMENTS, control: ChoiceControl::Radios },
                    Text::new("Құжатты таңдаңыз", "Выберите документ", "Select the document you will attach"),
                )
            }],
        )
    },
    Page {
        show_if: Some(Condition::Equals("service_kind", "abolition")),
        ..Page::new(
            "abolition-reason",
            Text::new(
                "Мекенжай неге жойылуы керек?",
                "Почему нужно упразднить адрес?",
                "Why should the address be cancelled?",
            ),
            &[Field {
                hint: Some(Text::new(
                    "Мысалы, ғимарат бұзылды немесе жер учаскелері біріктірілді",
                    "Например, здание снесено или земельные участки объединены",
                    "For example, the building was demolished or land plots were merged",
                )),
                summary_label: Some(Text::new("Жою себебі", "Причина упразднения", "Reason")),
                ..Field::new(
                    "abolition_reason",
                    Text::new(
                        "Мекенжай неге жойылуы керек?",
                        "Почему нужно упразднить адрес?",
                        "Why should the address be cancelled?",
                    ),
                    FieldKind::Text { max: 500, multiline: true },
                    Text::new(
                        "Мекенжайды жою себебін жазыңыз",
                        "Укажите причину упразднения адреса",
                        "Enter why the address should be cancelled",
                    ),
                )
            }],
        )
    },
];

const DOCUMENTS: &[DocumentSlot] = &[
    DocumentSlot {
        id: "basis",
        name: Text::new(
            "Жер учаскесіне немесе объектіге құқықты растайтын құжат",
            "Документ, подтверждающий право на земельный участок или объект",
            "Document showing your right to the land plot or the property",
        ),
        hint: Some(Text::new(
            "Алдыңғы бетте таңдаған құжат: шешім, сәйкестендіру құжаты, шарт немесе мұрагерлік құқығы туралы куәлік",
            "Документ, выбранный ранее: решение, идентификационный документ, договор или свидетельство о праве на наследство",
            "The document you chose earlier: the decision, the identification document, the contract or the certificate of inheritance",
        )),
        requirement: Requirement::When(NEEDS_BASIS),
        channels: &[Channel::Portal, Channel::ServiceCentre],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 10,
    },
    DocumentSlot {
        id: "power-of-attorney",
        name: Text::new(
            "Нотариалды куәландырылған сенімхат",
            "Нотариально удостоверенная доверенность",
            "Notarised power of attorney",
        ),
        hint: Some(Text::new(
            "Барлық беттерін тіркеңіз. Мемлекеттік корпорацияда сенімхат мәліметтері Бірыңғай нотариалдық ақпараттық жүйеден алынады",
            "Прикрепите все страницы. В Госкорпорации сведения о доверенности получают из Единой нотариальной информационной системы",
            "Attach every page. At the State Corporation the power of attorney is checked in the Unified Notarial Information System instead",
        )),
        requirement: Requirement::When(Condition::Equals("applicant_kind", "representative")),
        channels: &[Channel::Portal],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    },
    DocumentSlot {
        id: "organisation-authority",
        name: Text::new(
            "Ұйым өкілінің өкілеттігін растайтын құжат",
            "Документ, подтверждающий полномочия представителя организации",
            "Document showing you may act for the organisation",
        ),
        hint: Some(Text::new(
            "Мысалы, ұйымның сенімхаты немесе басшыны тағайындау туралы бұйрық",
            "Например, доверенность организации или приказ о назначении руководителя",
            "For example, the organisation's power of attorney or the order appointing its head",
        )),
        requirement: Requirement::When(Condition::Equals("applicant_kind", "organisation")),
        channels: &[Channel::ServiceCentre],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    },
    DocumentSlot {
        id: "identity",
        name: Text::new("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", "Identity document"),
        hint: Some(Text::new(
            "Жеке басын сәйкестендіру үшін; түпнұсқасы қайтарылады",
            "Для идентификации личности; оригинал возвращается",
            "To identify you; the original is returned",
        )),
        requirement: Requirement::Always,
        channels: &[Channel::ServiceCentre],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 4,
    },
    DocumentSlot {
        id: "rights-certificate",
        name: Text::new(
            "Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар) және оның техникалық сипаттамалары туралы анықтама",
            "Справка о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках",
            "Certificate of registered rights (encumbrances) to the property and of its technical characteristics",
        ),
        hint: Some(Text::new(
            "Мәліметтер ақпараттық жүйеде болмаса ғана",
            "Только если сведений нет в информационной системе",
            "Only if the information is not in the state information system",
        )),
        requirement: Requirement::Optional,
        channels: &[Channel::ServiceCentre],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    },
];

const STEPS: &[ProcessStep] = &[
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Мемлекеттік корпорация қызметкері өтініштің дұрыс толтырылуын және құжаттар топтамасының толықтығын тексереді; барлық құжаттар берілгенде олардың қабылданғаны туралы қолхат береді",
            "Работник Госкорпорации проверяет правильность заполнения заявления и полноту пакета документов; при сдаче всех документов выдаёт расписку об их приёме",
            "A State Corporation officer checks that the application is filled in correctly and the documents are complete, and gives a receipt once all documents are handed in",
        ),
        term: Term::minutes(5),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Қызметкер Мемлекеттік корпорацияның ықпалдастырылған ақпараттық жүйесінің автоматтандырылған жұмыс орнына кіріп, қызметті таңдайды және көрсетілетін қызметті алушының, ал уәкілетті өкіл келсе – сенімхат мәліметтерін енгізеді",
            "Работник входит в АРМ интегрированной информационной системы Госкорпорации, выбирает услугу и вводит данные услугополучателя, а если пришёл представитель – данные доверенности",
            "The officer signs in to the State Corporation's workstation, chooses the service and enters the applicant's details and, for a representative, the power of attorney details",
        ),
        term: Term::minutes(2),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "Электрондық үкімет шлюзі арқылы алушының мәліметтері жеке немесе заңды тұлғалардың мемлекеттік деректер қорынан, сенімхат мәліметтері Бірыңғай нотариалдық ақпараттық жүйеден сұратылып, олардың бар-жоғы тексеріледі; мәліметтер болмаса, оларды алу мүмкін еместігі туралы хабарлама шығады",
            "Через шлюз «электронного правительства» запрашиваются данные услугополучателя из ГБД «Физические лица» или «Юридические лица» и данные доверенности из Единой нотариальной информационной системы и проверяется их наличие; если данных нет, формируется сообщение о невозможности их получения",
            "The applicant's details are requested through the e-government gateway from the state database of individuals or legal entities, and the power of attorney from the Unified Notarial Information System; if they are missing, a message says the data cannot be obtained",
        ),
        term: Term::minutes(2),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Қызметкер өз ЭСҚ-сымен куәландырылған сұранысты электрондық үкімет шлюзі арқылы «электрондық үкіметтің» аумақтық шлюзінің автоматтандырылған жұмыс орнына жолдайды, онда ол тіркеледі",
            "Работник направляет запрос, удостоверенный своей ЭЦП, через шлюз «электронного правительства» в АРМ регионального шлюза «электронного правительства», где он регистрируется",
            "The officer signs the request with their own digital signature and sends it through the e-government gateway to the regional gateway workstation, where it is registered",
        ),
        term: Term::minutes(2),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::Specialist,
        action: Text::new(
            "Көрсетілетін қызметті беруші тіркелген құжаттар топтамасының сәйкестігін тексереді: бұзушылық болса, қызметтен бас тарту туралы хабарлама қалыптастырылады, болмаса алушы Мемлекеттік корпорация қызметкері арқылы құжаттардың алынғаны туралы қолхат алады",
            "Услугодатель проверяет соответствие приложенного пакета документов: при нарушениях формируется сообщение об отказе в услуге, иначе услугополучатель получает через работника Госкорпорации расписку о получении документов",
            "The department checks the documents: if something is wrong, a refusal message is produced; otherwise the State Corporation officer gives the applicant a receipt for the documents",
        ),
        term: Term::minutes(2),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "Мекенжайды нақтылау (тарихсыз немесе тарихымен): портал ЭСҚ тіркеу куәлігін тексереді, сұраныс электрондық үкімет шлюзі арқылы көрсетілетін қызметті берушіге жіберіледі, ол тіркелген құжаттарды тексереді; мекенжайдың тіркеу коды көрсетілген анықтама басшының ЭСҚ-сымен куәландырылып, «жеке кабинетке» жіберіледі",
            "Уточнение адреса (без истории или с историей): портал проверяет регистрационное свидетельство ЭЦП, запрос через шлюз «электронного правительства» направляется услугодателю, который проверяет приложенные документы; справка с регистрационным кодом адреса, удостоверенная ЭЦП руководителя, направляется в «личный кабинет»",
            "Confirming an address (with or without history): the portal checks your digital signature, the request goes through the e-government gateway to the department, which checks the documents; the certificate with the address registration code, signed by the head, is sent to your personal cabinet",
        ),
        term: Term::minutes(15),
        channels: &[Channel::Portal],
    },
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Мекенжай беру немесе жою: кеңсе маманы өтінішті тіркеу журналында тіркейді және басшыға жолдайды",
            "Присвоение или упразднение адреса: специалист канцелярии регистрирует заявление в журнале регистрации и направляет руководителю",
            "Giving or cancelling an address: the office registers the application in the registration journal and passes it to the head",
        ),
        term: Term::minutes(15),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Head,
        action: Text::new(
            "Мекенжай беру немесе жою: басшы өтінішті қарайды және жауапты орындаушыға жолдайды",
            "Присвоение или упразднение адреса: руководитель рассматривает заявление и направляет ответственному исполнителю",
            "Giving or cancelling an address: the head reviews the application and passes it to the responsible officer",
        ),
        term: Term::hours(1),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Specialist,
        action: Text::new(
            "Мекенжай беру немесе жою: жауапты орындаушы өтінішті тексереді, объектінің орналасқан жеріне барады, мекенжайды «Мекенжай тіркелімі» ақпараттық жүйесінде тіркеу кодымен міндетті түрде тіркей отырып анықтаманы әзірлейді және басшыға қол қоюға жолдайды; дәлелді бас тарту 2 жұмыс күнінен аспайды",
            "Присвоение или упразднение адреса: ответственный исполнитель проверяет заявление, выезжает на место нахождения объекта, готовит справку с обязательной регистрацией адреса в ИС «Адресный регистр» с регистрационным кодом и направляет её руководителю на подпись; мотивированный отказ – не более 2 рабочих дней",
            "Giving or cancelling an address: the responsible officer checks the application, visits the property, registers the address with its registration code in the Address Register, drafts the certificate and passes it to the head to sign; a reasoned refusal takes no more than 2 working days",
        ),
        term: working_days_from_acceptance(5),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Head,
        action: Text::new(
            "Мекенжай беру немесе жою: басшы анықтаманы тексереді, қол қояды және кеңсе маманына жолдайды",
            "Присвоение или упразднение адреса: руководитель проверяет и подписывает справку и направляет специалисту канцелярии",
            "Giving or cancelling an address: the head checks and signs the certificate and passes it to the office",
        ),
        term: Term::hours(1),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Мекенжай беру немесе жою: кеңсе маманы қол қойылған күні анықтаманы тіркеу журналында тіркейді және Мемлекеттік корпорацияға жолдайды; портал арқылы берілген өтініш бойынша анықтама «жеке кабинетке» келеді",
            "Присвоение или упразднение адреса: специалист канцелярии в день подписания регистрирует справку в журнале и направляет её в Госкорпорацию; по заявлению через портал справка поступает в «личный кабинет»",
            "Giving or cancelling an address: on the day it is signed, the office registers the certificate and sends it to the State Corporation; if you applied on the portal, it arrives in your personal cabinet",
        ),
        term: Term::minutes(15),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Алушы нәтижені Мемлекеттік корпорация қызметкері арқылы алады",
            "Услугополучатель получает результат через работника Госкорпорации",
            "The applicant collects the result from a State Corporation officer",
        ),
        term: Term::minutes(1),
        channels: &[Channel::ServiceCentre],
    },
];

const F_NUMBER_DATE: Text = Text::new(
    "Анықтаманың нөмірі мен берілген күні",
    "Номер и дата выдачи справки",
    "Certificate number and date of issue",
);
const F_APPLICANT: Text = Text::new(
    "Көрсетілетін қызметті алушы: тегі, аты, әкесінің аты және ЖСН немесе ұйымның атауы және БСН",
    "Услугополучатель: фамилия, имя, отчество и ИИН или наименование организации и БИН",
    "Applicant: full name and IIN, or organisation name and BIN",
);
const F_CODE: Text = Text::new("Мекенжайдың тіркеу коды", "Регистрационный код адреса", "Address registration code");
const F_ADDRESS: Text = Text::new(
    "Объектінің мекенжайы: облыс, аудан (қала), елді мекен, көше, үй, пәтер (үй-жай)",
    "Адрес объекта: область, район (город), населённый пункт, улица, дом, квартира (помещение)",
    "Address of the property: region, district or city, town or village, street, house, flat or premises",
);
const F_KIND: Text = Text::new("Объектінің түрі", "Вид объекта", "Kind of property");
const F_CADASTRAL: Text = Text::new("Кадастрлық нөмірі", "Кадастровый номер", "Cadastral number");
const SIGNED_BY: Text = Text::new(
    "Қала немесе аудан сәулет және қала құрылысы бөлімінің басшысы (ЭСҚ)",
    "Руководитель отдела архитектуры и градостроительства города или района (ЭЦП)",
    "The head of the city or district architecture and urban planning department (digital signature)",
);

const OUTPUTS: &[OutputTemplate] = &[
    OutputTemplate {
        result: 0,
        title: Text::new(
            "Жылжымайтын мүлік объектілерінің мекенжайын нақтылау бойынша анықтама",
            "Справка по уточнению адреса объектов недвижимости",
            "Certificate confirming the address of real estate",
        ),
        fields: &[F_NUMBER_DATE, F_APPLICANT, F_CODE, F_ADDRESS, F_KIND, F_CADASTRAL],
        signed_by: SIGNED_BY,
    },
    OutputTemplate {
        result: 1,
        title: Text::new(
            "Жылжымайтын мүлік объектілерінің мекенжайын (тарихымен) нақтылау бойынша анықтама",
            "Справка по уточнению адреса объектов недвижимости (с историей)",
            "Certificate confirming the address of real estate, with its history",
        ),
        fields: &[
            F_NUMBER_DATE,
            F_APPLICANT,
            F_CODE,
            F_ADDRESS,
            F_KIND,
            F_CADASTRAL,
            Text::new(
                "Мекенжайдың тарихы: бұрынғы мекенжайлары және олардың өзгерген күндері",
                "История адреса: прежние адреса и даты их изменения",
                "Address history: earlier addresses and the dates they changed",
            ),
        ],
        signed_by: SIGNED_BY,
    },
    OutputTemplate {
        result: 2,
        title: Text::new(
            "Жылжымайтын мүлік объектісіне мекенжай беру туралы анықтама",
            "Справка о присвоении адреса объекту недвижимости",
            "Certificate of a new address given to real estate",
        ),
        fields: &[
            F_NUMBER_DATE,
            F_APPLICANT,
            F_CODE,
            Text::new("Берілген мекенжай", "Присвоенный адрес", "Address given"),
            F_KIND,
            Text::new(
                "Жер учаскесінің кадастрлық нөмірі",
                "Кадастровый номер земельного участка",
                "Cadastral number of the land plot",
            ),
            Text::new("Мекенжай беру негізі (құжат)", "Основание присвоения адреса (документ)", "Basis (document)"),
            Text::new(
                "Мекенжайдың «Мекенжай тіркелімі» ақпараттық жүйесінде тіркелген күні",
                "Дата регистрации адреса в ИС «Адресный регистр»",
                "Date the address was registered in the Address Register",
            ),
        ],
        signed_by: SIGNED_BY,
    },
    OutputTemplate {
        result: 3,
        title: Text::new(
            "Жылжымайтын мүлік объектісінің мекенжайын жою туралы анықтама",
            "Справка об упразднении адреса объекта недвижимости",
            "Certificate that the address of real estate has been abolished",
        ),
        fields: &[
            F_NUMBER_DATE,
            F_APPLICANT,
            F_CODE,
            Text::new("Жойылған мекенжай", "Упразднённый адрес", "Address cancelled"),
            F_KIND,
            Text::new("Жою себебі", "Причина упразднения", "Reason"),
            Text::new(
                "Мекенжайдың «Мекенжай тіркелімі» ақпараттық жүйесінде жойылған күні",
                "Дата упразднения адреса в ИС «Адресный регистр»",
                "Date the address was cancelled in the Address Register",
            ),
        ],
        signed_by: SIGNED_BY,
    },
    OutputTemplate {
        result: 4,
        title: Text::new(
            "Мемлекеттік көрсетілетін қызметті ұсынудан бас тарту туралы дәлелді жауап",
            "Мотивированный ответ об отказе в оказании государственной услуги",
            "Reasoned refusal to provide the service",
        ),
        fields: &[
            Text::new("Жауаптың нөмірі мен күні", "Номер и дата ответа", "Number and date"),
            F_APPLICANT,
            Text::new("Сұралған анықтаманың түрі", "Вид запрошенной справки", "Certificate requested"),
            F_ADDRESS,
            Text::new(
                "Бас тарту негіздері (нормативтік құқықтық актіге сілтемемен)",
                "Основания отказа (со ссылкой на нормативный правовой акт)",
                "Reasons for refusal, with the legal provision",
            ),
        ],
        signed_by: SIGNED_BY,
    },
];

/// The certificate on the address of real estate (Karaganda oblast), version 1.
pub static REAL_ESTATE_ADDRESS_V1: ServiceDefinition = ServiceDefinition {
    slug: "real-estate-address",
    version: 1,
    valid_from: "2019-05-16",
    valid_to: None,
    passport: Passport {
        name: Text::new(
            "Қазақстан Республикасының аумағында жылжымайтын мүлік объектілерінің мекенжайын айқындау жөнінде анықтама беру",
            "Выдача справки по определению адреса объектов недвижимости на территории Республики Казахстан",
            "Issuing a certificate on the address of real estate in the Republic of Kazakhstan",
        ),
        summary: Text::new(
            "Қала немесе аудан сәулет және қала құрылысы бөлімі жылжымайтын мүлік объектісінің мекенжайын нақтылайды, оған мекенжай береді немесе мекенжайын жояды. Анықтамада мекенжайдың тіркеу коды көрсетіледі.",
            "Отдел архитектуры и градостроительства города или района уточняет адрес объекта недвижимости, присваивает ему адрес или упраздняет его. В справке указывается регистрационный код адреса.",
            "Your city or district architecture and urban planning department confirms the address of a building or other real estate, gives it an address or cancels its address. The certificate shows the address registration code.",
        ),
        provider: Text::new(
            "Қарағанды облысының қалалары мен аудандарының сәулет және қала құрылысы бөлімдері",
            "Отделы архитектуры и градостроительства городов и районов Карагандинской области",
            "The architecture and urban planning departments of the cities and districts of Karaganda oblast",
        ),
        recipients: Text::new(
            "Жеке және заңды тұлғалар немесе олардың уәкілетті өкілдері",
            "Физические и юридические лица или их уполномоченные представители",
            "Individuals and organisations, or someone authorised to act for them",
        ),
        territory: Text::new("Қарағанды облысы", "Карагандинская область", "Karaganda oblast"),
        channels: &[Channel::Portal, Channel::ServiceCentre],
        term: Term::minutes(15),
        other_terms: &[
            TermNote {
                term: working_days_from_acceptance(5),
                applies_to: Text::new(
                    "Мекенжай беру немесе жою: жауапты орындаушы өтінішті тексереді, объектінің орналасқан жеріне барады, анықтаманы МТАЖ-да міндетті түрде тіркей отырып әзірлейді (тіркеу мен қол қоюға тағы шамамен 2,5 сағат)",
                    "Присвоение или упразднение адреса: ответственный исполнитель проверяет заявление, выезжает на место нахождения объекта и готовит справку с обязательной регистрацией в ИС «Адресный регистр» (плюс около 2,5 часа на регистрацию и подписание)",
                    "Assigning or abolishing an address: an officer checks the application, visits the property and prepares the certificate, registering the address in the Address Register (plus about 2.5 hours for registration and signing)",
                ),
            },
            TermNote {
                term: working_days_from_acceptance(2),
                applies_to: Text::new(
                    "Мекенжай беру немесе жою кезіндегі дәлелді бас тарту",
                    "Мотивированный отказ при присвоении или упразднении адреса",
                    "A reasoned refusal to assign or abolish an address",
                ),
            },
            TermNote {
                term: Term::minutes(5),
                applies_to: Text::new(
                    "Мемлекеттік корпорация қызметкерінің өтініштің дұрыс толтырылуын және құжаттар топтамасының толықтығын тексеруі",
                    "Проверка работником Госкорпорации правильности заполнения заявления и полноты пакета документов",
                    "A State Corporation officer checks that the application is filled in correctly and the documents are complete",
                ),
            },
        ],
        fee: Text::new("Тегін", "Бесплатно", "Free of charge"),
        results: &[
            ResultKind {
                name: Text::new(
                    "Жылжымайтын мүлік объектілерінің мекенжайын нақтылау бойынша анықтама",
                    "Справка по уточнению адреса объектов недвижимости",
                    "Certificate confirming the address of real estate",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Жылжымайтын мүлік объектілерінің мекенжайын (тарихымен) нақтылау бойынша анықтама",
                    "Справка по уточнению адреса объектов недвижимости (с историей)",
                    "Certificate confirming the address of real estate, with its history",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Жылжымайтын мүлік объектісіне мекенжай беру туралы анықтама",
                    "Справка о присвоении адреса объекту недвижимости",
                    "Certificate of a new address given to real estate",
                ),
                term: Some(working_days_from_acceptance(5)),
            },
            ResultKind {
                name: Text::new(
                    "Жылжымайтын мүлік объектісінің мекенжайын жою туралы анықтама",
                    "Справка об упразднении адреса объекта недвижимости",
                    "Certificate that the address of real estate has been abolished",
                ),
                term: Some(working_days_from_acceptance(5)),
            },
            ResultKind {
                name: Text::new(
                    "Мемлекеттік көрсетілетін қызметті ұсынудан бас тарту туралы дәлелді жауап",
                    "Мотивированный ответ об отказе в оказании государственной услуги",
                    "A reasoned refusal to provide the service",
                ),
                term: Some(working_days_from_acceptance(2)),
            },
        ],
        result_form: Text::new(
            "Мекенжайдың тіркеу коды көрсетілген электрондық құжат. Порталда көрсетілетін қызметті беруші басшысының ЭСҚ-мен куәландырылып, «жеке кабинетке» жіберіледі; Мемлекеттік корпорацияда оның қызметкері арқылы беріледі. Қағаз түрінде сұралса, нәтиже электрондық түрде ресімделіп, басып шығарылады",
            "Электронный документ с указанием регистрационного кода адреса. На портале удостоверяется ЭЦП руководителя услугодателя и направляется в «личный кабинет»; в Госкорпорации выдаётся через её работника. По просьбе о бумажном результате он оформляется в электронном виде и распечатывается",
            "An electronic document showing the address registration code. On the portal it is signed with the ESP of the head of the department and sent to your personal cabinet; at the State Corporation a member of staff gives it to you. If you ask for paper, the electronic result is printed",
        ),
        documents: PASSPORT_DOCUMENTS,
        refusal_grounds: &[
            Text::new(
                "Көрсетілетін қызметті алушының құжаттар топтамасында бұзушылықтардың болуы",
                "Наличие нарушений в пакете документов услугополучателя",
                "The documents you provided are incomplete or do not meet the requirements",
            ),
            Text::new(
                "Көрсетілетін қызметті алушының ЭСҚ-сы расталмауы: тіркеу куәлігінің мерзімі өткен, ол кері қайтарылған немесе ондағы ЖСН/БСН сұраныстағымен сәйкес келмейді",
                "ЭЦП услугополучателя не подтверждена: срок действия регистрационного свидетельства истёк, оно отозвано или ИИН/БИН в нём не совпадает с указанным в запросе",
                "Your digital signature (ESP) cannot be confirmed: the certificate has expired or been revoked, or its IIN/BIN does not match the application",
            ),
            Text::new(
                "Көрсетілетін қызметті алушы туралы мәліметтердің жеке немесе заңды тұлғалардың мемлекеттік деректер қорында немесе сенімхат мәліметтерінің Бірыңғай нотариалдық ақпараттық жүйеде болмауы",
                "Отсутствие сведений об услугополучателе в государственной базе данных «Физические лица» или «Юридические лица» либо сведений о доверенности в Единой нотариальной информационной системе",
                "Your details are not in the state database of individuals or legal entities, or the power of attorney is not in the Unified Notarial Information System",
            ),
            Text::new(
                "Көрсетілетін қызметті алушы ұсынған құжаттардың және (немесе) олардағы деректердің (мәліметтердің) дәйексіздігінің анықталуы",
                "Установление недостоверности документов, представленных услугополучателем, и (или) данных (сведений), содержащихся в них",
                "The documents you provided, or the information in them, are found to be untrue",
            ),
            Text::new(
                "Көрсетілетін қызметті алушының және (немесе) ұсынылған деректер мен мәліметтердің нормативтік құқықтық актілерде, оның ішінде жылжымайтын мүлік объектілерін адрестеу қағидаларында белгіленген талаптарға сәйкес келмеуі",
                "Несоответствие услугополучателя и (или) представленных данных и сведений требованиям нормативных правовых актов, в том числе Правил адресации объектов недвижимости",
                "You or the information you provided do not meet the legal requirements, including the rules on addressing real estate",
            ),
        ],
        legal_basis: &[
            Text::new(
                "Қарағанды облысы әкімдігінің 2019 жылғы 13 мамырдағы № 28/02 қаулысы (Қарағанды облысының Әділет департаментінде 2019 жылғы 16 мамырда № 5337 болып тіркелген)",
                "Постановление акимата Карагандинской области от 13 мая 2019 года № 28/02 (зарегистрировано в Департаменте юстиции Карагандинской области 16 мая 2019 года № 5337)",
                "Resolution of the Karaganda oblast akimat No. 28/02 of 13 May 2019 (registered by the Karaganda oblast Justice Department on 16 May 2019, No. 5337)",
            ),
            Text::new(
                "«Сәулет қызметі саласындағы мемлекеттік көрсетілетін қызметтер регламенттерін бекіту туралы» Қарағанды облысы әкімдігінің 2015 жылғы 12 тамыздағы № 45/07 қаулысы (НҚА мемлекеттік тіркеу тізілімінде № 3406 болып тіркелген)",
                "Постановление акимата Карагандинской области от 12 августа 2015 года № 45/07 «Об утверждении регламентов государственных услуг в сфере архитектурной деятельности» (зарегистрировано в Реестре государственной регистрации НПА № 3406)",
                "Resolution of the Karaganda oblast akimat No. 45/07 of 12 August 2015 «On approving regulations of state services in architecture» (state register of legal acts No. 3406)",
            ),
            Text::new(
                "«Қазақстан Республикасының аумағында жылжымайтын мүлік объектілерінің мекенжайын айқындау бойынша анықтама беру» мемлекеттік көрсетілетін қызмет стандарты, ҚР Ұлттық экономика министрінің міндетін атқарушының 2015 жылғы 27 наурыздағы № 257 бұйрығымен бекітілген (№ 11018 болып тіркелген)",
                "Стандарт государственной услуги «Выдача справки по определению адреса объектов недвижимости на территории Республики Казахстан», утверждённый приказом исполняющего обязанности Министра национальной экономики РК от 27 марта 2015 года № 257 (зарегистрирован № 11018)",
                "State service standard «Issuing a certificate on the address of real estate in the Republic of Kazakhstan», approved by order No. 257 of the acting Minister of National Economy of 27 March 2015 (registered No. 11018)",
            ),
            Text::new(
                "ҚР Инвестициялар және даму министрінің 2018 жылғы 28 желтоқсандағы № 949 бұйрығы (№ 18129 болып тіркелген), № 257 бұйрыққа өзгерістер енгізу туралы",
                "Приказ Министра по инвестициям и развитию РК от 28 декабря 2018 года № 949 о внесении изменений в приказ № 257 (зарегистрирован № 18129)",
                "Order No. 949 of the Minister for Investments and Development of 28 December 2018 amending order No. 257 (registered No. 18129)",
            ),
            Text::new(
                "«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» 2001 жылғы 23 қаңтардағы ҚР Заңы",
                "Закон РК от 23 января 2001 года «О местном государственном управлении и самоуправлении в Республике Казахстан»",
                "Law of 23 January 2001 «On local state administration and self-government in the Republic of Kazakhstan»",
            ),
            Text::new(
                "«Мемлекеттік көрсетілетін қызметтер туралы» 2013 жылғы 15 сәуірдегі ҚР Заңы",
                "Закон РК от 15 апреля 2013 года «О государственных услугах»",
                "Law of 15 April 2013 «On state services»",
            ),
        ],
        source: SeedRef {
            seed: "000",
            regulation: None,
            act: Text::new(
                "«Қазақстан Республикасының аумағында жылжымайтын мүлік объектілерінің мекенжайын айқындау жөнінде анықтама беру» мемлекеттік көрсетілетін қызмет регламенті",
                "Регламент государственной услуги «Выдача справки по определению адреса объектов недвижимости на территории Республики Казахстан»",
                "Regulation of the state service «Issuing a certificate on the address of real estate in the Republic of Kazakhstan»",
            ),
        },
        notes: &[
            Text::new(
                "Регламенттің күші Қарағанды облысы әкімдігінің 2020 жылғы 30 сәуірдегі № 27/01 қаулысымен жойылған; № 28/02 қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізілген",
                "Регламент утратил силу постановлением акимата Карагандинской области от 30 апреля 2020 года № 27/01; постановление № 28/02 вводилось в действие по истечении десяти календарных дней после первого официального опубликования",
                "The regulation was repealed by Karaganda oblast akimat resolution No. 27/01 of 30 April 2020; resolution No. 28/02 came into force ten calendar days after its first official publication",
            ),
            Text::new(
                "Мерзімдер: мекенжайды нақтылау (тарихсыз/тарихымен) – 15 минут, регламент рәсімдерді Мемлекеттік корпорацияға жүгіну тәртібіне (11-тармақ) сілтейді, портал рәсімдерінің ұзақтығы көрсетілмеген. Мекенжай беру немесе жою үшін жалпы мерзім берілмеген: кеңседе тіркеу – 15 минут, басшының қарауы – 1 сағат, жауапты орындаушы – 5 жұмыс күні, басшының қол қоюы – 1 сағат, тіркеу және Мемлекеттік корпорацияға жолдау – қол қойылған күні 15 минут",
                "Сроки: уточнение адреса (без истории/с историей) – 15 минут, регламент отсылает к порядку обращения в Госкорпорацию (п. 11), длительность процедур портала не указана. Общий срок присвоения или упразднения адреса не установлен: регистрация в канцелярии – 15 минут, рассмотрение руководителем – 1 час, ответственный исполнитель – 5 рабочих дней, подписание руководителем – 1 час, регистрация и направление в Госкорпорацию – 15 минут в день подписания",
                "Terms: clarification (with or without history) takes 15 minutes; the regulation refers to the State Corporation procedure (paragraph 11) and gives no durations for the portal. It sets no overall term for assignment or abolition, only steps: registration 15 minutes, review by the head 1 hour, the responsible officer 5 working days, signing by the head 1 hour, registration and dispatch to the State Corporation 15 minutes on the day of signing",
            ),
            Text::new(
                "Регламентте қабылданған күн мерзімге кірмейді деп айтылмаған, сондықтан жұмыс күндері қабылданған күннен бастап есептеледі. Кейінгі стандарттарда: Мемлекеттік корпорацияға жүгінгенде құжаттар қабылданған күн мерзімге кірмейді [дереккөзі: стандарттардың үлгі мәтіні, тексерілмеген]",
                "В регламенте не сказано, что день приёма не входит в срок, поэтому рабочие дни считаются со дня приёма. В последующих стандартах: при обращении в Госкорпорацию день приёма документов не входит в срок оказания услуги [источник: типовая формулировка стандартов, не проверена]",
                "The regulation does not say that the day of acceptance is left out of the term, so working days are counted from that day. Later standards say that at the State Corporation the day of acceptance is not counted [source: standard wording of the national standards, not verified]",
            ),
            Text::new(
                "2016–2019 жылдардағы стандарт бойынша: тарихымен нақтылау («Мекенжай тіркелімі» АЖ-да мекенжай өзгерістері туралы мұрағаттық деректер болмаған жағдайда) – 3 жұмыс күні, мекенжай беру және жою – 6 жұмыс күні, дәлелді бас тарту – 2 жұмыс күні [дереккөзі: Алматы қаласы сәулет басқармасының порталы, GitHub dontstopbelievin/uaig_comm_calculator, src/languages/services.json]",
                "По стандарту в редакции 2016–2019 годов: уточнение с историей (когда в ИС «Адресный регистр» нет архивных данных об изменениях адреса) – 3 рабочих дня, присвоение и упразднение – 6 рабочих дней, мотивированный отказ – 2 рабочих дня [источник: портал Управления архитектуры г. Алматы, GitHub dontstopbelievin/uaig_comm_calculator, src/languages/services.json]",
                "Under the 2016–2019 wording of the standard: clarification with history (when the Address Register holds no archived changes of the address) takes 3 working days, assignment and abolition 6 working days, a reasoned refusal 2 working days [source: Almaty architecture department portal, GitHub dontstopbelievin/uaig_comm_calculator, src/languages/services.json]",
            ),
            Text::new(
                "Регламентте төртінші нәтиже сөзбе-сөз «жылжымайтын мүлік объектілерінің жою туралы анықтама» деп жазылған; «мекенжайын» сөзі түсіп қалған, мекенжайды жою деп оқылды (?)",
                "В регламенте четвёртый результат буквально назван «справка о ликвидации объектов недвижимости»; слово «адреса» пропущено, прочитано как упразднение адреса (?)",
                "The regulation literally names the fourth result «certificate on the abolition of real estate»; the word «address» is missing and it is read as abolition of the address (?)",
            ),
            Text::new(
                "Мекенжай беру және жою объектінің орналасқан жеріне барып, «Мекенжай тіркелімі» ақпараттық жүйесінде (МТАЖ) мекенжайдың тіркеу кодымен міндетті түрде тіркеле отырып жүргізіледі. Регламент бойынша бұл анықтамалар Мемлекеттік корпорацияға жолданады, ал портал арқылы нәтиже «жеке кабинетке» келеді; регламент бұл екі жолды үйлестірмейді",
                "Присвоение и упразднение адреса проводятся с выездом на место и обязательной регистрацией в ИС «Адресный регистр» с регистрационным кодом адреса. По регламенту эти справки направляются в Госкорпорацию, а при обращении через портал результат приходит в «личный кабинет»; регламент эти два пути не согласует",
                "Assignment and abolition involve a site visit and mandatory registration in the Address Register with the address registration code. The regulation sends these certificates to the State Corporation, while portal results go to the personal cabinet; it does not reconcile the two routes",
            ),
            Text::new(
                "Ақы: жеке және заңды тұлғалар үшін тегін [дереккөзі: стандарт бойынша қызмет паспорты, g.engime.org]; регламенттің өзінде ақы туралы айтылмаған",
                "Плата: бесплатно для физических и юридических лиц [источник: паспорт услуги по стандарту, g.engime.org]; в самом регламенте о плате не сказано",
                "Fee: free for individuals and organisations [source: service passport quoting the standard, g.engime.org]; the regulation itself does not mention a fee",
            ),
            Text::new(
                "Құжаттар тізбесі регламентте жоқ (стандарттың 9-тармағына сілтейді): жеке басын куәландыратын құжат пен құқықтар туралы анықтама стандарт бойынша қызмет паспортынан [дереккөзі: g.engime.org], жер учаскесі мен шарттарға қатысты құжаттар Алматы порталынан алынды [дереккөзі: GitHub dontstopbelievin/uaig_comm_calculator]. Паспорт бойынша порталда тек мекенжайды нақтылау көрсетіледі",
                "Перечня документов в регламенте нет (он отсылает к п. 9 стандарта): удостоверение личности и справка о правах взяты из паспорта услуги по стандарту [источник: g.engime.org], документы о земельном участке и договоры – с портала г. Алматы [источник: GitHub dontstopbelievin/uaig_comm_calculator]. По паспорту услуги на портале оказывается только уточнение адреса",
                "The regulation has no list of documents (it refers to paragraph 9 of the standard): the identity document and the rights certificate come from the service passport quoting the standard [source: g.engime.org], the land plot documents and contracts from the Almaty portal [source: GitHub dontstopbelievin/uaig_comm_calculator]. That passport says only clarification is offered on the portal",
            ),
            Text::new(
                "Бас тарту негіздері: алғашқы үшеуі регламенттен; стандарттың 10-тармағындағы негіздер табылмады, соңғы екеуі «Мемлекеттік көрсетілетін қызметтер туралы» Заңның 19-1-бабындағы жалпы негіздер және адрестеу қағидалары [дереккөзі: стандарттар бойынша жазба, тексерілмеген]",
                "Основания для отказа: первые три – из регламента; основания п. 10 стандарта не найдены, последние два – общие основания статьи 19-1 Закона «О государственных услугах» и Правила адресации [источник: обзор стандартов, не проверено]",
                "Refusal grounds: the first three come from the regulation; the grounds in paragraph 10 of the standard were not found, so the last two are the general grounds of article 19-1 of the Law «On state services» and the addressing rules [source: review of the standards, not verified]",
            ),
            Text::new(
                "Жылжымайтын мүлік объектілерін адрестеу қағидалары ҚР Ұлттық экономика министрінің 2015 жылғы 22 желтоқсандағы № 783 және Инвестициялар және даму министрінің 2015 жылғы 28 желтоқсандағы № 1262 бірлескен бұйрығымен бекітілген (№ 12938 болып тіркелген) [дереккөзі: zakon.uchet.kz V1500012938]",
                "Правила адресации объектов недвижимости утверждены совместным приказом Министра национальной экономики РК от 22 декабря 2015 года № 783 и Министра по инвестициям и развитию РК от 28 декабря 2015 года № 1262 (зарегистрирован № 12938) [источник: zakon.uchet.kz V1500012938]",
                "The rules on addressing real estate were approved by joint order No. 783 of the Minister of National Economy of 22 December 2015 and No. 1262 of the Minister for Investments and Development of 28 December 2015 (registered No. 12938) [source: zakon.uchet.kz V1500012938]",
            ),
            Text::new(
                "Өтініш нысанының өрістері регламентте жоқ (ол стандарттың 2-қосымшасына сілтейді). Анықтама түрін таңдау Алматы қаласы сәулет басқармасының порталынан алынды [дереккөзі: GitHub dontstopbelievin/uaig_comm_calculator]; объектінің орналасқан жері (облыс, аудан, елді мекен, көше, үй, пәтер), кадастрлық нөмірі мен мекенжайдың тіркеу коды – стандарттарға шолудан [дереккөзі: standards.md 2.5, тексерілмеген]; құқықты растайтын құжаттың түрі – Алматы порталынан; объектінің түрі (жер учаскесі, ғимарат, құрылыс, үй-жай) мен мекенжайды жою себебі – egov.kz тәжірибесі бойынша (?). Өкілдің түрлері (ұйым, сенімхат бойынша жеке тұлға) регламенттің 6-тармағынан",
                "Полей формы заявления в регламенте нет (он отсылает к приложению 2 к стандарту). Выбор вида справки взят с портала Управления архитектуры г. Алматы [источник: GitHub dontstopbelievin/uaig_comm_calculator]; местоположение объекта (область, район, населённый пункт, улица, дом, квартира), кадастровый номер и регистрационный код адреса – из обзора стандартов [источник: standards.md 2.5, не проверено]; вид документа о праве – с портала г. Алматы; вид объекта (земельный участок, здание, сооружение, помещение) и причина упразднения адреса – по практике egov.kz (?). Виды представителей (организация, физическое лицо по доверенности) – из пункта 6 регламента",
                "The regulation has no application form fields (it refers to Appendix 2 to the standard). The choice of certificate comes from the Almaty architecture department's portal [source: GitHub dontstopbelievin/uaig_comm_calculator]; the property's location (region, district, town, street, house, flat), cadastral number and address registration code from the review of the standards [source: standards.md 2.5, not verified]; the kind of document proving the right from the Almaty portal; the kind of property (land plot, building, structure, premises) and the reason for cancelling an address from egov.kz practice (?). The kinds of representative (an organisation, an individual with a power of attorney) come from paragraph 6 of the regulation",
            ),
            Text::new(
                "Анықтама нысаны (стандарттың 1-қосымшасы) регламентте жоқ; анықтамадағы өрістер мекенжайдың тіркеу кодынан басқасы «Мекенжай тіркелімі» ақпараттық жүйесінің деректері мен өтініштегі мәліметтер бойынша алынды (?)",
                "Формы справки (приложение 1 к стандарту) в регламенте нет; поля справки, кроме регистрационного кода адреса, выведены из данных ИС «Адресный регистр» и сведений заявления (?)",
                "The certificate form (Appendix 1 to the standard) is not in the regulation; apart from the address registration code, its fields are inferred from the Address Register and the application (?)",
            ),
            Text::new(
                "Аумақтар тізімі 2022 жылғы әкімшілік-аумақтық өзгерістерден кейінгі; 2019 жылы Қарағанды облысына кірген Жезқазған, Сәтбаев, Қаражал қалалары, Жаңаарқа және Ұлытау аудандары қазір Ұлытау облысында",
                "Список территорий составлен после административно-территориальных изменений 2022 года; города Жезказган, Сатпаев, Каражал, Жанааркинский и Улытауский районы, входившие в 2019 году в Карагандинскую область, теперь в области Ұлытау",
                "The list of places follows the 2022 territorial changes; the cities of Zhezkazgan, Satbayev and Karazhal and the Zhanaarka and Ulytau districts, part of Karaganda oblast in 2019, are now in Ulytau oblast",
            ),
        ],
    },
    pages: PAGES,
    documents: DOCUMENTS,
    declaration: Some(Text::new(
        "Берген мәліметтерімнің дұрыс әрі толық екенін растаймын және сәулет және қала құрылысы бөлімінің анықтама дайындау үшін дербес деректерімді жинауына және өңдеуіне келісім беремін.",
        "Подтверждаю, что предоставленные сведения верны и полны, и даю согласие отделу архитектуры и градостроительства на сбор и обработку моих персональных данных для подготовки справки.",
        "I confirm that the information I have given is correct and complete, and I consent to the architecture and urban planning department collecting and using my personal data to prepare the certificate.",
    )),
    steps: STEPS,
    outputs: OUTPUTS,
    changes: &[],
};
