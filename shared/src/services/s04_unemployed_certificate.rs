//! S4 — «Жұмыссыз азаматтарға анықтама беру» / «Выдача справок безработным гражданам»
//! (certificates for unemployed citizens).
//!
//! Seed 003, regulation 1: Kokpekti district akimat resolution N 417 of 24.12.2012 (East
//! Kazakhstan). The regulation gives no overall term, no document list and no fee: it refers to
//! the national standard (Government resolution N 394 of 07.04.2011) for them. Terms are read
//! from the last step of each table in Appendix 1; documents from para 6.5 and Appendix 3.

use crate::definition::*;
use crate::lang::Text;

const OTHER_TERMS: &[TermNote] = &[
    TermNote {
        term: Term::minutes(10),
        applies_to: Text::new(
            "Жұмыспен қамту және әлеуметтік бағдарламалар бөліміне жүгінгенде – нәтижені алу (1-қосымшаның 2-кестесі, соңғы қадам)",
            "При обращении в отдел занятости и социальных программ – получение результата (таблица 2 приложения 1, последний шаг)",
            "When you apply at the employment and social programmes department: receiving the result (Appendix 1, table 2, last step)",
        ),
    },
    TermNote {
        term: Term::working_days(3),
        applies_to: Text::new(
            "Халыққа қызмет көрсету орталығы арқылы – нәтижені алу (1-қосымшаның 3-кестесі, соңғы қадам)",
            "Через центр обслуживания населения – получение результата (таблица 3 приложения 1, последний шаг)",
            "Through a public service centre: receiving the result (Appendix 1, table 3, last step)",
        ),
    },
];

const RESULTS: &[ResultKind] = &[
    ResultKind {
        name: Text::new(
            "Жұмыссыз ретінде тіркеу туралы анықтама",
            "Справка о регистрации в качестве безработного",
            "Certificate of registration as unemployed",
        ),
        term: None,
    },
    ResultKind {
        name: Text::new(
            "Қызмет көрсетуден бас тарту туралы дәлелді жауап",
            "Мотивированный отказ в оказании услуги",
            "Reasoned refusal to provide the service",
        ),
        term: None,
    },
];

