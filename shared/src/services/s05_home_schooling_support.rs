//! S5 — «Үйде оқитын және тәрбиеленетін мүгедек балаларды материалдық қамтамасыз ету үшін
//! құжаттарды рәсімдеу» / «Оформление документов на материальное обеспечение детей-инвалидов,
//! обучающихся и воспитывающихся на дому» (material support for disabled children schooled at
//! home).
//!
//! Seed 003, regulation 2: Kokpekti district akimat resolution N 417 of 24.12.2012 (East
//! Kazakhstan). Channels follow para 1; terms the last step of each table in Appendix 2;
//! documents the application screen form in Appendix 4; results paras 6.10 and 7.10.

use crate::definition::*;
use crate::lang::Text;

const OTHER_TERMS: &[TermNote] = &[TermNote {
    term: Term::working_days(10),
    applies_to: Text::new(
        "Жұмыспен қамту және әлеуметтік бағдарламалар бөліміне жүгінгенде – нәтижені алу (2-қосымшаның 1-кестесі, соңғы қадам)",
        "При обращении в отдел занятости и социальных программ – получение результата (таблица 1 приложения 2, последний шаг)",
        "When you apply at the employment and social programmes department: receiving the result (Appendix 2, table 1, last step)",
    ),
}];

const RESULTS: &[ResultKind] = &[
    ResultKind {
        name: Text::new(
            "Материалдық қамтамасыз ету тағайындалғаны туралы хабарлама (құжаттарды рәсімдеу туралы хабарлама)",
            "Уведомление о назначении материального обеспечения (уведомление об оформлении документов)",
            "Notice that material support has been awarded (notice that the documents have been processed)",
        ),
        term: None,
    },
    ResultKind {
        name: Text::new(
            "Мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауап",
            "Мотивированный ответ об отказе в оказании государственной услуги",
            "Reasoned refusal to provide the service",
        ),
        term: None,
    },
];

