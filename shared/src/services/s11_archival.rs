//! S11 — «Мұрағаттық анықтамалар беру» / «Выдача архивных справок» (archival certificates).
//!
//! Seed 004: Kyzylorda oblast akimat resolution N 243 of 22.12.2011. The form follows the seed's
//! Appendix 6 screen form; documents follow item 9; terms follow item 8 and Appendix 3.

use crate::definition::*;
use crate::lang::Text;

const ARCHIVES: &[ChoiceOption] = &[
    ChoiceOption {
        value: "oblast-department",
        label: Text::new(
            "Қызылорда облысының мұрағаттар мен құжаттама басқармасы",
            "Управление архивов и документации Кызылординской области",
            "Kyzylorda Oblast Department of Archives and Documentation",
        ),
        hint: Some(Text::new(
            "Қызылорда қ., Ы. Жахаев к., 76",
            "г. Кызылорда, ул. Ы. Жахаева, 76",
            "Kyzylorda, 76 Y. Zhakhaev St",
        )),
    },
    ChoiceOption {
        value: "oblast-state-archive",
        label: Text::new(
            "Қызылорда облысының мемлекеттік мұрағаты",
            "Государственный архив Кызылординской области",
            "State Archive of Kyzylorda Oblast",
        ),
        hint: Some(Text::new(
            "Қызылорда қ., Ә. Тоқмағамбетов к., 44",
            "г. Кызылорда, ул. А. Токмаганбетова, 44",
            "Kyzylorda, 44 A. Tokmaganbetov St",
        )),
    },
    ChoiceOption {
        value: "oblast-state-archive-branch",
        label: Text::new(
            "Қызылорда облысының мемлекеттік мұрағатының филиалы",
            "Филиал государственного архива Кызылординской области",
            "Branch of the State Archive of Kyzylorda Oblast",
        ),
        hint: Some(Text::new(
            "Қызылорда қ., Ы. Жахаев к., 76",
            "г. Кызылорда, ул. Ы. Жахаева, 76",
            "Kyzylorda, 76 Y. Zhakhaev St",
        )),
    },
    ChoiceOption {
        value: "city-archive",
        label: Text::new("Қызылорда қалалық мұрағаты", "Кызылординский городской архив", "Kyzylorda City Archive"),
        hint: Some(Text::new(
            "Қызылорда қ., Ы. Жахаев к., 76",
            "г. Кызылорда, ул. Ы. Жахаева, 76",
            "Kyzylorda, 76 Y. Zhakhaev St",
        )),
    },
    ChoiceOption {
        value: "aral",
        label: Text::new("Арал аудандық мұрағаты", "Аральский районный архив", "Aral District Archive"),
        hint: Some(Text::new(
            "Арал қ., Толқын газеті к., 1",
            "г. Аральск, ул. газеты Толкын, 1",
            "Aral, 1 Tolkyn Gazeti St",
        )),
    },
    ChoiceOption {
        value: "kazaly",
        label: Text::new("Қазалы аудандық мұрағаты", "Казалинский районный архив", "Kazaly District Archive"),
        hint: Some(Text::new(
            "Әйтеке би кенті, Жанқожа батыр к., 98",
            "пос. Айтеке би, ул. Жанкожа батыра, 98",
            "Aiteke Bi, 98 Zhankozha Batyr St",
        )),
    },
    ChoiceOption {
        value: "karmakshy",
        label: Text::new("Қармақшы аудандық мұрағаты", "Кармакшинский районный архив", "Karmakshy District Archive"),
        hint: Some(Text::new(
            "Жосалы кенті, Аманкелді к., 42",
            "пос. Жосалы, ул. Амангельды, 42",
            "Zhosaly, 42 Amangeldi St",
        )),
    },
    ChoiceOption {
        value: "zhalagash",
        label: Text::new("Жалағаш аудандық мұрағаты", "Жалагашский районный архив", "Zhalagash District Archive"),
        hint: Some(Text::new("Жалағаш кенті, Жамбыл к., 4", "пос. Жалагаш, ул. Жамбыла, 4", "Zhalagash, 4 Zhambyl St")),
    },
    ChoiceOption {
        value: "shieli",
        label: Text::new("Шиелі аудандық мұрағаты", "Шиелийский районный архив", "Shieli District Archive"),
        hint: Some(Text::new(
            "Шиелі кенті, Аманкелді к., 111",
            "пос. Шиели, ул. Амангельды, 111",
            "Shieli, 111 Amangeldi St",
        )),
    },
    ChoiceOption {
        value: "syrdarya",
        label: Text::new("Сырдария аудандық мұрағаты", "Сырдарьинский районный архив", "Syrdarya District Archive"),
        hint: Some(Text::new(
            "Тереңөзек кенті, Әлиакбаров к., 16",
            "пос. Теренозек, ул. Алиакбарова, 16",
            "Terenozek, 16 Aliakbarov St",
        )),
    },
    ChoiceOption {
        value: "zhanakorgan",
        label: Text::new(
            "Жаңақорған аудандық мұрағаты",
            "Жанакорганский районный архив",
            "Zhanakorgan District Archive",
        ),
        hint: Some(Text::new(
            "Жаңақорған кенті, Мұсаханов к., 4",
            "пос. Жанакорган, ул. Мусаханова, 4",
            "Zhanakorgan, 4 Musakhanov St",
        )),
    },
];

