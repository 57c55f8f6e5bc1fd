//! S10 — «Мемлекеттік тұрғын үй қорынан тұрғын үйге немесе жеке тұрғын үй қорынан жергілікті
//! атқарушы орган жалдаған тұрғын үйге мұқтаж азаматтарды есепке қою және олардың кезегі»
//! (registration and queue of citizens in need of housing).
//!
//! Seed 003, regulation 7: Kokpekti district akimat resolution N 417 of 24.12.2012. Three channels
//! (provider, service centre, portal), 30 calendar days in each (Appendix 1); the result is a
//! notification of registration with a queue number, or of refusal (Appendix 3). The regulation
//! lists no documents (it points to item 11 of the Standard) and has no application template: the
//! form asks what the notification shows (family, category) and what the later standard checks
//! (where the family lives now, income for the income-tested categories), with the documents that
//! prove each category.

use crate::definition::*;
use crate::lang::Text;

const PASSPORT_DOCUMENTS: &[PassportDocument] = &[
    PassportDocument {
        name: Text::new(
            "Есепке қою туралы өтініш (сұраныс)",
            "Заявление (запрос) о постановке на учет",
            "An application to be put on the housing list",
        ),
        channels: &[],
        note: Some(Text::new(
            "Регламентте өтініш үлгісі жоқ. Порталда – ЭЦҚ-мен қол қойылған электрондық сұраныс; ХҚКО-да оператор, қызмет берушіде қызметкер толтырып, өз ЭЦҚ-мен куәландырады",
            "Образца заявления в регламенте нет. На портале – электронный запрос, подписанный ЭЦП; в ЦОН его заполняет оператор, у услугодателя – сотрудник, и удостоверяет своей ЭЦП",
            "The regulation has no application template. On the portal, an electronic request signed with your digital signature (ESP); at a service centre the operator, and at the provider's office a member of staff, fills it in and signs it with their own ESP",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Мемлекеттік қызмет стандартының 11-тармағында көрсетілген құжаттар",
            "Документы, указанные в пункте 11 стандарта государственной услуги",
            "The documents listed in item 11 of the state service standard",
        ),
        channels: &[],
        note: Some(Text::new(
            "Регламент тізбені келтірмейді. Порталда электрондық көшірмелері тіркеледі; ХҚКО-да және қызмет берушіде қағаз түрінде ұсынылып, сканерленеді",
            "Регламент перечень не приводит. На портале прикрепляются электронные копии; в ЦОН и у услугодателя представляются на бумаге и сканируются",
            "The regulation does not list them. On the portal you attach electronic copies; at a service centre or the provider's office you bring paper documents and they are scanned",
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
            "«Жеке тұлғалар» мемлекеттік деректер базасынан «электрондық үкімет» шлюзі арқылы алынады",
            "Получаются из государственной базы данных «Физические лица» через шлюз «электронного правительства»",
            "Obtained from the state database «Individuals» through the e-government gateway",
        )),
        from_state_systems: true,
    },
    PassportDocument {
        name: Text::new(
            "Өкілдің нотариат куәландырған сенімхаты",
            "Нотариально удостоверенная доверенность представителя",
            "A notarised power of attorney, when a representative applies for you",
        ),
        channels: &[Channel::ServiceCentre],
        note: Some(Text::new(
            "Деректері бірыңғай нотариалдық ақпараттық жүйеден алынады; сенімхат басқаша куәландырылса, оның деректері толтырылмайды",
            "Сведения получаются из единой нотариальной информационной системы; если доверенность удостоверена иначе, её сведения не заполняются",
            "Its details are obtained from the unified notarial information system; if the power of attorney was certified another way, its details are not entered",
        )),
        from_state_systems: true,
    },
];

const YES_NO: &[ChoiceOption] = &[
    ChoiceOption { value: "yes", label: Text::new("Иә", "Да", "Yes"), hint: None },
    ChoiceOption { value: "no", label: Text::new("Жоқ", "Нет", "No"), hint: None },
];

const RELATIONS: &[ChoiceOption] = &[
    ChoiceOption {
        value: "spouse", label: Text::new("Жұбайы", "Супруг(а)", "Husband or wife"), hint: None
    },
    ChoiceOption { value: "child", label: Text::new("Баласы", "Ребёнок", "Child"), hint: None },
    ChoiceOption { value: "parent", label: Text::new("Ата-анасы", "Родитель", "Parent"), hint: None },
    ChoiceOption {
        value: "other",
        label: Text::new("Басқа туысы", "Другой родственник", "Other relative"),
        hint: None,
    },
];

/// The categories of citizens entitled to housing from the state fund (Law «On housing relations»,
/// art. 68, as the later standards list them).
const CATEGORIES: &[ChoiceOption] = &[
    ChoiceOption {
        value: "war-veterans",
        label: Text::new(
            "Ұлы Отан соғысының қатысушылары мен мүгедектері және оларға теңестірілген адамдар",
            "Участники и инвалиды Великой Отечественной войны и лица, приравненные к ним",
            "Veterans and disabled veterans of the Great Patriotic War, and people treated as equal to them",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "disabled",
        label: Text::new(
            "Бірінші және екінші топтағы мүгедектігі бар адамдар",
            "Лица с инвалидностью первой и второй групп",
            "People with a group 1 or group 2 disability",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "disabled-children",
        label: Text::new(
            "Мүгедектігі бар балалары бар немесе оларды тәрбиелеп отырған отбасылар",
            "Семьи, имеющие или воспитывающие детей с инвалидностью",
            "Families who have or are bringing up a disabled child",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "chronic-illness",
        label: Text::new(
            "Кейбір созылмалы аурулардың ауыр түрлерімен ауыратын адамдар",
            "Лица, страдающие тяжёлыми формами некоторых хронических заболеваний",
            "People with severe forms of certain chronic diseases",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "pensioners",
        label: Text::new("Жасына байланысты зейнеткерлер", "Пенсионеры по возрасту", "Old-age pensioners"),
        hint: None,
    },
    ChoiceOption {
        value: "orphans",
        label: Text::new(
            "Жетім балалар және ата-анасының қамқорлығынсыз қалған балалар",
            "Дети-сироты и дети, оставшиеся без попечения родителей",
            "Orphans and children left without parental care",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "kandas",
        label: Text::new("Қандастар", "Кандасы", "Kandases (ethnic Kazakhs who have returned)"),
        hint: None,
    },
    ChoiceOption {
        value: "disaster",
        label: Text::new(
            "Экологиялық апаттар, табиғи және техногендік сипаттағы төтенше жағдайлар салдарынан тұрғын үйінен айырылған адамдар",
            "Лица, лишившиеся жилища в результате экологических бедствий, чрезвычайных ситуаций природного и техногенного характера",
            "People who lost their home in an environmental disaster or a natural or man-made emergency",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "large-family",
        label: Text::new("Көп балалы отбасылар", "Многодетные семьи", "Large families"),
        hint: None,
    },
    ChoiceOption {
        value: "fallen-families",
        label: Text::new(
            "Мемлекеттік немесе қоғамдық міндеттерін, әскери қызметін атқару кезінде қаза тапқан адамдардың отбасылары",
            "Семьи лиц, погибших при исполнении государственных или общественных обязанностей, воинской службы",
            "Families of people who died carrying out state or public duties or military service",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "single-parent",
        label: Text::new("Толық емес отбасылар", "Неполные семьи", "Single-parent families"),
        hint: None,
    },
    ChoiceOption {
        value: "civil-servants",
        label: Text::new(
            "Мемлекеттік қызметшілер, бюджеттік ұйымдардың қызметкерлері, әскери қызметшілер, мемлекеттік сайланбалы лауазымдарды атқаратын адамдар",
            "Государственные служащие, работники бюджетных организаций, военнослужащие, лица, занимающие государственные выборные должности",
            "Civil servants, employees of budget-funded organisations, military personnel and people holding elected state office",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "emergency-housing",
        label: Text::new(
            "Жалғыз тұрғын үйі апатты деп танылған азаматтар",
            "Граждане, единственное жилище которых признано аварийным",
            "Citizens whose only home has been declared unsafe",
        ),
        hint: None,
    },
];

const HOUSING_SITUATIONS: &[ChoiceOption] = &[
    ChoiceOption {
        value: "rent",
        label: Text::new("Жалға алған тұрғын үйде", "В арендованном жилье", "In a rented home"),
        hint: None,
    },
    ChoiceOption {
        value: "relatives",
        label: Text::new("Туыстарымның үйінде", "У родственников", "With relatives"),
        hint: None,
    },
    ChoiceOption {
        value: "dormitory", label: Text::new("Жатақханада", "В общежитии", "In a hostel"), hint: None
    },
    ChoiceOption {
        value: "service",
        label: Text::new("Қызметтік тұрғын үйде", "В служебном жилье", "In housing that comes with a job"),
        hint: None,
    },
    ChoiceOption {
        value: "own-unsuitable",
        label: Text::new(
            "Өз үйімде, бірақ ол белгіленген талаптарға сай емес",
            "В своём жилье, которое не отвечает установленным требованиям",
            "In my own home, but it does not meet the required standards",
        ),
        hint: Some(Text::new(
            "Мысалы, санитариялық-эпидемиологиялық немесе техникалық талаптарға",
            "Например, санитарно-эпидемиологическим или техническим требованиям",
            "For example, health or building standards",
        )),
    },
    ChoiceOption { value: "other", label: Text::new("Басқа", "Другое", "Somewhere else"), hint: None },
];

/// The socially vulnerable categories, whose family income is checked against a threshold
/// (standards.md 9.2); civil servants and those whose only home is unsafe are not income-tested.
const INCOME_TESTED: Condition = Condition::All(&[
    Condition::NotEquals("category", "civil-servants"),
    Condition::NotEquals("category", "emergency-housing"),
]);

const PAGES: &[Page] = &[
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
                hint: Some(Text::new("Пошта индексін қоса жазыңыз", "Укажите почтовый индекс", "Include the postcode")),
                prefill: Some((DataSource::IndividualsDb, RegistryAttr::Address)),
                autocomplete: Some("street-address"),
                ..Field::new(
                    "applicant_address",
                    Text::new("Тіркелген мекенжайы", "Адрес регистрации", "Registered address"),
                    FieldKind::Text { max: 300, multiline: true },
                    Text::new("Мекенжайыңызды енгізіңіз", "Введите адрес", "Enter your address"),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Хабарландыруда көрсетіледі",
                    "Будет указан в уведомлении",
                    "It will be shown on the notification",
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
                    "Кезектегі өзгерістер туралы хабарлама жібереміз",
                    "Сообщим об изменениях в очереди",
                    "We will tell you about changes in the queue",
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
    Page::new(
        "family-any",
        Text::new(
            "Отбасыңызда сізден басқа адамдар бар ма?",
            "Есть ли в вашей семье кто-то, кроме вас?",
            "Does your family include anyone besides you?",
        ),
        &[Field {
            hint: Some(Text::new(
                "Жұбайыңыз, балаларыңыз және сізбен бірге тұратын басқа отбасы мүшелері",
                "Супруг(а), дети и другие члены семьи, которые живут с вами",
                "Your husband or wife, your children and other family members who live with you",
            )),
            summary_label: Some(Text::new("Отбасы мүшелері", "Члены семьи", "Family members")),
            ..Field::new(
                "family_any",
                Text::new(
                    "Отбасыңызда сізден басқа адамдар бар ма?",
                    "Есть ли в вашей семье кто-то, кроме вас?",
                    "Does your family include anyone besides you?",
                ),
                FieldKind::Choice { options: YES_NO, control: ChoiceControl::Radios },
                Text::new(
                    "Отбасыңызда сізден басқа адамдар бар-жоғын таңдаңыз",
                    "Выберите, есть ли в вашей семье кто-то, кроме вас",
                    "Select whether your family includes anyone besides you",
                ),
            )
        }],
    ),
    Page {
        intro: Some(Text::new(
            "Сізбен бірге есепке алынатын әр отбасы мүшесін көрсетіңіз",
            "Укажите каждого члена семьи, который встаёт на учёт вместе с вами",
            "Add each family member who is to be on the housing list with you",
        )),
        show_if: Some(Condition::Equals("family_any", "yes")),
        repeat: Some(Repeat {
            min: 1,
            max: 15,
            item: Text::new("Отбасы мүшесі {n}", "Член семьи {n}", "Family member {n}"),
            add: Text::new("Тағы отбасы мүшесін қосу", "Добавить ещё члена семьи", "Add another family member"),
        }),
        ..Page::new(
            "family",
            Text::new("Отбасы құрамы", "Состав семьи", "Your family"),
            &[
                Field {
                    summary_label: Some(Text::new("Туыстығы", "Родство", "Relationship")),
                    ..Field::new(
                        "member_relation",
                        Text::new("Сізге кім болады?", "Кем приходится вам?", "Their relationship to you"),
                        FieldKind::Choice { options: RELATIONS, control: ChoiceControl::Radios },
                        Text::new(
                            "Отбасы мүшесі сізге кім болатынын таңдаңыз",
                            "Выберите, кем вам приходится член семьи",
                            "Select the family member's relationship to you",
                        ),
                    )
                },
                Field {
                    summary_label: Some(Text::new("Аты-жөні", "ФИО", "Name")),
                    ..Field::new(
                        "member_name",
                        Text::new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество", "Full name"),
                        FieldKind::PersonName { max: 150 },
                        Text::new(
                            "Отбасы мүшесінің тегін, атын және әкесінің атын енгізіңіз",
                            "Введите фамилию, имя и отчество члена семьи",
                            "Enter the family member's full name",
                        ),
                    )
                },
                Field {
                    rule: Some(Rule::NotApplicantIin {
                        message: Text::new(
                            "Отбасы мүшесінің ЖСН-і сіздің ЖСН-іңізден өзгеше болуы керек",
                            "ИИН члена семьи не может совпадать с вашим",
                            "The family member's IIN must be different from yours",
                        ),
                    }),
                    ..Field::new(
                        "member_iin",
                        Text::new("ЖСН", "ИИН", "IIN"),
                        FieldKind::Iin,
                        Text::new(
                            "Отбасы мүшесінің ЖСН енгізіңіз",
                            "Введите ИИН члена семьи",
                            "Enter the family member's IIN",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new("Мысалы, 27 3 2012", "Например, 27 3 2012", "For example, 27 3 2012")),
                    rule: Some(Rule::MatchesIinBirthDate {
                        iin_field: "member_iin",
                        message: Text::new(
                            "Туған күні ЖСН-дегі туған күнмен сәйкес келмейді – екеуін де тексеріңіз",
                            "Дата рождения не совпадает с датой в ИИН – проверьте оба значения",
                            "The date of birth does not match the IIN – check both",
                        ),
                    }),
                    ..Field::new(
                        "member_birth_date",
                        Text::new("Туған күні", "Дата рождения", "Date of birth"),
                        FieldKind::Date { not_future: true },
                        Text::new(
                            "Отбасы мүшесінің туған күнін енгізіңіз",
                            "Введите дату рождения члена семьи",
                            "Enter the family member's date of birth",
                        ),
                    )
                },
            ],
        )
    },
    Page::new(
        "category",
        Text::new(
            "Қай санат бойынша есепке тұрасыз?",
            "По какой категории вы встаёте на учёт?",
            "Which category are you applying under?",
        ),
        &[Field {
            hint: Some(Text::new(
                "«Тұрғын үй қатынастары туралы» Заңда белгіленген санаттар. Санатыңызды растайтын құжаттар келесі қадамда сұралуы мүмкін",
                "Категории, установленные Законом «О жилищных отношениях». Документы, подтверждающие категорию, могут понадобиться дальше",
                "The categories set by the Law «On housing relations». You may need documents that prove your category later on",
            )),
            summary_label: Some(Text::new("Санаты", "Категория", "Category")),
            ..Field::new(
                "category",
                Text::new(
                    "Қай санат бойынша есепке тұрасыз?",
                    "По какой категории вы встаёте на учёт?",
                    "Which category are you applying under?",
                ),
                FieldKind::Choice { options: CATEGORIES, control: ChoiceControl::Select },
                Text::new("Санатты таңдаңыз", "Выберите категорию", "Select a category"),
            )
        }],
    ),
    Page::new(
        "housing",
        Text::new("Қазір қайда тұрасыз?", "Где вы живёте сейчас?", "Where do you live now?"),
        &[Field {
            summary_label: Some(Text::new("Қазір қайда тұрады", "Где живёт сейчас", "Current housing")),
            ..Field::new(
                "housing_situation",
                Text::new("Қазір қайда тұрасыз?", "Где вы живёте сейчас?", "Where do you live now?"),
                FieldKind::Choice { options: HOUSING_SITUATIONS, control: ChoiceControl::Radios },
                Text::new(
                    "Қазір қайда тұратыныңызды таңдаңыз",
                    "Выберите, где вы живёте сейчас",
                    "Select where you live now",
                ),
            )
        }],
    ),
    Page {
        show_if: Some(INCOME_TESTED),
        ..Page::new(
            "income",
            Text::new(
                "Отбасыңыздың соңғы 12 айдағы жиынтық табысы қанша?",
                "Каков совокупный доход вашей семьи за последние 12 месяцев?",
                "What was your family's total income over the last 12 months?",
            ),
            &[Field {
                hint: Some(Text::new(
                    "Барлық отбасы мүшелерінің табысы, теңгемен. Жалақы мен зейнетақы мемлекеттік деректер базаларында тексеріледі",
                    "Доходы всех членов семьи в тенге. Заработная плата и пенсии проверяются по государственным базам данных",
                    "The income of everyone in your family, in tenge. We check salaries and pensions in state databases",
                )),
                summary_label: Some(Text::new(
                    "Отбасының 12 айлық табысы",
                    "Доход семьи за 12 месяцев",
                    "Family income, 12 months",
                )),
                width: Some("10"),
                ..Field::new(
                    "family_income",
                    Text::new(
                        "Отбасыңыздың соңғы 12 айдағы жиынтық табысы қанша?",
                        "Каков совокупный доход вашей семьи за последние 12 месяцев?",
                        "What was your family's total income over the last 12 months?",
                    ),
                    FieldKind::Money { max_tenge: 1_000_000_000 },
                    Text::new(
                        "Отбасыңыздың соңғы 12 айдағы табысын енгізіңіз",
                        "Введите доход семьи за последние 12 месяцев",
                        "Enter your family's income over the last 12 months",
                    ),
                )
            }],
        )
    },
];

const EVERY_CHANNEL: &[Channel] = &Channel::ALL;

/// A slot required when the applicant chose `category`.
const fn category_proof(id: &'static str, category: &'static str, name: Text, hint: Option<Text>) -> DocumentSlot {
    DocumentSlot {
        id,
        name,
        hint,
        requirement: Requirement::When(Condition::Equals("category", category)),
        channels: EVERY_CHANNEL,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    }
}

const DOCUMENTS: &[DocumentSlot] = &[
    category_proof(
        "veteran-certificate",
        "war-veterans",
        Text::new(
            "Ұлы Отан соғысының қатысушысы, мүгедегі немесе оларға теңестірілген адамның куәлігі",
            "Удостоверение участника, инвалида Великой Отечественной войны или лица, приравненного к ним",
            "Certificate of a veteran or disabled veteran of the Great Patriotic War, or of a person treated as equal to them",
        ),
        None,
    ),
    DocumentSlot {
        id: "disability-certificate",
        name: Text::new("Мүгедектігі туралы анықтама", "Справка об инвалидности", "Certificate of disability"),
        hint: Some(Text::new(
            "Порталда сұралмайды – мәліметтер еңбек және халықты әлеуметтік қорғау органдарының деректер базасынан алынады",
            "На портале не запрашивается – сведения получаются из базы данных органов труда и социальной защиты населения",
            "Not asked for on the portal: we get it from the labour and social protection database",
        )),
        requirement: Requirement::When(Condition::Any(&[
            Condition::Equals("category", "disabled"),
            Condition::Equals("category", "disabled-children"),
        ])),
        channels: &[Channel::ServiceCentre, Channel::Provider],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    },
    category_proof(
        "medical-conclusion",
        "chronic-illness",
        Text::new(
            "Дәрігерлік-консультациялық комиссияның ауру туралы қорытындысы",
            "Заключение врачебно-консультационной комиссии о заболевании",
            "A medical advisory board's report on the disease",
        ),
        None,
    ),
    category_proof(
        "orphan-status",
        "orphans",
        Text::new(
            "Жетім бала немесе ата-анасының қамқорлығынсыз қалған бала мәртебесін растайтын құжат",
            "Документ, подтверждающий статус ребёнка-сироты или ребёнка, оставшегося без попечения родителей",
            "A document confirming status as an orphan or a child left without parental care",
        ),
        Some(Text::new(
            "Мысалы, ата-ананың қайтыс болуы туралы куәліктер немесе сот шешімі",
            "Например, свидетельства о смерти родителей или решение суда",
            "For example, the parents' death certificates or a court decision",
        )),
    ),
    category_proof(
        "kandas-certificate",
        "kandas",
        Text::new("Қандас куәлігі", "Удостоверение кандаса", "Kandas certificate"),
        None,
    ),
    category_proof(
        "disaster-proof",
        "disaster",
        Text::new(
            "Тұрғын үйдің төтенше жағдай салдарынан жоғалғанын растайтын құжат",
            "Документ, подтверждающий утрату жилища в результате чрезвычайной ситуации",
            "A document confirming the home was lost in an emergency",
        ),
        None,
    ),
    category_proof(
        "fallen-family-proof",
        "fallen-families",
        Text::new(
            "Отбасы мүшесінің міндеттерін атқару кезінде қаза тапқанын растайтын құжат",
            "Документ, подтверждающий гибель члена семьи при исполнении обязанностей",
            "A document confirming that a family member died carrying out their duties",
        ),
        None,
    ),
    category_proof(
        "employment-certificate",
        "civil-servants",
        Text::new("Жұмыс орнынан анықтама", "Справка с места работы", "A letter from your employer"),
        Some(Text::new(
            "Лауазымыңыз бен жұмыс өтіліңіз көрсетілген",
            "С указанием должности и стажа работы",
            "Showing your job and how long you have worked there",
        )),
    ),
    category_proof(
        "unsafe-housing",
        "emergency-housing",
        Text::new(
            "Тұрғын үйді апатты деп тану туралы құжат",
            "Документ о признании жилища аварийным",
            "A document declaring the home unsafe",
        ),
        None,
    ),
    DocumentSlot {
        id: "unsuitable-housing",
        name: Text::new(
            "Тұрғын үйдің белгіленген талаптарға сай еместігі туралы анықтама",
            "Справка о несоответствии жилища установленным требованиям",
            "A certificate that your home does not meet the required standards",
        ),
        hint: Some(Text::new(
            "Санитариялық-эпидемиологиялық немесе техникалық талаптарға",
            "Санитарно-эпидемиологическим или техническим требованиям",
            "Health or building standards",
        )),
        requirement: Requirement::When(Condition::Equals("housing_situation", "own-unsuitable")),
        channels: EVERY_CHANNEL,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    },
    DocumentSlot {
        id: "income-certificates",
        name: Text::new(
            "Отбасы мүшелерінің соңғы 12 айдағы табысы туралы анықтамалар (міндетті емес)",
            "Справки о доходах членов семьи за последние 12 месяцев (необязательно)",
            "Proof of family members' income over the last 12 months (optional)",
        ),
        hint: Some(Text::new(
            "Мемлекеттік деректер базаларында жоқ табыс үшін, мысалы, алимент немесе кәсіпкерлік табыс",
            "Для доходов, которых нет в государственных базах данных, например алиментов или дохода от предпринимательства",
            "For income that state databases do not hold, such as maintenance payments or business income",
        )),
        requirement: Requirement::OptionalWhen(INCOME_TESTED),
        channels: EVERY_CHANNEL,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 15,
    },
    DocumentSlot {
        id: "children-birth-certificates",
        name: Text::new(
            "2007 жылғы 13 тамызға дейін туған балалардың туу туралы куәліктері",
            "Свидетельства о рождении детей, родившихся до 13 августа 2007 года",
            "Birth certificates of children born before 13 August 2007",
        ),
        hint: Some(Text::new(
            "Кейін туған балалардың туу туралы мәліметтері АХАТ ақпараттық жүйесінен алынады",
            "Сведения о рождении детей, родившихся позже, получаются из ИС ЗАГС",
            "We get later births from the civil registry",
        )),
        requirement: Requirement::When(Condition::AnyItem(
            "family",
            &Condition::All(&[
                Condition::Equals("member_relation", "child"),
                Condition::BornBefore("member_birth_date", "2007-08-13"),
            ]),
        )),
        channels: EVERY_CHANNEL,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 10,
    },
    DocumentSlot {
        id: "civil-status",
        name: Text::new(
            "Неке (ажырасу) және қайтыс болу туралы куәліктер (міндетті емес)",
            "Свидетельства о браке (расторжении брака) и смерти (необязательно)",
            "Marriage, divorce and death certificates (optional)",
        ),
        hint: Some(Text::new(
            "Шетелде тіркелсе немесе неке (ажырасу) 2008 жылғы 1 маусымға дейін, қайтыс болу 2007 жылғы 13 тамызға дейін тіркелсе ғана – кейінгілері АХАТ ақпараттық жүйесінен алынады",
            "Только если они зарегистрированы за границей или брак (развод) до 1 июня 2008 года, смерть до 13 августа 2007 года – более поздние получаются из ИС ЗАГС",
            "Only if registered abroad, or a marriage or divorce before 1 June 2008 or a death before 13 August 2007 – we get later ones from the civil registry",
        )),
        requirement: Requirement::Optional,
        channels: EVERY_CHANNEL,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 15,
    },
    DocumentSlot {
        id: "identity",
        name: Text::new("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", "Identity document"),
        hint: Some(Text::new(
            "Түпнұсқасы тексеріліп, қайтарылады",
            "Оригинал сверяется и возвращается",
            "The original is checked and given back",
        )),
        requirement: Requirement::Always,
        channels: &[Channel::ServiceCentre, Channel::Provider],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 4,
    },
];

const PORTAL: &[Channel] = &[Channel::Portal];
const CENTRE: &[Channel] = &[Channel::ServiceCentre];
const PROVIDER: &[Channel] = &[Channel::Provider];

/// Appendix 1, tables 1 (the provider), 2 (the Centre) and 3 (the portal). Steps the regulation
/// times in seconds are rounded up to whole minutes; the regulation sets one term of 30 calendar
/// days for examining the application and issuing the notification, and names the housing
/// commission only in the notification.
const STEPS: &[ProcessStep] = &[
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Қызмет берушінің қызметкері ЖСН мен пароль арқылы «электрондық үкіметтің» аймақтық шлюзінің жұмыс орнына кіреді",
            "Сотрудник услугодателя входит в АРМ регионального шлюза «электронного правительства» по ИИН и паролю",
            "A member of the provider's staff signs in to the regional e-government gateway workstation with IIN and password",
        ),
        term: Term::minutes(1),
        channels: PROVIDER,
    },
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Қызметті таңдап, өтініш берушінің деректерін енгізеді",
            "Выбирает услугу и вводит данные заявителя",
            "Chooses the service and enters the applicant's details",
        ),
        term: Term::minutes(1),
        channels: PROVIDER,
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "«Жеке тұлғалар» мемлекеттік деректер базасына сұрау жіберіледі; деректер болмаса, оларды алу мүмкін еместігі туралы хабарлама шығады",
            "Направляется запрос в ГБД «Физические лица»; если данных нет, формируется сообщение о невозможности их получения",
            "The State database «Individuals» is queried; if the data are missing, a message says they cannot be obtained",
        ),
        term: Term::minutes(2),
        channels: PROVIDER,
    },
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Құжаттардың қағаз түрінде ұсынылғанын белгілейді, оларды сканерлеп тіркейді және сұранысқа ЭЦҚ-мен қол қояды",
            "Отмечает представление документов на бумаге, сканирует и прикрепляет их и подписывает запрос ЭЦП",
            "Records that paper documents were presented, scans and attaches them and signs the request with the ESP",
        ),
        term: Term::minutes(1),
        channels: PROVIDER,
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Орталық операторы логин мен пароль арқылы ХҚКО ақпараттық жүйесіне кіреді",
            "Оператор Центра входит в информационную систему ЦОН по логину и паролю",
            "The Centre operator signs in to the service centre information system with login and password",
        ),
        term: Term::minutes(1),
        channels: CENTRE,
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Қызметті таңдап, өтініш берушінің деректерін және нотариат куәландырған сенімхат болса, өкілдің деректерін енгізеді",
            "Выбирает услугу, вводит данные заявителя и, если доверенность нотариально удостоверена, данные представителя",
            "Chooses the service and enters the applicant's details and, for a notarised power of attorney, the representative's details",
        ),
        term: Term::minutes(1),
        channels: CENTRE,
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "«Жеке тұлғалар» мемлекеттік деректер базасына және бірыңғай нотариалдық ақпараттық жүйеге сұрау жіберіледі; деректер болмаса, оларды алу мүмкін еместігі туралы хабарлама шығады",
            "Направляется запрос в ГБД «Физические лица» и единую нотариальную информационную систему; если данных нет, формируется сообщение о невозможности их получения",
            "The State database «Individuals» and the notarial information system are queried; if the data are missing, a message says they cannot be obtained",
        ),
        term: Term::minutes(2),
        channels: CENTRE,
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Құжаттардың қағаз түрінде ұсынылғанын белгілейді, оларды сканерлеп тіркейді және сұранысқа өз ЭЦҚ-мен қол қояды",
            "Отмечает представление документов на бумаге, сканирует и прикрепляет их и подписывает запрос своей ЭЦП",
            "Records that paper documents were presented, scans and attaches them and signs the request with their own ESP",
        ),
        term: Term::minutes(1),
        channels: CENTRE,
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Сұранысты «электрондық үкімет» шлюзі арқылы қызмет берушіге жібереді",
            "Направляет запрос услугодателю через шлюз «электронного правительства»",
            "Sends the request to the provider through the e-government gateway",
        ),
        term: Term::minutes(1),
        channels: CENTRE,
    },
    ProcessStep {
        actor: Actor::Applicant,
        action: Text::new(
            "Порталда ЖСН мен пароль арқылы авторизациядан өтеді",
            "Проходит авторизацию на портале по ИИН и паролю",
            "Signs in to the portal with IIN and password",
        ),
        term: Term::minutes(1),
        channels: PORTAL,
    },
    ProcessStep {
        actor: Actor::Applicant,
        action: Text::new(
            "Қызметті таңдап, сұраныс нысанын толтырады, құжаттардың электрондық көшірмелерін тіркейді және ЭЦҚ тіркеу куәлігін таңдайды",
            "Выбирает услугу, заполняет форму запроса, прикрепляет электронные копии документов и выбирает регистрационное свидетельство ЭЦП",
            "Chooses the service, fills in the request form, attaches electronic copies of the documents and chooses an ESP certificate",
        ),
        term: Term::minutes(2),
        channels: PORTAL,
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "Портал ЭЦҚ тіркеу куәлігінің мерзімін, кері қайтарылмағанын және ЖСН сәйкестігін тексереді; ЭЦҚ расталмаса, қызметті қабылдамау туралы хабарлама шығарады",
            "Портал проверяет срок действия регистрационного свидетельства ЭЦП, его отсутствие в списке отозванных и совпадение ИИН; если ЭЦП не подтверждена, формирует уведомление о непринятии услуги",
            "The portal checks that the ESP certificate is in date, not revoked and carries the same IIN; if it is not confirmed, it refuses the request with a message",
        ),
        term: Term::minutes(2),
        channels: PORTAL,
    },
    ProcessStep {
        actor: Actor::Applicant,
        action: Text::new(
            "Сұранысқа ЭЦҚ-мен қол қойып, оны қызмет берушіге жібереді",
            "Подписывает запрос ЭЦП и направляет его услугодателю",
            "Signs the request with the ESP and sends it to the provider",
        ),
        term: Term::minutes(1),
        channels: PORTAL,
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "Сұраныс «электрондық үкіметтің» аймақтық шлюзінде тіркеліп, өтінішке нөмір беріледі",
            "Запрос регистрируется в региональном шлюзе «электронного правительства» с присвоением номера заявки",
            "The request is registered in the regional e-government gateway and given an application number",
        ),
        term: Term::minutes(2),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Specialist,
        action: Text::new(
            "Қызмет беруші құжаттардың стандартқа сәйкестігін және есепке қою негіздерін тексереді; бұзушылық болса, өтінішті дәлелді түрде кері қайтарады, болмаса, оны тұрғын үй комиссиясының қарауына дайындайды (регламент тексеру мен хабарландыру беруге бір ортақ мерзім белгілейді)",
            "Услугодатель проверяет соответствие документов стандарту и основания для постановки на учет; при нарушениях мотивированно возвращает заявление, иначе готовит его к рассмотрению жилищной комиссией (регламент устанавливает один общий срок на проверку и выдачу уведомления)",
            "The provider checks the documents against the standard and the grounds for registration; if something is wrong it returns the application with reasons, otherwise it prepares it for the housing commission (the regulation sets one term for checking and issuing the notification)",
        ),
        term: Term::calendar_days(30),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Head,
        action: Text::new(
            "Тұрғын үй комиссиясы шешім қабылдайды, бөлім бастығы хабарландыруға ЭЦҚ-мен қол қояды – сол 30 күнтізбелік күн ішінде; хабарландыру жеке кабинетке жіберіледі, ХҚКО арқылы өтініш берсеңіз – Орталық операторы арқылы, қызмет берушіге жүгінсеңіз – қызмет берушіден беріледі",
            "Жилищная комиссия принимает решение, начальник отдела подписывает уведомление ЭЦП – в пределах тех же 30 календарных дней; уведомление направляется в личный кабинет, при обращении через ЦОН – выдаётся через оператора Центра, при обращении к услугодателю – у услугодателя",
            "The housing commission decides and the head of the department signs the notification with the ESP, within the same 30 calendar days; it goes to your personal cabinet or, if you applied at a service centre or the provider's office, is handed over there",
        ),
        term: Term::calendar_days(30),
        channels: &[],
    },
];