const PASSPORT_DOCUMENTS: &[PassportDocument] = &[
    PassportDocument {
        name: Text::new(
            "Мүгедек балаға материалдық қамтамасыз ету тағайындау туралы өтініш",
            "Заявление о назначении материального обеспечения на ребенка-инвалида",
            "An application for material support for the disabled child",
        ),
        channels: &[],
        note: Some(Text::new(
            "Регламенттегі нысан бойынша өтініште жеке куәліктің нөмірі, кім және қашан бергені, СТН (РНН), ӘЖК (СИК), баланың аты-жөні мен туған күні, банктегі дербес шоттың нөмірі және банктің атауы көрсетіледі. Порталда жеке деректеріңіз бен жеке куәлігіңіз туралы мәліметтер мемлекеттік деректер базасынан алынады, СТН мен ӘЖК сұралмайды; өтінішке ЭЦҚ-мен қол қоясыз. Бөлімде өтінішті қызметкер толтырып, құжаттарды сканерлейді және өз ЭЦҚ-сымен растайды",
            "По форме регламента в заявлении указываются номер удостоверения личности, кем и когда выдано, РНН, СИК, ФИО и дата рождения ребенка, номер лицевого счета и наименование банка. На портале ваши данные и сведения об удостоверении личности берутся из государственной базы данных, РНН и СИК не запрашиваются; заявление подписывается ЭЦП. В отделе заявление заполняет работник, сканирует документы и удостоверяет своей ЭЦП",
            "The regulation's form asks for your ID card number, who issued it and when, your taxpayer number (RNN) and social individual code (SIK), the child's full name and date of birth, and the bank account number and bank name. On the portal your personal and ID card details come from the state database and the RNN and SIK are not asked for; you sign the application with your ESP. At the department the officer fills it in, scans the documents and certifies it with their own ESP",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Баланың туу туралы куәлігінің электрондық көшірмесі",
            "Электронная копия свидетельства о рождении ребенка",
            "Electronic copy of the child's birth certificate",
        ),
        channels: &[],
        note: Some(Text::new(
            "Қазақстанда тіркелген туу туралы мәліметтер азаматтық хал актілерін тіркеу жүйесінен алынады; куәлікті бала шетелде туған болса ғана тіркейсіз",
            "Сведения о рождении, зарегистрированном в Казахстане, получаются из информационной системы ЗАГС; свидетельство прикладывается, только если ребенок родился за рубежом",
            "Births registered in Kazakhstan are obtained from the civil registry system; attach the certificate only if the child was born abroad",
        )),
        from_state_systems: true,
    },
    PassportDocument {
        name: Text::new(
            "Азаматтарды тіркеу кітабының не мекенжай бюросы анықтамасының, не ауылдық округ әкімі анықтамасының электрондық көшірмесі (тіркелген жері туралы мәліметтер)",
            "Электронная копия книги регистрации граждан либо справки адресного бюро, либо справки акима сельского округа (сведения о прописке)",
            "Electronic copy of the house register book, or of an address bureau certificate, or of a certificate from the rural district akim (showing where you are registered)",
        ),
        channels: &[],
        note: Some(Text::new(
            "Үшеуінің біреуі жеткілікті. Порталда тіркелген жеріңіз туралы мәліметтер «Жеке тұлғалар» мемлекеттік деректер базасынан алынады; бөлімде қызметкер құжатты сканерлей алады",
            "Достаточно одного из трех документов. На портале сведения о регистрации берутся из государственной базы данных «Физические лица»; в отделе работник может отсканировать документ",
            "Any one of the three. On the portal your registration comes from the state database «Individuals»; at the department the officer may scan the document",
        )),
        from_state_systems: true,
    },
    PassportDocument {
        name: Text::new(
            "Психологиялық-педагогикалық консультация қорытындысының электрондық көшірмесі",
            "Электронная копия заключения психолого-педагогической консультации",
            "Electronic copy of the conclusion of the psychological and pedagogical consultation",
        ),
        channels: &[],
        note: None,
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Мүгедектік туралы анықтаманың электрондық көшірмесі",
            "Электронная копия справки об инвалидности",
            "Electronic copy of the disability certificate",
        ),
        channels: &[],
        note: Some(Text::new(
            "Порталда еңбек және халықты әлеуметтік қорғау органдарының ақпараттық жүйесінен алынады; бөлімде қызметкер анықтаманы сканерлей алады",
            "На портале сведения получаются из информационной системы органов труда и социальной защиты населения; в отделе работник может отсканировать справку",
            "On the portal it is obtained from the labour and social protection information system; at the department the officer may scan it",
        )),
        from_state_systems: true,
    },
    PassportDocument {
        name: Text::new(
            "Банкте шоттың бар екенін растайтын құжаттың электрондық көшірмесі",
            "Электронная копия документа о наличии счета в банке",
            "Electronic copy of a document showing you have a bank account",
        ),
        channels: &[Channel::Provider],
        note: Some(Text::new(
            "Порталда оның орнына шот нөмірін (IBAN) және банктің атауын енгізесіз",
            "На портале вместо него вы указываете номер счета (IBAN) и наименование банка",
            "On the portal you enter the account number (IBAN) and the bank's name instead",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Өтініш берушінің жеке деректері",
            "Персональные данные заявителя",
            "The applicant's personal details",
        ),
        channels: &[Channel::Provider],
        note: Some(Text::new(
            "«Электрондық үкімет» шлюзі арқылы «Жеке тұлғалар» мемлекеттік деректер базасынан алынады",
            "Получаются из государственной базы данных «Физические лица» через шлюз «электронного правительства»",
            "Obtained from the state database «Individuals» through the e-government gateway",
        )),
        from_state_systems: true,
    },
];

const REFUSAL_GROUNDS: &[Text] = &[
    Text::new(
        "Өтініш берушінің құжаттары мемлекеттік қызмет стандартына сәйкес келмейді немесе қызмет көрсетуге негіз жоқ (өтініш берушінің деректеріндегі бұзушылықтар); бас тарту комиссия қорытындысы бойынша беріледі",
        "Документы заявителя не соответствуют стандарту государственной услуги или нет оснований для оказания услуги (нарушения в данных заявителя); отказ дается по заключению комиссии",
        "The applicant's documents do not meet the state service standard, or there are no grounds for the service (errors in the applicant's details); the refusal follows the commission's conclusion",
    ),
    Text::new(
        "«Жеке тұлғалар» мемлекеттік деректер базасында өтініш беруші туралы мәліметтердің болмауы (бөлімде)",
        "Отсутствие сведений о заявителе в государственной базе данных «Физические лица» (в отделе)",
        "The state database «Individuals» holds no record of the applicant (at the department)",
    ),
    Text::new(
        "Өтініш берушінің ЭЦҚ-сы расталмауы: сұраудағы ЖСН мен ЭЦҚ тіркеу куәлігіндегі ЖСН сәйкес келмейді, куәліктің мерзімі өткен немесе ол кері қайтарылған (порталда)",
        "ЭЦП заявителя не подтверждена: ИИН в запросе не совпадает с ИИН в регистрационном свидетельстве ЭЦП, срок свидетельства истек или оно отозвано (на портале)",
        "The applicant's digital signature (ESP) cannot be confirmed: the IIN in the request differs from the IIN in the ESP certificate, or the certificate has expired or been revoked (on the portal)",
    ),
];

const LEGAL_BASIS: &[Text] = &[
    Text::new(
        "Шығыс Қазақстан облысы Көкпекті ауданы әкімдігінің 2012 жылғы 24 желтоқсандағы № 417 қаулысы (Шығыс Қазақстан облысының Әділет департаментінде 2013 жылғы 4 ақпанда № 2869 болып тіркелген; Көкпекті ауданы әкімдігінің 2013 жылғы 13 мамырдағы № 127 қаулысымен күші жойылған)",
        "Постановление акимата Кокпектинского района Восточно-Казахстанской области от 24 декабря 2012 года № 417 (зарегистрировано в Департаменте юстиции Восточно-Казахстанской области 4 февраля 2013 года № 2869; утратило силу постановлением акимата Кокпектинского района от 13 мая 2013 года № 127)",
        "Resolution of the Kokpekti district akimat, East Kazakhstan oblast, No. 417 of 24 December 2012 (registered by the East Kazakhstan Justice Department on 4 February 2013, No. 2869; repealed by Kokpekti district akimat resolution No. 127 of 13 May 2013)",
    ),
    Text::new(
        "«Үйде оқитын және тәрбиеленетін мүгедек балаларды материалдық қамтамасыз ету үшін құжаттарды рәсімдеу» мемлекеттік қызмет стандарты, «Жергілікті атқарушы органдармен көрсетілетін әлеуметтік қорғау саласындағы мемлекеттік қызметтер стандарттарын бекіту туралы» ҚР Үкіметінің 2011 жылғы 7 сәуірдегі № 394 қаулысы",
        "Стандарт государственной услуги «Оформление документов на материальное обеспечение детей-инвалидов, обучающихся и воспитывающихся на дому», постановление Правительства РК от 7 апреля 2011 года № 394 «Об утверждении стандартов государственных услуг в сфере социальной защиты, оказываемых местными исполнительными органами»",
        "State service standard «Processing documents for material support of disabled children taught and brought up at home», Government resolution No. 394 of 7 April 2011 «On approval of standards of state services in social protection provided by local executive bodies»",
    ),
    Text::new(
        "«Әкімшілік рәсімдер туралы» 2000 жылғы 27 қарашадағы ҚР Заңы, 9-1-бабының 4-тармағы",
        "Закон РК от 27 ноября 2000 года «Об административных процедурах», пункт 4 статьи 9-1",
        "Law of 27 November 2000 «On administrative procedures», article 9-1(4)",
    ),
    Text::new(
        "«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» 2001 жылғы 23 қаңтардағы ҚР Заңы, 31-бабы 1-тармағының 17-1) тармақшасы",
        "Закон РК от 23 января 2001 года «О местном государственном управлении и самоуправлении в Республике Казахстан», подпункт 17-1) пункта 1 статьи 31",
        "Law of 23 January 2001 «On local state administration and self-government in the Republic of Kazakhstan», article 31(1)(17-1)",
    ),
    Text::new(
        "«Ақпараттандыру туралы» 2007 жылғы 11 қаңтардағы ҚР Заңы, 29-бабының 2-тармағы",
        "Закон РК от 11 января 2007 года «Об информатизации», пункт 2 статьи 29",
        "Law of 11 January 2007 «On informatization», article 29(2)",
    ),
    Text::new(
        "«Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II ҚР Заңы, 7-бабының 1-тармағы (электрондық құжат қағаз тасығыштағы құжатқа тең)",
        "Закон РК от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи», пункт 1 статьи 7 (электронный документ равнозначен документу на бумажном носителе)",
        "Law No. 370-II of 7 January 2003 «On electronic document and electronic digital signature», article 7(1) (an electronic document has the same force as a paper one)",
    ),
];

const NOTES: &[Text] = &[
    Text::new(
        "Регламенттен емес, кейінгі тәртіптен алынғандар: баланың ЖСН-і, баланы үйде оқытатын мектеп пен үйде оқыту мерзімі (мектеп анықтамасы бойынша), мүгедектіктің тобы мен мерзімі; туу, тіркелген жер, мүгедектік және банк шоты туралы мәліметтерді порталда мемлекеттік ақпараттық жүйелерден алу; шоттың IBAN түрінде көрсетілуі [дереккөзі: egov.kz pass173_mtszn; profit.kz/news/72345, 2025 ж. қараша]",
        "Взяты не из регламента, а из последующего порядка: ИИН ребенка, школа, обучающая ребенка на дому, и срок обучения на дому (по справке школы), группа и срок инвалидности; получение на портале сведений о рождении, регистрации, инвалидности и банковском счете из государственных информационных систем; указание счета в формате IBAN [источник: egov.kz pass173_mtszn; profit.kz/news/72345, ноябрь 2025]",
        "Taken from the later procedure, not the regulation: the child's IIN; the school teaching the child at home and the end date of home schooling (from the school's certificate); the disability group and end date; the portal obtaining birth, registration, disability and bank account data from state information systems; the account given as an IBAN [source: egov.kz pass173_mtszn; profit.kz/news/72345, November 2025]",
    ),
    Text::new(
        "Туу туралы куәлік бала шетелде туған жағдайда ғана сұралады: 2007 жылғы 13 тамыздан кейін Қазақстанда тіркелген туу туралы мәліметтерді қызмет беруші «электрондық үкімет» шлюзі арқылы алады [дереккөзі: кейінгі ұлттық стандарттар мен қағидалардың үлгі ережесі; egov.kz]",
        "Свидетельство о рождении запрашивается, только если ребенок родился за рубежом: сведения о рождении, зарегистрированном в Казахстане после 13 августа 2007 года, услугодатель получает через шлюз «электронного правительства» [источник: типовая норма последующих национальных стандартов и правил; egov.kz]",
        "The birth certificate is asked for only if the child was born abroad: the provider obtains births registered in Kazakhstan after 13 August 2007 through the e-government gateway [source: standard wording of later national standards and rules; egov.kz]",
    ),
    Text::new(
        "Өтініш нысанындағы СТН (РНН) мен ӘЖК (СИК) сұралмайды: 2013 жылғы 1 қаңтардан бастап олардың орнына ЖСН қолданылады («Ұлттық сәйкестендіру нөмірлерінің тізілімдері туралы» 2007 жылғы 12 қаңтардағы ҚР Заңы)",
        "РНН и СИК из формы заявления не запрашиваются: с 1 января 2013 года вместо них применяется ИИН (Закон РК от 12 января 2007 года «О национальных реестрах идентификационных номеров»)",
        "The RNN and SIK on the application form are not asked for: since 1 January 2013 the IIN is used instead (Law of 12 January 2007 «On national registers of identification numbers»)",
    ),
    Text::new(
        "Баланың жасы 6 мен 17 аралығында болуы тексеріледі: балалар бірінші сыныпқа 6 жастан қабылданады, ал төлем бала 18 жасқа толғанда тоқтатылады [дереккөзі: «Білім туралы» ҚР Заңы; balkhash.gov.kz]; мүгедектік тобы бала 16 жасқа толғанда ғана сұралады, оған дейін «мүгедек бала» санаты белгіленеді",
        "Проверяется, что ребенку от 6 до 17 лет: в первый класс принимаются дети с 6 лет, а выплата прекращается по достижении ребенком 18 лет [источник: Закон РК «Об образовании»; balkhash.gov.kz]; группа инвалидности запрашивается только для детей с 16 лет, до этого устанавливается категория «ребенок-инвалид»",
        "The child must be 6 to 17: children start first grade at 6, and the payment stops when the child turns 18 [source: Law «On education»; balkhash.gov.kz]. The disability group is asked for only when the child is 16 or over; younger children have the category ‘disabled child’",
    ),
    Text::new(
        "2-қосымшадағы кестелерде секундпен және 1,5 минут деп берілген қадамдардың ұзақтығы толық минутқа дейін жоғары қарай дөңгелектенді",
        "Продолжительность шагов, указанная в таблицах приложения 2 в секундах и как 1,5 минуты, округлена в большую сторону до целых минут",
        "Step durations given in seconds or as 1.5 minutes in the tables of Appendix 2 are rounded up to whole minutes",
    ),
    Text::new(
        "Регламент Көкпекті ауданы әкімдігінің 2013 жылғы 13 мамырдағы № 127 қаулысымен күшін жойған",
        "Регламент утратил силу постановлением акимата Кокпектинского района от 13 мая 2013 года № 127",
        "The regulation was repealed by Kokpekti district akimat resolution No. 127 of 13 May 2013",
    ),
    Text::new(
        "Атаудың нұсқалары: регламенттің тақырыбында «құжаттар рәсімдеу», бекіту туралы қаулыда «құжаттарды рәсімдеу»; 4-қосымшада «үйде тәрбиеленетін және оқытылатын» деп жазылған",
        "Варианты названия: в заголовке регламента «құжаттар рәсімдеу», в утверждающем постановлении «құжаттарды рәсімдеу»; в приложении 4 – «үйде тәрбиеленетін және оқытылатын»",
        "The Kazakh name varies: the regulation's title says «құжаттар рәсімдеу», the approving resolution «құжаттарды рәсімдеу»; Appendix 4 reverses the order to «үйде тәрбиеленетін және оқытылатын»",
    ),
    Text::new(
        "Регламент қызмет көрсетудің жалпы мерзімін белгілемейді: 2-қосымшаның екі кестесінде де соңғы қадам – 10 жұмыс күні. Хабарлама қызмет көрсету мерзімі ұзартылғанда да беріледі, бірақ ұзарту тәртібі мен мерзімі айтылмаған",
        "Регламент не устанавливает общий срок оказания услуги: в обеих таблицах приложения 2 последний шаг – 10 рабочих дней. Уведомление направляется и при продлении срока оказания услуги, но порядок и срок продления не указаны",
        "The regulation sets no overall term: in both tables of Appendix 2 the last step takes 10 working days. A notification is also sent if the term is extended, but the regulation does not say how or by how long",
    ),
    Text::new(
        "Регламентте қабылдау күнінің мерзімге кіретіні-кірмейтіні айтылмаған; мерзім өтініш қабылданған күннің келесі жұмыс күнінен бастап есептеледі деп алынды (?)",
        "В регламенте не сказано, входит ли день приема в срок; принято, что срок исчисляется со следующего рабочего дня после приема заявления (?)",
        "The regulation does not say whether the day of acceptance counts; the term is taken to run from the next working day after the application is accepted (?)",
    ),
    Text::new(
        "Нәтиженің екі сипаттамасы бар: регламент мәтінінде – құжаттарды рәсімдеу туралы хабарлама, 4-қосымшадағы үлгіде – материалдық қамтамасыз етудің мөлшері, кезеңі және тоқсан сайынғы төлемдер кестесі бар тағайындау туралы хабарлама. Комиссия тек бас тарту нысанында аталады",
        "Результат описан двояко: в тексте регламента – уведомление об оформлении документов, в шаблоне приложения 4 – уведомление о назначении материального обеспечения с размером, периодом и поквартальной таблицей выплат. Комиссия упоминается только в форме отказа",
        "The result is described in two ways: the regulation's text speaks of a notice that the documents have been processed; the Appendix 4 template is a notice of award with the amount, period and a table of quarterly payments. A commission is mentioned only in the refusal form",
    ),
    Text::new(
        "11-тармақта қатысушылар арасында ХҚКО АЖ АЖО аталғанымен, 1-тармақ бойынша қызмет ХҚКО арқылы көрсетілмейді",
        "Хотя пункт 11 называет среди участников АРМ ИИС ЦОН, по пункту 1 услуга через ЦОН не оказывается",
        "Item 11 lists the service centres' workstation among the participants, but under item 1 the service is not offered through service centres",
    ),
    Text::new(
        "Шығыс нысандардағы штрих-код ескертпесінде Ақсу қаласының әкімдігі (АҚСУ Қ) аталған – үлгілер басқа әкімдіктің регламентінен көшірілген сияқты; өтініш нысанында ескірген СТН (РНН) мен ӘЖК (СИК) сұралады",
        "В сноске о штрих-коде выходных форм назван акимат г. Аксу – шаблоны, по-видимому, скопированы из регламента другого акимата; форма заявления запрашивает устаревшие РНН и СИК",
        "The barcode footnote on the output forms names the Aksu city akimat; the templates seem to have been copied from another akimat's regulation. The application form asks for the old taxpayer number (RNN) and social individual code (SIK)",
    ),
    Text::new(
        "Ақы туралы регламентте де, табылған кейінгі стандарттарда да айтылмаған; қызмет тегін болуы ықтимал, бірақ расталмаған (?)",
        "О плате не сказано ни в регламенте, ни в найденных последующих стандартах; услуга, вероятно, бесплатна, но это не подтверждено (?)",
        "Neither the regulation nor the later standards found mention a fee. The service is probably free, but this is not confirmed (?)",
    ),
    Text::new(
        "Кейінгі атаулары: 2015 жылы қызмет мүгедек балаларды үйде оқытуға жұмсалған шығындарды өтеу деп аталды (ҚР Денсаулық сақтау және әлеуметтік даму министрінің 2015 жылғы 28 сәуірдегі № 279 бұйрығы); қазір – «Ерекше білім беруді қажет ететін балаларды үйде оқытуға жұмсалған шығындарды өтеу» [дереккөзі: balkhash.gov.kz; egov.kz pass173_mtszn; profit.kz/news/72346]",
        "Последующие названия: в 2015 году – «Возмещение затрат на обучение на дому детей-инвалидов» (приказ Министра здравоохранения и социального развития РК от 28 апреля 2015 года № 279); сейчас – «Возмещение затрат на обучение на дому детей с инвалидностью» [источник: balkhash.gov.kz; egov.kz pass173_mtszn; profit.kz/news/72346]",
        "Later names: in 2015, «Reimbursement of the costs of home education of disabled children» (Minister of Healthcare and Social Development order No. 279 of 28 April 2015); now «Reimbursement of the costs of home education of children with disabilities» [source: balkhash.gov.kz; egov.kz pass173_mtszn; profit.kz/news/72346]",
    ),
    Text::new(
        "Қазіргі тәртіп: туу, тіркеу, мүгедектік, психологиялық-медициналық-педагогикалық консультация қорытындысы, үйде оқытуды растайтын білім беру ұйымының анықтамасы және банк шоты туралы мәліметтер мемлекеттік ақпараттық жүйелерден алынады, ПМПК қорытындысы мен мектеп анықтамасы жүйеде болмаса ғана тіркеледі; өтініш ХҚКО немесе портал арқылы беріледі; мерзімі – 8 жұмыс күні; мөлшерін мәслихат белгілейді [дереккөзі: egov.kz pass173_mtszn; en.tengrinews.kz, 2025 ж. қараша; balkhash.gov.kz]",
        "Современный порядок: сведения о рождении, регистрации, инвалидности, заключение ПМПК, справка организации образования об обучении на дому и сведения о банковском счете получаются из государственных информационных систем, заключение ПМПК и справка школы прикладываются, только если их нет в системе; заявление подается через ЦОН или портал; срок – 8 рабочих дней; размер устанавливает маслихат [источник: egov.kz pass173_mtszn; en.tengrinews.kz, ноябрь 2025; balkhash.gov.kz]",
        "Current practice: data on birth, registration, disability, the psychological, medical and pedagogical consultation (PMPC) conclusion, the school's certificate of home schooling and the bank account come from state information systems; the PMPC conclusion and school certificate are attached only if the systems lack them. You apply through a service centre or the portal; the term is 8 working days; the local maslikhat sets the amount [source: egov.kz pass173_mtszn; en.tengrinews.kz, November 2025; balkhash.gov.kz]",
    ),
    Text::new(
        "Ақпарат пен кеңес – ЭҮП call-орталығы, 1414; өтініштің орындалу барысы порталдың «Қызметтерді алу тарихы» бөлімінде, хабарламалар жеке кабинеттің «Ескерту» бөлімінде көрсетіледі",
        "Информация и консультации – call-центр портала, 1414; ход исполнения запроса виден в разделе «История получения услуг» на портале, уведомления – в разделе «Ескерту» («Предупреждения») личного кабинета",
        "For information and advice call the portal's call centre on 1414. The progress of your request is shown in «History of services received» on the portal, and notifications in the «Ескерту» (alerts) section of your personal cabinet",
    ),
];

const YES_NO_ABROAD: &[ChoiceOption] = &[
    ChoiceOption { value: "yes", label: Text::new("Иә", "Да", "Yes"), hint: None },
    ChoiceOption {
        value: "no", label: Text::new("Жоқ, шетелде туған", "Нет, за рубежом", "No, abroad"), hint: None
    },
];

const DISABILITY_GROUPS: &[ChoiceOption] = &[
    ChoiceOption { value: "group-1", label: Text::new("I топ", "I группа", "Group I"), hint: None },
    ChoiceOption { value: "group-2", label: Text::new("II топ", "II группа", "Group II"), hint: None },
    ChoiceOption { value: "group-3", label: Text::new("III топ", "III группа", "Group III"), hint: None },
];

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
                    "Түрі, нөмірі, кім және қашан берген",
                    "Вид, номер, кем и когда выдан",
                    "Type, number, who issued it and when",
                )),
                prefill: Some((DataSource::IndividualsDb, RegistryAttr::IdentityDocument)),
                ..Field::new(
                    "identity_document",
                    Text::new(
                        "Жеке басын куәландыратын құжат",
                        "Документ, удостоверяющий личность",
                        "Identity document",
                    ),
                    FieldKind::Text { max: 200, multiline: false },
                    Text::new(
                        "Жеке басын куәландыратын құжаттың деректерін енгізіңіз",
                        "Введите данные документа, удостоверяющего личность",
                        "Enter the details of your identity document",
                    ),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Сұрақ туындаса, бөлім қызметкері хабарласады",
                    "Сотрудник отдела позвонит, если возникнут вопросы",
                    "The department will call you if they have questions",
                )),
                autocomplete: Some("tel"),
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
        "child",
        Text::new("Бала туралы мәліметтер", "Сведения о ребенке", "About the child"),
        &[
            Field {
                hint: Some(Text::new(
                    "12 цифр, туу туралы куәлікте көрсетілген",
                    "12 цифр, указан в свидетельстве о рождении",
                    "12 digits, shown on the birth certificate",
                )),
                summary_label: Some(Text::new("Баланың ЖСН", "ИИН ребенка", "Child's IIN")),
                rule: Some(Rule::NotApplicantIin {
                    message: Text::new(
                        "Өз ЖСН-іңізді емес, баланың ЖСН-ін енгізіңіз",
                        "Введите ИИН ребенка, а не свой",
                        "Enter the child's IIN, not your own",
                    ),
                }),
                ..Field::new(
                    "child_iin",
                    Text::new("Баланың ЖСН", "ИИН ребенка", "Child's IIN"),
                    FieldKind::Iin,
                    Text::new("Баланың ЖСН-ін енгізіңіз", "Введите ИИН ребенка", "Enter the child's IIN"),
                )
            },
            Field {
                summary_label: Some(Text::new("Баланың аты-жөні", "ФИО ребенка", "Child's name")),
                ..Field::new(
                    "child_name",
                    Text::new("Баланың тегі, аты, әкесінің аты", "Фамилия, имя, отчество ребенка", "Child's full name"),
                    FieldKind::PersonName { max: 150 },
                    Text::new(
                        "Баланың тегін, атын және әкесінің атын енгізіңіз",
                        "Введите фамилию, имя и отчество ребенка",
                        "Enter the child's full name",
                    ),
                )
            },
            Field {
                hint: Some(Text::new("Мысалы, 5 11 2016", "Например, 5 11 2016", "For example, 5 11 2016")),
                summary_label: Some(Text::new("Баланың туған күні", "Дата рождения ребенка", "Child's date of birth")),
                rule: Some(Rule::Age {
                    min: 6,
                    max: 18,
                    message: Text::new(
                        "Баланың жасы 6 мен 17 аралығында (мектеп жасында) болуы керек",
                        "Ребенку должно быть от 6 до 17 лет (школьный возраст)",
                        "The child must be of school age, from 6 to 17 years old",
                    ),
                }),
                ..Field::new(
                    "child_birth_date",
                    Text::new("Баланың туған күні", "Дата рождения ребенка", "Child's date of birth"),
                    FieldKind::Date { not_future: true },
                    Text::new(
                        "Баланың туған күнін енгізіңіз",
                        "Введите дату рождения ребенка",
                        "Enter the child's date of birth",
                    ),
                )
            },
        ],
    ),
    Page::new(
        "birthplace",
        Text::new("Бала Қазақстанда туған ба?", "Ребенок родился в Казахстане?", "Was the child born in Kazakhstan?"),
        &[Field {
            hint: Some(Text::new(
                "Шетелде туған болса, туу туралы куәлігін тіркеу керек болады",
                "Если ребенок родился за рубежом, нужно будет приложить свидетельство о рождении",
                "If the child was born abroad, you will need to attach the birth certificate",
            )),
            summary_label: Some(Text::new("Қазақстанда туған", "Родился в Казахстане", "Born in Kazakhstan")),
            ..Field::new(
                "born_in_kz",
                Text::new(
                    "Бала Қазақстанда туған ба?",
                    "Ребенок родился в Казахстане?",
                    "Was the child born in Kazakhstan?",
                ),
                FieldKind::Choice { options: YES_NO_ABROAD, control: ChoiceControl::Radios },
                Text::new(
                    "Бала Қазақстанда туған ба – таңдаңыз",
                    "Выберите, родился ли ребенок в Казахстане",
                    "Select whether the child was born in Kazakhstan",
                ),
            )
        }],
    ),
    Page::new(
        "schooling",
        Text::new("Үйде оқыту", "Обучение на дому", "Home schooling"),
        &[
            Field {
                hint: Some(Text::new(
                    "Мектептің толық атауы, мысалы, Көкпекті ауылының № 1 орта мектебі",
                    "Полное название школы, например, средняя школа № 1 села Кокпекты",
                    "The school's full name, for example Secondary School No. 1, Kokpekti",
                )),
                summary_label: Some(Text::new("Мектеп", "Школа", "School")),
                ..Field::new(
                    "school_name",
                    Text::new(
                        "Баланы үйде оқытатын білім беру ұйымы",
                        "Организация образования, которая обучает ребенка на дому",
                        "School that teaches the child at home",
                    ),
                    FieldKind::Text { max: 300, multiline: false },
                    Text::new("Мектептің атауын енгізіңіз", "Введите название школы", "Enter the name of the school"),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Психологиялық-педагогикалық консультация қорытындысындағы күн, мысалы, 28 8 2026",
                    "Дата из заключения психолого-педагогической консультации, например, 28 8 2026",
                    "The date on the psychological and pedagogical consultation's conclusion, for example 28 8 2026",
                )),
                summary_label: Some(Text::new(
                    "Консультация қорытындысы",
                    "Заключение консультации",
                    "Consultation's conclusion",
                )),
                ..Field::new(
                    "pmpc_date",
                    Text::new(
                        "Үйде оқытуды ұсынған консультация қорытындысының күні",
                        "Дата заключения консультации, рекомендовавшей обучение на дому",
                        "Date of the consultation's conclusion recommending home schooling",
                    ),
                    FieldKind::Date { not_future: true },
                    Text::new(
                        "Консультация қорытындысының күнін енгізіңіз",
                        "Введите дату заключения консультации",
                        "Enter the date of the consultation's conclusion",
                    ),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Мектеп анықтамасында көрсетілген күн, мысалы, 25 5 2027",
                    "Дата из справки школы, например, 25 5 2027",
                    "The date on the school's certificate, for example 25 5 2027",
                )),
                summary_label: Some(Text::new("Үйде оқыту мерзімі", "Обучение на дому до", "Taught at home until")),
                ..Field::new(
                    "schooling_until",
                    Text::new(
                        "Бала үйде қай күнге дейін оқытылады?",
                        "До какой даты ребенок обучается на дому?",
                        "Until what date is the child taught at home?",
                    ),
                    FieldKind::Date { not_future: false },
                    Text::new(
                        "Үйде оқыту аяқталатын күнді енгізіңіз",
                        "Введите дату окончания обучения на дому",
                        "Enter the date home schooling ends",
                    ),
                )
            },
        ],
    ),
    Page::new(
        "disability",
        Text::new("Баланың мүгедектігі", "Инвалидность ребенка", "The child's disability"),
        &[
            Field {
                hint: Some(Text::new(
                    "16 жасқа толған балаға мүгедектік тобы белгіленеді",
                    "Детям с 16 лет устанавливается группа инвалидности",
                    "Children aged 16 or over are given a disability group",
                )),
                summary_label: Some(Text::new("Мүгедектік тобы", "Группа инвалидности", "Disability group")),
                show_if: Some(Condition::AgeAtLeast("child_birth_date", 16)),
                ..Field::new(
                    "disability_group",
                    Text::new("Мүгедектік тобы", "Группа инвалидности", "Disability group"),
                    FieldKind::Choice { options: DISABILITY_GROUPS, control: ChoiceControl::Radios },
                    Text::new(
                        "Мүгедектік тобын таңдаңыз",
                        "Выберите группу инвалидности",
                        "Select the disability group",
                    ),
                )
            },
            Field {
                hint: Some(Text::new(
                    "Мүгедектік туралы анықтамада көрсетілген күн, мысалы, 5 11 2028",
                    "Дата из справки об инвалидности, например, 5 11 2028",
                    "The date on the disability certificate, for example 5 11 2028",
                )),
                summary_label: Some(Text::new("Мүгедектік мерзімі", "Инвалидность до", "Disability until")),
                ..Field::new(
                    "disability_until",
                    Text::new(
                        "Мүгедектік қай күнге дейін белгіленген?",
                        "До какой даты установлена инвалидность?",
                        "Until what date is the disability established?",
                    ),
                    FieldKind::Date { not_future: false },
                    Text::new(
                        "Мүгедектік белгіленген мерзімнің соңғы күнін енгізіңіз",
                        "Введите дату, до которой установлена инвалидность",
                        "Enter the date the disability is established until",
                    ),
                )
            },
        ],
    ),
    Page::new(
        "bank",
        Text::new("Төлем аударылатын банк шоты", "Банковский счет для выплаты", "Bank account for the payments"),
        &[
            Field {
                hint: Some(Text::new(
                    "20 таңба, KZ әріптерінен басталады",
                    "20 символов, начинается с KZ",
                    "20 characters, starting with KZ",
                )),
                summary_label: Some(Text::new("Шот (IBAN)", "Счет (IBAN)", "Account (IBAN)")),
                width: Some("30"),
                ..Field::new(
                    "iban",
                    Text::new("Шот нөмірі (IBAN)", "Номер счета (IBAN)", "Account number (IBAN)"),
                    FieldKind::Iban,
                    Text::new(
                        "Шот нөмірін (IBAN) енгізіңіз",
                        "Введите номер счета (IBAN)",
                        "Enter the account number (IBAN)",
                    ),
                )
            },
            Field {
                hint: Some(Text::new("Мысалы, «Қазпошта» АҚ", "Например, АО «Казпочта»", "For example, Kazpost")),
                summary_label: Some(Text::new("Банк", "Банк", "Bank")),
                ..Field::new(
                    "bank_name",
                    Text::new("Банктің атауы", "Наименование банка", "Name of the bank"),
                    FieldKind::Text { max: 150, multiline: false },
                    Text::new("Банктің атауын енгізіңіз", "Введите наименование банка", "Enter the name of the bank"),
                )
            },
        ],
    ),
];