const SUBJECTS: &[ChoiceOption] = &[
    ChoiceOption { value: "self", label: Text::new("Мен туралы", "Обо мне", "About me"), hint: None },
    ChoiceOption {
        value: "other",
        label: Text::new("Басқа адам туралы", "О другом человеке", "About another person"),
        hint: Some(Text::new(
            "Сізге нотариат куәландырған сенімхат немесе ол адамның мәліметтерін алу құқығыңызды растайтын құжат қажет болады",
            "Понадобится нотариальная доверенность или документ, подтверждающий ваше право на сведения об этом человеке",
            "You will need a notarised power of attorney or a document that shows your right to this person's information",
        )),
    },
];

const KINDS: &[ChoiceOption] = &[
    ChoiceOption {
        value: "social-legal",
        label: Text::new("Әлеуметтік-құқықтық", "Социально-правовая", "Social and legal"),
        hint: Some(Text::new(
            "Еңбек өтілі, жалақы, марапаттар, білім туралы – мысалы, зейнетақы үшін",
            "О стаже, заработной плате, наградах, образовании – например, для пенсии",
            "Length of service, salary, awards, education – for example, for a pension",
        )),
    },
    ChoiceOption {
        value: "thematic",
        label: Text::new("Тақырыптық", "Тематическая", "Thematic"),
        hint: Some(Text::new(
            "Оқиғалар, ұйымдар, жер учаскелері, ғимараттар туралы",
            "О событиях, организациях, земельных участках, строениях",
            "About events, organisations, land plots or buildings",
        )),
    },
    ChoiceOption {
        value: "genealogical",
        label: Text::new("Шежірелік (генеалогиялық)", "Генеалогическая", "Genealogical"),
        hint: Some(Text::new(
            "Отбасы тарихы мен туыстық туралы",
            "Об истории семьи и родстве",
            "About family history and kinship",
        )),
    },
];