const HEAD: Text = Text::new(
    "Көкпекті ауданының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімінің бастығы",
    "Начальник отдела жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог Кокпектинского района",
    "Head of the Kokpekti District Department of Housing and Communal Services, Passenger Transport and Roads",
);

const APPLICANT: Text = Text::new(
    "Өтініш берушінің тегі, аты, әкесінің аты, мекенжайы және телефоны",
    "Фамилия, имя, отчество, адрес и телефон заявителя",
    "Applicant's full name, address and phone number",
);

const HEAD_NAME: Text =
    Text::new("Бастықтың тегі, аты, әкесінің аты", "Фамилия, имя, отчество начальника", "Full name of the head");

const EQUAL_TO_PAPER: Text = Text::new(
    "Электрондық құжат қағаз тасығыштағы құжатқа тең («Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II ҚР Заңының 7-бабының 1-тармағы)",
    "Электронный документ равнозначен документу на бумажном носителе (пункт 1 статьи 7 Закона РК от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи»)",
    "The electronic document is equal to a paper one (Article 7(1) of Law No. 370-II of 7 January 2003 «On electronic document and electronic digital signature»)",
);

const BARCODE: Text = Text::new(
    "«Электрондық әкімдік» ақпараттық жүйесінің деректері бар штрих-код",
    "Штрих-код с данными информационной системы «Электронный акимат»",
    "Barcode with the data of the «E-akimat» information system",
);