const BOTH: &[Channel] = &[Channel::Portal, Channel::Provider];
const PROVIDER: &[Channel] = &[Channel::Provider];
const PORTAL: &[Channel] = &[Channel::Portal];

const DOCUMENTS: &[DocumentSlot] = &[
    DocumentSlot {
        id: "birth-certificate",
        name: Text::new("Баланың туу туралы куәлігі", "Свидетельство о рождении ребенка", "Child's birth certificate"),
        hint: Some(Text::new(
            "Қазақстанда тіркелген туу туралы мәліметтер мемлекеттік жүйеден алынады, шетелде берілген куәлікті тіркеңіз",
            "Сведения о рождении, зарегистрированном в Казахстане, получаются из государственной системы; приложите свидетельство, выданное за рубежом",
            "Births registered in Kazakhstan are checked in the state system; attach the certificate issued abroad",
        )),
        requirement: Requirement::When(Condition::Equals("born_in_kz", "no")),
        channels: BOTH,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 4,
    },
    DocumentSlot {
        id: "pmpc-conclusion",
        name: Text::new(
            "Психологиялық-педагогикалық консультацияның қорытындысы",
            "Заключение психолого-педагогической консультации",
            "Conclusion of the psychological and pedagogical consultation",
        ),
        hint: Some(Text::new(
            "Баланы үйде оқыту ұсынылған қорытынды",
            "Заключение, в котором рекомендовано обучение ребенка на дому",
            "The conclusion that recommends teaching the child at home",
        )),
        requirement: Requirement::Always,
        channels: BOTH,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    },
    DocumentSlot {
        id: "residence",
        name: Text::new(
            "Азаматтарды тіркеу кітабы, мекенжай бюросының анықтамасы немесе ауылдық округ әкімінің анықтамасы",
            "Книга регистрации граждан, справка адресного бюро или справка акима сельского округа",
            "House register book, address bureau certificate or rural district akim's certificate",
        ),
        hint: Some(Text::new(
            "Тіркелген жері туралы; үшеуінің біреуі жеткілікті",
            "О регистрации по месту жительства; достаточно одного из трех",
            "Showing where the applicant is registered; any one of the three",
        )),
        requirement: Requirement::Optional,
        channels: PROVIDER,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 5,
    },
    DocumentSlot {
        id: "disability-certificate",
        name: Text::new("Мүгедектік туралы анықтама", "Справка об инвалидности", "Disability certificate"),
        hint: None,
        requirement: Requirement::Optional,
        channels: PROVIDER,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 3,
    },
    DocumentSlot {
        id: "bank-account",
        name: Text::new(
            "Банкте шоттың бар екенін растайтын құжат",
            "Документ о наличии счета в банке",
            "Document showing the bank account",
        ),
        hint: None,
        requirement: Requirement::Optional,
        channels: PROVIDER,
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 3,
    },
];

