//! S6 — «Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы
//! балаларды кезекке қою» / «Постановка на очередь детей дошкольного возраста (до 7 лет) для
//! направления в детские дошкольные организации» (preschool waiting list).
//!
//! Seed 003, regulation 3: Kokpekti district akimat resolution N 417 of 24.12.2012. The regulation
//! refers to item 11 of the 2012 Standard for the documents and does not list them; the identity and
//! priority documents below come from the later national rules (standards.md §7) and say so.

use super::s03_guardianship_certificate::{BIRTH_CERTIFICATE, BORN_BEFORE_13_AUGUST_2007};
use crate::definition::*;
use crate::lang::Text;

/// The seed gives 3 working days and does not say whether the day of acceptance counts.
const THREE_WORKING_DAYS: Term = Term { amount: 3, unit: TermUnit::WorkingDays, acceptance_day_counts: true };

const PASSPORT_DOCUMENTS: &[PassportDocument] = &[
    PassportDocument {
        name: Text::new(
            "Электрондық мемлекеттік қызметті алуға сұраным (өтініш)",
            "Запрос (заявление) на получение электронной государственной услуги",
            "A request (application) for the service",
        ),
        channels: &[],
        note: Some(Text::new(
            "Порталда – тұтынушының ЭЦҚ-сымен куәландырылған электрондық құжат; қызмет көрсетушіде немесе Орталықта сұранымды қызметкер не оператор толтырып, өз ЭЦҚ-сымен растайды",
            "На портале – электронный документ, удостоверенный ЭЦП потребителя; у услугодателя или в ЦОН запрос заполняет работник или оператор и удостоверяет своей ЭЦП",
            "On the portal, an electronic document you sign with your digital signature (ESP); at the provider or a service centre, the officer or operator fills in the request and signs it with their own ESP",
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
            "Бала 2007 жылғы 13 тамызға дейін туған болса ғана; кейін туған баланың деректері мемлекеттік ақпараттық жүйеден алынады. Порталда – электрондық көшірмесі тіркеледі; қызмет көрсетушіде немесе Орталықта қағаз түрінде беріліп, сканерленеді [дереккөз: кейінгі ұлттық қағидалар, gov.kz/services/3042; 13 тамыз 2007 шегі – egov.kz, 02.10.2023]",
            "Только если ребёнок родился до 13 августа 2007 года; сведения о детях, родившихся позже, получаются из государственной информационной системы. На портале прикрепляется электронная копия; у услугодателя или в ЦОН представляется на бумаге и сканируется [источник: последующие национальные правила, gov.kz/services/3042; граница 13 августа 2007 года – egov.kz, 02.10.2023]",
            "Only if the child was born before 13 August 2007; the records of children born later come from the state information system. On the portal, attach an electronic copy; at the provider or a service centre, bring the paper document to be scanned [source: later national rules, gov.kz/services/3042; the 13 August 2007 limit: egov.kz, 2 October 2023]",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Өтініш берушінің (ата-ананың немесе заңды өкілдің) жеке басын куәландыратын құжаты",
            "Документ, удостоверяющий личность заявителя (родителя или законного представителя)",
            "Your identity document (as the parent or legal representative)",
        ),
        channels: &[Channel::ServiceCentre, Channel::Provider],
        note: Some(Text::new(
            "Жеке басын сәйкестендіру үшін; порталда қажет емес – жеке басыңыз ЭЦҚ арқылы расталады [дереккөз: кейінгі ұлттық қағидалар, gov.kz/services/3042]",
            "Для идентификации личности; на портале не нужен – личность подтверждается ЭЦП [источник: последующие национальные правила, gov.kz/services/3042]",
            "To identify you; not needed on the portal, where your ESP identifies you [source: later national rules, gov.kz/services/3042]",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Кезектен тыс немесе бірінші кезекте орын алу құқығын растайтын құжат",
            "Документ, подтверждающий право на внеочередное или первоочередное получение места",
            "A document showing your child's right to a place ahead of the queue",
        ),
        channels: &[],
        note: Some(Text::new(
            "Тек осындай құқық болса; мысалы, әскери қызметшінің немесе арнаулы мемлекеттік орган қызметкерінің, педагогтің жұмыс орнынан қолы мен мөрі бар анықтама, берілген күннен бастап 1 ай жарамды [дереккөз: кейінгі ұлттық қағидалар, gov.kz/services/3042]",
            "Только при наличии такого права; например, справка с места работы военнослужащего, сотрудника специальных государственных органов или педагога с подписью и печатью, действительна 1 месяц со дня выдачи [источник: последующие национальные правила, gov.kz/services/3042]",
            "Only if your child has such a right; for example, a signed and stamped certificate from the workplace of a serviceman, an officer of a special state body or a teacher, valid for 1 month from issue [source: later national rules, gov.kz/services/3042]",
        )),
        from_state_systems: false,
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
            "Сенімхат деректері бірыңғай нотариалдық ақпараттық жүйеден тексеріледі; сенімхат басқаша куәландырылса, оның деректері толтырылмайды",
            "Данные доверенности проверяются в единой нотариальной информационной системе; если доверенность удостоверена иначе, её данные не заполняются",
            "The power of attorney is checked in the unified notary information system; if it was certified in another way, its details are not filled in",
        )),
        from_state_systems: true,
    },
];

const RELATIONS: &[ChoiceOption] = &[
    ChoiceOption {
        value: "parent",
        label: Text::new("Ата-анасы", "Родитель", "Parent"),
        hint: Some(Text::new("Асырап алушыны қоса алғанда", "В том числе усыновитель", "Including an adoptive parent")),
    },
    ChoiceOption {
        value: "guardian",
        label: Text::new("Қорғаншысы немесе қамқоршысы", "Опекун или попечитель", "Guardian or trustee"),
        hint: None,
    },
    ChoiceOption {
        value: "foster-carer",
        label: Text::new("Патронаттық тәрбиешісі", "Патронатный воспитатель", "Foster carer"),
        hint: None,
    },
];