const PASSPORT_DOCUMENTS: &[PassportDocument] = &[
    PassportDocument {
        name: Text::new(
            "Анықтама қажет кезең көрсетілген өтініш",
            "Заявление с указанием периода, за который нужна справка",
            "An application stating the period the certificate must cover",
        ),
        channels: &[],
        note: Some(Text::new(
            "Порталда – ЭЦҚ-мен қол қойылған электрондық сұрау; бөлімде және ХҚКО-да өтінішті қызметкер немесе оператор толтырып, өз ЭЦҚ-сымен растайды",
            "На портале – электронный запрос, подписанный ЭЦП; в отделе и ЦОН заявление заполняет работник или оператор и удостоверяет своей ЭЦП",
            "On the portal, an electronic request signed with your ESP; at the department or a service centre, the officer fills in the application and certifies it with their own ESP",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Мемлекеттік қызмет стандартының 11-тармағында көрсетілген құжаттардың электрондық көшірмелері",
            "Электронные копии документов, указанных в пункте 11 стандарта государственной услуги",
            "Electronic copies of the documents listed in item 11 of the state service standard",
        ),
        channels: &[],
        note: Some(Text::new(
            "Тізбе регламентте келтірілмеген (ҚР Үкіметінің 2011 жылғы 7 сәуірдегі № 394 қаулысымен бекітілген стандарт); бөлімде және ХҚКО-да құжаттарды қызметкер немесе оператор сканерлейді",
            "Перечень в регламенте не приведен (стандарт утвержден постановлением Правительства РК от 7 апреля 2011 года № 394); в отделе и ЦОН документы сканирует работник или оператор",
            "The regulation does not list them (see the standard approved by Government resolution No. 394 of 7 April 2011); at the department or a service centre the officer scans them",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", "Identity document"),
        channels: &[Channel::ServiceCentre, Channel::Provider],
        note: Some(Text::new(
            "Бөлімде және ХҚКО-да жеке басыңызды сәйкестендіру үшін көрсетіледі, түпнұсқасы қайтарылады; порталда қажет емес – жеке басыңыз ЭЦҚ арқылы расталады",
            "В отделе и ЦОН предъявляется для идентификации личности, оригинал возвращается; на портале не нужен – личность подтверждается ЭЦП",
            "Shown at the department or a service centre to identify you, and the original is returned; not needed on the portal, where your ESP identifies you",
        )),
        from_state_systems: false,
    },
    PassportDocument {
        name: Text::new(
            "Өтініш берушінің жеке деректері",
            "Персональные данные заявителя",
            "The applicant's personal details",
        ),
        channels: &[Channel::ServiceCentre, Channel::Provider],
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
        "Өтініш берушінің құжаттары мемлекеттік қызмет стандартына сәйкес келмейді немесе қызмет көрсетуге негіз жоқ (өтініш берушінің деректеріндегі бұзушылықтар)",
        "Документы заявителя не соответствуют стандарту государственной услуги или нет оснований для оказания услуги (нарушения в данных заявителя)",
        "The applicant's documents do not meet the state service standard, or there are no grounds for the service (errors in the applicant's details)",
    ),
    Text::new(
        "«Жеке тұлғалар» мемлекеттік деректер базасында өтініш беруші туралы мәліметтердің болмауы (бөлімде және ХҚКО-да)",
        "Отсутствие сведений о заявителе в государственной базе данных «Физические лица» (в отделе и ЦОН)",
        "The state database «Individuals» holds no record of the applicant (at the department or a service centre)",
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
        "«Жұмыссыз азаматтарға анықтама беру» мемлекеттік қызмет стандарты, «Жергілікті атқарушы органдармен көрсетілетін әлеуметтік қорғау саласындағы мемлекеттік қызметтер стандарттарын бекіту туралы» ҚР Үкіметінің 2011 жылғы 7 сәуірдегі № 394 қаулысы",
        "Стандарт государственной услуги «Выдача справок безработным гражданам», постановление Правительства РК от 7 апреля 2011 года № 394 «Об утверждении стандартов государственных услуг в сфере социальной защиты, оказываемых местными исполнительными органами»",
        "State service standard «Issuing certificates to unemployed citizens», Government resolution No. 394 of 7 April 2011 «On approval of standards of state services in social protection provided by local executive bodies»",
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
    Text::new(
        "«Халықты жұмыспен қамту туралы» ҚР Заңының 15-бабы (анықтама нысанында аталған)",
        "Статья 15 Закона РК «О занятости населения» (указана в форме справки)",
        "Article 15 of the Law «On employment of the population» (cited in the certificate form)",
    ),
];

const NOTES: &[Text] = &[
    Text::new(
        "Жеке басын куәландыратын құжат (бөлімде және ХҚКО-да сәйкестендіру үшін) регламенттен емес, кейінгі қағидалардан алынды: жұмыс іздеп жүрген адамдарды және жұмыссыздарды тіркеу кезінде қызмет берушіге жеке куәлік немесе цифрлық құжаттар сервисіндегі электрондық құжат ұсынылады [дереккөзі: gov.kz/services/3937]",
        "Документ, удостоверяющий личность (для идентификации в отделе и ЦОН), взят не из регламента, а из последующих правил: при регистрации лиц, ищущих работу, и безработных услугодателю предъявляется удостоверение личности или электронный документ из сервиса цифровых документов [источник: gov.kz/services/3937]",
        "The identity document (to identify you at the department or a service centre) comes from the later rules, not the regulation: to register job seekers and unemployed people the provider asks for an ID card or an electronic document from the digital documents service [source: gov.kz/services/3937]",
    ),
    Text::new(
        "Өтініш кімге жолданатыны (бөлім бастығының аты-жөні) сұралмайды – портал өтінішті бөлімге өзі жолдайды. 3-қосымшадағы «Бөлім бастығы», «Маман» және «Анықтаманы алуға өтініш берілген күні» жолдары анықтама нысанына жатқызылды; олардың қай құжатқа тиесілі екені мәтіннен анық емес (?)",
        "Адресат заявления (начальник отдела) не запрашивается – портал направляет заявление в отдел сам. Строки «Начальник отдела», «Специалист» и «Дата подачи заявления на получение справки» из приложения 3 отнесены к форме справки; к какому документу они относятся, из текста неясно (?)",
        "The application's addressee (the head of the department) is not asked for: the portal sends the application to the department itself. The lines «Head of department», «Specialist» and «Date of the application for the certificate» in Appendix 3 are placed on the certificate; the text does not make clear which document they belong to (?)",
    ),
    Text::new(
        "1-қосымшадағы кестелерде секундпен және 1,5 минут деп берілген қадамдардың ұзақтығы толық минутқа дейін жоғары қарай дөңгелектенді",
        "Продолжительность шагов, указанная в таблицах приложения 1 в секундах и как 1,5 минуты, округлена в большую сторону до целых минут",
        "Step durations given in seconds or as 1.5 minutes in the tables of Appendix 1 are rounded up to whole minutes",
    ),
    Text::new(
        "Регламент Көкпекті ауданы әкімдігінің 2013 жылғы 13 мамырдағы № 127 қаулысымен күшін жойған",
        "Регламент утратил силу постановлением акимата Кокпектинского района от 13 мая 2013 года № 127",
        "The regulation was repealed by Kokpekti district akimat resolution No. 127 of 13 May 2013",
    ),
    Text::new(
        "Регламент қызмет көрсетудің жалпы мерзімін белгілемейді (ол стандартта): 1-қосымшадағы кестелерде тек соңғы қадамның ұзақтығы берілген – порталда және бөлімде 10 минут, ХҚКО арқылы 3 жұмыс күні",
        "Регламент не устанавливает общий срок оказания услуги (он содержится в стандарте): в таблицах приложения 1 указана только продолжительность последнего шага – 10 минут на портале и в отделе, 3 рабочих дня через ЦОН",
        "The regulation sets no overall term (the standard holds it). The tables in Appendix 1 give only the length of the last step: 10 minutes on the portal and at the department, 3 working days through a service centre",
    ),
    Text::new(
        "Регламентте қабылдау күнінің мерзімге кіретіні-кірмейтіні айтылмаған; ХҚКО-ға жүгінгенде құжаттарды қабылдау күні мерзімге кірмейді деген жалпы ереже қолданылды [дереккөзі: кейінгі ұлттық мемлекеттік қызмет стандарттарының үлгі ережесі]",
        "В регламенте не сказано, входит ли день приема в срок; применено общее правило: при обращении в ЦОН день приема документов не входит в срок оказания услуги [источник: типовая норма последующих национальных стандартов государственных услуг]",
        "The regulation does not say whether the day of acceptance counts. The general rule is applied: at a service centre, the day the documents are accepted does not count towards the term [source: standard wording of later national state service standards]",
    ),
    Text::new(
        "Құжаттар тізбесі регламентте келтірілмеген – тек стандарттың 11-тармағына сілтеме бар; 3-қосымшадағы өтініш нысанында қоса берілетін құжаттар тізімі бос",
        "Перечень документов в регламенте не приведен – есть только ссылка на пункт 11 стандарта; в форме заявления (приложение 3) список «К заявлению прилагаются документы» пуст",
        "The regulation does not list the documents; it only refers to item 11 of the standard. The list of attachments on the application form (Appendix 3) is empty",
    ),
    Text::new(
        "Өтініште анықтама «___ жылдан ___ жылға дейінгі кезеңге» сұралады; анықтама нысанында кезеңге бөлек жол жоқ, ол «жұмыссыз ретінде тіркелген» жолына жазылатын болуы керек (?)",
        "В заявлении справка запрашивается «за период с ___ года по ___ год»; в форме справки отдельной строки для периода нет, видимо, он указывается в строке «зарегистрирован безработным» (?)",
        "The application asks for the certificate «for the period from ___ to ___» (years). The certificate form has no separate line for the period; it probably goes on the «registered as unemployed» line (?)",
    ),
    Text::new(
        "Шығыс нысандардағы штрих-код ескертпесінде Ақсу қаласының әкімдігі (АҚСУ Қ.) аталған – үлгілер басқа әкімдіктің регламентінен көшірілген сияқты; қызмет беруші – Көкпекті ауданының бөлімі",
        "В сноске о штрих-коде выходных форм назван акимат г. Аксу – шаблоны, по-видимому, скопированы из регламента другого акимата; услугодатель – отдел Кокпектинского района",
        "The barcode footnote on the output forms names the Aksu city akimat; the templates seem to have been copied from another akimat's regulation. The provider is the Kokpekti district department",
    ),
    Text::new(
        "ХҚКО арқылы (3-кесте, 3-қадам) сұрау «ЖТ ММБ, БҰАЖ»-ға жіберіледі; «БҰАЖ» анықталмаған, бірыңғай нотариалдық ақпараттық жүйе (БНАЖ) болуы мүмкін (?)",
        "Через ЦОН (таблица 3, шаг 3) запрос направляется в «ГБД ФЛ, БҰАЖ»; сокращение «БҰАЖ» не расшифровано, возможно, имеется в виду единая нотариальная информационная система (ЕНИС) (?)",
        "Through a service centre (table 3, step 3) the query goes to «ЖТ ММБ, БҰАЖ». «БҰАЖ» is not defined; it may mean the Unified Notarial Information System (?)",
    ),
    Text::new(
        "Бөлім мен ХҚКО үшін авторландыру кезінде «тұтынушының ЖСН және жасырын сөзі» енгізіледі деп жазылған – қызметкердің өз деректері меңзелген болуы керек (?); құжаттарды тексергеннен кейінгі бас тарту мәтінде «авторизациялаудан бас тарту» деп аталады, мәні бойынша бұл – қызмет көрсетуден бас тарту",
        "Для отдела и ЦОН сказано, что при авторизации вводятся «ИИН и пароль потребителя» – вероятно, имеются в виду данные самого работника (?); отказ после проверки документов назван в тексте «отказом в авторизации», по сути это отказ в оказании услуги",
        "For the department and service centre the text says the officer logs in with «the consumer's IIN and password»; the officer's own credentials are probably meant (?). The refusal after the document check is called a «refusal of authorization»; in substance it is a refusal of the service",
    ),
    Text::new(
        "Ақы туралы регламентте де, табылған кейінгі стандарттарда да айтылмаған; қызмет тегін болуы ықтимал, бірақ расталмаған (?)",
        "О плате не сказано ни в регламенте, ни в найденных последующих стандартах; услуга, вероятно, бесплатна, но это не подтверждено (?)",
        "Neither the regulation nor the later standards found mention a fee. The service is probably free, but this is not confirmed (?)",
    ),
    Text::new(
        "Кейін қызмет өзгерді: 2015 жылы – «Жұмыссыз азаматтарды тіркеу және есепке қою» (ҚР Денсаулық сақтау және әлеуметтік даму министрінің 2015 жылғы 28 сәуірдегі № 279 бұйрығының 12-қосымшасы); 2023 жылғы 1 шілдеден бастап жұмыс іздеп жүрген адамдарды және жұмыссыздарды мансап орталықтары тіркейді (ҚР Премьер-Министрінің орынбасары – Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 9 маусымдағы № 214 бұйрығы) [дереккөзі: bestprofi.com/document/843711843; zakon.uchet.kz/rus/history/V2300032850]",
        "Позднее услуга изменилась: в 2015 году – «Регистрация и постановка на учет безработных граждан» (приложение 12 к приказу Министра здравоохранения и социального развития РК от 28 апреля 2015 года № 279); с 1 июля 2023 года лиц, ищущих работу, и безработных регистрируют карьерные центры (приказ Заместителя Премьер-Министра – Министра труда и социальной защиты населения РК от 9 июня 2023 года № 214) [источник: bestprofi.com/document/843711843; zakon.uchet.kz/rus/history/V2300032850]",
        "The service later changed: in 2015 it became «Registration of unemployed citizens» (Appendix 12 to Minister of Healthcare and Social Development order No. 279 of 28 April 2015); since 1 July 2023 career centres register job seekers and unemployed people (order No. 214 of 9 June 2023 of the Deputy Prime Minister – Minister of Labour and Social Protection) [source: bestprofi.com/document/843711843; zakon.uchet.kz/rus/history/V2300032850]",
    ),
    Text::new(
        "Ақпарат пен кеңес – ЭҮП call-орталығы, 1414; өтініштің орындалу барысы порталдың «Қызметтерді алу тарихы» бөлімінде, хабарламалар жеке кабинеттің «Хабарламалар» бөлімінде көрсетіледі",
        "Информация и консультации – call-центр портала, 1414; ход исполнения запроса виден в разделе «История получения услуг» на портале, уведомления – в разделе «Уведомления» личного кабинета",
        "For information and advice call the portal's call centre on 1414. The progress of your request is shown in «History of services received» on the portal, and notifications in the «Notifications» section of your personal cabinet",
    ),
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
        "period",
        Text::new(
            "Анықтама қай жылдар үшін керек?",
            "За какой период нужна справка?",
            "Which years should the certificate cover?",
        ),
        &[Field {
            hint: Some(Text::new(
                "Жұмыссыз ретінде тіркелген кезеңнің бірінші және соңғы жылы, мысалы, 2024 – 2026",
                "Первый и последний год, когда вы были зарегистрированы безработным, например, 2024 – 2026",
                "The first and last year you were registered as unemployed, for example 2024 to 2026",
            )),
            summary_label: Some(Text::new("Кезең", "Период", "Period")),
            ..Field::new(
                "period",
                Text::new(
                    "Анықтама қай жылдар үшін керек?",
                    "За какой период нужна справка?",
                    "Which years should the certificate cover?",
                ),
                FieldKind::YearPeriod { not_future: true },
                Text::new(
                    "Кезеңнің басталу жылын енгізіңіз",
                    "Введите год начала периода",
                    "Enter the first year of the period",
                ),
            )
        }],
    ),
    Page::new(
        "purpose",
        Text::new(
            "Анықтаманы қайда ұсынасыз?",
            "Куда вы предъявите справку?",
            "Where will you present the certificate?",
        ),
        &[Field {
            hint: Some(Text::new(
                "Мысалы, банкке немесе оқу орнына. Білмесеңіз, «талап ету орны бойынша» деп жазыңыз",
                "Например, в банк или в учебное заведение. Если не знаете, напишите «по месту требования»",
                "For example, a bank or a college. If you do not know, write ‘wherever required’",
            )),
            summary_label: Some(Text::new("Қайда ұсынылады", "Куда предъявляется", "To be presented to")),
            ..Field::new(
                "purpose",
                Text::new(
                    "Анықтаманы қайда ұсынасыз?",
                    "Куда вы предъявите справку?",
                    "Where will you present the certificate?",
                ),
                FieldKind::Text { max: 300, multiline: false },
                Text::new(
                    "Анықтаманы қайда ұсынатыныңызды жазыңыз",
                    "Укажите, куда вы предъявите справку",
                    "Enter where you will present the certificate",
                ),
            )
        }],
    ),
];

const DOCUMENTS: &[DocumentSlot] = &[
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
            "Бөлім сұраған құжаттар, мысалы, еңбек кітапшасы немесе бұрын берілген анықтама",
            "Документы, которые запросил отдел, например, трудовая книжка или ранее выданная справка",
            "Documents the department asked for, for example your employment record book or an earlier certificate",
        )),
        requirement: Requirement::Optional,
        channels: &[Channel::Portal, Channel::ServiceCentre, Channel::Provider],
        accepted: SCAN_KINDS,
        max_bytes: MAX_UPLOAD_BYTES,
        max_files: 10,
    },
];