const PAGES: &[Page] = &[
    Page {
        id: "archive",
        title: Text::new(
            "Қай мұрағатқа өтініш бересіз?",
            "В какой архив вы обращаетесь?",
            "Which archive are you applying to?",
        ),
        intro: None,
        fields: &[Field {
            hint: Some(Text::new(
                "Құжаттар сақталатын мұрағатты таңдаңыз. Білмесеңіз, облыстық мемлекеттік мұрағатты таңдаңыз",
                "Выберите архив, где хранятся документы. Если не знаете, выберите государственный архив области",
                "Choose the archive that holds the records. If you do not know, choose the oblast State Archive",
            )),
            summary_label: Some(Text::new("Мұрағат", "Архив", "Archive")),
            ..Field::new(
                "archive",
                Text::new(
                    "Қай мұрағатқа өтініш бересіз?",
                    "В какой архив вы обращаетесь?",
                    "Which archive are you applying to?",
                ),
                FieldKind::Choice { options: ARCHIVES, control: ChoiceControl::Radios },
                Text::new("Мұрағатты таңдаңыз", "Выберите архив", "Select the archive you are applying to"),
            )
        }],
        show_if: None,
        repeat: None,
    },
    Page {
        id: "applicant",
        title: Text::new("Сіздің деректеріңіз", "Ваши данные", "Your details"),
        intro: None,
        fields: &[
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
                hint: Some(Text::new("Пошта индексін қоса жазыңыз", "Укажите почтовый индекс", "Include the postcode")),
                prefill: Some((DataSource::IndividualsDb, RegistryAttr::Address)),
                autocomplete: Some("street-address"),
                ..Field::new(
                    "applicant_address",
                    Text::new("Мекенжай", "Адрес", "Address"),
                    FieldKind::Text { max: 300, multiline: true },
                    Text::new("Мекенжайыңызды енгізіңіз", "Введите адрес", "Enter your address"),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Мұрағат қызметкері сұрақ туындаса хабарласады",
                    "Сотрудник архива позвонит, если возникнут вопросы",
                    "The archive will call you if they have questions",
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
                required: false,
                missing: None,
                autocomplete: Some("email"),
                ..Field::new(
                    "email",
                    Text::new(
                        "Электрондық пошта (міндетті емес)",
                        "Электронная почта (необязательно)",
                        "Email address (optional)",
                    ),
                    FieldKind::Email,
                    Text::new("", "", ""),
                )
            },
        ],
        show_if: None,
        repeat: None,
    },
    Page {
        id: "subject",
        title: Text::new(
            "Мәліметтер кім туралы сұралады?",
            "О ком запрашиваются сведения?",
            "Who is the information about?",
        ),
        intro: None,
        fields: &[Field {
            summary_label: Some(Text::new("Мәліметтер кім туралы", "О ком сведения", "Information about")),
            ..Field::new(
                "subject",
                Text::new(
                    "Мәліметтер кім туралы сұралады?",
                    "О ком запрашиваются сведения?",
                    "Who is the information about?",
                ),
                FieldKind::Choice { options: SUBJECTS, control: ChoiceControl::Radios },
                Text::new(
                    "Мәліметтер сіз туралы ма, басқа адам туралы ма – таңдаңыз",
                    "Выберите, о вас ли сведения или о другом человеке",
                    "Select whether the information is about you or another person",
                ),
            )
        }],
        show_if: None,
        repeat: None,
    },
    Page {
        id: "subject-person",
        title: Text::new(
            "Мәліметтер сұралатын адам",
            "Человек, о котором запрашиваются сведения",
            "The person the information is about",
        ),
        intro: None,
        fields: &[
            Field {
                summary_label: Some(Text::new("Адамның аты-жөні", "ФИО человека", "Person's full name")),
                ..Field::new(
                    "subject_name",
                    Text::new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество", "Full name"),
                    FieldKind::PersonName { max: 150 },
                    Text::new(
                        "Адамның тегін, атын және әкесінің атын енгізіңіз",
                        "Введите фамилию, имя и отчество человека",
                        "Enter the person's full name",
                    ),
                )
            },
            Field {
                hint: Some(Text::new("Мысалы, 27 3 1956", "Например, 27 3 1956", "For example, 27 3 1956")),
                summary_label: Some(Text::new("Туған күні", "Дата рождения", "Date of birth")),
                ..Field::new(
                    "subject_birth_date",
                    Text::new("Туған күні", "Дата рождения", "Date of birth"),
                    FieldKind::Date { not_future: true },
                    Text::new(
                        "Адамның туған күнін енгізіңіз",
                        "Введите дату рождения человека",
                        "Enter the person's date of birth",
                    ),
                )
            },
            Field {
                hint: Some(Text::new("Пошта индексін қоса жазыңыз", "Укажите почтовый индекс", "Include the postcode")),
                summary_label: Some(Text::new("Адамның мекенжайы", "Адрес человека", "Person's address")),
                ..Field::new(
                    "subject_address",
                    Text::new("Пошталық мекенжайы", "Почтовый адрес", "Postal address"),
                    FieldKind::Text { max: 300, multiline: true },
                    Text::new(
                        "Адамның пошталық мекенжайын енгізіңіз",
                        "Введите почтовый адрес человека",
                        "Enter the person's postal address",
                    ),
                )
            },
        ],
        show_if: Some(Condition::Equals("subject", "other")),
        repeat: None,
    },
    Page {
        id: "name-changes",
        title: Text::new(
            "Тегі, аты немесе әкесінің аты өзгерген бе?",
            "Менялись ли фамилия, имя или отчество?",
            "Has the surname, first name or patronymic changed?",
        ),
        intro: None,
        fields: &[Field {
            hint: Some(Text::new(
                "Бұрынғы аты-жөнін және қашан өзгергенін жазыңыз. Өзгермесе, бос қалдырыңыз",
                "Укажите прежние ФИО и когда они менялись. Если не менялись, оставьте поле пустым",
                "Write the previous names and when they changed. Leave this empty if they did not change",
            )),
            summary_label: Some(Text::new("Аты-жөнінің өзгеруі", "Смена ФИО", "Name changes")),
            required: false,
            missing: None,
            ..Field::new(
                "name_changes",
                Text::new(
                    "Тегі, аты немесе әкесінің аты өзгерген бе?",
                    "Менялись ли фамилия, имя или отчество?",
                    "Has the surname, first name or patronymic changed?",
                ),
                FieldKind::Text { max: 500, multiline: true },
                Text::new("", "", ""),
            )
        }],
        show_if: None,
        repeat: None,
    },
    Page {
        id: "kind",
        title: Text::new(
            "Анықтаманың қандай түрі керек?",
            "Какая справка вам нужна?",
            "What kind of certificate do you need?",
        ),
        intro: None,
        fields: &[Field {
            summary_label: Some(Text::new("Анықтама түрі", "Вид справки", "Kind of certificate")),
            ..Field::new(
                "certificate_kind",
                Text::new(
                    "Анықтаманың қандай түрі керек?",
                    "Какая справка вам нужна?",
                    "What kind of certificate do you need?",
                ),
                FieldKind::Choice { options: KINDS, control: ChoiceControl::Radios },
                Text::new("Анықтама түрін таңдаңыз", "Выберите вид справки", "Select the kind of certificate you need"),
            )
        }],
        show_if: None,
        repeat: None,
    },
    Page {
        id: "information",
        title: Text::new("Қандай мәліметтер керек?", "Какие сведения вам нужны?", "What information do you need?"),
        intro: None,
        fields: &[Field {
            hint: Some(Text::new(
                "Ұйымның атауын, лауазымды, оқиғаны немесе құжатты жазыңыз. Мысалы: «Қызылорда күріш совхозында жұмыс істегенім және жалақым туралы»",
                "Укажите организацию, должность, событие или документ. Например: «о работе в Кызылординском рисовом совхозе и о заработной плате»",
                "Name the organisation, job, event or document. For example: “my work and salary at the Kyzylorda rice state farm”",
            )),
            summary_label: Some(Text::new("Сұралатын мәліметтер", "Запрашиваемые сведения", "Information requested")),
            ..Field::new(
                "information",
                Text::new("Қандай мәліметтер керек?", "Какие сведения вам нужны?", "What information do you need?"),
                FieldKind::Text { max: 2000, multiline: true },
                Text::new(
                    "Қандай мәліметтер керек екенін жазыңыз",
                    "Опишите, какие сведения вам нужны",
                    "Enter the information you need",
                ),
            )
        }],
        show_if: None,
        repeat: None,
    },
    Page {
        id: "purpose",
        title: Text::new(
            "Анықтама қайда және не үшін керек?",
            "Куда и для чего нужна справка?",
            "Where and why will you use the certificate?",
        ),
        intro: None,
        fields: &[Field {
            hint: Some(Text::new(
                "Мысалы: зейнетақы тағайындау үшін Мемлекеттік корпорацияға",
                "Например: в Госкорпорацию для назначения пенсии",
                "For example: to the State Corporation, to get a pension",
            )),
            summary_label: Some(Text::new("Қайда және не үшін", "Куда и для чего", "Where and why")),
            ..Field::new(
                "purpose",
                Text::new(
                    "Анықтама қайда және не үшін керек?",
                    "Куда и для чего нужна справка?",
                    "Where and why will you use the certificate?",
                ),
                FieldKind::Text { max: 500, multiline: true },
                Text::new(
                    "Анықтама қайда және не үшін керек екенін жазыңыз",
                    "Укажите, куда и для чего нужна справка",
                    "Enter where and why you will use the certificate",
                ),
            )
        }],
        show_if: None,
        repeat: None,
    },
    Page {
        id: "period",
        title: Text::new(
            "Қай жылдардағы мәліметтер керек?",
            "За какие годы нужны сведения?",
            "Which years should the archive search?",
        ),
        intro: None,
        fields: &[Field {
            hint: Some(Text::new("Мысалы, 1985 – 1992", "Например, 1985 – 1992", "For example, 1985 to 1992")),
            summary_label: Some(Text::new("Кезең", "Период", "Period")),
            ..Field::new(
                "period",
                Text::new(
                    "Қай жылдардағы мәліметтер керек?",
                    "За какие годы нужны сведения?",
                    "Which years should the archive search?",
                ),
                FieldKind::YearPeriod { not_future: true },
                Text::new(
                    "Кезеңнің басталу жылын енгізіңіз",
                    "Введите год начала периода",
                    "Enter the first year of the period",
                ),
            )
        }],
        show_if: None,
        repeat: None,
    },
];