const OUTPUTS: &[OutputTemplate] = &[
    OutputTemplate {
        result: 0,
        title: Text::new("Хабарландыру", "Уведомление", "Notification"),
        fields: &[
            APPLICANT,
            Text::new(
                "Тұрғын үй комиссиясы шешімінің күні",
                "Дата решения жилищной комиссии",
                "Date of the housing commission's decision",
            ),
            Text::new(
                "Өтініштің нөмірі мен күні (есепке алу осы күннен бастап)",
                "Номер и дата заявления (учёт ведётся с этой даты)",
                "Number and date of the application (you are on the list from this date)",
            ),
            Text::new("Отбасы құрамы, адам", "Состав семьи, человек", "Family size, people"),
            Text::new("Санаты", "Категория", "Category"),
            Text::new(
                "Есепке алу күніндегі кезек нөмірі",
                "Номер очереди на дату постановки на учёт",
                "Queue number on the date of registration",
            ),
            HEAD_NAME,
            EQUAL_TO_PAPER,
            BARCODE,
        ],
        signed_by: HEAD,
    },
    OutputTemplate {
        result: 1,
        title: Text::new("Хабарландыру", "Уведомление", "Notification"),
        fields: &[
            APPLICANT,
            Text::new("Отбасы құрамы, адам", "Состав семьи, человек", "Family size, people"),
            Text::new(
                "Есепке қоюға рұқсат бермеу себебі",
                "Причина отказа в постановке на учёт",
                "Reason for not putting you on the list",
            ),
            Text::new(
                "Шешіммен келіспесеңіз, заңнамада белгіленген тәртіппен шағым беруге болады",
                "При несогласии с решением вы можете подать жалобу в порядке, установленном законодательством",
                "If you disagree with the decision, you can complain in the way the law sets out",
            ),
            HEAD_NAME,
            EQUAL_TO_PAPER,
            BARCODE,
        ],
        signed_by: HEAD,
    },
];