/// The department's last step, the same in every channel but for its term.
const fn result_step(term: Term, channels: &'static [Channel]) -> ProcessStep {
    ProcessStep {
        actor: Actor::Specialist,
        action: Text::new(
            "Бөлім құжаттарды стандартқа сәйкестігіне тексеріп, уәкілетті тұлғаның ЭЦҚ-сымен қол қойылған анықтаманы немесе дәлелді бас тартуды қалыптастырады; нәтижені аласыз",
            "Отдел проверяет документы на соответствие стандарту и формирует справку, подписанную ЭЦП уполномоченного лица, или мотивированный отказ; вы получаете результат",
            "The department checks the documents against the standard and issues the certificate, signed with its authorised officer's ESP, or a reasoned refusal. You receive the result",
        ),
        term,
        channels,
    }
}

const PORTAL: &[Channel] = &[Channel::Portal];
const PROVIDER: &[Channel] = &[Channel::Provider];
const CENTRE: &[Channel] = &[Channel::ServiceCentre];

const REGISTER: Text = Text::new(
    "Сұрау «электрондық үкіметтің» өңірлік шлюзінде тіркеліп, оған нөмір беріледі",
    "Запрос регистрируется в региональном шлюзе «электронного правительства» и получает номер",
    "The request is registered in the regional e-government gateway and given a number",
);