const DOCUMENTS: &[DocumentSlot] = &[
    DocumentSlot {
        id: "authority",
        name: Text::new(
            "Нотариат куәландырған сенімхат немесе мәліметтерді алу құқығын растайтын құжат",
            "Нотариальная доверенность или документ, подтверждающий право на получение сведений",
            "Notarised power of attorney, or a document showing your right to the information",
        ),
        hint: Some(Text::new(
            "Адам қайтыс болса – туыстықты растайтын құжат",
            "Если человек умер – документ, подтверждающий родство",
            "If the person has died, a document that shows you are related",
        )),
        requirement: Requirement::When(Condition::Equals("subject", "other")),
        channels: &[Channel::Portal, Channel::ServiceCentre, Channel::Provider],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    },
    DocumentSlot {
        id: "identity",
        name: Text::new("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", "Identity document"),
        hint: Some(Text::new(
            "Түпнұсқасы салыстырылып, қайтарылады",
            "Оригинал сверяется и возвращается",
            "The original is checked against the copy and returned",
        )),
        requirement: Requirement::Always,
        channels: &[Channel::ServiceCentre, Channel::Provider],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 4,
    },
    DocumentSlot {
        id: "supporting",
        name: Text::new(
            "Қосымша құжаттар (міндетті емес)",
            "Дополнительные документы (необязательно)",
            "Supporting documents (optional)",
        ),
        hint: Some(Text::new(
            "Еңбек кітапшасы, анықтамалар, куәліктер – іздеуге көмектесетін кез келген құжат",
            "Трудовая книжка, справки, удостоверения – всё, что поможет поиску",
            "Employment record book, certificates, licences – anything that helps the search",
        )),
        requirement: Requirement::Optional,
        channels: &[Channel::Portal, Channel::ServiceCentre, Channel::Provider],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 10,
    },
];