/// The department's last step, the same in both channels.
const RESULT_STEP: Text = Text::new(
    "Бөлім қызметкері құжаттарды стандартқа сәйкестігіне тексеріп, өз ЭЦҚ-сымен қол қойылған материалдық қамтамасыз етуді тағайындау туралы хабарламаны немесе дәлелді бас тартуды қалыптастырады; нәтиже порталдағы жеке кабинетіңізге жіберіледі",
    "Работник отдела проверяет документы на соответствие стандарту и формирует уведомление о назначении материального обеспечения или мотивированный отказ, подписанные его ЭЦП; результат направляется в ваш личный кабинет на портале",
    "A department officer checks the documents against the standard and issues a notice of award of material support, or a reasoned refusal, signed with their ESP. The result is sent to your personal cabinet on the portal",
);

const REGISTER: Text = Text::new(
    "Сұрау «электрондық үкіметтің» өңірлік шлюзінде тіркеліп, оған нөмір беріледі",
    "Запрос регистрируется в региональном шлюзе «электронного правительства» и получает номер",
    "The request is registered in the regional e-government gateway and given a number",
);

/// Appendix 2, tables 1 and 2: the rows that move the request on (the refusal rows are outcomes,
/// not steps). Durations under a minute and of 1.5 minutes are rounded up to whole minutes.
const STEPS: &[ProcessStep] = &[
    ProcessStep {
        actor: Actor::Applicant,
        action: Text::new(
            "Порталға ЖСН мен құпиясөз арқылы кіресіз",
            "Вы входите на портал по ИИН и паролю",
            "You sign in to the portal with your IIN and password",
        ),
        term: Term::minutes(1),
        channels: PORTAL,
    },
    ProcessStep {
        actor: Actor::Applicant,
        action: Text::new(
            "Қызметті таңдап, сұрау нысанын толтырасыз және сканерленген құжаттарды тіркейсіз",
            "Вы выбираете услугу, заполняете форму запроса и прикрепляете отсканированные документы",
            "You choose the service, fill in the request and attach the scanned documents",
        ),
        term: Term::minutes(2),
        channels: PORTAL,
    },
    ProcessStep {
        actor: Actor::Applicant,
        action: Text::new(
            "Сұрауға ЭЦҚ-мен қол қойып, жібересіз; портал ЖСН-нің сәйкестігін, куәліктің мерзімін және оның кері қайтарылмағанын тексереді",
            "Вы подписываете запрос ЭЦП и отправляете его; портал проверяет совпадение ИИН, срок действия свидетельства и то, что оно не отозвано",
            "You sign the request with your ESP and send it. The portal checks that the IIN matches and that the certificate is in date and not revoked",
        ),
        term: Term::minutes(1),
        channels: PORTAL,
    },
    ProcessStep { actor: Actor::System, action: REGISTER, term: Term::minutes(1), channels: PORTAL },
    ProcessStep { actor: Actor::Specialist, action: RESULT_STEP, term: Term::working_days(10), channels: PORTAL },
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Бөлім қызметкері жергілікті атқарушы органның ақпараттық жүйесіне ЖСН мен құпиясөз арқылы кіреді",
            "Работник отдела входит в информационную систему местного исполнительного органа по ИИН и паролю",
            "A department officer signs in to the local executive body's information system with their IIN and password",
        ),
        term: Term::minutes(1),
        channels: PROVIDER,
    },
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Қызметкер қызметті таңдап, сұрау нысанына сіздің деректеріңізді енгізеді",
            "Работник выбирает услугу и вносит ваши данные в форму запроса",
            "The officer chooses the service and enters your details in the request",
        ),
        term: Term::minutes(1),
        channels: PROVIDER,
    },
    ProcessStep {
        actor: Actor::System,
        action: Text::new(
            "«Электрондық үкімет» шлюзі арқылы «Жеке тұлғалар» мемлекеттік деректер базасына сіз туралы сұрау жіберіледі",
            "Через шлюз «электронного правительства» в ГБД «Физические лица» направляется запрос о вас",
            "A query about you is sent to the state database «Individuals» through the e-government gateway",
        ),
        term: Term::minutes(2),
        channels: PROVIDER,
    },
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Қызметкер сканерленген құжаттарды сұрауға тіркеп, толтырылған нысанды өз ЭЦҚ-сымен растайды",
            "Работник прикрепляет к запросу отсканированные документы и удостоверяет заполненную форму своей ЭЦП",
            "The officer attaches the scanned documents to the request and certifies it with their own ESP",
        ),
        term: Term::minutes(1),
        channels: PROVIDER,
    },
    ProcessStep { actor: Actor::System, action: REGISTER, term: Term::minutes(1), channels: PROVIDER },
    ProcessStep { actor: Actor::Specialist, action: RESULT_STEP, term: Term::working_days(10), channels: PROVIDER },
];