const YES_NO: &[ChoiceOption] = &[
    ChoiceOption { value: "yes", label: Text::new("Иә", "Да", "Yes"), hint: None },
    ChoiceOption { value: "no", label: Text::new("Жоқ", "Нет", "No"), hint: None },
];

/// Priority groups of the later national rules (standards.md §7): the 2020 e-gov article and the
/// workplace certificates the service centre asks for.
const PRIORITY_CATEGORIES: &[ChoiceOption] = &[
    ChoiceOption {
        value: "orphan",
        label: Text::new(
            "Жетім бала немесе ата-анасының қамқорлығынсыз қалған бала",
            "Ребёнок-сирота или ребёнок, оставшийся без попечения родителей",
            "An orphan or a child left without parental care",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "disability",
        label: Text::new(
            "Мүгедектігі бар бала немесе ата-анасы (заңды өкілі) мүгедектігі бар бала",
            "Ребёнок с инвалидностью или ребёнок, родитель (законный представитель) которого имеет инвалидность",
            "A child with a disability, or whose parent or legal representative has a disability",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "large-family",
        label: Text::new("Көп балалы отбасының баласы", "Ребёнок из многодетной семьи", "A child from a large family"),
        hint: Some(Text::new(
            "Отбасында кәмелетке толмаған төрт және одан да көп бала бар",
            "В семье четверо и более несовершеннолетних детей",
            "The family has four or more children under 18",
        )),
    },
    ChoiceOption {
        value: "special-needs",
        label: Text::new(
            "Ерекше білім беру қажеттіліктері бар бала",
            "Ребёнок с особыми образовательными потребностями",
            "A child with special educational needs",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "military",
        label: Text::new(
            "Әскери қызметшінің немесе арнаулы мемлекеттік орган қызметкерінің баласы",
            "Ребёнок военнослужащего или сотрудника специальных государственных органов",
            "The child of a serviceman or an officer of a special state body",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "teacher",
        label: Text::new("Педагогтің баласы", "Ребёнок педагога", "The child of a teacher"),
        hint: None,
    },
];

const PAGES: &[Page] = &[
    Page {
        intro: Some(Text::new(
            "Бұл деректер «Жеке тұлғалар» мемлекеттік деректер базасынан алынды",
            "Эти данные получены из государственной базы данных «Физические лица»",
            "These details come from the state database «Individuals»",
        )),
        ..Page::new(
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
                    width: Some("20"),
                    ..Field::new(
                        "applicant_iin",
                        Text::new("ЖСН", "ИИН", "IIN"),
                        FieldKind::Iin,
                        Text::new("ЖСН-іңізді енгізіңіз", "Введите ваш ИИН", "Enter your IIN"),
                    )
                },
                Field {
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
                Field {
                    hint: Some(Text::new(
                        "Балабақшада орын бөлінгенде осы нөмірге хабарласамыз",
                        "По этому номеру сообщим, когда в детском саду выделят место",
                        "We will call this number when a kindergarten place is offered",
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
            ],
        )
    },
    Page::new(
        "relation",
        Text::new("Сіз балаға кім боласыз?", "Кем вы приходитесь ребёнку?", "What is your relationship to the child?"),
        &[Field {
            summary_label: Some(Text::new("Балаға кім болады", "Кем приходится ребёнку", "Relationship to the child")),
            ..Field::new(
                "relation",
                Text::new(
                    "Сіз балаға кім боласыз?",
                    "Кем вы приходитесь ребёнку?",
                    "What is your relationship to the child?",
                ),
                FieldKind::Choice { options: RELATIONS, control: ChoiceControl::Radios },
                Text::new(
                    "Балаға кім болатыныңызды таңдаңыз",
                    "Выберите, кем вы приходитесь ребёнку",
                    "Select your relationship to the child",
                ),
            )
        }],
    ),
    Page::new(
        "child",
        Text::new("Бала туралы мәліметтер", "Сведения о ребёнке", "About the child"),
        &[
            Field {
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
            },
            Field::new(
                "child_name",
                Text::new("Баланың тегі, аты, әкесінің аты", "Фамилия, имя, отчество ребёнка", "Child's full name"),
                FieldKind::PersonName { max: 150 },
                Text::new(
                    "Баланың тегін, атын және әкесінің атын енгізіңіз",
                    "Введите фамилию, имя и отчество ребёнка",
                    "Enter the child's full name",
                ),
            ),
            Field {
                hint: Some(Text::new("Мысалы, 14 7 2022", "Например, 14 7 2022", "For example, 14 7 2022")),
                rule: Some(Rule::Age {
                    min: 0,
                    max: 7,
                    message: Text::new(
                        "Кезекке 7 жасқа толмаған бала ғана қойылады",
                        "На очередь ставят только детей младше 7 лет",
                        "The child must be under 7 to join the waiting list",
                    ),
                }),
                ..Field::new(
                    "child_birth_date",
                    Text::new("Баланың туған күні", "Дата рождения ребёнка", "Child's date of birth"),
                    FieldKind::Date { not_future: true },
                    Text::new(
                        "Баланың туған күнін енгізіңіз",
                        "Введите дату рождения ребёнка",
                        "Enter the child's date of birth",
                    ),
                )
            },
        ],
    ),
    Page::new(
        "child-address",
        Text::new(
            "Бала сізбен бір мекенжайда тұра ма?",
            "Ребёнок живёт по вашему адресу?",
            "Does the child live at your address?",
        ),
        &[
            Field {
                hint: Some(Text::new(
                    "Баланың үйінің мекенжайы жолдамада көрсетіледі",
                    "Домашний адрес ребёнка указывается в направлении",
                    "The child's home address is shown on the referral",
                )),
                summary_label: Some(Text::new(
                    "Бала сізбен бірге тұрады",
                    "Ребёнок живёт с вами",
                    "Child lives at your address",
                )),
                ..Field::new(
                    "child_lives_with_applicant",
                    Text::new(
                        "Бала сізбен бір мекенжайда тұра ма?",
                        "Ребёнок живёт по вашему адресу?",
                        "Does the child live at your address?",
                    ),
                    FieldKind::Choice { options: YES_NO, control: ChoiceControl::Radios },
                    Text::new(
                        "Бала сіздің мекенжайыңызда тұратын-тұрмайтынын таңдаңыз",
                        "Выберите, живёт ли ребёнок по вашему адресу",
                        "Select yes if the child lives at your address",
                    ),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Елді мекен, көше, үй және пәтер нөмірі",
                    "Населённый пункт, улица, номер дома и квартиры",
                    "Town or village, street, house and flat number",
                )),
                summary_label: Some(Text::new("Баланың мекенжайы", "Адрес ребёнка", "Child's address")),
                show_if: Some(Condition::Equals("child_lives_with_applicant", "no")),
                ..Field::new(
                    "child_address",
                    Text::new("Баланың үйінің мекенжайы", "Домашний адрес ребёнка", "The child's home address"),
                    FieldKind::Text { max: 300, multiline: true },
                    Text::new(
                        "Баланың үйінің мекенжайын енгізіңіз",
                        "Введите домашний адрес ребёнка",
                        "Enter the child's home address",
                    ),
                )
            },
        ],
    ),
    Page::new(
        "preschool",
        Text::new(
            "Балаңызды қай балабақшаға бергіңіз келеді?",
            "В какой детский сад вы хотите устроить ребёнка?",
            "Which kindergarten would you like?",
        ),
        &[
            Field {
                hint: Some(Text::new(
                    "Кент немесе ауылдық округ, мысалы, Көкпекті ауылы",
                    "Посёлок или сельский округ, например, село Кокпекти",
                    "The settlement or rural district, for example Kokpekti village",
                )),
                summary_label: Some(Text::new("Елді мекен", "Населённый пункт", "Area")),
                ..Field::new(
                    "preferred_area",
                    Text::new(
                        "Балабақша қай елді мекенде болуы керек?",
                        "В каком населённом пункте нужен детский сад?",
                        "Where should the kindergarten be?",
                    ),
                    FieldKind::Text { max: 150, multiline: false },
                    Text::new(
                        "Балабақша қай елді мекенде болуы керек екенін енгізіңіз",
                        "Введите населённый пункт, где нужен детский сад",
                        "Enter where the kindergarten should be",
                    ),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Үшке дейін атауын немесе нөмірін жазыңыз, ең қалағаныңыздан бастап",
                    "Укажите до трёх названий или номеров, начиная с самого желаемого",
                    "Give up to three names or numbers, the one you want most first",
                )),
                summary_label: Some(Text::new(
                    "Қалаған балабақшалар",
                    "Желаемые детские сады",
                    "Preferred kindergartens",
                )),
                ..Field::optional(
                    "preferred_preschools",
                    Text::new(
                        "Қалаған балабақшаларыңыз (міндетті емес)",
                        "Желаемые детские сады (необязательно)",
                        "Kindergartens you would prefer (optional)",
                    ),
                    FieldKind::Text { max: 300, multiline: true },
                )
            },
        ],
    ),
    Page::new(
        "priority",
        Text::new(
            "Балаңыздың кезектен тыс немесе бірінші кезекте орын алуға құқығы бар ма?",
            "Есть ли у ребёнка право на внеочередное или первоочередное получение места?",
            "Does your child have a right to a place ahead of the queue?",
        ),
        &[Field {
            hint: Some(Text::new(
                "Мысалы, жетім бала, мүгедектігі бар бала, көп балалы отбасының баласы, әскери қызметшінің немесе педагогтің баласы",
                "Например, ребёнок-сирота, ребёнок с инвалидностью, из многодетной семьи, ребёнок военнослужащего или педагога",
                "For example, an orphan, a child with a disability, from a large family, or the child of a serviceman or a teacher",
            )),
            summary_label: Some(Text::new("Жеңілдік құқығы", "Право на льготу", "Priority right")),
            ..Field::new(
                "has_priority",
                Text::new(
                    "Балаңыздың кезектен тыс немесе бірінші кезекте орын алуға құқығы бар ма?",
                    "Есть ли у ребёнка право на внеочередное или первоочередное получение места?",
                    "Does your child have a right to a place ahead of the queue?",
                ),
                FieldKind::Choice { options: YES_NO, control: ChoiceControl::Radios },
                Text::new(
                    "Балаңыздың жеңілдік құқығы бар-жоғын таңдаңыз",
                    "Выберите, есть ли у ребёнка право на льготу",
                    "Select yes if your child has a right to a place ahead of the queue",
                ),
            )
        }],
    ),
    Page {
        show_if: Some(Condition::Equals("has_priority", "yes")),
        ..Page::new(
            "priority-category",
            Text::new("Құқықтың негізі қандай?", "На каком основании?", "Why does your child have this right?"),
            &[Field {
                hint: Some(Text::new(
                    "Бірнеше негіз болса, біреуін таңдаңыз – оны растайтын құжатты келесі қадамда тіркейсіз",
                    "Если оснований несколько, выберите одно – документ, подтверждающий его, вы приложите дальше",
                    "If more than one applies, choose one – you will attach the document that proves it later",
                )),
                summary_label: Some(Text::new("Жеңілдік санаты", "Льготная категория", "Priority group")),
                ..Field::new(
                    "priority_category",
                    Text::new("Құқықтың негізі қандай?", "На каком основании?", "Why does your child have this right?"),
                    FieldKind::Choice { options: PRIORITY_CATEGORIES, control: ChoiceControl::Radios },
                    Text::new(
                        "Құқықтың негізін таңдаңыз",
                        "Выберите основание",
                        "Select why your child has a right to a place ahead of the queue",
                    ),
                )
            }],
        )
    },
];

const DOCUMENTS: &[DocumentSlot] = &[
    DocumentSlot {
        id: "priority-proof",
        name: Text::new(
            "Кезектен тыс немесе бірінші кезекте орын алу құқығын растайтын құжат",
            "Документ, подтверждающий право на внеочередное или первоочередное получение места",
            "A document that proves your child's right to a place ahead of the queue",
        ),
        hint: Some(Text::new(
            "Әскери қызметші, арнаулы мемлекеттік орган қызметкері немесе педагог үшін – жұмыс орнынан қолы мен мөрі бар анықтама, берілген күнінен бастап 1 ай жарамды",
            "Для военнослужащего, сотрудника специальных государственных органов или педагога – справка с места работы с подписью и печатью, действительна 1 месяц со дня выдачи",
            "For a serviceman, an officer of a special state body or a teacher, a signed and stamped certificate from the workplace, valid for 1 month from issue",
        )),
        requirement: Requirement::When(Condition::Equals("has_priority", "yes")),
        channels: &[Channel::Portal, Channel::ServiceCentre, Channel::Provider],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    },
    DocumentSlot {
        requirement: Requirement::When(BORN_BEFORE_13_AUGUST_2007),
        channels: &[Channel::Portal, Channel::ServiceCentre, Channel::Provider],
        hint: Some(Text::new(
            "Тек 2007 жылғы 13 тамызға дейін туған бала үшін; кейін туған баланың деректері мемлекеттік ақпараттық жүйеден алынады",
            "Только если ребёнок родился до 13 августа 2007 года; сведения о детях, родившихся позже, получаются из государственной информационной системы",
            "Only if the child was born before 13 August 2007; the records of children born later are taken from the state information system",
        )),
        max_files: 2,
        ..BIRTH_CERTIFICATE
    },
    DocumentSlot {
        id: "identity",
        name: Text::new(
            "Өтініш берушінің жеке басын куәландыратын құжаты",
            "Документ, удостоверяющий личность заявителя",
            "Your identity document",
        ),
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
];

/// Paragraphs 6 to 8 and the Appendix 2 tables. Times under a minute are rounded up to a minute
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
            "Қызметті таңдайды, сұраным нысанын толтырады, Стандарттың 11-тармағында көрсетілген құжаттардың электрондық көшірмелерін тіркейді және ЭСҚ тіркеу куәлігін таңдайды",
            "Выбирает услугу, заполняет форму запроса, прикрепляет электронные копии документов, указанных в пункте 11 Стандарта, и выбирает регистрационное свидетельство ЭЦП",
            "Chooses the service, fills in the request, attaches electronic copies of the documents listed in item 11 of the Standard and chooses an ESP certificate",
        ),
        term: Term::minutes(2),
        channels: &[Channel::Portal],
    },
    ProcessStep {
        actor: Actor::Applicant,
        action: Text::new(
            "Сұранымды ЭСҚ-мен куәландырып, қызмет көрсетушіге жібереді; ЭҮП ЭСҚ тіркеу куәлігінің жарамдылығын және ЖСН сәйкестігін тексереді, расталмаса – бас тарту туралы хабарлама",
            "Подписывает запрос ЭЦП и отправляет услугодателю; портал проверяет действительность регистрационного свидетельства ЭЦП и совпадение ИИН, если подпись не подтверждена – сообщение об отказе",
            "Signs the request with an ESP and sends it; the portal checks the ESP certificate and that its IIN matches, and refuses if it cannot be confirmed",
        ),
        term: Term::minutes(1),
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
        actor: Actor::Specialist,
        action: Text::new(
            "Қызмет көрсетушінің қызметкері ЭҮАШ АЖО-ға ЖСН мен пароль арқылы кіреді, қызметті таңдайды және тұтынушының мәліметтерін енгізеді",
            "Работник услугодателя входит в АРМ РШЭП по ИИН и паролю, выбирает услугу и вносит данные потребителя",
            "The provider's officer signs in to the regional gateway workstation, chooses the service and enters your details",
        ),
        term: Term::minutes(1),
        channels: &[Channel::Provider],
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "ЭҮШ арқылы ЖТ ММБ-дан тұтынушы мәліметтерін (Орталықта – БНАЖ-ден сенімхат мәліметтерін де) сұратады; олар болмаса – мәліметтерді алу мүмкін еместігі туралы хабарлама",
            "Через ШЭП запрашивает данные потребителя в ГБД ФЛ (в ЦОН – и данные доверенности в ЕНИС); если их нет – сообщение о невозможности получения данных",
            "Requests your details from the state database «Individuals» (at a service centre, also the power of attorney from the notary system); if they are missing, a message that the data cannot be obtained",
        ),
        term: Term::minutes(2),
        channels: &[Channel::ServiceCentre, Channel::Provider],
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Оператор қағаз түріндегі құжаттардың болуы туралы белгі қояды, құжаттарды сканерлеп, сұранымға тіркейді, оны ЭСҚ-мен куәландырып, ЭҮШ арқылы ЭҮАШ АЖО-ға жібереді",
            "Оператор отмечает наличие документов на бумаге, сканирует их, прикрепляет к запросу, удостоверяет его ЭЦП и через ШЭП направляет в АРМ РШЭП",
            "The operator records the paper documents, scans and attaches them, signs the request with their ESP and sends it to the provider",
        ),
        term: Term::minutes(2),
        channels: &[Channel::ServiceCentre],
    },
    ProcessStep {
        actor: Actor::Specialist,
        action: Text::new(
            "Қызметкер қағаз түріндегі құжаттардың болуы туралы белгі қояды, құжаттарды сканерлеп, сұранымға тіркейді және оны ЭСҚ-мен куәландырады",
            "Работник отмечает наличие документов на бумаге, сканирует их, прикрепляет к запросу и удостоверяет его ЭЦП",
            "The officer records the paper documents, scans and attaches them and signs the request with their ESP",
        ),
        term: Term::minutes(1),
        channels: &[Channel::Provider],
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "Электрондық құжатты ЭҮАШ АЖО-да тіркейді және өтінішке нөмір береді",
            "Регистрирует электронный документ в АРМ РШЭП и присваивает заявлению номер",
            "Registers the request in the provider's system and gives the application a number",
        ),
        term: Term::minutes(2),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Specialist,
        action: Text::new(
            "Қызмет көрсетуші құжаттардың Стандартқа және қызмет көрсету негіздемесіне сәйкестігін тексереді, баланы тіркеу журналына кезекке қояды және хабарлама береді (орын бөлінгенде – МБҰ-ға жолдама) немесе дәлелді бас тарту дайындайды; нәтиже уәкілетті тұлғаның ЭСҚ-сымен қалыптастырылады, Орталық арқылы жүгінгенде оператор арқылы беріледі",
            "Услугодатель проверяет соответствие документов Стандарту и основаниям для оказания услуги, ставит ребёнка на очередь в журнале регистрации и выдаёт уведомление (при выделении места – направление в ДДО) или мотивированный отказ; результат формируется с ЭЦП уполномоченного лица, при обращении через ЦОН выдаётся через оператора",
            "The provider checks the documents against the Standard and the grounds for the service, puts the child on the waiting list and issues the notice (a referral to a kindergarten when a place is allocated) or a reasoned refusal, signed with the authorised officer's ESP; at a service centre the operator hands it to you",
        ),
        term: THREE_WORKING_DAYS,
        channels: &[],
    },
];