const PASSPORT_DOCUMENTS: &[PassportDocument] = &[
    PassportDocument {
        name: Text::new(
            "Расталуы тиіс мәліметтер көрсетілген өтініш",
            "Заявление с указанием сведений, которые нужно подтвердить",
            "An application stating the information to be confirmed",
        ),
        channels: &[],
        note: Some(Text::new(
            "Порталда – ЭЦҚ-мен қол қойылған электрондық сұраныс",
            "На портале – электронный запрос, подписанный ЭЦП",
            "On the portal, an electronic request signed with your digital signature (ESP)",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", "Identity document"),
        channels: &[Channel::ServiceCentre, Channel::Provider],
        note: Some(Text::new(
            "ХҚКО-да түпнұсқасы мен көшірмесі; порталда қажет емес – жеке басыңыз ЭЦҚ арқылы расталады",
            "В ЦОН – оригинал и копия; на портале не нужен – личность подтверждается ЭЦП",
            "At a service centre, the original and a copy; not needed on the portal, where your ESP identifies you",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Басқа адамға берілген нотариат куәландырған сенімхат",
            "Нотариально удостоверенная доверенность на другое лицо",
            "A notarised power of attorney, when someone else applies for you",
        ),
        channels: &[],
        note: None,
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Қажет болған жағдайда – тиісті құжаттар мен материалдар немесе олардың көшірмелері",
            "При необходимости – соответствующие документы и материалы или их копии",
            "If needed, relevant documents and materials, or copies of them",
        ),
        channels: &[],
        note: Some(Text::new(
            "Мысалы, еңбек кітапшасы, анықтамалар",
            "Например, трудовая книжка, справки",
            "For example, an employment record book or certificates",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Өтініш берушінің жеке деректері",
            "Персональные данные заявителя",
            "The applicant's personal details",
        ),
        channels: &[],
        note: Some(Text::new(
            "«Жеке тұлғалар» мемлекеттік деректер базасынан алынады",
            "Получаются из государственной базы данных «Физические лица»",
            "Obtained from the state database «Individuals»",
        )),
        from_state_systems: true,
    },
];

/// Appendix 3 of the regulation, Table 3 (portal) and Tables 1–2 (archive, service centre).
const STEPS: &[ProcessStep] = &[
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Өтініш пен құжаттардың түпнұсқалығын тексеру, деректерді жүйеге енгізу",
            "Проверка подлинности заявления и документов, ввод данных в систему",
            "Check the application and documents are genuine and enter the data",
        ),
        term: Term::minutes(15),
        channels: &[Channel::ServiceCentre, Channel::Provider],
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "Деректердің дұрыстығын тексеру, өтінішті сақтау және мұрағаттың жүйесіне жіберу",
            "Проверка данных, сохранение заявления и отправка в систему архива",
            "Check the data, save the application and send it to the archive's system",
        ),
        term: Term::minutes(5),
        channels: &[Channel::Portal],
    },
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Өтінішке нөмір беру, «түскен» мәртебесін көрсету",
            "Присвоение номера заявлению, статус «поступило»",
            "Register the application with a number; status “received”",
        ),
        term: Term::minutes(5),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Specialist,
        action: Text::new(
            "Сұранысты орындау: мұрағаттық анықтаманың жобасын немесе дәлелді бас тартуды дайындау",
            "Исполнение запроса: проект архивной справки или мотивированного отказа",
            "Search the records and draft the archival certificate or a reasoned refusal",
        ),
        term: Term::calendar_days(15),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Head,
        action: Text::new(
            "Шығыс құжатқа ЭЦҚ-мен қол қою",
            "Подписание выходного документа ЭЦП",
            "Sign the result with the electronic digital signature",
        ),
        term: Term::minutes(5),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "Шығыс құжатты тіркеу және жеке кабинетке, электрондық поштаға жіберу",
            "Регистрация выходного документа и направление в личный кабинет и на электронную почту",
            "Register the result and send it to the personal cabinet and email",
        ),
        term: Term::minutes(5),
        channels: &[],
    },
];