/// The housing list: registration and queue of citizens in need of housing, version 1.
pub static HOUSING_QUEUE_V1: ServiceDefinition = ServiceDefinition {
    slug: "housing-queue",
    version: 1,
    valid_from: "2013-02-04",
    valid_to: None,
    passport: Passport {
        name: Text::new(
            "Мемлекеттік тұрғын үй қорынан тұрғын үйге немесе жеке тұрғын үй қорынан жергілікті атқарушы орган жалдаған тұрғын үйге мұқтаж азаматтарды есепке қою және олардың кезегі",
            "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде",
            "Registration and queue of citizens who need housing from the state housing fund or housing rented by the local authority from the private housing fund",
        ),
        summary: Text::new(
            "Мемлекеттік тұрғын үй қорынан немесе жергілікті атқарушы орган жеке тұрғын үй қорынан жалдаған тұрғын үйге мұқтаж азаматтар есепке алынып, кезекке қойылады. Тұрғын үй комиссиясы шешім қабылдаған соң кезек нөміріңіз көрсетілген хабарландыру беріледі.",
            "Граждан, нуждающихся в жилище из государственного жилищного фонда или в жилище, арендованном местным исполнительным органом в частном жилищном фонде, ставят на учет и в очередь. После решения жилищной комиссии вы получаете уведомление с номером очереди.",
            "Puts citizens who need housing from the state housing fund, or housing the local authority rents from private owners, on the housing list. After the housing commission decides, you get a notification with your place in the queue.",
        ),
        provider: Text::new(
            "«Көкпекті ауданының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі» мемлекеттік мекемесі",
            "ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог Кокпектинского района»",
            "Kokpekti District Department of Housing and Communal Services, Passenger Transport and Roads",
        ),
        recipients: Text::new(
            "Тұрғын үйге мұқтаж азаматтар (жеке тұлғалар)",
            "Граждане (физические лица), нуждающиеся в жилище",
            "Citizens (individuals) who need housing",
        ),
        territory: Text::new(
            "Шығыс Қазақстан облысы, Көкпекті ауданы",
            "Кокпектинский район Восточно-Казахстанской области",
            "Kokpekti district, East Kazakhstan oblast",
        ),
        channels: &[Channel::Portal, Channel::ServiceCentre, Channel::Provider],
        term: Term::calendar_days(30),
        other_terms: &[
            TermNote {
                term: Term::calendar_days(30),
                applies_to: Text::new(
                    "ХҚКО арқылы өтініш бергенде",
                    "При обращении через ЦОН",
                    "When you apply at a service centre",
                ),
            },
            TermNote {
                term: Term::calendar_days(30),
                applies_to: Text::new(
                    "Қызмет берушіге тікелей жүгінгенде",
                    "При обращении непосредственно к услугодателю",
                    "When you apply at the provider's office",
                ),
            },
        ],
        fee: Text::new("Тегін", "Бесплатно", "Free of charge"),
        results: &[
            ResultKind {
                name: Text::new(
                    "Тұрғын үйге мұқтаж азамат ретінде есепке алынғаны туралы хабарландыру (кезек нөмірі көрсетіледі)",
                    "Уведомление о постановке на учет в качестве нуждающегося в жилище с указанием номера очереди",
                    "Notification that you are on the housing list, with your queue number",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Есепке қоюға рұқсат берілмегені туралы хабарландыру (бас тарту себебі көрсетіледі)",
                    "Уведомление об отказе в постановке на учет с указанием причины",
                    "Notification that you were not put on the housing list, with the reason",
                ),
                term: None,
            },
        ],
        result_form: Text::new(
            "Қызмет берушінің уәкілетті тұлғасының ЭЦҚ-мен қол қойылған электрондық құжат түріндегі хабарландыру: порталда – жеке кабинетте, ХҚКО арқылы өтініш бергенде – Орталық операторы арқылы, қызмет берушіге жүгінгенде – қызмет берушіден беріледі. Өтініштің мәртебесі өзгерген сайын жеке кабинеттің «Хабарландыру» бөлімінде хабар көрсетіледі",
            "Уведомление в форме электронного документа, подписанного ЭЦП уполномоченного лица услугодателя: на портале – в личном кабинете, при обращении через ЦОН – через оператора ЦОН, при обращении к услугодателю – у услугодателя. При каждом изменении статуса заявки в разделе «Уведомления» личного кабинета появляется сообщение",
            "A notification as an electronic document signed with the ESP of the provider's authorised officer: on the portal, in your personal cabinet; at a service centre, from the operator; at the provider's office, from the provider. Each time the status of your application changes, a message appears in the «Notifications» section of your personal cabinet",
        ),
        documents: PASSPORT_DOCUMENTS,
        refusal_grounds: &[
            Text::new(
                "Ұсынылған құжаттардың стандартта көрсетілген құжаттарға сәйкес келмеуі немесе өтініш берушінің деректеріндегі бұзушылықтар (өтініш кері қайтарылады)",
                "Несоответствие представленных документов документам, указанным в стандарте, или нарушения в данных заявителя (заявление возвращается)",
                "The documents you gave do not match those the standard requires, or there are errors in your details (the application is returned)",
            ),
            Text::new(
                "Стандарт бойынша есепке қоюға негіздеменің болмауы (бас тарту себебі хабарландыруда көрсетіледі)",
                "Отсутствие оснований для постановки на учет согласно стандарту (причина указывается в уведомлении)",
                "There are no grounds under the standard to put you on the list (the notification gives the reason)",
            ),
            Text::new(
                "Өтініш берушінің ЭЦҚ-сы расталмауы (тіркеу куәлігінің мерзімі өткен, күші жойылған немесе ондағы ЖСН сұраныстағы ЖСН-мен сәйкес келмейді)",
                "ЭЦП заявителя не подтверждена (срок регистрационного свидетельства истёк, оно отозвано или ИИН в нём не совпадает с ИИН в запросе)",
                "Your digital signature (ESP) cannot be confirmed: its certificate has expired or been revoked, or its IIN does not match the IIN in the request",
            ),
            Text::new(
                "Өтініш берушінің деректері «Жеке тұлғалар» мемлекеттік деректер базасында немесе сенімхат деректері бірыңғай нотариалдық ақпараттық жүйеде болмауы",
                "Отсутствие сведений о заявителе в государственной базе данных «Физические лица» или сведений о доверенности в единой нотариальной информационной системе",
                "Your details are not in the state database «Individuals», or the power of attorney is not in the unified notarial information system",
            ),
        ],
        legal_basis: &[
            Text::new(
                "Шығыс Қазақстан облысы Көкпекті ауданы әкімдігінің 2012 жылғы 24 желтоқсандағы № 417 қаулысы (Шығыс Қазақстан облысының Әділет департаментінде 2013 жылғы 4 ақпанда № 2869 болып тіркелген)",
                "Постановление акимата Кокпектинского района Восточно-Казахстанской области от 24 декабря 2012 года № 417 (зарегистрировано в Департаменте юстиции Восточно-Казахстанской области 4 февраля 2013 года № 2869)",
                "Resolution of the Kokpekti district akimat, East Kazakhstan oblast, No. 417 of 24 December 2012 (registered by the East Kazakhstan Justice Department on 4 February 2013, No. 2869)",
            ),
            Text::new(
                "Мемлекеттік қызмет стандарты, ҚР Үкіметінің 2010 жылғы 8 ақпандағы № 76 қаулысымен бекітілген",
                "Стандарт государственной услуги, утверждённый постановлением Правительства РК от 8 февраля 2010 года № 76",
                "The state service standard approved by Government resolution No. 76 of 8 February 2010",
            ),
            Text::new(
                "«Әкімшілік рәсімдер туралы» 2000 жылғы 27 қарашадағы ҚР Заңы",
                "Закон РК от 27 ноября 2000 года «Об административных процедурах»",
                "Law of 27 November 2000 «On administrative procedures»",
            ),
            Text::new(
                "«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» 2001 жылғы 23 қаңтардағы ҚР Заңы",
                "Закон РК от 23 января 2001 года «О местном государственном управлении и самоуправлении в Республике Казахстан»",
                "Law of 23 January 2001 «On local state administration and self-government in the Republic of Kazakhstan»",
            ),
            Text::new(
                "«Ақпараттандыру туралы» 2007 жылғы 11 қаңтардағы ҚР Заңы",
                "Закон РК от 11 января 2007 года «Об информатизации»",
                "Law of 11 January 2007 «On informatization»",
            ),
            Text::new(
                "«Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II ҚР Заңы",
                "Закон РК от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи»",
                "Law No. 370-II of 7 January 2003 «On electronic document and electronic digital signature»",
            ),
        ],
        source: SeedRef {
            seed: "003",
            regulation: Some(7),
            act: Text::new(
                "«Мемлекеттік тұрғын үй қорынан тұрғын үйге немесе жеке тұрғын үй қорынан жергілікті атқарушы орган жалдаған тұрғын үйге мұқтаж азаматтарды есепке қою және олардың кезегі» электрондық мемлекеттік қызметінің регламенті",
                "Регламент электронной государственной услуги «Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде»",
                "Regulation of the electronic state service «Registration and queue of citizens who need housing from the state housing fund or housing rented by the local authority from the private housing fund»",
            ),
        },
        notes: &[
            Text::new(
                "Регламенттің күші Көкпекті ауданы әкімдігінің 2013 жылғы 13 мамырдағы № 127 қаулысымен жойылған",
                "Регламент утратил силу постановлением акимата Кокпектинского района от 13 мая 2013 года № 127",
                "The regulation was repealed by Kokpekti district akimat resolution No. 127 of 13 May 2013",
            ),
            Text::new(
                "Мерзім: үш арнада да 30 күнтізбелік күн (1-қосымша). Қабылданған күннің мерзімге кіретіні-кірмейтіні регламентте айтылмаған; кейінгі стандарттардың жалпы ережесі бойынша Мемлекеттік корпорацияға жүгінгенде құжаттарды қабылдау күні мерзімге кірмейді [дереккөз: 2014–2020 жылдардағы ұлттық стандарттардың жалпы ережесі, standards.md 11.3]",
                "Срок: 30 календарных дней во всех трёх каналах (приложение 1). Входит ли день приёма в срок, регламент не говорит; по общему правилу последующих стандартов при обращении в Госкорпорацию день приёма документов в срок не входит [источник: общее правило национальных стандартов 2014–2020 годов, standards.md 11.3]",
                "Term: 30 calendar days in all three channels (Appendix 1). The regulation does not say whether the day of acceptance counts; under the general rule of later standards, the day documents are accepted at the State Corporation does not count [source: general rule of the 2014–2020 national standards, standards.md 11.3]",
            ),
            Text::new(
                "Хабарландыру Тұрғын үй комиссиясының шешімі бойынша беріледі: онда шешім күні, өтініштің нөмірі мен күні, отбасы құрамы, санаты және есепке алу күніндегі кезек нөмірі көрсетіледі. Бас тартылса, шешімге заңнамада белгіленген тәртіппен шағым беруге болады",
                "Уведомление выдаётся по решению жилищной комиссии: в нём указываются дата решения, номер и дата заявления, состав семьи, категория и номер очереди на дату постановки на учет. При отказе решение можно обжаловать в порядке, установленном законодательством",
                "The notification follows a decision of the housing commission: it gives the date of the decision, the number and date of your application, the size of your family, your category and your queue number on the day you were registered. If you are refused, you can complain in the way the law sets out",
            ),
            Text::new(
                "Ақысыздығы регламентте емес, кейінгі ұлттық стандартта көрсетілген («мемлекеттік баж алынбайды») [дереккөз: open-almaty.kz]",
                "Бесплатность указана не в регламенте, а в последующем национальном стандарте («государственная пошлина не взимается») [источник: open-almaty.kz]",
                "That the service is free comes from the later national standard («state duty is not paid»), not from the regulation [source: open-almaty.kz]",
            ),
            Text::new(
                "Регламент құжаттарды тізбелемей, 2010 жылғы № 76 стандарттың 11-тармағына сілтейді. 2022 жылға дейін порталда, мысалы, тұрғылықты жерін растайтын құжат, неке (ажырасу) туралы, туу туралы және қайтыс болуы туралы куәліктер (АХАТ ақпараттық жүйесінде болмаса), отбасы мүшелерінің соңғы 12 айдағы табысы, жұмыс орнынан анықтама сұралған [дереккөз: https://open-almaty.kz/en/content/how-get-queue-housing]",
                "Регламент документы не перечисляет и ссылается на пункт 11 стандарта № 76 2010 года. До 2022 года на портале запрашивались, например, подтверждение места жительства, свидетельства о браке (разводе), о рождении и о смерти (если их нет в ИС ЗАГС), доходы членов семьи за 12 месяцев, справка с места работы [источник: https://open-almaty.kz/en/content/how-get-queue-housing]",
                "The regulation does not list the documents; it refers to item 11 of standard No. 76 of 2010. Until 2022 the portal asked, for example, for proof of residence, marriage or divorce, birth and death certificates (where not held by the civil registry), family members' income for 12 months and a letter from the employer [source: https://open-almaty.kz/en/content/how-get-queue-housing]",
            ),
            Text::new(
                "Кейін: 2022 жылғы ақпаннан бастап өтініш тек онлайн беріледі; ҚР Өнеркәсіп және құрылыс министрінің м.а. 2025 жылғы 17 сәуірдегі № 130 бұйрығы (2026 жылғы 30 қаңтардағы өзгерістерімен) бойынша өтініш 1 жұмыс күнінде, жалғыз тұрғын үйі апатты деп танылғандар үшін 3 жұмыс күнінде қаралады [дереккөз: https://www.zakon.kz/pravo/6507024-izmenilis-pravila-postanovki-na-uchet-nuzhdayushchikhsya-v-zhile.html]",
                "Позднее: с февраля 2022 года заявление подаётся только онлайн; по приказу и.о. Министра промышленности и строительства РК от 17 апреля 2025 года № 130 (с изменениями от 30 января 2026 года) заявление рассматривается за 1 рабочий день, для заявителей, чьё единственное жилище признано аварийным, – за 3 рабочих дня [источник: https://www.zakon.kz/pravo/6507024-izmenilis-pravila-postanovki-na-uchet-nuzhdayushchikhsya-v-zhile.html]",
                "Later: since February 2022 applications are online only; under order No. 130 of 17 April 2025 of the acting Minister of Industry and Construction (as amended on 30 January 2026) an application is reviewed in 1 working day, or 3 working days when the applicant's only home has been declared unsafe [source: https://www.zakon.kz/pravo/6507024-izmenilis-pravila-postanovki-na-uchet-nuzhdayushchikhsya-v-zhile.html]",
            ),
            Text::new(
                "Кейінгі негізгі талаптар: соңғы 5 жылда өтініш берушіде және отбасы мүшелерінде тұрғын үйдің болмауы, өңірде тұрақты тіркелу, «Тұрғын үй қатынастары туралы» Заңның 74-бабының 1-тармағындағы санаттарға жату [дереккөз: https://news.mail.ru/economics/67673383/; https://standard.kz/ru/blog/postanovka-v-ocered-na-zile-budet-proizvoditsya-tolko-cerez-portal-egovkz]",
                "Последующие основные требования: отсутствие жилья у заявителя и членов семьи за последние 5 лет, постоянная регистрация в регионе, принадлежность к категориям пункта 1 статьи 74 Закона «О жилищных отношениях» [источник: https://news.mail.ru/economics/67673383/; https://standard.kz/ru/blog/postanovka-v-ocered-na-zile-budet-proizvoditsya-tolko-cerez-portal-egovkz]",
                "Later basic requirements: neither you nor your family have owned housing in the last 5 years, you are permanently registered in the region, and you belong to a category in Article 74(1) of the Law «On housing relations» [source: https://news.mail.ru/economics/67673383/; https://standard.kz/ru/blog/postanovka-v-ocered-na-zile-budet-proizvoditsya-tolko-cerez-portal-egovkz]",
            ),
            Text::new(
                "Орыс тіліндегі атауы қалпына келтірілген, дереккөз мәтінінде жоқ; кейінгі актілердегі атауға сәйкес келеді [дереккөз: standards.md, 1 және 9.1]",
                "Русское название восстановлено, в тексте источника его нет; совпадает с названием в последующих актах [источник: standards.md, 1 и 9.1]",
                "The Russian name is reconstructed; the source text does not give it. It matches the name in later acts [source: standards.md, 1 and 9.1]",
            ),
            Text::new(
                "Регламентте өтініш үлгісі жоқ; нысан хабарландыру үлгісінен (өтініш берушінің аты-жөні, мекенжайы, телефоны, отбасы құрамы, санаты) және кейінгі стандарттан алынды: отбасы мүшелері (туыстығы, ЖСН, аты-жөні, туған күні), «Тұрғын үй қатынастары туралы» Заңдағы санаттар, қазіргі тұрғын үй жағдайы, әлеуметтік осал топтар үшін отбасының соңғы 12 айдағы табысы [дереккөз: standards.md 9.2; https://standard.kz/ru/blog/postanovka-v-ocered-na-zile-budet-proizvoditsya-tolko-cerez-portal-egovkz; http://e.sko.kz/show_servise.php?scat=6&surl=postanovka_na_uchet_grazhdan_nuzhdajuschihsja]",
                "В регламенте нет образца заявления; форма взята из образца уведомления (ФИО, адрес, телефон заявителя, состав семьи, категория) и последующего стандарта: члены семьи (родство, ИИН, ФИО, дата рождения), категории Закона «О жилищных отношениях», нынешние жилищные условия, доход семьи за последние 12 месяцев для социально уязвимых слоёв [источник: standards.md 9.2; https://standard.kz/ru/blog/postanovka-v-ocered-na-zile-budet-proizvoditsya-tolko-cerez-portal-egovkz; http://e.sko.kz/show_servise.php?scat=6&surl=postanovka_na_uchet_grazhdan_nuzhdajuschihsja]",
                "The regulation has no application template; the form follows the notification template (the applicant's name, address and phone, family size and category) and the later standard: family members (relationship, IIN, name, date of birth), the categories of the Law «On housing relations», where you live now, and the family's income over the last 12 months for socially vulnerable groups [source: standards.md 9.2; https://standard.kz/ru/blog/postanovka-v-ocered-na-zile-budet-proizvoditsya-tolko-cerez-portal-egovkz; http://e.sko.kz/show_servise.php?scat=6&surl=postanovka_na_uchet_grazhdan_nuzhdajuschihsja]",
            ),
            Text::new(
                "Құжат ұяшықтары 2022 жылға дейінгі портал тізбесінен алынды: санатты растайтын құжаттар (ардагер куәлігі, ДКК қорытындысы, жұмыс орнынан анықтама, тұрғын үйді апатты деп тану туралы құжат және т.б.), тұрғын үйдің талаптарға сай еместігі туралы анықтама, табыс туралы анықтамалар, АХАТ ақпараттық жүйесінде жоқ неке, туу және қайтыс болу туралы куәліктер. Мүгедектік туралы мәліметтер порталда мемлекеттік деректер базасынан алынады деп есептелді [дереккөз: https://open-almaty.kz/en/content/how-get-queue-housing; standards.md 9.2, I]",
                "Слоты документов взяты из перечня портала до 2022 года: документы, подтверждающие категорию (удостоверение ветерана, заключение ВКК, справка с места работы, документ о признании жилища аварийным и др.), справка о несоответствии жилища требованиям, справки о доходах, свидетельства о браке, рождении и смерти, которых нет в ИС ЗАГС. Принято, что сведения об инвалидности на портале получаются из государственной базы данных [источник: https://open-almaty.kz/en/content/how-get-queue-housing; standards.md 9.2, I]",
                "The document slots follow the portal list used before 2022: documents proving the category (veteran's certificate, medical advisory board report, letter from the employer, a document declaring the home unsafe and others), a certificate that the home does not meet standards, proof of income, and marriage, birth and death certificates the civil registry does not hold. We assume the portal gets disability data from a state database [source: https://open-almaty.kz/en/content/how-get-queue-housing; standards.md 9.2, I]",
            ),
            Text::new(
                "Ақпарат пен кеңес: «электрондық үкімет» порталының байланыс орталығы – 1414",
                "Информация и консультации: контакт-центр портала «электронного правительства» – 1414",
                "Information and advice: the e-government portal contact centre, 1414",
            ),
        ],
    },
    pages: PAGES,
    documents: DOCUMENTS,
    declaration: Some(Text::new(
        "Берген мәліметтерімнің дұрыс әрі толық екенін растаймын және қызмет берушінің есепке қою және кезекті жүргізу үшін менің және отбасы мүшелерімнің дербес деректерін, оның ішінде табысы мен мүлкі туралы мәліметтерді пайдалануына келісім беремін.",
        "Подтверждаю, что предоставленные сведения верны и полны, и даю согласие услугодателю на использование моих персональных данных и персональных данных членов моей семьи, в том числе сведений о доходах и имуществе, для постановки на учет и ведения очереди.",
        "I confirm that the information I have given is correct and complete, and I consent to the provider using my personal data and my family's, including information about income and property, to put us on the housing list and keep the queue.",
    )),
    steps: STEPS,
    outputs: OUTPUTS,
    changes: &[],
};