const SIGNED_BY: Text = Text::new(
    "Жергілікті атқарушы орган қызметшісі – жұмыспен қамту және әлеуметтік бағдарламалар бөлімі (ЭЦҚ)",
    "Работник местного исполнительного органа – отдел занятости и социальных программ (ЭЦП)",
    "An officer of the local executive body: the employment and social programmes department (ESP)",
);

const OUTPUTS: &[OutputTemplate] = &[
    OutputTemplate {
        result: 0,
        title: Text::new(
            "Материалдық қамтамасыз етуді тағайындау туралы хабарлама",
            "Уведомление о назначении материального обеспечения",
            "Notice of award of material support",
        ),
        fields: &[
            Text::new("Өтініш беруші (Т.А.Ә.)", "Заявитель (Ф.И.О.)", "Applicant (full name)"),
            Text::new("Мекенжайы", "Адрес", "Address"),
            Text::new("Телефон", "Телефон", "Phone"),
            Text::new(
                "Үйде оқитын және тәрбиеленетін мүгедек бала (баланың Т.А.Ә.)",
                "Ребенок-инвалид, обучающийся и воспитывающийся на дому (Ф.И.О. ребенка)",
                "Disabled child taught and brought up at home (child's full name)",
            ),
            Text::new("Материалдық қамтамасыз ету мөлшері", "Размер материального обеспечения", "Amount of support"),
            Text::new("Кезеңі: басталуы және аяқталуы", "Период: с … по …", "Period: from and to"),
            Text::new(
                "Төлемдер кестесі: №, тоқсан, жыл, төлем сомасы",
                "Таблица выплат: №, квартал, год, сумма выплаты",
                "Payments: number, quarter, year, amount",
            ),
            Text::new("Маман (Т.А.Ә.)", "Специалист (Ф.И.О.)", "Specialist (full name)"),
            Text::new("Бөлім бастығы (Т.А.Ә.)", "Начальник отдела (Ф.И.О.)", "Head of department (full name)"),
        ],
        signed_by: SIGNED_BY,
    },
    OutputTemplate {
        result: 1,
        title: Text::new(
            "Мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауап",
            "Мотивированный ответ об отказе в оказании государственной услуги",
            "Reasoned refusal to provide the service",
        ),
        fields: &[
            Text::new("Өтініш берушінің Т.А.Ә.", "Ф.И.О. заявителя", "Applicant's full name"),
            Text::new(
                "Комиссия қорытындысы бойынша бас тарту негіздемесі",
                "Обоснование отказа по заключению комиссии",
                "Reasons for the refusal, from the commission's conclusion",
            ),
        ],
        signed_by: SIGNED_BY,
    },
];