const QUERY_INDIVIDUALS: Text = Text::new(
    "«Электрондық үкімет» шлюзі арқылы «Жеке тұлғалар» мемлекеттік деректер базасына сіз туралы сұрау жіберіледі",
    "Через шлюз «электронного правительства» в ГБД «Физические лица» направляется запрос о вас",
    "A query about you is sent to the state database «Individuals» through the e-government gateway",
);

/// Appendix 1, tables 1–3: the rows that move the request on (the refusal rows are outcomes, not
/// steps). Durations under a minute and of 1.5 minutes are rounded up to whole minutes.
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
            "Қызметті таңдап, сұрау нысанын толтырасыз және қол қою үшін ЭЦҚ тіркеу куәлігін таңдайсыз",
            "Вы выбираете услугу, заполняете форму запроса и выбираете регистрационное свидетельство ЭЦП для подписи",
            "You choose the service, fill in the request and choose the ESP certificate to sign it with",
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
    result_step(Term::minutes(10), PORTAL),
    ProcessStep {
        actor: Actor::Office,
        action: Text::new(
            "Бөлім қызметкері өңірлік шлюздің жұмыс орнына ЖСН мен құпиясөз арқылы кіреді",
            "Работник отдела входит в АРМ регионального шлюза по ИИН и паролю",
            "A department officer signs in to the regional gateway workstation with their IIN and password",
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
    ProcessStep { actor: Actor::System, action: QUERY_INDIVIDUALS, term: Term::minutes(2), channels: PROVIDER },
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
    ProcessStep { actor: Actor::System, action: REGISTER, term: Term::minutes(2), channels: PROVIDER },
    result_step(Term::minutes(10), PROVIDER),
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Орталық операторы ХҚКО ақпараттық жүйесінің жұмыс орнына ЖСН мен құпиясөз арқылы кіреді",
            "Оператор центра входит в АРМ информационной системы ЦОН по ИИН и паролю",
            "A service centre operator signs in to the service centres' system with their IIN and password",
        ),
        term: Term::minutes(1),
        channels: CENTRE,
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Оператор қызметті таңдап, сұрау нысанына сіздің деректеріңізді енгізеді",
            "Оператор выбирает услугу и вносит ваши данные в форму запроса",
            "The operator chooses the service and enters your details in the request",
        ),
        term: Term::minutes(1),
        channels: CENTRE,
    },
    ProcessStep { actor: Actor::System, action: QUERY_INDIVIDUALS, term: Term::minutes(2), channels: CENTRE },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Оператор сканерленген құжаттарды сұрауға тіркеп, толтырылған нысанды өз ЭЦҚ-сымен растайды",
            "Оператор прикрепляет к запросу отсканированные документы и удостоверяет заполненную форму своей ЭЦП",
            "The operator attaches the scanned documents to the request and certifies it with their own ESP",
        ),
        term: Term::minutes(1),
        channels: CENTRE,
    },
    ProcessStep {
        actor: Actor::ServiceCentre,
        action: Text::new(
            "Оператор қол қойылған сұрауды «электрондық үкімет» шлюзі арқылы бөлімге жібереді",
            "Оператор направляет подписанный запрос в отдел через шлюз «электронного правительства»",
            "The operator sends the signed request to the department through the e-government gateway",
        ),
        term: Term::minutes(1),
        channels: CENTRE,
    },
    ProcessStep { actor: Actor::System, action: REGISTER, term: Term::minutes(1), channels: CENTRE },
    result_step(Term::working_days(3), CENTRE),
];

