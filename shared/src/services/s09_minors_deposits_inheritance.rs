//! S9 — «Зейнетақы қорларына, банктерге кәмелетке толмағандардың салымдарына иелік ету үшін,
//! Қазақстан Республикасы Ішкі істер министрлігі Жол полициясы комитетінің аумақтық бөлімшелеріне
//! кәмелетке толмаған балаларға мұраны ресімдеу үшін анықтамалар беру» (certificates for minors'
//! deposits, inheritance and vehicles).
//!
//! Seed 003, regulation 6: Kokpekti district akimat resolution N 417 of 24.12.2012. Three result
//! certificates (Appendix 3): to a pension fund, to a bank and to a Road Police unit. The regulation
//! lists no documents (it points to item 11 of the Standard); the document list below is the 2013
//! district list found for the same standard, recorded in the notes. The form asks which of the
//! three certificates is needed and then the fields of that certificate's template: the bank and the
//! deposit (with both parents and the consent of children aged 10 or over), the pension fund, the
//! deceased and the inheritance, or the vehicle.

use crate::definition::*;
use crate::lang::Text;

const PASSPORT_DOCUMENTS: &[PassportDocument] = &[
    PassportDocument {
        name: Text::new(
            "Заңды өкілдердің (ата-ананың немесе оларды алмастыратын адамдардың) өтініші",
            "Заявление законных представителей (родителей или лиц, их заменяющих)",
            "An application from the child's legal representatives (both parents, or those who replace them)",
        ),
        channels: &[],
        note: Some(Text::new(
            "Үлгілері регламенттің 3-қосымшасында берілген: зейнетақы жинақтарын алуға, банктегі салымдарға иелік етуге немесе көлік құралымен мәміле жасауға. Салымдарға иелік еткенде 10 жастан асқан балалар «келісемін» деп жазып, қол қояды. Порталда – ЭЦҚ-мен қол қойылған электрондық сұраныс",
            "Образцы – в приложении 3 к регламенту: на получение пенсионных накоплений, распоряжение вкладами в банке или сделку с транспортным средством. При распоряжении вкладами дети старше 10 лет пишут «согласен(на)» и расписываются. На портале – электронный запрос, подписанный ЭЦП",
            "Templates are in Appendix 3 of the regulation: for receiving pension savings, managing bank deposits or a transaction with a vehicle. For bank deposits, children over 10 write «I agree» and sign. On the portal, an electronic request signed with your digital signature (ESP)",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Салымшының (мұраға қалдырушының) қайтыс болуы туралы куәлік",
            "Свидетельство о смерти вкладчика (наследодателя)",
            "The death certificate of the depositor (the person who left the inheritance)",
        ),
        channels: &[],
        note: Some(Text::new(
            "Мұраны, оның ішінде мұраға қалған зейнетақы жинақтарын ресімдегенде",
            "При оформлении наследства, в том числе унаследованных пенсионных накоплений",
            "When registering an inheritance, including inherited pension savings",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Нотариус берген мұрагерлік құқығы туралы куәлік",
            "Свидетельство о праве на наследство, выданное нотариусом",
            "The certificate of the right to inheritance issued by a notary",
        ),
        channels: &[],
        note: Some(Text::new(
            "Мұраны ресімдегенде (заң немесе өсиет бойынша)",
            "При оформлении наследства (по закону или по завещанию)",
            "When registering an inheritance (by law or by will)",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Банктегі салымды растайтын құжат",
            "Документ, подтверждающий вклад в банке",
            "A document that confirms the bank deposit",
        ),
        channels: &[],
        note: Some(Text::new(
            "Банктегі салымдарға иелік еткенде",
            "При распоряжении вкладами в банке",
            "When managing a child's bank deposits",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Көлік құралын тіркеу туралы куәлік",
            "Свидетельство о регистрации транспортного средства",
            "The vehicle registration certificate",
        ),
        channels: &[],
        note: Some(Text::new(
            "Көлік құралымен мәміле жасағанда; куәлік жоғалса – Жол полициясының анықтамасы",
            "При сделке с транспортным средством; при утере свидетельства – справка дорожной полиции",
            "For a transaction with a vehicle; if the certificate is lost, a letter from the Road Police",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Өтініш берушілердің жеке басын куәландыратын құжаттарының деректері",
            "Сведения документов, удостоверяющих личность заявителей",
            "The details of the applicants' identity documents",
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

const RELATIONS: &[ChoiceOption] = &[
    ChoiceOption {
        value: "parent", label: Text::new("Ата-анасымын", "Родитель", "Parent"), hint: None
    },
    ChoiceOption {
        value: "guardian",
        label: Text::new("Қорғаншысы немесе қамқоршысымын", "Опекун или попечитель", "Guardian or trustee"),
        hint: None,
    },
    ChoiceOption {
        value: "foster-carer",
        label: Text::new("Патронат тәрбиешісімін", "Патронатный воспитатель", "Foster carer"),
        hint: None,
    },
];

/// The three addressees of Appendix 3, each with its own certificate.
const ADDRESSEES: &[ChoiceOption] = &[
    ChoiceOption {
        value: "bank",
        label: Text::new("Банкке", "В банк", "A bank"),
        hint: Some(Text::new(
            "Баланың банктегі салымдарына иелік ету үшін",
            "Для распоряжения вкладами ребёнка в банке",
            "To manage the child's bank deposits",
        )),
    },
    ChoiceOption {
        value: "pension-fund",
        label: Text::new("Жинақтаушы зейнетақы қорына", "В накопительный пенсионный фонд", "A pension fund"),
        hint: Some(Text::new(
            "Балаға мұраға қалған зейнетақы жинақтарын алу үшін",
            "Для получения пенсионных накоплений, унаследованных ребёнком",
            "To receive pension savings the child has inherited",
        )),
    },
    ChoiceOption {
        value: "road-police",
        label: Text::new("Жол полициясына", "В дорожную полицию", "The road police"),
        hint: Some(Text::new(
            "Балаға тиесілі көлік құралымен мәміле жасау немесе мұраны ресімдеу үшін",
            "Для сделки с транспортным средством ребёнка или оформления наследства",
            "For a transaction with the child's vehicle, or to register an inherited vehicle",
        )),
    },
];

const DEPOSIT_ACTIONS: &[ChoiceOption] = &[
    ChoiceOption {
        value: "close",
        label: Text::new(
            "Салым шартын бұзып, ақшаны алу",
            "Расторгнуть договор вклада и получить деньги",
            "End the deposit agreement and withdraw the money",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "transfer",
        label: Text::new(
            "Салым бойынша құқықтар мен міндеттерді басқа адамға беру",
            "Передать права и обязанности по вкладу другому лицу",
            "Transfer the rights and obligations under the deposit to another person",
        ),
        hint: None,
    },
];

const VEHICLE_TRANSACTIONS: &[ChoiceOption] = &[
    ChoiceOption { value: "sale", label: Text::new("Сату", "Продажа", "Sale"), hint: None },
    ChoiceOption { value: "exchange", label: Text::new("Айырбастау", "Обмен", "Exchange"), hint: None },
    ChoiceOption { value: "gift", label: Text::new("Сыйға тарту", "Дарение", "Gift"), hint: None },
    ChoiceOption {
        value: "inheritance",
        label: Text::new("Мұраны ресімдеу", "Оформление наследства", "Registering an inheritance"),
        hint: Some(Text::new(
            "Мұраға қалған көлік құралын балаға тіркеу",
            "Регистрация унаследованного транспортного средства на ребёнка",
            "Registering an inherited vehicle in the child's name",
        )),
    },
];

const INHERITANCE_BASES: &[ChoiceOption] = &[
    ChoiceOption { value: "law", label: Text::new("Заң бойынша", "По закону", "By law"), hint: None },
    ChoiceOption {
        value: "will", label: Text::new("Өсиет бойынша", "По завещанию", "By will"), hint: None
    },
];

const OTHER_PARENT_STATUSES: &[ChoiceOption] = &[
    ChoiceOption {
        value: "joint",
        label: Text::new(
            "Екінші ата-ана өтінішке қосылады",
            "Второй родитель присоединяется к заявлению",
            "The other parent is applying with me",
        ),
        hint: Some(Text::new(
            "Оның деректерін келесі бетте енгізесіз",
            "Его данные вы укажете на следующей странице",
            "You will give their details on the next page",
        )),
    },
    ChoiceOption {
        value: "deceased",
        label: Text::new("Екінші ата-ана қайтыс болған", "Второй родитель умер", "The other parent has died"),
        hint: None,
    },
    ChoiceOption {
        value: "sole",
        label: Text::new(
            "Мен балалардың жалғыз заңды өкілімін",
            "Я единственный законный представитель детей",
            "I am the children's only legal representative",
        ),
        hint: Some(Text::new(
            "Мысалы, екінші ата-ана ата-ана құқығынан айырылған немесе туу туралы куәлікте көрсетілмеген",
            "Например, второй родитель лишён родительских прав или не указан в свидетельстве о рождении",
            "For example, the other parent has lost parental rights or is not named on the birth certificate",
        )),
    },
];

const FOR_BANK: Condition = Condition::Equals("certificate_for", "bank");

/// The certificate covers an inheritance: pension savings, or a vehicle the child inherited.
const INHERITANCE: Condition = Condition::Any(&[
    Condition::Equals("certificate_for", "pension-fund"),
    Condition::All(&[
        Condition::Equals("certificate_for", "road-police"),
        Condition::Equals("vehicle_transaction", "inheritance"),
    ]),
]);

/// Only the bank template (Appendix 3) names both parents and asks children over 10 to agree.
const BANK_AND_PARENT: Condition = Condition::All(&[FOR_BANK, Condition::Equals("relation", "parent")]);

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
                hint: Some(Text::new("Мысалы, 27 3 1986", "Например, 27 3 1986", "For example, 27 3 1986")),
                prefill: Some((DataSource::IndividualsDb, RegistryAttr::BirthDate)),
                autocomplete: Some("bday"),
                ..Field::new(
                    "applicant_birth_date",
                    Text::new("Туған күні", "Дата рождения", "Date of birth"),
                    FieldKind::Date { not_future: true },
                    Text::new("Туған күніңізді енгізіңіз", "Введите дату рождения", "Enter your date of birth"),
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
                    "Түрі, нөмірі, кім және қашан берді",
                    "Вид, номер, кем и когда выдан",
                    "Kind, number, who issued it and when",
                )),
                prefill: Some((DataSource::IndividualsDb, RegistryAttr::IdentityDocument)),
                ..Field::new(
                    "applicant_identity",
                    Text::new(
                        "Жеке басын куәландыратын құжат",
                        "Документ, удостоверяющий личность",
                        "Identity document",
                    ),
                    FieldKind::Text { max: 300, multiline: false },
                    Text::new(
                        "Жеке басыңызды куәландыратын құжаттың деректерін енгізіңіз",
                        "Введите данные документа, удостоверяющего личность",
                        "Enter the details of your identity document",
                    ),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Білім беру бөлімі сұрақ туындаса хабарласады",
                    "Отдел образования позвонит, если возникнут вопросы",
                    "The education department will call you if they have questions",
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
    ),
    Page::new(
        "relation",
        Text::new("Балаларға кім боласыз?", "Кем вы приходитесь детям?", "What is your relationship to the children?"),
        &[Field {
            summary_label: Some(Text::new(
                "Балаларға кім болады",
                "Кем приходится детям",
                "Relationship to the children",
            )),
            ..Field::new(
                "relation",
                Text::new(
                    "Балаларға кім боласыз?",
                    "Кем вы приходитесь детям?",
                    "What is your relationship to the children?",
                ),
                FieldKind::Choice { options: RELATIONS, control: ChoiceControl::Radios },
                Text::new(
                    "Балаларға кім болатыныңызды таңдаңыз",
                    "Выберите, кем вы приходитесь детям",
                    "Select your relationship to the children",
                ),
            )
        }],
    ),
    Page::new(
        "certificate-for",
        Text::new("Анықтама қайда керек?", "Куда нужна справка?", "Who is the certificate for?"),
        &[Field {
            summary_label: Some(Text::new("Анықтама қайда керек", "Куда нужна справка", "Certificate for")),
            ..Field::new(
                "certificate_for",
                Text::new("Анықтама қайда керек?", "Куда нужна справка?", "Who is the certificate for?"),
                FieldKind::Choice { options: ADDRESSEES, control: ChoiceControl::Radios },
                Text::new(
                    "Анықтама қайда керек екенін таңдаңыз",
                    "Выберите, куда нужна справка",
                    "Select who the certificate is for",
                ),
            )
        }],
    ),
    Page {
        intro: Some(Text::new(
            "Анықтама қатысты болатын барлық кәмелетке толмаған балаларды көрсетіңіз",
            "Укажите всех несовершеннолетних детей, которых касается справка",
            "List every child under 18 the certificate is about",
        )),
        repeat: Some(Repeat {
            min: 1,
            max: 10,
            item: Text::new("Бала {n}", "Ребёнок {n}", "Child {n}"),
            add: Text::new("Тағы бала қосу", "Добавить ещё ребёнка", "Add another child"),
        }),
        ..Page::new(
            "children",
            Text::new("Кәмелетке толмаған балалар", "Несовершеннолетние дети", "The children"),
            &[
                Field {
                    summary_label: Some(Text::new("Баланың аты-жөні", "ФИО ребёнка", "Child's name")),
                    ..Field::new(
                        "child_name",
                        Text::new(
                            "Баланың тегі, аты, әкесінің аты",
                            "Фамилия, имя, отчество ребёнка",
                            "Child's full name",
                        ),
                        FieldKind::PersonName { max: 150 },
                        Text::new(
                            "Баланың тегін, атын және әкесінің атын енгізіңіз",
                            "Введите фамилию, имя и отчество ребёнка",
                            "Enter the child's full name",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new(
                        "Туу туралы куәлікте көрсетілген",
                        "Указан в свидетельстве о рождении",
                        "It is on the birth certificate",
                    )),
                    rule: Some(Rule::Age {
                        min: 0,
                        max: 18,
                        message: Text::new(
                            "Бала 18 жасқа толмаған болуы керек",
                            "Ребёнку должно быть меньше 18 лет",
                            "The child must be under 18",
                        ),
                    }),
                    ..Field::new(
                        "child_iin",
                        Text::new("Баланың ЖСН", "ИИН ребёнка", "Child's IIN"),
                        FieldKind::Iin,
                        Text::new("Баланың ЖСН енгізіңіз", "Введите ИИН ребёнка", "Enter the child's IIN"),
                    )
                },
            ],
        )
    },
    Page {
        show_if: Some(FOR_BANK),
        ..Page::new(
            "deposit",
            Text::new("Банктегі салым туралы", "О вкладе в банке", "About the bank deposit"),
            &[
                Field {
                    summary_label: Some(Text::new("Банк", "Банк", "Bank")),
                    ..Field::new(
                        "bank_name",
                        Text::new("Банктің атауы", "Наименование банка", "Name of the bank"),
                        FieldKind::Text { max: 200, multiline: false },
                        Text::new(
                            "Банктің атауын енгізіңіз",
                            "Введите наименование банка",
                            "Enter the name of the bank",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new(
                        "KZ әрпінен басталатын 20 таңба, салым шартында көрсетілген",
                        "20 знаков, начинается с KZ, указан в договоре вклада",
                        "20 characters starting with KZ, shown on the deposit agreement",
                    )),
                    summary_label: Some(Text::new("Салым шоты", "Счёт вклада", "Deposit account")),
                    width: Some("20"),
                    ..Field::optional(
                        "deposit_account",
                        Text::new(
                            "Салым шотының нөмірі (IBAN), міндетті емес",
                            "Номер счёта вклада (IBAN), необязательно",
                            "Deposit account number (IBAN), optional",
                        ),
                        FieldKind::Iban,
                    )
                },
                Field {
                    summary_label: Some(Text::new(
                        "Салыммен не істеледі",
                        "Действие с вкладом",
                        "Action on the deposit",
                    )),
                    ..Field::new(
                        "deposit_action",
                        Text::new(
                            "Салыммен не істегіңіз келеді?",
                            "Что вы хотите сделать с вкладом?",
                            "What do you want to do with the deposit?",
                        ),
                        FieldKind::Choice { options: DEPOSIT_ACTIONS, control: ChoiceControl::Radios },
                        Text::new(
                            "Салыммен не істегіңіз келетінін таңдаңыз",
                            "Выберите, что вы хотите сделать с вкладом",
                            "Select what you want to do with the deposit",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new(
                        "Мысалы, баланың оқуына немесе емделуіне",
                        "Например, на обучение или лечение ребёнка",
                        "For example, the child's education or medical treatment",
                    )),
                    summary_label: Some(Text::new("Ақшаның мақсаты", "Цель расходования", "Use of the money")),
                    ..Field::new(
                        "deposit_purpose",
                        Text::new(
                            "Ақша не үшін жұмсалады?",
                            "На что будут потрачены деньги?",
                            "What will the money be used for?",
                        ),
                        FieldKind::Text { max: 500, multiline: true },
                        Text::new(
                            "Ақша не үшін жұмсалатынын жазыңыз",
                            "Укажите, на что будут потрачены деньги",
                            "Enter what the money will be used for",
                        ),
                    )
                },
            ],
        )
    },
    Page {
        show_if: Some(Condition::Equals("certificate_for", "pension-fund")),
        ..Page::new(
            "pension-fund",
            Text::new(
                "Жинақтаушы зейнетақы қорының атауы",
                "Наименование накопительного пенсионного фонда",
                "Name of the pension fund",
            ),
            &[Field {
                hint: Some(Text::new(
                    "Мұрагерлік құқығы туралы куәліктегі жазбаға сәйкес",
                    "Как указано в свидетельстве о праве на наследство",
                    "As written on the certificate of inheritance",
                )),
                summary_label: Some(Text::new("Зейнетақы қоры", "Пенсионный фонд", "Pension fund")),
                ..Field::new(
                    "pension_fund",
                    Text::new(
                        "Жинақтаушы зейнетақы қорының атауы",
                        "Наименование накопительного пенсионного фонда",
                        "Name of the pension fund",
                    ),
                    FieldKind::Text { max: 200, multiline: false },
                    Text::new(
                        "Зейнетақы қорының атауын енгізіңіз",
                        "Введите наименование пенсионного фонда",
                        "Enter the name of the pension fund",
                    ),
                )
            }],
        )
    },
    Page {
        show_if: Some(Condition::Equals("certificate_for", "road-police")),
        ..Page::new(
            "vehicle",
            Text::new("Көлік құралы туралы", "О транспортном средстве", "About the vehicle"),
            &[
                Field {
                    summary_label: Some(Text::new("Мәміле", "Сделка", "Transaction")),
                    ..Field::new(
                        "vehicle_transaction",
                        Text::new(
                            "Көлік құралымен қандай мәміле жасалады?",
                            "Какая сделка совершается с транспортным средством?",
                            "What is the transaction with the vehicle?",
                        ),
                        FieldKind::Choice { options: VEHICLE_TRANSACTIONS, control: ChoiceControl::Radios },
                        Text::new("Мәміленің түрін таңдаңыз", "Выберите вид сделки", "Select the transaction"),
                    )
                },
                Field {
                    hint: Some(Text::new(
                        "Мысалы, Toyota Camry",
                        "Например, Toyota Camry",
                        "For example, Toyota Camry",
                    )),
                    summary_label: Some(Text::new("Маркасы мен моделі", "Марка и модель", "Make and model")),
                    ..Field::new(
                        "vehicle_model",
                        Text::new("Маркасы мен моделі", "Марка и модель", "Make and model"),
                        FieldKind::Text { max: 100, multiline: false },
                        Text::new(
                            "Көлік құралының маркасы мен моделін енгізіңіз",
                            "Введите марку и модель транспортного средства",
                            "Enter the vehicle's make and model",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new("Мысалы, 123ABC16", "Например, 123ABC16", "For example, 123ABC16")),
                    width: Some("10"),
                    ..Field::new(
                        "vehicle_plate",
                        Text::new("Мемлекеттік тіркеу нөмірі", "Государственный регистрационный номер", "Number plate"),
                        FieldKind::Text { max: 15, multiline: false },
                        Text::new(
                            "Мемлекеттік тіркеу нөмірін енгізіңіз",
                            "Введите государственный регистрационный номер",
                            "Enter the number plate",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new(
                        "Көлік құралын тіркеу туралы куәлікте көрсетілген",
                        "Указан в свидетельстве о регистрации транспортного средства",
                        "It is on the vehicle registration certificate",
                    )),
                    summary_label: Some(Text::new("VIN", "VIN", "VIN")),
                    width: Some("20"),
                    ..Field::new(
                        "vehicle_vin",
                        Text::new(
                            "Сәйкестендіру нөмірі (VIN)",
                            "Идентификационный номер (VIN)",
                            "Vehicle identification number (VIN)",
                        ),
                        FieldKind::Text { max: 17, multiline: false },
                        Text::new(
                            "Сәйкестендіру нөмірін (VIN) енгізіңіз",
                            "Введите идентификационный номер (VIN)",
                            "Enter the vehicle identification number (VIN)",
                        ),
                    )
                },
                Field {
                    width: Some("10"),
                    ..Field::new(
                        "vehicle_certificate_number",
                        Text::new(
                            "Тіркеу туралы куәліктің нөмірі",
                            "Номер свидетельства о регистрации",
                            "Registration certificate number",
                        ),
                        FieldKind::Text { max: 20, multiline: false },
                        Text::new(
                            "Тіркеу туралы куәліктің нөмірін енгізіңіз",
                            "Введите номер свидетельства о регистрации",
                            "Enter the registration certificate number",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new(
                        "Анықтаманы ұсынатын бөлімше, мысалы, аудандық полиция бөлімінің тіркеу-емтихан бөлімшесі",
                        "Подразделение, куда вы представите справку, например регистрационно-экзаменационное подразделение районного отдела полиции",
                        "The unit you will take the certificate to, for example the registration and examination unit of the district police",
                    )),
                    summary_label: Some(Text::new(
                        "Жол полициясы бөлімшесі",
                        "Подразделение дорожной полиции",
                        "Road police unit",
                    )),
                    ..Field::new(
                        "police_unit",
                        Text::new(
                            "Жол полициясы бөлімшесінің атауы",
                            "Наименование подразделения дорожной полиции",
                            "Name of the road police unit",
                        ),
                        FieldKind::Text { max: 200, multiline: false },
                        Text::new(
                            "Жол полициясы бөлімшесінің атауын енгізіңіз",
                            "Введите наименование подразделения дорожной полиции",
                            "Enter the name of the road police unit",
                        ),
                    )
                },
            ],
        )
    },
    Page {
        show_if: Some(INHERITANCE),
        ..Page::new(
            "deceased",
            Text::new("Мұраға қалдырушы туралы", "О наследодателе", "About the person who left the inheritance"),
            &[
                Field {
                    summary_label: Some(Text::new("Мұраға қалдырушы", "Наследодатель", "Deceased")),
                    ..Field::new(
                        "deceased_name",
                        Text::new(
                            "Салымшының (мұраға қалдырушының) тегі, аты, әкесінің аты",
                            "Фамилия, имя, отчество вкладчика (наследодателя)",
                            "Full name of the depositor (the person who died)",
                        ),
                        FieldKind::PersonName { max: 150 },
                        Text::new(
                            "Мұраға қалдырушының тегін, атын және әкесінің атын енгізіңіз",
                            "Введите фамилию, имя и отчество наследодателя",
                            "Enter the full name of the person who died",
                        ),
                    )
                },
                Field {
                    width: Some("10"),
                    ..Field::new(
                        "death_certificate_number",
                        Text::new(
                            "Қайтыс болуы туралы куәліктің нөмірі",
                            "Номер свидетельства о смерти",
                            "Death certificate number",
                        ),
                        FieldKind::Text { max: 30, multiline: false },
                        Text::new(
                            "Қайтыс болуы туралы куәліктің нөмірін енгізіңіз",
                            "Введите номер свидетельства о смерти",
                            "Enter the death certificate number",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new("Мысалы, 27 3 2025", "Например, 27 3 2025", "For example, 27 3 2025")),
                    ..Field::new(
                        "death_certificate_date",
                        Text::new(
                            "Қайтыс болуы туралы куәліктің берілген күні",
                            "Дата выдачи свидетельства о смерти",
                            "Date the death certificate was issued",
                        ),
                        FieldKind::Date { not_future: true },
                        Text::new(
                            "Қайтыс болуы туралы куәліктің берілген күнін енгізіңіз",
                            "Введите дату выдачи свидетельства о смерти",
                            "Enter the date the death certificate was issued",
                        ),
                    )
                },
            ],
        )
    },
    Page {
        show_if: Some(INHERITANCE),
        ..Page::new(
            "inheritance",
            Text::new(
                "Мұрагерлік құқығы туралы куәлік",
                "Свидетельство о праве на наследство",
                "Certificate of inheritance",
            ),
            &[
                Field {
                    summary_label: Some(Text::new("Мұрагерлік негізі", "Основание наследования", "Inherited")),
                    ..Field::new(
                        "inheritance_basis",
                        Text::new(
                            "Мұра қандай негізде қалды?",
                            "На каком основании получено наследство?",
                            "How was the inheritance left?",
                        ),
                        FieldKind::Choice { options: INHERITANCE_BASES, control: ChoiceControl::Radios },
                        Text::new(
                            "Мұра заң бойынша ма, өсиет бойынша ма – таңдаңыз",
                            "Выберите, получено наследство по закону или по завещанию",
                            "Select whether the inheritance is by law or by will",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new("Мысалы, 27 9 2025", "Например, 27 9 2025", "For example, 27 9 2025")),
                    ..Field::new(
                        "inheritance_certificate_date",
                        Text::new(
                            "Куәліктің берілген күні",
                            "Дата выдачи свидетельства",
                            "Date the certificate was issued",
                        ),
                        FieldKind::Date { not_future: true },
                        Text::new(
                            "Мұрагерлік құқығы туралы куәліктің берілген күнін енгізіңіз",
                            "Введите дату выдачи свидетельства о праве на наследство",
                            "Enter the date the certificate of inheritance was issued",
                        ),
                    )
                },
                Field {
                    summary_label: Some(Text::new("Нотариус", "Нотариус", "Notary")),
                    ..Field::new(
                        "notary_name",
                        Text::new(
                            "Куәлікті берген нотариустың тегі, аты, әкесінің аты",
                            "Фамилия, имя, отчество нотариуса, выдавшего свидетельство",
                            "Full name of the notary who issued the certificate",
                        ),
                        FieldKind::PersonName { max: 150 },
                        Text::new(
                            "Нотариустың тегін, атын және әкесінің атын енгізіңіз",
                            "Введите фамилию, имя и отчество нотариуса",
                            "Enter the notary's full name",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new(
                        "Нөмірі, берілген күні және кім бергені – куәлікте көрсетілгендей",
                        "Номер, дата выдачи и кем выдана – как указано в свидетельстве",
                        "Number, date of issue and issuing body, as shown on the certificate",
                    )),
                    summary_label: Some(Text::new("Нотариус лицензиясы", "Лицензия нотариуса", "Notary's licence")),
                    ..Field::new(
                        "notary_licence",
                        Text::new(
                            "Нотариустың мемлекеттік лицензиясы",
                            "Государственная лицензия нотариуса",
                            "The notary's state licence",
                        ),
                        FieldKind::Text { max: 200, multiline: false },
                        Text::new(
                            "Нотариустың мемлекеттік лицензиясының деректерін енгізіңіз",
                            "Введите данные государственной лицензии нотариуса",
                            "Enter the details of the notary's state licence",
                        ),
                    )
                },
            ],
        )
    },
    Page {
        show_if: Some(BANK_AND_PARENT),
        ..Page::new(
            "other-parent-status",
            Text::new("Балалардың екінші ата-анасы", "Второй родитель детей", "The children's other parent"),
            &[Field {
                summary_label: Some(Text::new("Екінші ата-ана", "Второй родитель", "Other parent")),
                ..Field::new(
                    "other_parent_status",
                    Text::new("Балалардың екінші ата-анасы", "Второй родитель детей", "The children's other parent"),
                    FieldKind::Choice { options: OTHER_PARENT_STATUSES, control: ChoiceControl::Radios },
                    Text::new(
                        "Екінші ата-ана туралы жауапты таңдаңыз",
                        "Выберите ответ о втором родителе",
                        "Select an answer about the children's other parent",
                    ),
                )
            }],
        )
    },
    Page {
        intro: Some(Text::new(
            "Екінші ата-ананың жеке басын куәландыратын құжатының деректері ЖСН бойынша «Жеке тұлғалар» мемлекеттік деректер базасынан алынады",
            "Данные документа, удостоверяющего личность второго родителя, получаются по ИИН из государственной базы данных «Физические лица»",
            "We get the other parent's identity document details from the state database «Individuals» using their IIN",
        )),
        show_if: Some(Condition::All(&[BANK_AND_PARENT, Condition::Equals("other_parent_status", "joint")])),
        ..Page::new(
            "other-parent",
            Text::new("Екінші ата-ананың деректері", "Данные второго родителя", "The other parent's details"),
            &[
                Field {
                    summary_label: Some(Text::new(
                        "Екінші ата-ананың аты-жөні",
                        "ФИО второго родителя",
                        "Other parent's name",
                    )),
                    ..Field::new(
                        "other_parent_name",
                        Text::new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество", "Full name"),
                        FieldKind::PersonName { max: 150 },
                        Text::new(
                            "Екінші ата-ананың тегін, атын және әкесінің атын енгізіңіз",
                            "Введите фамилию, имя и отчество второго родителя",
                            "Enter the other parent's full name",
                        ),
                    )
                },
                Field {
                    summary_label: Some(Text::new(
                        "Екінші ата-ананың ЖСН",
                        "ИИН второго родителя",
                        "Other parent's IIN",
                    )),
                    rule: Some(Rule::NotApplicantIin {
                        message: Text::new(
                            "Екінші ата-ананың ЖСН-і сіздің ЖСН-іңізден өзгеше болуы керек",
                            "ИИН второго родителя не может совпадать с вашим",
                            "The other parent's IIN must be different from yours",
                        ),
                    }),
                    ..Field::new(
                        "other_parent_iin",
                        Text::new("ЖСН", "ИИН", "IIN"),
                        FieldKind::Iin,
                        Text::new(
                            "Екінші ата-ананың ЖСН енгізіңіз",
                            "Введите ИИН второго родителя",
                            "Enter the other parent's IIN",
                        ),
                    )
                },
            ],
        )
    },
];

const ONLINE_AND_CENTRE: &[Channel] = &[Channel::Portal, Channel::ServiceCentre];

const DOCUMENTS: &[DocumentSlot] = &[
    DocumentSlot {
        id: "child-consent",
        name: Text::new(
            "10 жасқа толған баланың салымға иелік етуге жазбаша келісімі",
            "Письменное согласие ребёнка, достигшего 10 лет, на распоряжение вкладом",
            "Written consent from each child aged 10 or over to managing the deposit",
        ),
        hint: Some(Text::new(
            "Бала «келісемін» деп өз қолымен жазып, қол қояды – әр баладан бөлек",
            "Ребёнок собственноручно пишет «согласен(на)» и расписывается – отдельно от каждого ребёнка",
            "The child writes «I agree» by hand and signs it – one for each child",
        )),
        requirement: Requirement::When(Condition::All(&[
            FOR_BANK,
            Condition::AnyItem("children", &Condition::AgeAtLeast("child_iin", 10)),
        ])),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 10,
    },
    DocumentSlot {
        id: "deposit-document",
        name: Text::new(
            "Банктегі салымды растайтын құжат",
            "Документ, подтверждающий вклад в банке",
            "A document confirming the bank deposit",
        ),
        hint: Some(Text::new(
            "Мысалы, салым шарты немесе банктің үзінді көшірмесі",
            "Например, договор вклада или выписка банка",
            "For example, the deposit agreement or a bank statement",
        )),
        requirement: Requirement::When(FOR_BANK),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    },
    DocumentSlot {
        id: "other-parent-consent",
        name: Text::new(
            "Екінші ата-ананың салымға иелік етуге келісімі",
            "Согласие второго родителя на распоряжение вкладом",
            "The other parent's consent to managing the deposit",
        ),
        hint: Some(Text::new(
            "Екінші ата-ана қол қойған өтініш немесе оның нотариат куәландырған келісімі",
            "Заявление, подписанное вторым родителем, или его нотариально засвидетельствованное согласие",
            "An application signed by the other parent, or their notarised consent",
        )),
        requirement: Requirement::When(Condition::All(&[
            BANK_AND_PARENT,
            Condition::Equals("other_parent_status", "joint"),
        ])),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 3,
    },
    DocumentSlot {
        id: "other-parent-death-certificate",
        name: Text::new(
            "Екінші ата-ананың қайтыс болуы туралы куәлік",
            "Свидетельство о смерти второго родителя",
            "The other parent's death certificate",
        ),
        hint: Some(Text::new(
            "Қайтыс болу Қазақстанда 2008 жылдан кейін тіркелсе, тіркемеңіз – мәліметтер АХАТ ақпараттық жүйесінен алынады",
            "Если смерть зарегистрирована в Казахстане после 2008 года, не прикладывайте – сведения получаются из ИС ЗАГС",
            "Do not attach it if the death was registered in Kazakhstan after 2008 – we get it from the civil registry",
        )),
        requirement: Requirement::OptionalWhen(Condition::All(&[
            BANK_AND_PARENT,
            Condition::Equals("other_parent_status", "deceased"),
        ])),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 2,
    },
    DocumentSlot {
        id: "sole-representative",
        name: Text::new(
            "Балалардың жалғыз заңды өкілі екеніңізді растайтын құжат",
            "Документ, подтверждающий, что вы единственный законный представитель детей",
            "A document showing that you are the children's only legal representative",
        ),
        hint: Some(Text::new(
            "Мысалы, ата-ана құқығынан айыру туралы сот шешімі немесе АХАТ органының анықтамасы",
            "Например, решение суда о лишении родительских прав или справка органа ЗАГС",
            "For example, a court decision removing parental rights or a certificate from the civil registry office",
        )),
        requirement: Requirement::When(Condition::All(&[
            BANK_AND_PARENT,
            Condition::Equals("other_parent_status", "sole"),
        ])),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 3,
    },
    DocumentSlot {
        id: "inheritance-certificate",
        name: Text::new(
            "Мұрагерлік құқығы туралы куәлік",
            "Свидетельство о праве на наследство",
            "Certificate of inheritance",
        ),
        hint: Some(Text::new(
            "Нотариус заң немесе өсиет бойынша берген куәлік",
            "Свидетельство, выданное нотариусом по закону или по завещанию",
            "Issued by a notary, by law or by will",
        )),
        requirement: Requirement::When(INHERITANCE),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    },
    DocumentSlot {
        id: "death-certificate",
        name: Text::new(
            "Мұраға қалдырушының қайтыс болуы туралы куәлік",
            "Свидетельство о смерти наследодателя",
            "Death certificate of the person who left the inheritance",
        ),
        hint: Some(Text::new(
            "Қайтыс болу Қазақстанда 2008 жылдан кейін тіркелсе, тіркемеңіз – мәліметтер АХАТ ақпараттық жүйесінен алынады",
            "Если смерть зарегистрирована в Казахстане после 2008 года, не прикладывайте – сведения получаются из ИС ЗАГС",
            "Do not attach it if the death was registered in Kazakhstan after 2008 – we get it from the civil registry",
        )),
        requirement: Requirement::OptionalWhen(INHERITANCE),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 2,
    },
    DocumentSlot {
        id: "vehicle-registration",
        name: Text::new(
            "Көлік құралын тіркеу туралы куәлік",
            "Свидетельство о регистрации транспортного средства",
            "Vehicle registration certificate",
        ),
        hint: Some(Text::new(
            "Куәлік жоғалса – жол полициясының анықтамасы",
            "Если свидетельство утеряно – справка дорожной полиции",
            "If it is lost, a letter from the road police",
        )),
        requirement: Requirement::When(Condition::Equals("certificate_for", "road-police")),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 2,
    },
    DocumentSlot {
        id: "birth-certificate-abroad",
        name: Text::new(
            "Шетелде туған баланың туу туралы куәлігі (міндетті емес)",
            "Свидетельство о рождении ребёнка, родившегося за границей (необязательно)",
            "Birth certificate of a child born outside Kazakhstan (optional)",
        ),
        hint: Some(Text::new(
            "Қазақстанда тіркелген туу туралы мәліметтер АХАТ ақпараттық жүйесінен алынады",
            "Сведения о рождении, зарегистрированном в Казахстане, получаются из ИС ЗАГС",
            "We get births registered in Kazakhstan from the civil registry",
        )),
        requirement: Requirement::Optional,
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 10,
    },
    DocumentSlot {
        id: "identity",
        name: Text::new(
            "Өтініш берушілердің жеке басын куәландыратын құжаттары",
            "Документы, удостоверяющие личность заявителей",
            "Identity documents of the applicants",
        ),
        hint: Some(Text::new(
            "Түпнұсқасы тексеріліп, қайтарылады",
            "Оригинал сверяется и возвращается",
            "The original is checked and given back",
        )),
        requirement: Requirement::Always,
        channels: &[Channel::ServiceCentre],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 4,
    },
];

const PORTAL: &[Channel] = &[Channel::Portal];
const CENTRE: &[Channel] = &[Channel::ServiceCentre];

/// Appendix 1, tables 1 (the Centre) and 2 (the portal), worded as in regulation 5. Steps the
/// regulation times in seconds are rounded up to whole minutes; the regulation sets one term of 5
/// working days for checking the application and issuing the result.
const STEPS: &[ProcessStep] = &[
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
            "Портал ЭЦҚ тіркеу куәлігінің мерзімін, кері қайтарылмағанын және ЖСН сәйкестігін тексереді; ЭЦҚ расталмаса, қызметтен бас тарту туралы хабарлама шығарады",
            "Портал проверяет срок действия регистрационного свидетельства ЭЦП, его отсутствие в списке отозванных и совпадение ИИН; если ЭЦП не подтверждена, формирует сообщение об отказе в услуге",
            "The portal checks that the ESP certificate is in date, not revoked and carries the same IIN; if it is not confirmed, it refuses the request with a message",
        ),
        term: Term::minutes(2),
        channels: PORTAL,
    },
    ProcessStep {
        actor: Actor::Applicant,
        action: Text::new(
            "Сұранысқа ЭЦҚ-мен қол қойып, оны «электрондық үкімет» шлюзі арқылы білім беру бөліміне жібереді",
            "Подписывает запрос ЭЦП и направляет его через шлюз «электронного правительства» в отдел образования",
            "Signs the request with the ESP and sends it through the e-government gateway to the education department",
        ),
        term: Term::minutes(1),
        channels: PORTAL,
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
            "Құжаттардың қағаз түрінде ұсынылғанын белгілейді, оларды сканерлеп тіркейді, сұранысқа өз ЭЦҚ-мен қол қойып, білім беру бөліміне жібереді",
            "Отмечает представление документов на бумаге, сканирует и прикрепляет их, подписывает запрос своей ЭЦП и направляет в отдел образования",
            "Records that paper documents were presented, scans and attaches them, signs the request with their own ESP and sends it to the education department",
        ),
        term: Term::minutes(2),
        channels: CENTRE,
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "Сұраныс «электрондық үкіметтің» аймақтық шлюзінде тіркеліп, өтінішке нөмір беріледі",
            "Запрос регистрируется в региональном шлюзе «электронного правительства» с присвоением номера заявки",
            "The request is registered in the regional e-government gateway and given an application number",
        ),
        term: Term::minutes(1),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Specialist,
        action: Text::new(
            "Білім беру бөлімі құжаттардың стандартқа сәйкестігін және қызмет көрсету негіздерін тексеріп, анықтаманың немесе дәлелді бас тартудың жобасын дайындайды (регламент тексеру мен нәтиже беруге бір ортақ мерзім белгілейді)",
            "Отдел образования проверяет соответствие документов стандарту и основания для оказания услуги и готовит проект справки или мотивированного отказа (регламент устанавливает один общий срок на проверку и выдачу результата)",
            "The education department checks the documents against the standard and the grounds for the service, and drafts the certificate or a reasoned refusal (the regulation sets one term for checking and issuing the result)",
        ),
        term: Term::working_days(5),
        channels: &[],
    },
    ProcessStep {
        actor: Actor::Head,
        action: Text::new(
            "Білім беру бөлімінің бастығы анықтамаға немесе бас тартуға ЭЦҚ-мен қол қояды – сол 5 жұмыс күні ішінде; нәтиже жеке кабинетке жіберіледі, ХҚКО арқылы өтініш берсеңіз – Орталық операторы арқылы беріледі",
            "Начальник отдела образования подписывает справку или отказ ЭЦП – в пределах тех же 5 рабочих дней; результат направляется в личный кабинет, при обращении через ЦОН – выдаётся через оператора Центра",
            "The head of the education department signs the certificate or the refusal with the ESP, within the same 5 working days; the result goes to your personal cabinet or, if you applied at a service centre, is handed over by the operator",
        ),
        term: Term::working_days(5),
        channels: &[],
    },
];

const HEAD: Text = Text::new(
    "Көкпекті ауданының білім беру бөлімінің бастығы",
    "Начальник отдела образования Кокпектинского района",
    "Head of the Kokpekti District Education Department",
);

const HEAD_NAME: Text = Text::new(
    "Көкпекті ауданының білім беру бөлімі бастығының тегі, аты, әкесінің аты",
    "Фамилия, имя, отчество начальника отдела образования Кокпектинского района",
    "Full name of the head of the Kokpekti District Education Department",
);

const VALID_ONE_MONTH: Text = Text::new(
    "Анықтама берілген күннен бастап 1 (бір) ай ішінде жарамды",
    "Справка действительна в течение 1 (одного) месяца со дня выдачи",
    "Valid for 1 (one) month from the date of issue",
);

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

const CHILD: Text = Text::new(
    "Кәмелетке толмаған баланың (балалардың) тегі, аты, әкесінің аты және туған жылы",
    "Фамилия, имя, отчество и год рождения несовершеннолетнего ребёнка (детей)",
    "Full name and year of birth of the child (children)",
);

const REPRESENTATIVE: Text = Text::new(
    "Заңды өкілдің (ата-ананың, қорғаншының немесе қамқоршының, патронат тәрбиешінің) тегі, аты, әкесінің аты, туған жылы, жеке куәлігінің нөмірі, берілген күні және кім бергені",
    "Фамилия, имя, отчество законного представителя (родителя, опекуна или попечителя, патронатного воспитателя), год рождения, номер удостоверения личности, дата выдачи и кем выдано",
    "The legal representative (parent, guardian or trustee, foster carer): full name, year of birth, identity card number, date of issue and issuing body",
);

const OUTPUTS: &[OutputTemplate] = &[
    OutputTemplate {
        result: 0,
        title: Text::new(
            "Жинақтаушы зейнетақы қорына анықтама",
            "Справка в накопительный пенсионный фонд",
            "Certificate for a pension fund",
        ),
        fields: &[
            Text::new(
                "Жинақтаушы зейнетақы қорының атауы (кімге)",
                "Наименование накопительного пенсионного фонда (кому)",
                "Name of the pension fund (addressee)",
            ),
            CHILD,
            REPRESENTATIVE,
            Text::new(
                "Салымшының (мұраға қалдырушының) тегі, аты, әкесінің аты; қайтыс болуы туралы куәліктің нөмірі мен берілген күні",
                "Фамилия, имя, отчество вкладчика (наследодателя); номер и дата выдачи свидетельства о смерти",
                "Full name of the depositor (the person who died); number and date of the death certificate",
            ),
            Text::new(
                "Мұрагерлік құқығы туралы куәлік: заң немесе өсиет бойынша, берілген жылы, нотариус және оның мемлекеттік лицензиясы (нөмірі, берілген күні, кім бергені)",
                "Свидетельство о праве на наследство: по закону или по завещанию, год выдачи, нотариус и его государственная лицензия (номер, дата выдачи, кем выдана)",
                "Certificate of inheritance: by law or by will, year of issue, the notary and their state licence (number, date, issuing body)",
            ),
            Text::new(
                "Рұқсат: мұраға қалған зейнетақы жинақтарын инвестициялық табыспен, өсіммен және өзге түсімдермен бірге алуға",
                "Разрешение: получить унаследованные пенсионные накопления с инвестиционным доходом, пеней и иными поступлениями",
                "Permission: to receive the inherited pension savings with the investment income, accruals and other receipts",
            ),
            HEAD_NAME,
            VALID_ONE_MONTH,
            EQUAL_TO_PAPER,
            BARCODE,
        ],
        signed_by: HEAD,
    },
    OutputTemplate {
        result: 1,
        title: Text::new("Банкке анықтама", "Справка в банк", "Certificate for a bank"),
        fields: &[
            Text::new("Банктің атауы (кімге)", "Наименование банка (кому)", "Name of the bank (addressee)"),
            CHILD,
            REPRESENTATIVE,
            Text::new(
                "Рұқсат: кәмелетке толмаған баланың (балалардың) банктегі салымдарына тиесілі инвестициялық табыспен, өсіммен және өзге түсімдермен бірге иелік етуге",
                "Разрешение: распорядиться вкладами несовершеннолетнего ребёнка (детей) в банке с причитающимся инвестиционным доходом, пеней и иными поступлениями",
                "Permission: to manage the child's (children's) deposits at the bank, with the investment income, accruals and other receipts due",
            ),
            HEAD_NAME,
            VALID_ONE_MONTH,
            EQUAL_TO_PAPER,
            BARCODE,
        ],
        signed_by: HEAD,
    },
    OutputTemplate {
        result: 2,
        title: Text::new(
            "Жол полициясы бөлімшесіне анықтама",
            "Справка в подразделение дорожной полиции",
            "Certificate for a road police unit",
        ),
        fields: &[
            Text::new(
                "ҚР ІІМ Жол полициясы комитеті аумақтық бөлімшесінің атауы (кімге)",
                "Наименование территориального подразделения Комитета дорожной полиции МВД РК (кому)",
                "Name of the road police unit (addressee)",
            ),
            Text::new(
                "Кәмелетке толмағанның (толмағандардың) мүддесінде әрекет ететін білім беру бөлімі келісім беретін мәміле",
                "Сделка, на которую даёт согласие отдел образования, действующий в интересах несовершеннолетнего (несовершеннолетних)",
                "The transaction the education department, acting in the child's interests, consents to",
            ),
            Text::new(
                "Көлік құралы: маркасы мен моделі, мемлекеттік тіркеу нөмірі, VIN",
                "Транспортное средство: марка и модель, государственный регистрационный номер, VIN",
                "The vehicle: make and model, number plate, VIN",
            ),
            HEAD_NAME,
            VALID_ONE_MONTH,
            EQUAL_TO_PAPER,
            BARCODE,
        ],
        signed_by: HEAD,
    },
    OutputTemplate {
        result: 3,
        title: Text::new("Дәлелді бас тарту", "Мотивированный отказ", "Reasoned refusal"),
        fields: &[
            Text::new(
                "Өтініш берушінің тегі, аты, әкесінің аты және мекенжайы",
                "Фамилия, имя, отчество и адрес заявителя",
                "Applicant's full name and address",
            ),
            Text::new(
                "Бас тарту негіздемесі (ерікті нысандағы мәтін)",
                "Основания отказа (текст в произвольной форме)",
                "Grounds for refusal (free text)",
            ),
            HEAD_NAME,
            EQUAL_TO_PAPER,
        ],
        signed_by: HEAD,
    },
];

/// The certificates for minors' deposits, inheritance and vehicles, version 1.
pub static MINORS_DEPOSITS_INHERITANCE_V1: ServiceDefinition = ServiceDefinition {
    slug: "minors-deposits-inheritance",
    version: 1,
    valid_from: "2013-02-04",
    valid_to: None,
    passport: Passport {
        name: Text::new(
            "Зейнетақы қорларына, банктерге кәмелетке толмағандардың салымдарына иелік ету үшін, Қазақстан Республикасы Ішкі істер министрлігі Жол полициясы комитетінің аумақтық бөлімшелеріне кәмелетке толмаған балаларға мұраны ресімдеу үшін анықтамалар беру",
            "Выдача справок в пенсионные фонды, банки для распоряжения вкладами несовершеннолетних, в территориальные подразделения Комитета дорожной полиции Министерства внутренних дел Республики Казахстан для оформления наследства несовершеннолетним детям",
            "Certificates for pension funds and banks to manage minors' deposits, and for Road Police units to register an inheritance for minors",
        ),
        summary: Text::new(
            "Қорғаншылық және қамқоршылық органы кәмелетке толмаған баланың заңды өкіліне банктегі салымдарына иелік етуге, мұраға қалған зейнетақы жинақтарын алуға немесе балаға тиесілі көлік құралымен мәміле жасауға рұқсат (келісім) беретін анықтама береді. Анықтама банкке, жинақтаушы зейнетақы қорына немесе Жол полициясының аумақтық бөлімшесіне ұсынылады және бір ай жарамды.",
            "Орган опеки и попечительства выдаёт законному представителю несовершеннолетнего справку с разрешением (согласием) распорядиться вкладами ребёнка в банке, получить унаследованные пенсионные накопления или совершить сделку с транспортным средством ребёнка. Справка представляется в банк, накопительный пенсионный фонд или территориальное подразделение дорожной полиции и действительна один месяц.",
            "The guardianship authority gives a child's legal representative a certificate permitting them to manage the child's bank deposits, receive pension savings the child has inherited, or make a transaction with a vehicle the child owns. You take the certificate to the bank, the pension fund or the Road Police, and it is valid for one month.",
        ),
        provider: Text::new(
            "«Көкпекті ауданының білім беру бөлімі» мемлекеттік мекемесі (қорғаншылық және қамқоршылық органының функцияларын атқарады)",
            "ГУ «Отдел образования Кокпектинского района» (осуществляет функции органа опеки и попечительства)",
            "Kokpekti District Education Department, acting as the guardianship and trusteeship authority",
        ),
        recipients: Text::new(
            "Жеке тұлғалар – кәмелетке толмаған баланың заңды өкілдері: ата-ана (ата-аналар), қорғаншы немесе қамқоршы, патронат тәрбиеші және оларды алмастыратын басқа адамдар",
            "Физические лица – законные представители несовершеннолетнего: родитель (родители), опекун или попечитель, патронатный воспитатель и другие заменяющие их лица",
            "Individuals who are a child's legal representatives: parents, guardians or trustees, foster carers and others who take their place",
        ),
        territory: Text::new(
            "Шығыс Қазақстан облысы, Көкпекті ауданы",
            "Кокпектинский район Восточно-Казахстанской области",
            "Kokpekti district, East Kazakhstan oblast",
        ),
        channels: &[Channel::Portal, Channel::ServiceCentre],
        term: Term::working_days(5),
        other_terms: &[TermNote {
            term: Term::working_days(5),
            applies_to: Text::new(
                "Тұрғылықты жері бойынша ХҚКО арқылы өтініш бергенде",
                "При обращении через ЦОН по месту жительства",
                "When you apply at a service centre where you live",
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
                    "Жинақтаушы зейнетақы қорына – кәмелетке толмағанға мұраға қалған зейнетақы жинақтарын алуға рұқсат беретін анықтама",
                    "Справка в накопительный пенсионный фонд – разрешение на получение пенсионных накоплений, унаследованных несовершеннолетним",
                    "Certificate for a pension fund permitting the pension savings a child has inherited to be paid out",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Банкке – кәмелетке толмаған баланың (балалардың) салымдарына иелік етуге рұқсат беретін анықтама",
                    "Справка в банк – разрешение на распоряжение вкладами несовершеннолетнего ребёнка (детей)",
                    "Certificate for a bank permitting the child's deposits to be managed",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "ІІМ Жол полициясы комитетінің аумақтық бөлімшесіне – кәмелетке толмағанға тиесілі көлік құралымен мәмілеге келісім беретін анықтама",
                    "Справка в территориальное подразделение Комитета дорожной полиции МВД – согласие на сделку с транспортным средством несовершеннолетнего",
                    "Certificate for a Road Police unit giving consent to a transaction with a vehicle the child owns",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Дәлелді бас тарту (ерікті нысандағы хат)",
                    "Мотивированный отказ (письмо в произвольной форме)",
                    "Reasoned refusal (a letter)",
                ),
                term: None,
            },
        ],
        result_form: Text::new(
            "Порталда – білім беру бөлімінің уәкілетті тұлғасының ЭЦҚ-мен қол қойылған электрондық құжат, жеке кабинетке жіберіледі; ХҚКО арқылы өтініш бергенде – Орталық операторы арқылы беріледі. Анықтама берілген күнінен бастап 1 (бір) ай ішінде жарамды",
            "На портале – электронный документ, подписанный ЭЦП уполномоченного лица отдела образования, в личном кабинете; при обращении через ЦОН – выдаётся через оператора ЦОН. Справка действительна в течение 1 (одного) месяца со дня выдачи",
            "On the portal, an electronic document signed with the ESP of the education department's authorised officer, sent to your personal cabinet; if you applied at a service centre, the operator gives it to you. The certificate is valid for 1 month from the date of issue",
        ),
        documents: PASSPORT_DOCUMENTS,
        refusal_grounds: &[
            Text::new(
                "Ұсынылған құжаттардың стандартта көрсетілген құжаттарға сәйкес келмеуі",
                "Несоответствие представленных документов документам, указанным в стандарте",
                "The documents you gave do not match those the standard requires",
            ),
            Text::new(
                "Стандарт бойынша қызмет көрсетуге негіздеменің болмауы",
                "Отсутствие оснований для оказания услуги согласно стандарту",
                "There are no grounds under the standard to provide the service",
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
                "Мемлекеттік қызмет стандарты, ҚР Үкіметінің 2012 жылғы 31 тамыздағы № 1119 қаулысымен бекітілген",
                "Стандарт государственной услуги, утверждённый постановлением Правительства РК от 31 августа 2012 года № 1119",
                "The state service standard approved by Government resolution No. 1119 of 31 August 2012",
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
            regulation: Some(6),
            act: Text::new(
                "«Зейнетақы қорларына, банктерге кәмелетке толмағандардың салымдарына иелік ету үшін, Қазақстан Республикасы Ішкі істер министрлігі Жол полициясы комитетінің аумақтық бөлімшелеріне кәмелетке толмаған балаларға мұраны ресімдеу үшін анықтамалар беру» электрондық мемлекеттік қызмет регламенті",
                "Регламент электронной государственной услуги «Выдача справок в пенсионные фонды, банки для распоряжения вкладами несовершеннолетних, в территориальные подразделения Комитета дорожной полиции Министерства внутренних дел Республики Казахстан для оформления наследства несовершеннолетним детям»",
                "Regulation of the electronic state service «Certificates for pension funds and banks to manage minors' deposits, and for Road Police units to register an inheritance for minors»",
            ),
        },
        notes: &[
            Text::new(
                "Регламенттің күші Көкпекті ауданы әкімдігінің 2013 жылғы 13 мамырдағы № 127 қаулысымен жойылған",
                "Регламент утратил силу постановлением акимата Кокпектинского района от 13 мая 2013 года № 127",
                "The regulation was repealed by Kokpekti district akimat resolution No. 127 of 13 May 2013",
            ),
            Text::new(
                "Регламент құжаттарды тізбелемей, стандарттың 11-тармағына сілтейді. Құжаттар тізбесі (өтініш, қайтыс болуы туралы куәлік, салымды растайтын құжат, көлік құралын тіркеу туралы куәлік, мұрагерлік құқығы туралы куәлік, жеке басты куәландыратын құжаттардың деректері) 2013 жылғы аудандық тізбеден алынды; дереккөзде тізбе үзіліп қалған, толық емес болуы мүмкін [дереккөз: http://edu.fedorovka.kz/index.php/ru/about-roo/public-services, 2013]",
                "Регламент документы не перечисляет и ссылается на пункт 11 стандарта. Перечень документов (заявление, свидетельство о смерти, документ о вкладе, свидетельство о регистрации транспортного средства, свидетельство о праве на наследство, сведения документов, удостоверяющих личность) взят из районного перечня 2013 года; в источнике перечень обрывается и может быть неполным [источник: http://edu.fedorovka.kz/index.php/ru/about-roo/public-services, 2013]",
                "The regulation does not list the documents; it refers to item 11 of the standard. The documents list (application, death certificate, deposit document, vehicle registration certificate, certificate of inheritance, identity document details) comes from a 2013 district list; that source is cut off and may be incomplete [source: http://edu.fedorovka.kz/index.php/ru/about-roo/public-services, 2013]",
            ),
            Text::new(
                "Мерзім: порталда да, ХҚКО-да да 5 жұмыс күні (1-қосымша). Қабылданған күннің мерзімге кіретіні-кірмейтіні регламентте айтылмаған; кейінгі стандарттардың жалпы ережесі бойынша Мемлекеттік корпорацияға жүгінгенде құжаттарды қабылдау күні мерзімге кірмейді [дереккөз: 2014–2020 жылдардағы ұлттық стандарттардың жалпы ережесі, standards.md 11.3]",
                "Срок: 5 рабочих дней и на портале, и в ЦОН (приложение 1). Входит ли день приёма в срок, регламент не говорит; по общему правилу последующих стандартов при обращении в Госкорпорацию день приёма документов в срок не входит [источник: общее правило национальных стандартов 2014–2020 годов, standards.md 11.3]",
                "Term: 5 working days on the portal and at a service centre (Appendix 1). The regulation does not say whether the day of acceptance counts; under the general rule of later standards, the day documents are accepted at the State Corporation does not count [source: general rule of the 2014–2020 national standards, standards.md 11.3]",
            ),
            Text::new(
                "Орыс тіліндегі атауы қалпына келтірілген, дереккөз мәтінінде жоқ. 2015 жылғы стандарттағы атауы: «Выдача справок в единый накопительный пенсионный фонд и (или) добровольный накопительный пенсионный фонд, банки, органы внутренних дел для распоряжения имуществом несовершеннолетних детей и оформления наследства несовершеннолетним детям» [дереккөз: ҚР БҒМ 2015 жылғы 13 сәуірдегі № 198 бұйрығының 3-қосымшасы]",
                "Русское название восстановлено, в тексте источника его нет. В стандарте 2015 года: «Выдача справок в единый накопительный пенсионный фонд и (или) добровольный накопительный пенсионный фонд, банки, органы внутренних дел для распоряжения имуществом несовершеннолетних детей и оформления наследства несовершеннолетним детям» [источник: приложение 3 к приказу МОН РК от 13 апреля 2015 года № 198]",
                "The Russian name is reconstructed; the source text does not give it. The 2015 standard words it «Выдача справок в единый накопительный пенсионный фонд и (или) добровольный накопительный пенсионный фонд, банки, органы внутренних дел для распоряжения имуществом несовершеннолетних детей и оформления наследства несовершеннолетним детям» [source: Appendix 3 to MES order No. 198 of 13 April 2015]",
            ),
            Text::new(
                "Кейін бұл қызмет «Кәмелетке толмағандардың мүлкіне иелік ету үшін анықтамалар беру» қызметіне біріктірілді (ҚР БҒМ 2020 жылғы 24 сәуірдегі № 158 бұйрығының 2-қосымшасы) [дереккөз: standards.md, 8.1]",
                "Позднее услуга объединена в услугу «Выдача справок для распоряжения имуществом несовершеннолетних» (приложение 2 к приказу МОН РК от 24 апреля 2020 года № 158) [источник: standards.md, 8.1]",
                "The service was later merged into «Issuing certificates for disposing of minors' property» (Appendix 2 to MES order No. 158 of 24 April 2020) [source: standards.md, 8.1]",
            ),
            Text::new(
                "Атауында Жол полициясына мұраны ресімдеу туралы айтылады, бірақ Жол полициясына берілетін анықтама үлгісі балаға тиесілі көлік құралымен кез келген мәмілеге «келісім береді». Банкке берілетін анықтамадағы «иесілі» сөзі «тиесілі» деп оқылды (?)",
                "В названии говорится об оформлении наследства в дорожной полиции, но образец справки для дорожной полиции «даёт согласие» на любую сделку с транспортным средством ребёнка. Слово «иесілі» в справке для банка прочитано как «тиесілі» (причитающиеся) (?)",
                "The name speaks of registering an inheritance with the Road Police, but the Road Police certificate template «gives consent» to any transaction with the child's vehicle. The word «иесілі» in the bank certificate is read as «тиесілі» (due) (?)",
            ),
            Text::new(
                "Өтініш нысаны регламенттің 3-қосымшасындағы өтініш және анықтама үлгілерінен алынды: анықтама ұсынылатын жер (банк, жинақтаушы зейнетақы қоры, Жол полициясы бөлімшесі), балалар, банктің атауы, зейнетақы қорының атауы, салымшының аты-жөні мен қайтыс болуы туралы куәлік, мұрагерлік құқығы туралы куәлік пен нотариустың лицензиясы, көлік құралы; банктегі салымдар бойынша – әкесі мен шешесі туралы мәліметтер және 10 жасқа толған балалардың келісімі. Баланың туу туралы куәлігінің нөмірі орнына ЖСН сұралады; өтініш берушінің туған күні мен жеке куәлігі «Жеке тұлғалар» мемлекеттік деректер базасынан алынады",
                "Форма заявления взята из образцов заявлений и справок приложения 3 к регламенту: куда представляется справка (банк, накопительный пенсионный фонд, подразделение дорожной полиции), дети, наименование банка, наименование пенсионного фонда, ФИО вкладчика и свидетельство о смерти, свидетельство о праве на наследство и лицензия нотариуса, транспортное средство; для вкладов в банке – сведения об отце и матери и согласие детей, достигших 10 лет. Вместо номера свидетельства о рождении ребёнка запрашивается ИИН; дата рождения и удостоверение личности заявителя получаются из ГБД «Физические лица»",
                "The form follows the application and certificate templates in Appendix 3 of the regulation: where the certificate is for (a bank, a pension fund or a road police unit), the children, the bank's name, the pension fund's name, the depositor's name and death certificate, the certificate of inheritance and the notary's licence, and the vehicle; for bank deposits, the father's and mother's details and the consent of children aged 10 or over. The child's IIN is asked instead of the birth certificate number; the applicant's date of birth and identity document come from the state database «Individuals»",
            ),
            Text::new(
                "Регламентте жоқ, кейінгі стандарттан немесе «электрондық үкімет» тәжірибесінен алынғандар: салым шотының нөмірі, салыммен не істелетіні және ақшаның мақсаты, көлік құралымен жасалатын мәміленің түрі, маркасы, мемлекеттік нөмірі, VIN және тіркеу туралы куәліктің нөмірі; құжаттар – салымды растайтын құжат, мұрагерлік құқығы туралы куәлік, көлік құралын тіркеу туралы куәлік (2013 жылғы аудандық тізбе), қайтыс болуы туралы куәлік (АХАТ ақпараттық жүйесінде болмаса), шетелде туған баланың туу туралы куәлігі [дереккөз: standards.md 8.2; http://edu.fedorovka.kz/index.php/ru/about-roo/public-services]",
                "Не из регламента, а из последующего стандарта или практики «электронного правительства»: номер счёта вклада, действие с вкладом и цель расходования денег, вид сделки с транспортным средством, его марка, государственный номер, VIN и номер свидетельства о регистрации; документы – документ о вкладе, свидетельство о праве на наследство, свидетельство о регистрации транспортного средства (районный перечень 2013 года), свидетельство о смерти (если его нет в ИС ЗАГС), свидетельство о рождении ребёнка, родившегося за границей [источник: standards.md 8.2; http://edu.fedorovka.kz/index.php/ru/about-roo/public-services]",
                "Taken from the later standard or e-government practice, not the regulation: the deposit account number, what is to be done with the deposit and what the money is for, the kind of vehicle transaction, the vehicle's make, number plate, VIN and registration certificate number; documents confirming the deposit, the certificate of inheritance and the vehicle registration certificate (2013 district list), the death certificate (where the civil registry does not hold it) and the birth certificate of a child born abroad [source: standards.md 8.2; http://edu.fedorovka.kz/index.php/ru/about-roo/public-services]",
            ),
            Text::new(
                "10 жасқа толған баланың келісімі (тек банктегі салымдар бойынша, 3-қосымша) порталда баланың қолымен жазылған келісімнің сканерленген көшірмесі ретінде сұралады; екінші ата-ананың келісімі де жеке құжат ретінде тіркеледі. Жол полициясына берілетін анықтама мұраны ресімдеуге де, көлік құралымен басқа мәмілеге де беріледі [дереккөз: standards.md 8.2, I]",
                "Согласие ребёнка, достигшего 10 лет (только для вкладов в банке, приложение 3), на портале запрашивается как скан-копия согласия, написанного ребёнком; согласие второго родителя также прикладывается отдельным документом. Справка в дорожную полицию выдаётся и для оформления наследства, и для иной сделки с транспортным средством [источник: standards.md 8.2, I]",
                "On the portal, the consent of a child aged 10 or over (for bank deposits only, Appendix 3) is asked for as a scan of the consent the child wrote; the other parent's consent is also attached as a separate document. The certificate for the road police is given both for registering an inheritance and for any other transaction with the vehicle [source: standards.md 8.2, I]",
            ),
            Text::new(
                "Ақпарат, сапаны бағалау және шағымдар: «электрондық үкімет» порталының байланыс орталығы – 1414",
                "Информация, оценка качества и жалобы: контакт-центр портала «электронного правительства» – 1414",
                "Information, feedback on quality and complaints: the e-government portal contact centre, 1414",
            ),
        ],
    },
    pages: PAGES,
    documents: DOCUMENTS,
    declaration: Some(Text::new(
        "Берген мәліметтерімнің дұрыс әрі толық екенін, сұралған рұқсат балалардың құқықтары мен мүдделеріне нұқсан келтірмейтінін растаймын және қорғаншылық және қамқоршылық органының анықтама дайындау үшін менің және балалардың дербес деректерін пайдалануына келісім беремін.",
        "Подтверждаю, что предоставленные сведения верны и полны, что запрашиваемое разрешение не ущемляет права и интересы детей, и даю согласие органу опеки и попечительства на использование моих персональных данных и персональных данных детей для подготовки справки.",
        "I confirm that the information I have given is correct and complete and that the permission I ask for does not harm the children's rights or interests, and I consent to the guardianship authority using my personal data and the children's to prepare the certificate.",
    )),
    steps: STEPS,
    outputs: OUTPUTS,
    changes: &[],
};