/// Appendix 7: the archival certificate. The regulation gives no template for the refusal.
const OUTPUTS: &[OutputTemplate] = &[OutputTemplate {
    result: 0,
    title: Text::new("Мұрағаттық анықтама", "Архивная справка", "Archival certificate"),
    fields: &[
        Text::new(
            "Арыз беруші (Т.А.Ә. немесе мекеме атауы)",
            "Заявитель (Ф.И.О. или наименование учреждения)",
            "Applicant (full name or institution)",
        ),
        Text::new("Мұрағаттық анықтаманың түрі", "Вид архивной справки", "Kind of archival certificate"),
        Text::new("Анықтама сұрайтын дәуір", "Период, за который запрашивается справка", "Period covered"),
        Text::new("Мұрағаттық анықтаманың мазмұны", "Содержание архивной справки", "Content of the certificate"),
        Text::new("Негіздеме", "Основание", "Basis (archival references)"),
        Text::new(
            "Анықтамаға қоса тіркелген құжаттар",
            "Документы, приложенные к справке",
            "Documents attached to the certificate",
        ),
    ],
    signed_by: Text::new(
        "Мұрағат директоры және мұрағатшы",
        "Директор архива и архивист",
        "Director of the archive and the archivist",
    ),
}];

/// The archival certificate service, version 1.
pub static ARCHIVAL_CERTIFICATE_V1: ServiceDefinition = ServiceDefinition {
    slug: "archival-certificate",
    version: 1,
    valid_from: "2011-12-30",
    valid_to: None,
    passport: Passport {
        name: Text::new("Мұрағаттық анықтамалар беру", "Выдача архивных справок", "Issuing archival certificates"),
        summary: Text::new(
            "Мемлекеттік мұрағат өз қорындағы құжаттар бойынша еңбек өтілін, жалақыны, туыстықты немесе басқа фактілерді растайтын анықтама береді.",
            "Государственный архив выдаёт справку, подтверждающую по документам своего фонда стаж, заработную плату, родство или другие факты.",
            "A state archive issues a certificate confirming, from the records it holds, length of service, salary, kinship or other facts.",
        ),
        provider: Text::new(
            "Қызылорда облысының мұрағаттар мен құжаттама басқармасы, облыстық, қалалық және аудандық мемлекеттік мұрағаттар",
            "Управление архивов и документации Кызылординской области, областной, городской и районные государственные архивы",
            "Kyzylorda Oblast Department of Archives and Documentation, and the oblast, city and district state archives",
        ),
        recipients: Text::new(
            "Жеке және заңды тұлғалар",
            "Физические и юридические лица",
            "Individuals and legal entities",
        ),
        territory: Text::new("Қызылорда облысы", "Кызылординская область", "Kyzylorda oblast"),
        channels: &[Channel::Portal, Channel::ServiceCentre, Channel::Provider],
        term: Term::calendar_days(15),
        other_terms: &[
            TermNote {
                term: Term::calendar_days(30),
                applies_to: Text::new(
                    "Бірнеше ұйымның құжаттарын зерделеу қажет болғанда",
                    "Когда нужно изучить документы нескольких организаций",
                    "When the records of several organisations must be studied",
                ),
            },
            TermNote {
                term: Term::calendar_days(180),
                applies_to: Text::new(
                    "Ерекше жағдайларда (6 айға дейін)",
                    "В исключительных случаях (до 6 месяцев)",
                    "In exceptional cases (up to 6 months)",
                ),
            },
            TermNote {
                term: Term::minutes(15),
                applies_to: Text::new(
                    "Мұрағатта немесе ХҚКО-да өтініш пен құжаттарды қабылдау",
                    "Приём заявления и документов в архиве или ЦОН",
                    "Accepting the application and documents at the archive or a service centre",
                ),
            },
        ],
        fee: Text::new("Тегін", "Бесплатно", "Free of charge"),
        results: &[
            ResultKind {
                name: Text::new("Мұрағаттық анықтама", "Архивная справка", "Archival certificate"),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Анықтама беруден дәлелді бас тарту",
                    "Мотивированный отказ в выдаче справки",
                    "Reasoned refusal to issue a certificate",
                ),
                term: None,
            },
        ],
        result_form: Text::new(
            "Мұрағат басшысының ЭЦҚ-мен қол қойылған электрондық құжат жеке кабинетке және электрондық поштаға жіберіледі; қажет болса – қағаз түрінде",
            "Электронный документ, подписанный ЭЦП уполномоченного лица архива, – в личный кабинет и на электронную почту; при необходимости – на бумаге",
            "An electronic document signed with the ESP of the archive's authorised officer, sent to your personal cabinet and email; on paper if you need it",
        ),
        documents: PASSPORT_DOCUMENTS,
        refusal_grounds: &[
            Text::new(
                "Өтініш берушінің деректеріндегі немесе құжаттарындағы кемшіліктер",
                "Недостатки в данных или документах заявителя",
                "Errors or gaps in the applicant's details or documents",
            ),
            Text::new(
                "Сұралған мұрағаттық құжаттардың мұрағатта болмауы",
                "Отсутствие запрашиваемых архивных документов в архиве",
                "The archive does not hold the records requested",
            ),
            Text::new(
                "Өтініш берушінің ЭЦҚ-сы расталмауы",
                "ЭЦП заявителя не подтверждена",
                "The applicant's digital signature (ESP) cannot be confirmed",
            ),
            Text::new(
                "Басқа адам туралы мәліметтерді алуға өкілеттіктің болмауы",
                "Отсутствие полномочий на получение сведений о другом лице",
                "No authority to receive another person's information",
            ),
        ],
        legal_basis: &[
            Text::new(
                "Қызылорда облысы әкімдігінің 2011 жылғы 22 желтоқсандағы № 243 қаулысы (Әділет департаментінде 2011 жылғы 30 желтоқсанда № 4284 тіркелген)",
                "Постановление акимата Кызылординской области от 22 декабря 2011 года № 243 (зарегистрировано в Департаменте юстиции 30 декабря 2011 года № 4284)",
                "Resolution of the Kyzylorda oblast akimat No. 243 of 22 December 2011 (registered by the Justice Department on 30 December 2011, No. 4284)",
            ),
            Text::new(
                "«Мұрағаттық анықтамалар беру» мемлекеттік қызмет стандарты, ҚР Үкіметінің 2009 жылғы 30 желтоқсандағы № 2315 қаулысы",
                "Стандарт государственной услуги «Выдача архивных справок», постановление Правительства РК от 30 декабря 2009 года № 2315",
                "State service standard «Issuing archival certificates», Government resolution No. 2315 of 30 December 2009",
            ),
            Text::new(
                "«Әкімшілік рәсімдер туралы» 2000 жылғы 27 қарашадағы ҚР Заңы",
                "Закон РК от 27 ноября 2000 года «Об административных процедурах»",
                "Law of 27 November 2000 «On administrative procedures»",
            ),
            Text::new(
                "«Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы ҚР Заңы",
                "Закон РК от 7 января 2003 года «Об электронном документе и электронной цифровой подписи»",
                "Law of 7 January 2003 «On electronic document and electronic digital signature»",
            ),
        ],
        source: SeedRef {
            seed: "004",
            regulation: None,
            act: Text::new(
                "«Мұрағаттық анықтамалар беру» электрондық мемлекеттік қызметінің регламенті",
                "Регламент электронной государственной услуги «Выдача архивных справок»",
                "Regulation of the electronic state service «Issuing archival certificates»",
            ),
        },
        notes: &[
            Text::new(
                "Мерзім: порталда 15 күнтізбелік күн (регламенттің 8-тармағы); 3-қосымша бойынша 15–30 күнтізбелік күн, ерекше жағдайда 6 айға дейін",
                "Срок: на портале 15 календарных дней (п. 8 регламента); по приложению 3 – 15–30 календарных дней, в исключительных случаях до 6 месяцев",
                "Term: 15 calendar days on the portal (item 8 of the regulation); Appendix 3 gives 15–30 calendar days, up to 6 months in exceptional cases",
            ),
            Text::new(
                "Анықтама түрлері (тақырыптық, шежірелік, әлеуметтік-құқықтық) және ақысыздығы кейінгі ұлттық стандарттан алынды",
                "Виды справок (тематическая, генеалогическая, социально-правовая) и бесплатность взяты из последующего национального стандарта",
                "The kinds of certificate (thematic, genealogical, social and legal) and the absence of a fee come from the later national standard",
            ),
        ],
    },
    pages: PAGES,
    documents: DOCUMENTS,
    declaration: Some(Text::new(
        "Берген мәліметтерімнің дұрыс әрі толық екенін растаймын және мұрағаттың анықтама дайындау үшін дербес деректерімді пайдалануына келісім беремін.",
        "Подтверждаю, что предоставленные сведения верны и полны, и даю согласие архиву на использование моих персональных данных для подготовки справки.",
        "I confirm that the information I have given is correct and complete, and I consent to the archive using my personal data to prepare the certificate.",
    )),
    steps: STEPS,
    outputs: OUTPUTS,
    changes: &[],
};