const OUTPUTS: &[OutputTemplate] = &[
    OutputTemplate {
        result: 0,
        title: Text::new(
            "Жұмыссыздық ретінде тіркеу туралы анықтама",
            "Справка о регистрации в качестве безработного",
            "Certificate of registration as unemployed",
        ),
        fields: &[
            Text::new("Т.А.Ә.", "Ф.И.О.", "Full name"),
            Text::new(
                "«Халықты жұмыспен қамту туралы» Қазақстан Республикасы Заңының 15-бабына сәйкес жұмыссыз ретінде тіркелген",
                "В соответствии со статьей 15 Закона Республики Казахстан «О занятости населения» зарегистрирован безработным",
                "Registered as unemployed under article 15 of the Law «On employment of the population»",
            ),
            Text::new(
                "Қоғамдық әлеуметтік жұмыстарға қатысуы",
                "Участие в общественных социальных работах",
                "Participation in public social works",
            ),
            Text::new(
                "Кәсіби даярлаудан, біліктілігін арттырудан және қайта даярлаудан, жастар практикасынан өтті",
                "Прошел профессиональную подготовку, повышение квалификации и переподготовку, молодежную практику",
                "Vocational training, upskilling, retraining or youth work placement completed",
            ),
            Text::new(
                "Атаулы әлеуметтік көмек, тұрғын үй көмегі тағайындалды",
                "Назначен(а) адресная социальная помощь, жилищная помощь",
                "Targeted social assistance or housing assistance awarded",
            ),
            Text::new("Анықтама ұсыну үшін берілген", "Справка дана для предъявления", "Issued for presentation to"),
            Text::new("Бөлім бастығы (Т.А.Ә.)", "Начальник отдела (Ф.И.О.)", "Head of department (full name)"),
            Text::new("Маман (Т.А.Ә.)", "Специалист (Ф.И.О.)", "Specialist (full name)"),
            Text::new(
                "Анықтаманы алуға өтініш берілген күні",
                "Дата подачи заявления на получение справки",
                "Date of the application for the certificate",
            ),
        ],
        signed_by: Text::new(
            "Жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің уәкілетті тұлғасы (ЭЦҚ)",
            "Уполномоченное лицо отдела занятости и социальных программ (ЭЦП)",
            "The authorised officer of the employment and social programmes department (ESP)",
        ),
    },
    OutputTemplate {
        result: 1,
        title: Text::new(
            "Қызмет көрсетуден бас тарту туралы хат",
            "Письмо об отказе в оказании услуги",
            "Letter refusing the service",
        ),
        fields: &[
            Text::new("Өтініш берушінің Т.А.Ә.", "Ф.И.О. заявителя", "Applicant's full name"),
            Text::new("Бас тарту негіздемесі", "Обоснование отказа", "Reasons for the refusal"),
        ],
        signed_by: Text::new(
            "Жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің уәкілетті тұлғасы (ЭЦҚ)",
            "Уполномоченное лицо отдела занятости и социальных программ (ЭЦП)",
            "The authorised officer of the employment and social programmes department (ESP)",
        ),
    },
];