/// Material support for disabled children schooled at home (Kokpekti district), version 1.
pub static HOME_SCHOOLING_SUPPORT_V1: ServiceDefinition = ServiceDefinition {
    slug: "home-schooling-support",
    version: 1,
    valid_from: "2013-02-04",
    valid_to: None,
    passport: Passport {
        name: Text::new(
            "Үйде оқитын және тәрбиеленетін мүгедек балаларды материалдық қамтамасыз ету үшін құжаттарды рәсімдеу",
            "Оформление документов на материальное обеспечение детей-инвалидов, обучающихся и воспитывающихся на дому",
            "Processing documents for material support of disabled children taught and brought up at home",
        ),
        summary: Text::new(
            "Аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі үйде оқитын және тәрбиеленетін мүгедек балаға материалдық қамтамасыз ету тағайындау үшін құжаттарды рәсімдейді. Нәтижесінде төлемнің мөлшері мен кезеңі көрсетілген хабарлама аласыз.",
            "Районный отдел занятости и социальных программ оформляет документы для назначения материального обеспечения ребенку-инвалиду, который обучается и воспитывается на дому. В результате вы получаете уведомление с размером и периодом выплаты.",
            "The district employment and social programmes department processes your documents to award material support for a disabled child who is taught and brought up at home. You receive a notice giving the amount and the period of the payments.",
        ),
        provider: Text::new(
            "«Көкпекті ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» мемлекеттік мекемесі",
            "Государственное учреждение «Отдел занятости и социальных программ Кокпектинского района»",
            "Kokpekti District Department of Employment and Social Programmes (state institution)",
        ),
        recipients: Text::new(
            "Үйде оқитын және тәрбиеленетін мүгедек балалардың ата-аналары (жеке тұлғалар)",
            "Родители детей-инвалидов, обучающихся и воспитывающихся на дому (физические лица)",
            "Parents of disabled children who are taught and brought up at home (individuals)",
        ),
        territory: Text::new(
            "Шығыс Қазақстан облысы, Көкпекті ауданы",
            "Кокпектинский район Восточно-Казахстанской области",
            "Kokpekti district, East Kazakhstan oblast",
        ),
        channels: &[Channel::Portal, Channel::Provider],
        term: Term::working_days(10),
        other_terms: OTHER_TERMS,
        fee: Text::new(
            "Регламентте ақы белгіленбеген",
            "Регламентом плата не установлена",
            "The regulation sets no fee",
        ),
        results: RESULTS,
        result_form: Text::new(
            "Жергілікті атқарушы орган қызметкерінің ЭЦҚ-мен қалыптастырылған электрондық құжат порталдағы жеке кабинетке жіберіледі. Хабарламада төлемнің мөлшері, кезеңі және тоқсан сайынғы төлемдер кестесі көрсетіледі; төлемді алу үшін бөлімге жүгіну керек. Бас тарту – комиссия қорытындысы бойынша себептері көрсетілген еркін түрдегі хат",
            "Электронный документ, сформированный с ЭЦП работника местного исполнительного органа, направляется в личный кабинет на портале. В уведомлении указываются размер, период и поквартальная таблица выплат; для получения выплаты нужно обратиться в отдел. Отказ – письмо в произвольной форме с обоснованием причин, по заключению комиссии",
            "An electronic document signed with the ESP of the local executive body's officer, sent to your personal cabinet on the portal. The notice gives the amount, the period and the quarterly payments; to receive the payments you contact the department. A refusal is a free-form letter giving the reasons, issued on the commission's conclusion",
        ),
        documents: PASSPORT_DOCUMENTS,
        refusal_grounds: REFUSAL_GROUNDS,
        legal_basis: LEGAL_BASIS,
        source: SeedRef {
            seed: "003",
            regulation: Some(2),
            act: Text::new(
                "«Үйде оқитын және тәрбиеленетін мүгедек балаларды материалдық қамтамасыз ету үшін құжаттар рәсімдеу» электрондық мемлекеттік қызметінің регламенті",
                "Регламент электронной государственной услуги «Оформление документов на материальное обеспечение детей-инвалидов, обучающихся и воспитывающихся на дому»",
                "Regulation of the electronic state service «Processing documents for material support of disabled children taught and brought up at home»",
            ),
        },
        notes: NOTES,
    },
    pages: PAGES,
    documents: DOCUMENTS,
    declaration: Some(Text::new(
        "Берген мәліметтерімнің дұрыс әрі толық екенін растаймын және Көкпекті ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің материалдық қамтамасыз етуді тағайындау үшін менің және баламның дербес деректерін, оның ішінде мемлекеттік ақпараттық жүйелердегі деректерді пайдалануына келісім беремін.",
        "Подтверждаю, что предоставленные сведения верны и полны, и даю согласие отделу занятости и социальных программ Кокпектинского района на использование моих персональных данных и персональных данных ребенка, в том числе из государственных информационных систем, для назначения материального обеспечения.",
        "I confirm that the information I have given is correct and complete, and I consent to the Kokpekti district employment and social programmes department using my and my child's personal data, including data held in state information systems, to award material support.",
    )),
    steps: STEPS,
    outputs: OUTPUTS,
    changes: &[],
};