/// The footer every template of Appendix 3 carries.
const EQUIVALENCE: Text = Text::new(
    "Электрондық құжаттың қағаз тасығыштағы құжатқа тең екені туралы белгі (2003 жылғы 7 қаңтардағы № 370-II ҚР Заңының 7-бабының 1-тармағы)",
    "Отметка о равнозначности документу на бумажном носителе (пункт 1 статьи 7 Закона РК от 7 января 2003 года № 370-II)",
    "Statement that the document has the same force as a paper one (Law No. 370-II of 7 January 2003, article 7, item 1)",
);

const BARCODE: Text = Text::new(
    "«Электрондық әкімдік» ақпараттық жүйесінің ЭСҚ-мен қол қойылған деректері бар штрих-код",
    "Штрих-код с данными информационной системы «Электронный акимат», подписанными ЭЦП",
    "Barcode with the data of the «E-akimat» information system, signed with an ESP",
);

/// Appendix 3: the queue notice, the referral and the refusal.
const OUTPUTS: &[OutputTemplate] = &[
    OutputTemplate {
        result: 0,
        title: Text::new(
            "Баланы тіркеу туралы хабарлама",
            "Уведомление о регистрации ребёнка",
            "Notice that the child is registered on the waiting list",
        ),
        fields: &[
            Text::new("Ата-ананың аты-жөні", "Ф.И.О. родителя", "Parent's full name"),
            Text::new("Баланың аты-жөні", "Ф.И.О. ребёнка", "Child's full name"),
            Text::new(
                "Мектепке дейінгі жастағы балаларды тіркеу журналына кезекке қойылған күні",
                "Дата постановки на очередь в журнале регистрации детей дошкольного возраста",
                "Date the child was put on the register of preschool children",
            ),
            Text::new("Кезек нөмірі", "Номер очереди", "Queue number"),
            Text::new(
                "Кезектің жылжуын бөлімнің (әкімдіктің) жұмыс кестесіне сәйкес және электрондық портал арқылы бақылауға болатыны туралы ескерту",
                "Указание, что продвижение очереди можно отслеживать по графику работы отдела (акимата) и через электронный портал",
                "A note that you can follow the queue during the department's (akimat's) opening hours and on the portal",
            ),
            EQUIVALENCE,
            BARCODE,
        ],
        signed_by: Text::new(
            "Көкпекті ауданының білім беру бөлімінің маманы (АЖТ, ЭСҚ)",
            "Специалист отдела образования Кокпектинского района (Ф.И.О., ЭЦП)",
            "Specialist of the Kokpekti District Education Department (full name, ESP)",
        ),
    },
    OutputTemplate {
        result: 1,
        title: Text::new(
            "Мектепке дейінгі ұйымға есепке қабылдау үшін жолдама",
            "Направление для зачисления в дошкольную организацию",
            "Referral for admission to a preschool organisation",
        ),
        fields: &[
            Text::new("Жолдаманың нөмірі", "Номер направления", "Referral number"),
            Text::new(
                "Мектепке дейінгі ұйымның нөмірі және мекенжайы: қала (кент), көше, үй",
                "Номер и адрес дошкольной организации: город (посёлок), улица, дом",
                "Number and address of the preschool organisation: town or settlement, street, building",
            ),
            Text::new("Баланың тегі, аты, әкесінің аты", "Фамилия, имя, отчество ребёнка", "Child's full name"),
            Text::new("Туылған күні", "Дата рождения", "Date of birth"),
            Text::new("Баланың үйінің мекенжайы", "Домашний адрес ребёнка", "Child's home address"),
            Text::new(
                "Жолдама мектепке дейінгі ұйымға берілген күннен бастап 5 күннің ішінде тапсырылуы тиіс",
                "Направление должно быть передано в дошкольную организацию в течение 5 дней со дня выдачи",
                "The referral must be handed to the kindergarten within 5 days of issue",
            ),
            Text::new("Жолдаманың берілген күні", "Дата выдачи направления", "Date of issue"),
            EQUIVALENCE,
            BARCODE,
        ],
        signed_by: Text::new(
            "Көкпекті ауданының білім беру бөлімінің бастығы (АЖТ, қолтаңба, мөр; ЭСҚ)",
            "Начальник отдела образования Кокпектинского района (Ф.И.О., подпись, печать; ЭЦП)",
            "Head of the Kokpekti District Education Department (full name, signature, seal; ESP)",
        ),
    },
    OutputTemplate {
        result: 2,
        title: Text::new(
            "Мемлекеттік қызметті көрсетуден бас тарту",
            "Отказ в оказании государственной услуги",
            "Refusal of the service",
        ),
        fields: &[
            Text::new("Өтініш берушінің аты-жөні", "Ф.И.О. заявителя", "Applicant's full name"),
            Text::new("Баланың аты-жөні", "Ф.И.О. ребёнка", "Child's full name"),
            Text::new("Бас тарту себебі", "Причина отказа", "Reason for refusal"),
            EQUIVALENCE,
            BARCODE,
        ],
        signed_by: Text::new(
            "Көкпекті ауданының білім беру бөлімінің бастығы (АЖТ, ЭСҚ)",
            "Начальник отдела образования Кокпектинского района (Ф.И.О., ЭЦП)",
            "Head of the Kokpekti District Education Department (full name, ESP)",
        ),
    },
];

