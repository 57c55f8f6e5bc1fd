//! S8 — «Кәмелетке толмағандарға меншік құқығында тиесілі мүлікпен мәмілелерді ресімдеу үшін
//! қорғаншылық немесе қамқоршылық жөніндегі функцияларды жүзеге асыратын органдардың анықтамаларын
//! беру» (guardianship body's certificate for transactions with property owned by minors).
//!
//! Seed 003, regulation 5: Kokpekti district akimat resolution N 417 of 24.12.2012. The regulation
//! lists no documents (it points to item 11 of the Standard), no fee and no refusal grounds; the
//! terms come from Appendix 1 and the result from the Appendix 3 templates. The form follows the two
//! Appendix 3 application templates (sale, exchange or gift of a flat; a pledge for a loan): the
//! children, each child aged 10 or over consenting, the other parent, the property and where the
//! children will live; what the templates do not cover comes from the later standard (see notes).

use crate::definition::*;
use crate::lang::Text;

const PASSPORT_DOCUMENTS: &[PassportDocument] = &[
    PassportDocument {
        name: Text::new(
            "Ерлі-зайыптылардың (ата-ананың) мәмілеге рұқсат беру туралы өтініші",
            "Заявление супругов (родителей) о разрешении на сделку",
            "An application from both parents (the spouses) asking for permission for the transaction",
        ),
        channels: &[],
        note: Some(Text::new(
            "Үлгілері регламенттің 3-қосымшасында берілген: пәтерді сатуға (айырбастауға, сыйға тартуға) немесе кредит алу үшін кепілге қоюға. 10 жастан асқан балалар «келісемін» деп жазып, қол қояды. Порталда – ЭЦҚ-мен қол қойылған электрондық сұраныс",
            "Образцы – в приложении 3 к регламенту: на продажу (обмен, дарение) квартиры или её залог для получения кредита. Дети старше 10 лет пишут «согласен(на)» и расписываются. На портале – электронный запрос, подписанный ЭЦП",
            "Templates are in Appendix 3 of the regulation: for selling, exchanging or giving away a flat, or using it as security for a loan. Children over 10 write «I agree» and sign. On the portal, an electronic request signed with your digital signature (ESP)",
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
            "Регламент тізбені келтірмейді. Порталда электрондық көшірмелері тіркеледі; ХҚКО-да қағаз түрінде ұсынылып, оператор сканерлейді",
            "Регламент перечень не приводит. На портале прикрепляются электронные копии; в ЦОН представляются на бумаге и сканируются оператором",
            "The regulation does not list them. On the portal you attach electronic copies; at a service centre you bring paper documents and the operator scans them",
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

const RELATIONS: &[ChoiceOption] = &[
    ChoiceOption { value: "mother", label: Text::new("Анасымын", "Мать", "Mother"), hint: None },
    ChoiceOption { value: "father", label: Text::new("Әкесімін", "Отец", "Father"), hint: None },
    ChoiceOption {
        value: "guardian",
        label: Text::new("Қорғаншысы немесе қамқоршысымын", "Опекун или попечитель", "Guardian or trustee"),
        hint: None,
    },
];

const PROPERTY_KINDS: &[ChoiceOption] = &[
    ChoiceOption { value: "flat", label: Text::new("Пәтер", "Квартира", "Flat"), hint: None },
    ChoiceOption {
        value: "house", label: Text::new("Жеке тұрғын үй", "Жилой дом", "House"), hint: None
    },
    ChoiceOption {
        value: "land", label: Text::new("Жер учаскесі", "Земельный участок", "Land plot"), hint: None
    },
    ChoiceOption {
        value: "other",
        label: Text::new("Өзге қозғалмайтын мүлік", "Иное недвижимое имущество", "Other real estate"),
        hint: Some(Text::new(
            "Мысалы, гараж немесе тұрғын емес үй-жай",
            "Например, гараж или нежилое помещение",
            "For example, a garage or non-residential premises",
        )),
    },
];

const TRANSACTIONS: &[ChoiceOption] = &[
    ChoiceOption { value: "sale", label: Text::new("Сату", "Продажа", "Sale"), hint: None },
    ChoiceOption { value: "exchange", label: Text::new("Айырбастау", "Обмен", "Exchange"), hint: None },
    ChoiceOption { value: "gift", label: Text::new("Сыйға тарту", "Дарение", "Gift"), hint: None },
    ChoiceOption {
        value: "pledge",
        label: Text::new(
            "Кредит алу үшін кепілге қою",
            "Залог для получения кредита",
            "Using it as security for a loan",
        ),
        hint: None,
    },
];

/// What the children receive instead of the property they give up: the purpose the guardianship
/// authority weighs before it permits a sale, an exchange or a gift.
const CHILDREN_HOUSING: &[ChoiceOption] = &[
    ChoiceOption {
        value: "new-share",
        label: Text::new(
            "Балаларға жаңа тұрғын үйден үлес бөлінеді",
            "Детям выделяется доля в новом жилье",
            "The children get a share of the new home",
        ),
        hint: Some(Text::new(
            "Сатып алынатын немесе айырбасқа алынатын тұрғын үйден",
            "В приобретаемом или получаемом в обмен жилье",
            "The home being bought or received in exchange",
        )),
    },
    ChoiceOption {
        value: "deposit",
        label: Text::new(
            "Балалардың үлесіне тиесілі ақша олардың атына ашылған банк салымына салынады",
            "Деньги за долю детей вносятся на банковский вклад, открытый на их имя",
            "The money for the children's share goes into a bank deposit in their name",
        ),
        hint: None,
    },
    ChoiceOption {
        value: "other-home",
        label: Text::new(
            "Балаларда басқа тұрғын үй бар",
            "У детей есть другое жильё",
            "The children already have another home",
        ),
        hint: Some(Text::new(
            "Мысалы, балалардың басқа пәтерде үлесі бар",
            "Например, у детей есть доля в другой квартире",
            "For example, they own a share of another flat",
        )),
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

const YES_NO: &[ChoiceOption] = &[
    ChoiceOption { value: "yes", label: Text::new("Иә", "Да", "Yes"), hint: None },
    ChoiceOption { value: "no", label: Text::new("Жоқ", "Нет", "No"), hint: None },
];

/// A child aged 10 or more must agree to the transaction (Appendix 3: «10 жастан асқан балалар
/// қолдарын қояды, «келісемін» деген сөзді жазады»).
const CHILD_OLD_ENOUGH_TO_CONSENT: Condition = Condition::AnyItem("children", &Condition::AgeAtLeast("child_iin", 10));

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
    Page {
        intro: Some(Text::new(
            "Мүлікте үлесі бар барлық кәмелетке толмаған балаларды көрсетіңіз. 10 жасқа толған бала мәмілеге жазбаша келісім береді",
            "Укажите всех несовершеннолетних детей, у которых есть доля в имуществе. Ребёнок, достигший 10 лет, даёт письменное согласие на сделку",
            "List every child under 18 who owns a share of the property. A child aged 10 or over must give written consent to the transaction",
        )),
        repeat: Some(Repeat {
            min: 1,
            max: 10,
            item: Text::new("Бала {n}", "Ребёнок {n}", "Child {n}"),
            add: Text::new("Тағы бала қосу", "Добавить ещё ребёнка", "Add another child"),
        }),
        ..Page::new(
            "children",
            Text::new(
                "Мүлікте үлесі бар балалар",
                "Дети, у которых есть доля в имуществе",
                "Children who own the property",
            ),
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
                Field {
                    hint: Some(Text::new("Мысалы, 1/4", "Например, 1/4", "For example, 1/4")),
                    width: Some("10"),
                    ..Field::new(
                        "child_share",
                        Text::new(
                            "Баланың мүліктегі үлесі",
                            "Доля ребёнка в имуществе",
                            "Child's share of the property",
                        ),
                        FieldKind::Text { max: 30, multiline: false },
                        Text::new(
                            "Баланың мүліктегі үлесін енгізіңіз",
                            "Введите долю ребёнка в имуществе",
                            "Enter the child's share of the property",
                        ),
                    )
                },
            ],
        )
    },
    Page::new(
        "property",
        Text::new("Мүлік туралы мәліметтер", "Сведения об имуществе", "About the property"),
        &[
            Field {
                summary_label: Some(Text::new("Мүліктің түрі", "Вид имущества", "Type of property")),
                ..Field::new(
                    "property_kind",
                    Text::new("Мүліктің түрі", "Вид имущества", "Type of property"),
                    FieldKind::Choice { options: PROPERTY_KINDS, control: ChoiceControl::Radios },
                    Text::new("Мүліктің түрін таңдаңыз", "Выберите вид имущества", "Select the type of property"),
                )
            },
            Field {
                summary_label: Some(Text::new("Облыс", "Область", "Region")),
                ..Field::new(
                    "property_region",
                    Text::new(
                        "Облыс немесе республикалық маңызы бар қала",
                        "Область или город республиканского значения",
                        "Region or city of republican significance",
                    ),
                    FieldKind::Region,
                    Text::new(
                        "Мүлік орналасқан облысты таңдаңыз",
                        "Выберите область, где находится имущество",
                        "Select the region where the property is",
                    ),
                )
            },
            Field {
                summary_label: Some(Text::new("Аудан немесе қала", "Район или город", "District or city")),
                ..Field::new(
                    "property_district",
                    Text::new(
                        "Аудан немесе облыстық маңызы бар қала",
                        "Район или город областного значения",
                        "District or city",
                    ),
                    FieldKind::District { region_field: "property_region" },
                    Text::new(
                        "Мүлік орналасқан ауданды немесе қаланы таңдаңыз",
                        "Выберите район или город, где находится имущество",
                        "Select the district or city where the property is",
                    ),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Елді мекен, көше, үй, пәтер",
                    "Населённый пункт, улица, дом, квартира",
                    "Town or village, street, house and flat number",
                )),
                summary_label: Some(Text::new("Мүліктің мекенжайы", "Адрес имущества", "Address of the property")),
                ..Field::new(
                    "property_address",
                    Text::new("Мекенжайы", "Адрес", "Address"),
                    FieldKind::Text { max: 300, multiline: false },
                    Text::new(
                        "Мүліктің мекенжайын енгізіңіз",
                        "Введите адрес имущества",
                        "Enter the address of the property",
                    ),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Құқық белгілейтін құжатта көрсетілген",
                    "Указан в правоустанавливающем документе",
                    "It is on the title document",
                )),
                summary_label: Some(Text::new("Кадастрлық нөмірі", "Кадастровый номер", "Cadastral number")),
                width: Some("20"),
                ..Field::optional(
                    "property_cadastral_number",
                    Text::new(
                        "Кадастрлық нөмірі (міндетті емес)",
                        "Кадастровый номер (необязательно)",
                        "Cadastral number (optional)",
                    ),
                    FieldKind::Text { max: 40, multiline: false },
                )
            },
        ],
    ),
    Page::new(
        "transaction",
        Text::new("Мәміле туралы", "О сделке", "About the transaction"),
        &[
            Field {
                summary_label: Some(Text::new("Мәміле", "Сделка", "Transaction")),
                ..Field::new(
                    "transaction",
                    Text::new(
                        "Қандай мәмілеге рұқсат сұрайсыз?",
                        "На какую сделку вы просите разрешение?",
                        "What transaction do you need permission for?",
                    ),
                    FieldKind::Choice { options: TRANSACTIONS, control: ChoiceControl::Radios },
                    Text::new("Мәміленің түрін таңдаңыз", "Выберите вид сделки", "Select the transaction"),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Мысалы, нотариустың аты-жөні немесе банктің атауы. Әлі білмесеңіз, бос қалдырыңыз",
                    "Например, ФИО нотариуса или наименование банка. Если ещё не знаете, оставьте поле пустым",
                    "For example, the notary's name or the bank's name. Leave this empty if you do not know yet",
                )),
                summary_label: Some(Text::new(
                    "Анықтама кімге ұсынылады",
                    "Куда представляется справка",
                    "Certificate for",
                )),
                ..Field::optional(
                    "addressee",
                    Text::new(
                        "Анықтаманы кімге ұсынасыз? (міндетті емес)",
                        "Куда вы представите справку? (необязательно)",
                        "Who will you give the certificate to? (optional)",
                    ),
                    FieldKind::Text { max: 200, multiline: false },
                )
            },
        ],
    ),
    Page {
        show_if: Some(Condition::Equals("transaction", "pledge")),
        ..Page::new(
            "loan",
            Text::new("Кредит туралы", "О кредите", "About the loan"),
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
                    hint: Some(Text::new("Теңгемен", "В тенге", "In tenge")),
                    width: Some("10"),
                    ..Field::new(
                        "loan_amount",
                        Text::new("Кредит сомасы", "Сумма кредита", "Loan amount"),
                        FieldKind::Money { max_tenge: 10_000_000_000 },
                        Text::new("Кредит сомасын енгізіңіз", "Введите сумму кредита", "Enter the loan amount"),
                    )
                },
                Field {
                    hint: Some(Text::new("Мысалы, 120", "Например, 120", "For example, 120")),
                    summary_label: Some(Text::new("Кредит мерзімі, ай", "Срок кредита, мес.", "Loan term, months")),
                    width: Some("10"),
                    ..Field::new(
                        "loan_term_months",
                        Text::new("Кредит мерзімі, айлар", "Срок кредита в месяцах", "Loan term in months"),
                        FieldKind::Number { min: 1, max: 360 },
                        Text::new(
                            "Кредит мерзімін айлармен енгізіңіз",
                            "Введите срок кредита в месяцах",
                            "Enter the loan term in months",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new(
                        "Банктің кредит беру туралы хатында көрсетілген",
                        "Указан в письме банка о выдаче кредита",
                        "It is on the bank's letter about the loan",
                    )),
                    width: Some("20"),
                    ..Field::new(
                        "bank_letter_number",
                        Text::new("Банк хатының нөмірі", "Номер письма банка", "Bank letter number"),
                        FieldKind::Text { max: 50, multiline: false },
                        Text::new(
                            "Банк хатының нөмірін енгізіңіз",
                            "Введите номер письма банка",
                            "Enter the number of the bank's letter",
                        ),
                    )
                },
            ],
        )
    },
    Page {
        show_if: Some(Condition::NotEquals("transaction", "pledge")),
        ..Page::new(
            "future-home",
            Text::new(
                "Мәміледен кейін балалар қайда тұрады?",
                "Где будут жить дети после сделки?",
                "Where will the children live after the transaction?",
            ),
            &[
                Field {
                    summary_label: Some(Text::new("Балалардың мүддесі", "Интересы детей", "Children's interests")),
                    ..Field::new(
                        "children_housing",
                        Text::new(
                            "Балалардың мүддесі қалай қорғалады?",
                            "Как будут защищены интересы детей?",
                            "How will the children's interests be protected?",
                        ),
                        FieldKind::Choice { options: CHILDREN_HOUSING, control: ChoiceControl::Radios },
                        Text::new(
                            "Балалардың мүддесі қалай қорғалатынын таңдаңыз",
                            "Выберите, как будут защищены интересы детей",
                            "Select how the children's interests will be protected",
                        ),
                    )
                },
                Field {
                    hint: Some(Text::new(
                        "Елді мекен, көше, үй, пәтер",
                        "Населённый пункт, улица, дом, квартира",
                        "Town or village, street, house and flat number",
                    )),
                    summary_label: Some(Text::new("Болашақ мекенжайы", "Будущий адрес", "Future address")),
                    ..Field::new(
                        "future_address",
                        Text::new(
                            "Балалар болашақта тұратын мекенжай",
                            "Адрес, по которому будут жить дети",
                            "Address where the children will live",
                        ),
                        FieldKind::Text { max: 300, multiline: false },
                        Text::new(
                            "Балалар болашақта тұратын мекенжайды енгізіңіз",
                            "Введите адрес, по которому будут жить дети",
                            "Enter the address where the children will live",
                        ),
                    )
                },
                Field {
                    summary_label: Some(Text::new("Міндеттеме", "Обязательство", "Undertaking")),
                    ..Field::new(
                        "housing_undertaking",
                        Text::new(
                            "Келешекте балалар тұрғын үймен қамтамасыз етіледі",
                            "В будущем дети будут обеспечены жильём",
                            "The children will be provided with a home in the future",
                        ),
                        FieldKind::Consent,
                        Text::new(
                            "Балалар тұрғын үймен қамтамасыз етілетінін растаңыз",
                            "Подтвердите, что дети будут обеспечены жильём",
                            "Confirm that the children will be provided with a home",
                        ),
                    )
                },
            ],
        )
    },
    Page {
        show_if: Some(Condition::Equals("transaction", "pledge")),
        ..Page::new(
            "fallback-home",
            Text::new(
                "Тұрғын үйден айырылған жағдайда балалар қайда тұрады?",
                "Где будут жить дети, если жильё будет утрачено?",
                "Where will the children live if the home is lost?",
            ),
            &[
                Field {
                    hint: Some(Text::new(
                        "Қосымша тұрғын үйдің немесе балаларды өзіне алуға келісетін жақын туыстарыңыздың мекенжайы",
                        "Адрес дополнительного жилья или близких родственников, согласных принять детей",
                        "The address of another home you have, or of close relatives who agree to take the children in",
                    )),
                    summary_label: Some(Text::new(
                        "Балалардың баламалы мекенжайы",
                        "Запасной адрес детей",
                        "Children's fallback address",
                    )),
                    ..Field::new(
                        "fallback_address",
                        Text::new("Мекенжайы", "Адрес", "Address"),
                        FieldKind::Text { max: 300, multiline: false },
                        Text::new(
                            "Балалар тұратын мекенжайды енгізіңіз",
                            "Введите адрес, по которому будут жить дети",
                            "Enter the address where the children would live",
                        ),
                    )
                },
                Field {
                    summary_label: Some(Text::new("Міндеттеме", "Обязательство", "Undertaking")),
                    ..Field::new(
                        "pledge_undertaking",
                        Text::new(
                            "Келешекте балаларды тұрғын үйсіз қалдырмауға міндеттенемін",
                            "Обязуюсь в будущем не оставлять детей без жилья",
                            "I undertake never to leave the children without a home",
                        ),
                        FieldKind::Consent,
                        Text::new(
                            "Балаларды тұрғын үйсіз қалдырмауға міндеттенетініңізді растаңыз",
                            "Подтвердите обязательство не оставлять детей без жилья",
                            "Confirm that you will not leave the children without a home",
                        ),
                    )
                },
            ],
        )
    },
    Page {
        show_if: Some(Condition::NotEquals("relation", "guardian")),
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
        show_if: Some(Condition::All(&[
            Condition::NotEquals("relation", "guardian"),
            Condition::Equals("other_parent_status", "joint"),
        ])),
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
    Page::new(
        "co-owners-any",
        Text::new(
            "Мүлікте балалардан басқа үлесі бар адамдар бар ма?",
            "Есть ли у имущества другие собственники, кроме детей?",
            "Does anyone other than the children own a share of the property?",
        ),
        &[Field {
            hint: Some(Text::new(
                "Үлесіңіз болса, өзіңізді де көрсетіңіз",
                "Укажите и себя, если у вас есть доля",
                "Include yourself if you own a share",
            )),
            summary_label: Some(Text::new("Басқа меншік иелері", "Другие собственники", "Other owners")),
            ..Field::new(
                "co_owners_any",
                Text::new(
                    "Мүлікте балалардан басқа үлесі бар адамдар бар ма?",
                    "Есть ли у имущества другие собственники, кроме детей?",
                    "Does anyone other than the children own a share of the property?",
                ),
                FieldKind::Choice { options: YES_NO, control: ChoiceControl::Radios },
                Text::new(
                    "Мүліктің басқа иелері бар-жоғын таңдаңыз",
                    "Выберите, есть ли у имущества другие собственники",
                    "Select whether anyone else owns a share of the property",
                ),
            )
        }],
    ),
    Page {
        show_if: Some(Condition::Equals("co_owners_any", "yes")),
        repeat: Some(Repeat {
            min: 1,
            max: 10,
            item: Text::new("Меншік иесі {n}", "Собственник {n}", "Owner {n}"),
            add: Text::new("Тағы меншік иесін қосу", "Добавить ещё собственника", "Add another owner"),
        }),
        ..Page::new(
            "co-owners",
            Text::new("Мүліктің басқа иелері", "Другие собственники имущества", "Other owners of the property"),
            &[
                Field {
                    summary_label: Some(Text::new("Меншік иесінің аты-жөні", "ФИО собственника", "Owner's name")),
                    ..Field::new(
                        "co_owner_name",
                        Text::new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество", "Full name"),
                        FieldKind::PersonName { max: 150 },
                        Text::new(
                            "Меншік иесінің тегін, атын және әкесінің атын енгізіңіз",
                            "Введите фамилию, имя и отчество собственника",
                            "Enter the owner's full name",
                        ),
                    )
                },
                Field {
                    summary_label: Some(Text::new("Меншік иесінің ЖСН", "ИИН собственника", "Owner's IIN")),
                    ..Field::new(
                        "co_owner_iin",
                        Text::new("ЖСН", "ИИН", "IIN"),
                        FieldKind::Iin,
                        Text::new("Меншік иесінің ЖСН енгізіңіз", "Введите ИИН собственника", "Enter the owner's IIN"),
                    )
                },
                Field {
                    hint: Some(Text::new("Мысалы, 1/4", "Например, 1/4", "For example, 1/4")),
                    summary_label: Some(Text::new("Меншік иесінің үлесі", "Доля собственника", "Owner's share")),
                    width: Some("10"),
                    ..Field::new(
                        "co_owner_share",
                        Text::new("Мүліктегі үлесі", "Доля в имуществе", "Share of the property"),
                        FieldKind::Text { max: 30, multiline: false },
                        Text::new(
                            "Меншік иесінің мүліктегі үлесін енгізіңіз",
                            "Введите долю собственника в имуществе",
                            "Enter the owner's share of the property",
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
            "10 жасқа толған баланың мәмілеге жазбаша келісімі",
            "Письменное согласие на сделку ребёнка, достигшего 10 лет",
            "Written consent to the transaction from each child aged 10 or over",
        ),
        hint: Some(Text::new(
            "Бала «келісемін» деп өз қолымен жазып, қол қояды – әр баладан бөлек",
            "Ребёнок собственноручно пишет «согласен(на)» и расписывается – отдельно от каждого ребёнка",
            "The child writes «I agree» by hand and signs it – one for each child",
        )),
        requirement: Requirement::When(CHILD_OLD_ENOUGH_TO_CONSENT),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 10,
    },
    DocumentSlot {
        id: "other-parent-consent",
        name: Text::new(
            "Екінші ата-ананың мәмілеге келісімі",
            "Согласие второго родителя на сделку",
            "The other parent's consent to the transaction",
        ),
        hint: Some(Text::new(
            "Екінші ата-ана қол қойған өтініш немесе оның нотариат куәландырған келісімі",
            "Заявление, подписанное вторым родителем, или его нотариально засвидетельствованное согласие",
            "An application signed by the other parent, or their notarised consent",
        )),
        requirement: Requirement::When(Condition::All(&[
            Condition::NotEquals("relation", "guardian"),
            Condition::Equals("other_parent_status", "joint"),
        ])),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 3,
    },
    DocumentSlot {
        id: "bank-letter",
        name: Text::new(
            "Банктің кредит беру туралы хаты",
            "Письмо банка о выдаче кредита",
            "The bank's letter about the loan",
        ),
        hint: None,
        requirement: Requirement::When(Condition::Equals("transaction", "pledge")),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 3,
    },
    DocumentSlot {
        id: "new-home-documents",
        name: Text::new(
            "Балаларға үлес бөлінетін тұрғын үйдің құжаттары",
            "Документы на жильё, в котором детям выделяется доля",
            "Documents for the home in which the children get a share",
        ),
        hint: Some(Text::new(
            "Мысалы, алдын ала сатып алу-сату шарты немесе шарттың жобасы",
            "Например, предварительный договор купли-продажи или проект договора",
            "For example, a preliminary contract of sale or a draft contract",
        )),
        requirement: Requirement::When(Condition::All(&[
            Condition::NotEquals("transaction", "pledge"),
            Condition::Equals("children_housing", "new-share"),
        ])),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 10,
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
            Condition::NotEquals("relation", "guardian"),
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
            Condition::NotEquals("relation", "guardian"),
            Condition::Equals("other_parent_status", "sole"),
        ])),
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 3,
    },
    DocumentSlot {
        id: "title-document",
        name: Text::new(
            "Мүлікке құқық белгілейтін құжат (міндетті емес)",
            "Правоустанавливающий документ на имущество (необязательно)",
            "Title document for the property (optional)",
        ),
        hint: Some(Text::new(
            "Құқық жылжымайтын мүлік тіркелімінде тіркелмеген болса ғана тіркеңіз",
            "Прикладывайте, только если право не зарегистрировано в регистре недвижимости",
            "Attach it only if the right is not recorded in the real estate register",
        )),
        requirement: Requirement::Optional,
        channels: ONLINE_AND_CENTRE,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
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

/// Appendix 1, tables 1 (the Centre) and 2 (the portal). Steps the regulation times in seconds
/// are rounded up to whole minutes; the regulation sets one term of 5 working days for checking the
/// application and issuing the result, without dividing it between the officer and the head.
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

const OUTPUTS: &[OutputTemplate] = &[
    OutputTemplate {
        result: 0,
        title: Text::new("Анықтама", "Справка", "Certificate"),
        fields: &[
            Text::new(
                "Анықтама ұсынылатын ұйым (нотариус, банк)",
                "Организация, куда представляется справка (нотариус, банк)",
                "Where the certificate is presented (notary, bank)",
            ),
            Text::new(
                "Негіздеме: ҚР Азаматтық кодексінің 22–24-баптары, «Тұрғын үй қатынастары туралы» ҚР Заңының 13-бабының 3-тармағы, «Неке (ерлі-зайыптылық) және отбасы туралы» ҚР Кодексінің 128-бабы",
                "Основание: статьи 22–24 Гражданского кодекса РК, пункт 3 статьи 13 Закона РК «О жилищных отношениях», статья 128 Кодекса РК «О браке (супружестве) и семье»",
                "Legal basis: Articles 22–24 of the Civil Code, Article 13(3) of the Law «On housing relations», Article 128 of the Code «On marriage (matrimony) and family»",
            ),
            Text::new(
                "Рұқсат берілетін заңды өкілдердің (ата-ананың) тегі, аты, әкесінің аты",
                "Фамилия, имя, отчество законных представителей (родителей), которым даётся разрешение",
                "Full names of the legal representatives (parents) given permission",
            ),
            Text::new(
                "Кәмелетке толмаған балалардың тегі, аты, әкесінің аты",
                "Фамилия, имя, отчество несовершеннолетних детей",
                "Full names of the children",
            ),
            Text::new("Қозғалмайтын мүліктің мекенжайы", "Адрес недвижимого имущества", "Address of the real estate"),
            Text::new(
                "Рұқсат етілген мәміле (сату, айырбастау, сыйға тарту, кепілге қою)",
                "Разрешённая сделка (продажа, обмен, дарение, залог)",
                "The transaction permitted (sale, exchange, gift, security for a loan)",
            ),
            Text::new(
                "Көкпекті ауданының білім беру бөлімі бастығының тегі, аты, әкесінің аты",
                "Фамилия, имя, отчество начальника отдела образования Кокпектинского района",
                "Full name of the head of the Kokpekti District Education Department",
            ),
            Text::new(
                "Анықтама берілген күннен бастап 1 (бір) ай ішінде жарамды",
                "Справка действительна в течение 1 (одного) месяца со дня выдачи",
                "Valid for 1 (one) month from the date of issue",
            ),
            Text::new(
                "Электрондық құжат қағаз тасығыштағы құжатқа тең («Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II ҚР Заңының 7-бабының 1-тармағы)",
                "Электронный документ равнозначен документу на бумажном носителе (пункт 1 статьи 7 Закона РК от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи»)",
                "The electronic document is equal to a paper one (Article 7(1) of Law No. 370-II of 7 January 2003 «On electronic document and electronic digital signature»)",
            ),
            Text::new(
                "«Электрондық әкімдік» ақпараттық жүйесінің деректері бар штрих-код",
                "Штрих-код с данными информационной системы «Электронный акимат»",
                "Barcode with the data of the «E-akimat» information system",
            ),
        ],
        signed_by: Text::new(
            "Көкпекті ауданының білім беру бөлімінің бастығы",
            "Начальник отдела образования Кокпектинского района",
            "Head of the Kokpekti District Education Department",
        ),
    },
    OutputTemplate {
        result: 1,
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
            Text::new(
                "Көкпекті ауданының білім беру бөлімі бастығының тегі, аты, әкесінің аты",
                "Фамилия, имя, отчество начальника отдела образования Кокпектинского района",
                "Full name of the head of the Kokpekti District Education Department",
            ),
            Text::new(
                "Электрондық құжат қағаз тасығыштағы құжатқа тең («Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II ҚР Заңының 7-бабының 1-тармағы)",
                "Электронный документ равнозначен документу на бумажном носителе (пункт 1 статьи 7 Закона РК от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи»)",
                "The electronic document is equal to a paper one (Article 7(1) of Law No. 370-II of 7 January 2003 «On electronic document and electronic digital signature»)",
            ),
        ],
        signed_by: Text::new(
            "Көкпекті ауданының білім беру бөлімінің бастығы",
            "Начальник отдела образования Кокпектинского района",
            "Head of the Kokpekti District Education Department",
        ),
    },
];

/// The guardianship certificate for transactions with minors' property, version 1.
pub static MINORS_PROPERTY_TRANSACTIONS_V1: ServiceDefinition = ServiceDefinition {
    slug: "minors-property-transactions",
    version: 1,
    valid_from: "2013-02-04",
    valid_to: None,
    passport: Passport {
        name: Text::new(
            "Кәмелетке толмағандарға меншік құқығында тиесілі мүлікпен мәмілелерді ресімдеу үшін қорғаншылық немесе қамқоршылық жөніндегі функцияларды жүзеге асыратын органдардың анықтамаларын беру",
            "Выдача справок органов, осуществляющих функции по опеке или попечительству, для оформления сделок с имуществом, принадлежащим на праве собственности несовершеннолетним",
            "Certificates from the guardianship authority for transactions with property owned by minors",
        ),
        summary: Text::new(
            "Қорғаншылық және қамқоршылық органы кәмелетке толмаған балаға меншік құқығында тиесілі мүлікпен мәміле жасауға (мысалы, пәтерді сатуға, айырбастауға, сыйға тартуға немесе кепілге қоюға) рұқсат беретін анықтама береді. Анықтама берілген күнінен бастап бір ай жарамды.",
            "Орган опеки и попечительства выдаёт справку, разрешающую сделку с имуществом, принадлежащим несовершеннолетнему на праве собственности (например, продажу, обмен, дарение или залог квартиры). Справка действительна один месяц со дня выдачи.",
            "The guardianship authority issues a certificate permitting a transaction with property a child owns, such as selling, exchanging or giving away a flat, or using it as security for a loan. The certificate is valid for one month from the date of issue.",
        ),
        provider: Text::new(
            "«Көкпекті ауданының білім беру бөлімі» мемлекеттік мекемесі (қорғаншылық және қамқоршылық органының функцияларын атқарады)",
            "ГУ «Отдел образования Кокпектинского района» (осуществляет функции органа опеки и попечительства)",
            "Kokpekti District Education Department, acting as the guardianship and trusteeship authority",
        ),
        recipients: Text::new(
            "Жеке тұлғалар – мүлік иесі болып табылатын кәмелетке толмағандардың ата-аналары (ерлі-зайыптылар) немесе өзге заңды өкілдері",
            "Физические лица – родители (супруги) или иные законные представители несовершеннолетних собственников имущества",
            "Individuals: the parents (spouses) or other legal representatives of children who own property",
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
                    "Кәмелетке толмағандарға тиесілі қозғалмайтын мүлікпен мәміле жасауға рұқсат беретін анықтама",
                    "Справка о разрешении сделки с недвижимым имуществом, принадлежащим несовершеннолетним",
                    "Certificate permitting a transaction with real estate owned by a child",
                ),
                term: None,
            },
            ResultKind {
                name: Text::new(
                    "Бас тарту негіздемесі көрсетілген дәлелді бас тарту (ерікті нысандағы хат)",
                    "Мотивированный отказ с указанием оснований (письмо в произвольной форме)",
                    "Reasoned refusal stating the grounds (a letter)",
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
                "Қазақстан Республикасы Азаматтық кодексінің 22–24-баптары",
                "Статьи 22–24 Гражданского кодекса Республики Казахстан",
                "Articles 22–24 of the Civil Code",
            ),
            Text::new(
                "«Тұрғын үй қатынастары туралы» ҚР Заңының 13-бабының 3-тармағы",
                "Пункт 3 статьи 13 Закона РК «О жилищных отношениях»",
                "Article 13(3) of the Law «On housing relations»",
            ),
            Text::new(
                "«Неке (ерлі-зайыптылық) және отбасы туралы» ҚР Кодексінің 128-бабы",
                "Статья 128 Кодекса РК «О браке (супружестве) и семье»",
                "Article 128 of the Code «On marriage (matrimony) and family»",
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
            regulation: Some(5),
            act: Text::new(
                "«Кәмелетке толмағандарға меншік құқығында тиесілі мүлікпен мәмілелерді ресімдеу үшін қорғаншылық немесе қамқоршылық жөніндегі функцияларды жүзеге асыратын органдардың анықтамаларын беру» электрондық мемлекеттік қызмет регламенті",
                "Регламент электронной государственной услуги «Выдача справок органов, осуществляющих функции по опеке или попечительству, для оформления сделок с имуществом, принадлежащим на праве собственности несовершеннолетним»",
                "Regulation of the electronic state service «Certificates from the guardianship authority for transactions with property owned by minors»",
            ),
        },
        notes: &[
            Text::new(
                "Регламенттің күші Көкпекті ауданы әкімдігінің 2013 жылғы 13 мамырдағы № 127 қаулысымен жойылған",
                "Регламент утратил силу постановлением акимата Кокпектинского района от 13 мая 2013 года № 127",
                "The regulation was repealed by Kokpekti district akimat resolution No. 127 of 13 May 2013",
            ),
            Text::new(
                "Мерзім: порталда да, ХҚКО-да да 5 жұмыс күні (1-қосымша). Қабылданған күннің мерзімге кіретіні-кірмейтіні регламентте айтылмаған; кейінгі стандарттардың жалпы ережесі бойынша Мемлекеттік корпорацияға жүгінгенде құжаттарды қабылдау күні мерзімге кірмейді [дереккөз: 2014–2020 жылдардағы ұлттық стандарттардың жалпы ережесі, standards.md 11.3]",
                "Срок: 5 рабочих дней и на портале, и в ЦОН (приложение 1). Входит ли день приёма в срок, регламент не говорит; по общему правилу последующих стандартов при обращении в Госкорпорацию день приёма документов в срок не входит [источник: общее правило национальных стандартов 2014–2020 годов, standards.md 11.3]",
                "Term: 5 working days on the portal and at a service centre (Appendix 1). The regulation does not say whether the day of acceptance counts; under the general rule of later standards, the day documents are accepted at the State Corporation does not count [source: general rule of the 2014–2020 national standards, standards.md 11.3]",
            ),
            Text::new(
                "Орыс тіліндегі атауы қалпына келтірілген, дереккөз мәтінінде жоқ. 2016 жылғы стандарттағы атауы: «…принадлежащим на праве собственности несовершеннолетним детям» [дереккөз: ҚР БҒМ 2015 жылғы 13 сәуірдегі № 198 бұйрығы, 2016 жылғы 21 қаңтардағы № 53 бұйрық редакциясы, aktogay.gov.kz]",
                "Русское название восстановлено, в тексте источника его нет. В стандарте 2016 года: «…принадлежащим на праве собственности несовершеннолетним детям» [источник: приказ МОН РК от 13 апреля 2015 года № 198 в редакции приказа от 21 января 2016 года № 53, aktogay.gov.kz]",
                "The Russian name is reconstructed; the source text does not give it. The 2016 standard words it «…принадлежащим на праве собственности несовершеннолетним детям» [source: MES order No. 198 of 13 April 2015 as worded by order No. 53 of 21 January 2016, aktogay.gov.kz]",
            ),
            Text::new(
                "Кейін бұл қызмет «Кәмелетке толмағандардың мүлкіне иелік ету үшін анықтамалар беру» қызметіне біріктірілді (ҚР БҒМ 2020 жылғы 24 сәуірдегі № 158 бұйрығының 2-қосымшасы) [дереккөз: standards.md, 8.1]",
                "Позднее услуга объединена в услугу «Выдача справок для распоряжения имуществом несовершеннолетних» (приложение 2 к приказу МОН РК от 24 апреля 2020 года № 158) [источник: standards.md, 8.1]",
                "The service was later merged into «Issuing certificates for disposing of minors' property» (Appendix 2 to MES order No. 158 of 24 April 2020) [source: standards.md, 8.1]",
            ),
            Text::new(
                "Атауы «мүлік» туралы айтады, бірақ нәтиже үлгісі тек қозғалмайтын мүлікке, ал өтініш үлгілері тек пәтерге қатысты. Анықтама нысанындағы кодекстер мен заң баптарының нөмірлері бұзылған мәтіннен қалпына келтірілген (?)",
                "В названии говорится об «имуществе», но образец результата касается только недвижимого имущества, а образцы заявлений – только квартиры. Номера статей кодексов и закона в форме справки восстановлены из искажённого текста (?)",
                "The name speaks of «property», but the result template covers only real estate and the application templates only a flat. The article numbers of the codes and law in the certificate form are reconstructed from a garbled text (?)",
            ),
            Text::new(
                "Өтініш үлгісінде 10 жастан асқан балалар «келісемін» деп қол қояды; мұның электрондық түрде қалай жасалатыны регламентте айтылмаған (?)",
                "В образце заявления дети старше 10 лет расписываются словом «согласен(на)»; как это делается в электронной форме, регламент не говорит (?)",
                "In the application template, children over 10 sign «I agree»; the regulation does not say how this is done electronically (?)",
            ),
            Text::new(
                "Өтініш нысаны регламенттің 3-қосымшасындағы өтініш үлгілерінен алынды: балалар және 10 жасқа толған балалардың келісімі, әкесі мен шешесі туралы мәліметтер, пәтердің мекенжайы, мәміленің түрі, кредиттің сомасы мен мерзімі, банк хатының нөмірі, балалар болашақта тұратын мекенжай және ата-ананың міндеттемелері. Баланың туу туралы куәлігінің нөмірі орнына ЖСН сұралады; ата-ананың жеке куәлік деректері «Жеке тұлғалар» мемлекеттік деректер базасынан алынады",
                "Форма заявления взята из образцов заявлений приложения 3 к регламенту: дети и согласие детей, достигших 10 лет, сведения об отце и матери, адрес квартиры, вид сделки, сумма и срок кредита, номер письма банка, адрес будущего проживания детей и обязательства родителей. Вместо номера свидетельства о рождении ребёнка запрашивается ИИН; данные удостоверений личности родителей получаются из ГБД «Физические лица»",
                "The form follows the application templates in Appendix 3 of the regulation: the children and the consent of those aged 10 or over, the father's and mother's details, the flat's address, the kind of transaction, the loan amount and term, the bank letter number, where the children will live and the parents' undertakings. The child's IIN is asked instead of the birth certificate number; the parents' identity document details come from the state database «Individuals»",
            ),
            Text::new(
                "Регламентте жоқ, кейінгі стандарттан алынғандар: мүліктің түрі, облысы, ауданы және кадастрлық нөмірі, баланың үлесі, мүліктің басқа иелері, балалардың мүддесі қалай қорғалатыны; құжаттар – балаларға үлес бөлінетін тұрғын үйдің құжаттары, екінші ата-ананың қайтыс болуы туралы куәлік (АХАТ ақпараттық жүйесінде болмаса), шетелде туған баланың туу туралы куәлігі, құқық белгілейтін құжат (тіркелімде болмаса). Бұл мәліметтер тексерілмеген және қорытынды жасалған дереккөзге сүйенеді [дереккөз: standards.md 8.2, M/I]",
                "Не из регламента, а из последующего стандарта: вид, область, район и кадастровый номер имущества, доля ребёнка, другие собственники, способ защиты интересов детей; документы – документы на жильё, в котором детям выделяется доля, свидетельство о смерти второго родителя (если его нет в ИС ЗАГС), свидетельство о рождении ребёнка, родившегося за границей, правоустанавливающий документ (если права нет в регистре). Эти сведения основаны на непроверенном источнике и выводах [источник: standards.md 8.2, M/I]",
                "Taken from the later standard, not the regulation: the type, region, district and cadastral number of the property, each child's share, the other owners and how the children's interests are protected; documents for the home in which the children get a share, the other parent's death certificate (where the civil registry does not hold it), the birth certificate of a child born abroad and the title document (where the register does not hold the right). These rest on unverified recall and inference [source: standards.md 8.2, M/I]",
            ),
            Text::new(
                "10 жасқа толған баланың келісімі («келісемін» деп жазып, қол қою) порталда баланың қолымен жазылған келісімнің сканерленген көшірмесі ретінде сұралады. Екінші ата-ана электрондық сұранысқа өзі қол қоя алмайтындықтан, оның келісімі жеке құжат ретінде тіркеледі [дереккөз: standards.md 8.2, I]",
                "Согласие ребёнка, достигшего 10 лет (собственноручное «согласен(на)» и подпись), на портале запрашивается как скан-копия согласия, написанного ребёнком. Второй родитель не может сам подписать электронный запрос, поэтому его согласие прикладывается отдельным документом [источник: standards.md 8.2, I]",
                "On the portal, the consent of a child aged 10 or over (writing «I agree» and signing) is asked for as a scan of the consent the child wrote. The other parent cannot sign the electronic request themselves, so their consent is attached as a separate document [source: standards.md 8.2, I]",
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
        "Берген мәліметтерімнің дұрыс әрі толық екенін, мәміле балалардың құқықтары мен мүдделеріне нұқсан келтірмейтінін растаймын және қорғаншылық және қамқоршылық органының анықтама дайындау үшін менің және балалардың дербес деректерін пайдалануына келісім беремін.",
        "Подтверждаю, что предоставленные сведения верны и полны, что сделка не ущемляет права и интересы детей, и даю согласие органу опеки и попечительства на использование моих персональных данных и персональных данных детей для подготовки справки.",
        "I confirm that the information I have given is correct and complete and that the transaction does not harm the children's rights or interests, and I consent to the guardianship authority using my personal data and the children's to prepare the certificate.",
    )),
    steps: STEPS,
    outputs: OUTPUTS,
    changes: &[],
};