/// The certificate for unemployed citizens (Kokpekti district), version 1.
pub static UNEMPLOYED_CERTIFICATE_V1: ServiceDefinition = ServiceDefinition {
    slug: "unemployed-certificate",
    version: 1,
    valid_from: "2013-02-04",
    valid_to: None,
    passport: Passport {
        name: Text::new(
            "Жұмыссыз азаматтарға анықтама беру",
            "Выдача справок безработным гражданам",
            "Issuing certificates to unemployed citizens",
        ),
        summary: Text::new(
            "Аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі сіз көрсеткен кезеңде жұмыссыз ретінде тіркелгеніңізді растайтын анықтама береді. Анықтамада қоғамдық жұмыстарға қатысқаныңыз, кәсіптік даярлықтан өткеніңіз және тағайындалған атаулы әлеуметтік немесе тұрғын үй көмегі де көрсетіледі.",
            "Районный отдел занятости и социальных программ выдает справку о том, что вы были зарегистрированы в качестве безработного за указанный вами период. В справке также указываются участие в общественных работах, пройденное профессиональное обучение и назначенная адресная социальная или жилищная помощь.",
            "The district employment and social programmes department issues a certificate confirming that you were registered as unemployed for the period you ask for. It also shows any public works, vocational training, and targeted social or housing assistance you received.",
        ),
        provider: Text::new(
            "«Көкпекті ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» мемлекеттік мекемесі",
            "Государственное учреждение «Отдел занятости и социальных программ Кокпектинского района»",
            "Kokpekti District Department of Employment and Social Programmes (state institution)",
        ),
        recipients: Text::new(
            "Жұмыссыз ретінде тіркелген азаматтар (жеке тұлғалар)",
            "Граждане, зарегистрированные в качестве безработных (физические лица)",
            "People registered as unemployed (individuals)",
        ),
        territory: Text::new(
            "Шығыс Қазақстан облысы, Көкпекті ауданы",
            "Кокпектинский район Восточно-Казахстанской области",
            "Kokpekti district, East Kazakhstan oblast",
        ),
        channels: &[Channel::Portal, Channel::ServiceCentre, Channel::Provider],
        term: Term::minutes(10),
        other_terms: OTHER_TERMS,
        fee: Text::new(
            "Регламентте ақы белгіленбеген",
            "Регламентом плата не установлена",
            "The regulation sets no fee",
        ),
        results: RESULTS,
        result_form: Text::new(
            "Қызмет берушінің уәкілетті тұлғасының ЭЦҚ-мен қалыптастырылған электрондық құжат, қағаз тасығыштағы құжатқа тең; порталда өтініш берушіге көрсетіледі, хабарламалар жеке кабинеттің «Хабарламалар» бөліміне түседі. Бас тарту – себептері көрсетілген хат",
            "Электронный документ, сформированный с ЭЦП уполномоченного лица услугодателя, равнозначный документу на бумажном носителе; на портале отображается заявителю, уведомления поступают в раздел «Уведомления» личного кабинета. Отказ – письмо с обоснованием причин",
            "An electronic document signed with the ESP of the department's authorised officer, with the same force as a paper document. On the portal it is shown to you, and notifications arrive in the «Notifications» section of your personal cabinet. A refusal is a letter giving the reasons",
        ),
        documents: PASSPORT_DOCUMENTS,
        refusal_grounds: REFUSAL_GROUNDS,
        legal_basis: LEGAL_BASIS,
        source: SeedRef {
            seed: "003",
            regulation: Some(1),
            act: Text::new(
                "«Жұмыссыз азаматтарға анықтама беру» электрондық мемлекеттік қызметтің регламенті",
                "Регламент электронной государственной услуги «Выдача справок безработным гражданам»",
                "Regulation of the electronic state service «Issuing certificates to unemployed citizens»",
            ),
        },
        notes: NOTES,
    },
    pages: PAGES,
    documents: DOCUMENTS,
    declaration: Some(Text::new(
        "Берген мәліметтерімнің дұрыс әрі толық екенін растаймын және Көкпекті ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің анықтама беру үшін менің дербес деректерімді, оның ішінде мемлекеттік ақпараттық жүйелердегі деректерді пайдалануына келісім беремін.",
        "Подтверждаю, что предоставленные сведения верны и полны, и даю согласие отделу занятости и социальных программ Кокпектинского района на использование моих персональных данных, в том числе из государственных информационных систем, для выдачи справки.",
        "I confirm that the information I have given is correct and complete, and I consent to the Kokpekti district employment and social programmes department using my personal data, including data held in state information systems, to issue the certificate.",
    )),
    steps: STEPS,
    outputs: OUTPUTS,
    changes: &[],
};