/// What the applicant confirms before sending (personal data: Law «On personal data and their
/// protection», article 8).
const DECLARATION: Text = Text::new(
    "Берген мәліметтерімнің дұрыс әрі толық екенін растаймын және «Дербес деректер және оларды қорғау туралы» Қазақстан Республикасы Заңының 8-бабына сәйкес қызмет көрсетушінің баланы кезекке қою және балабақшаға жолдама беру үшін менің және баланың дербес деректерін жинауына және өңдеуіне келісім беремін.",
    "Подтверждаю, что предоставленные сведения верны и полны, и в соответствии со статьёй 8 Закона Республики Казахстан «О персональных данных и их защите» даю согласие услугодателю на сбор и обработку моих персональных данных и персональных данных ребёнка для постановки на очередь и выдачи направления в детский сад.",
    "I confirm that the information I have given is correct and complete, and under article 8 of the Law «On personal data and their protection» I consent to the provider collecting and processing my personal data and the child's to put the child on the waiting list and issue a kindergarten referral.",
);

/// The preschool waiting list, version 1 (Kokpekti district, 2012).
pub static PRESCHOOL_QUEUE_V1: ServiceDefinition = ServiceDefinition {
    slug: "preschool-queue",
    version: 1,
    valid_from: "2013-02-04",
    valid_to: None,
    passport: Passport {
        name: Text::new(
            "Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою",
            "Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации",
            "Putting children of preschool age (under 7) on the waiting list for preschool organisations",
        ),
        summary: Text::new(
            "Мектепке дейінгі (7 жасқа дейінгі) жастағы бала мектепке дейінгі балалар ұйымына (балабақшаға) жіберу үшін кезекке қойылады. Сізге кезекке қою туралы хабарлама немесе мектепке дейінгі ұйымға жолдама беріледі.",
            "Ребёнка дошкольного возраста (до 7 лет) ставят на очередь для направления в детскую дошкольную организацию (детский сад). Вы получаете уведомление о постановке на очередь или направление в дошкольную организацию.",
            "Your child of preschool age (under 7) is put on the waiting list for a place in a preschool organisation (kindergarten). You receive a notice that your child is on the list, or a referral to a kindergarten.",
        ),
        provider: Text::new(
            "«Көкпекті ауданының білім беру бөлімі» мемлекеттік мекемесі, кенттер мен ауылдық округтер әкімдерінің аппараттары",
            "Государственное учреждение «Отдел образования Кокпектинского района», аппараты акимов посёлков и сельских округов",
            "Kokpekti District Education Department (a state institution) and the offices of the akims of settlements and rural districts",
        ),
        recipients: Text::new(
            "Жеке тұлғалар – мектепке дейінгі (7 жасқа дейінгі) жастағы балалардың ата-аналары немесе өзге заңды өкілдері",
            "Физические лица – родители или иные законные представители детей дошкольного возраста (до 7 лет)",
            "Parents or other legal representatives of children of preschool age (under 7)",
        ),
        territory: Text::new(
            "Шығыс Қазақстан облысы, Көкпекті ауданы",
            "Кокпектинский район Восточно-Казахстанской области",
            "Kokpekti district, East Kazakhstan region",
        ),
        channels: &[Channel::Portal, Channel::ServiceCentre, Channel::Provider],
        term: THREE_WORKING_DAYS,
        other_terms: &[
            TermNote {
                term: THREE_WORKING_DAYS,
                applies_to: Text::new(
                    "Халыққа қызмет көрсету орталығы арқылы немесе қызмет көрсетушіге тікелей жүгінгенде",
                    "Обращение через центр обслуживания населения или непосредственно к услугодателю",
                    "Applications made at a public service centre or directly to the provider",
                ),
            },
            TermNote {
                term: Term::calendar_days(5),
                applies_to: Text::new(
                    "Жолдаманы мектепке дейінгі ұйымға тапсыру – берілген күннен бастап 5 күн ішінде",
                    "Передача направления в дошкольную организацию – в течение 5 дней со дня выдачи",
                    "Handing the referral to the kindergarten – within 5 days of the date it was issued",
                ),
            },
        ],
        fee: Text::new("Тегін", "Бесплатно", "Free of charge"),
        results: &[
            ResultKind {
                name: Text::new(
                    "Кезекке қою туралы хабарлама (тіркеу журналындағы кезек нөмірі көрсетіледі)",
                    "Уведомление о постановке на очередь (с номером очереди в журнале регистрации)",
                    "Notice that your child is on the waiting list, with the queue number in the register",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Мектепке дейінгі ұйымға жолдама",
                    "Направление в дошкольную организацию",
                    "Referral to a preschool organisation",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Мектепке дейінгі балалар ұйымына жолдама беруден дәлелді бас тарту",
                    "Мотивированный отказ в выдаче направления в детскую дошкольную организацию",
                    "Reasoned refusal to issue a referral to a preschool organisation",
                ),
                term: None,
            },
        ],
        result_form: Text::new(
            "Қызмет көрсетушінің уәкілетті тұлғасының ЭЦҚ-сымен қалыптастырылған электрондық құжат; Орталық арқылы жүгінгенде нәтиже Орталық операторы арқылы беріледі. Өтініштің мәртебесін порталдың «Қызметтер алу тарихы» бөлімінен көруге болады",
            "Электронный документ, сформированный с ЭЦП уполномоченного лица услугодателя; при обращении через ЦОН результат выдаётся через оператора ЦОН. Статус заявки можно проверить в разделе «История получения услуг» на портале",
            "An electronic document signed with the ESP of the provider's authorised officer; if you applied at a service centre, the operator hands it to you. You can follow your application in the «History of services» section of the portal",
        ),
        documents: PASSPORT_DOCUMENTS,
        refusal_grounds: &[
            Text::new(
                "Тұтынушы құжаттарының Стандартта көрсетілген құжаттарға және қызмет көрсету негіздемесіне сәйкес келмеуі",
                "Несоответствие документов потребителя документам, указанным в Стандарте, и основаниям для оказания услуги",
                "Your documents do not match those the Standard requires, or there are no grounds to provide the service",
            ),
            Text::new(
                "Тұтынушының ЭЦҚ түпнұсқалығы расталмауы: тіркеу куәлігінің мерзімі өткен, ол кері қайтарылған немесе сұранымдағы ЖСН куәліктегі ЖСН-ге сәйкес келмейді",
                "Подлинность ЭЦП потребителя не подтверждена: истёк срок регистрационного свидетельства, оно отозвано или ИИН в запросе не совпадает с ИИН в свидетельстве",
                "Your digital signature (ESP) cannot be confirmed: the certificate has expired or been revoked, or the IIN in the request differs from the IIN in the certificate",
            ),
            Text::new(
                "Тұтынушы мәліметтерінің «Жеке тұлғалар» мемлекеттік мәліметтер базасында немесе сенімхат мәліметтерінің бірыңғай нотариалдық ақпараттық жүйеде болмауы",
                "Отсутствие сведений о потребителе в государственной базе данных «Физические лица» или сведений о доверенности в единой нотариальной информационной системе",
                "Your details are not in the state database «Individuals», or the power of attorney is not in the unified notary information system",
            ),
        ],
        legal_basis: &[
            Text::new(
                "Шығыс Қазақстан облысы Көкпекті ауданы әкімдігінің 2012 жылғы 24 желтоқсандағы № 417 қаулысы (Шығыс Қазақстан облысының Әділет департаментінде 2013 жылғы 4 ақпанда № 2869 болып тіркелген; Көкпекті ауданы әкімдігінің 2013 жылғы 13 мамырдағы № 127 қаулысымен күші жойылған)",
                "Постановление акимата Кокпектинского района Восточно-Казахстанской области от 24 декабря 2012 года № 417 (зарегистрировано Департаментом юстиции Восточно-Казахстанской области 4 февраля 2013 года № 2869; утратило силу постановлением акимата Кокпектинского района от 13 мая 2013 года № 127)",
                "Resolution of the Kokpekti district akimat (East Kazakhstan region) No. 417 of 24 December 2012 (registered by the Justice Department of East Kazakhstan region on 4 February 2013, No. 2869; repealed by resolution No. 127 of the Kokpekti district akimat of 13 May 2013)",
            ),
            Text::new(
                "«Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою» мемлекеттік қызмет стандарты, ҚР Үкіметінің 2012 жылғы 31 тамыздағы № 1119 қаулысы",
                "Стандарт государственной услуги «Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации», постановление Правительства РК от 31 августа 2012 года № 1119",
                "State service standard «Putting children of preschool age (under 7) on the waiting list for preschool organisations», Government resolution No. 1119 of 31 August 2012",
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
                "«Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II ҚР Заңының 7-бабының 1-тармағы – электрондық нәтиже қағаз құжатқа тең",
                "Пункт 1 статьи 7 Закона РК от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи» – электронный результат равнозначен документу на бумажном носителе",
                "Law No. 370-II of 7 January 2003 «On electronic document and electronic digital signature», article 7, item 1 – the electronic result has the same force as a paper document",
            ),
        ],
        source: SeedRef {
            seed: "003",
            regulation: Some(3),
            act: Text::new(
                "«Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою» электрондық мемлекеттік қызмет көрсетудің регламенті",
                "Регламент оказания электронной государственной услуги «Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации»",
                "Regulation of the electronic state service «Putting children of preschool age (under 7) on the waiting list for preschool organisations»",
            ),
        },
        notes: &[
            Text::new(
                "Регламент құжаттар тізбесін Стандарттың 11-тармағына сілтейді, тізбенің өзі регламентте жоқ. Туу туралы куәлік, жеке куәлік және кезектен тыс құқықты растайтын құжат кейінгі ұлттық қағидалардан алынды (ҚР БҒМ 2020 жылғы 19 маусымдағы № 254 бұйрығы, 2024 жылғы 31 мамырдағы № 133 бұйрықпен жаңа редакцияда) [дереккөз: gov.kz/services/3042]",
                "Регламент отсылает к пункту 11 Стандарта и перечня документов не содержит. Свидетельство о рождении, удостоверение личности и документ о праве на первоочередное место взяты из последующих национальных правил (приказ МОН РК от 19 июня 2020 года № 254 в редакции приказа от 31 мая 2024 года № 133) [источник: gov.kz/services/3042]",
                "The regulation refers to item 11 of the Standard and does not list the documents itself. The birth certificate, the identity document and the priority document come from the later national rules (order No. 254 of the Ministry of Education and Science of 19 June 2020, in the wording of order No. 133 of 31 May 2024) [source: gov.kz/services/3042]",
            ),
            Text::new(
                "Қызметтің тегін екені кейінгі ұлттық стандарттан алынды; регламенттің өзінде ақы туралы ештеңе айтылмаған [дереккөз: m.egov.kz, 037pass_mon]",
                "Бесплатность услуги взята из последующего национального стандарта; сам регламент о плате не говорит [источник: m.egov.kz, 037pass_mon]",
                "That the service is free comes from the later national standard; the regulation itself says nothing about a fee [source: m.egov.kz, 037pass_mon]",
            ),
            Text::new(
                "Регламентте құжаттарды қабылдау күнінің мерзімге кіретін-кірмейтіні айтылмаған; 3 жұмыс күні – 2-қосымшадағы «тұтынушының нәтижені алуы» қадамының мерзімі. Жолдама үлгісіндегі «5 күн» бірлігі көрсетілмеген, күнтізбелік күн деп оқылды (?)",
                "Регламент не говорит, входит ли день приёма документов в срок; 3 рабочих дня – срок шага «получение потребителем результата» в приложении 2. В образце направления единица «5 дней» не уточнена, прочитано как календарные дни (?)",
                "The regulation does not say whether the day the documents are accepted counts; the 3 working days are the time given for the step «the consumer receives the result» in Appendix 2. The referral template's «5 days» does not say what kind of days; read here as calendar days (?)",
            ),
            Text::new(
                "Регламент қашан кезекке қою туралы хабарлама, қашан жолдама берілетінін айтпайды: хабарлама кезекке қойғанда, жолдама орын бөлінгенде беріледі деп түсінілді (?)",
                "Регламент не говорит, когда выдаётся уведомление о постановке на очередь, а когда направление: понято так, что уведомление – при постановке на очередь, направление – при выделении места (?)",
                "The regulation does not say when the result is the queue notice and when it is the referral; read here as the notice when the child is put on the list and the referral when a place is allocated (?)",
            ),
            Text::new(
                "Қызмет көрсетушілердің қатарында кенттер мен ауылдық округтер әкімдерінің аппараттары аталғанымен, барлық шығыс құжат үлгілеріне Көкпекті ауданының білім беру бөлімінің бастығы немесе маманы қол қояды (?)",
                "Хотя среди услугодателей названы аппараты акимов посёлков и сельских округов, все образцы выходных документов подписывает начальник или специалист отдела образования Кокпектинского района (?)",
                "Although the offices of the akims of settlements and rural districts are named as providers, every output template is signed by the head or a specialist of the Kokpekti District Education Department (?)",
            ),
            Text::new(
                "Кезекте тұрған тұтынушы өз кезегінің жылжуын бөлімнің (әкімдіктің) жұмыс кестесіне сәйкес, сондай-ақ электрондық портал арқылы бақылай алады",
                "Потребитель, стоящий в очереди, может следить за продвижением своей очереди по графику работы отдела (акимата), а также через электронный портал",
                "While your child is on the waiting list, you can follow the queue position during the department's (akimat's) opening hours or on the portal",
            ),
            Text::new(
                "Кейінгі өзгерістер: қазіргі атауында балалардың жасы «6 жасқа дейін» деп көрсетілген; мерзімі 30 минут; 2022 жылғы 18 қарашадан бастап бала туу тіркелгенде «бір өтініш» қағидаты бойынша кезекке автоматты түрде қойылады [дереккөз: m.egov.kz 037pass_mon; zakon.kz 6377275]",
                "Последующие изменения: нынешнее название – «Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в дошкольные организации»; срок 30 минут; с 18 ноября 2022 года ребёнок ставится на очередь автоматически при регистрации рождения по принципу «одного заявления» [источник: m.egov.kz 037pass_mon; zakon.kz 6377275]",
                "Later changes: the service is now called «Putting children of preschool age (under 6) on the waiting list for preschool organisations»; the term is 30 minutes; since 18 November 2022 a child is put on the list automatically when the birth is registered, under the «one application» principle [source: m.egov.kz 037pass_mon; zakon.kz 6377275]",
            ),
            Text::new(
                "Қаулының күші 2013 жылғы 13 мамырда Көкпекті ауданы әкімдігінің № 127 қаулысымен жойылған. Қолданылу басталған күн – қаулының Әділет департаментінде тіркелген күні",
                "Постановление утратило силу 13 мая 2013 года (постановление акимата Кокпектинского района № 127). Дата начала – дата регистрации постановления в Департаменте юстиции",
                "The resolution was repealed on 13 May 2013 by resolution No. 127 of the Kokpekti district akimat. The start date is the date the resolution was registered by the Justice Department",
            ),
            Text::new(
                "Регламентте сұраным нысанының өрістері жоқ. Баланың ЖСН-і, аты-жөні мен туған күні кейінгі ұлттық қағидалардан алынды [дереккөз: m.egov.kz 037pass_mon]; байланыс телефоны – 2013 жылғы тәжірибеден [дереккөз: jezkazgan.gov.kz/en/1369.html]; жеңілдік санаттары – egov.kz мақаласынан (26.05.2020) және gov.kz/services/3042-дегі жұмыс орнынан анықтамалардан; балаға кім болатыны, қалаған елді мекен мен балабақшалар – egov.kz тәжірибесінен (?). Баланың үйінің мекенжайы – 3-қосымшадағы жолдама үлгісінен",
                "В регламенте нет полей формы запроса. ИИН, ФИО и дата рождения ребёнка взяты из последующих национальных правил [источник: m.egov.kz 037pass_mon]; контактный телефон – из практики 2013 года [источник: jezkazgan.gov.kz/en/1369.html]; льготные категории – из статьи egov.kz (26.05.2020) и справок с места работы на gov.kz/services/3042; кем заявитель приходится ребёнку, желаемый населённый пункт и детские сады – из практики egov.kz (?). Домашний адрес ребёнка – из образца направления в приложении 3",
                "The regulation lists no request fields. The child's IIN, name and date of birth come from the later national rules [source: m.egov.kz 037pass_mon]; the contact phone from 2013 practice [source: jezkazgan.gov.kz/en/1369.html]; the priority groups from the egov.kz article (26 May 2020) and the workplace certificates on gov.kz/services/3042; your relationship to the child and the preferred area and kindergartens from egov.kz practice (?). The child's home address comes from the referral template in Appendix 3",
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
