//! What a person reads about ESP: the sign-in panel, NCALayer problems in the browser, and the
//! server's reasons for not accepting a signature.

use std::fmt;

use crate::lang::{Lang, fill};
use crate::text_table;

text_table! {
    /// The texts of the ESP sign-in and signing panels.
    pub enum EspUi {
        SignIn => ["ЭЦҚ арқылы кіру", "Войти с ЭЦП", "Sign in with ESP"],
        Lead => [
            "Ұлттық куәландырушы орталық берген электрондық цифрлық қолтаңбаңыз (ЭЦҚ) болса, құпиясөзсіз кіре аласыз. Ол үшін осы компьютерде NCALayer бағдарламасы іске қосылған болуы керек.",
            "Если у вас есть электронная цифровая подпись (ЭЦП) Национального удостоверяющего центра, можно войти без пароля. Для этого на компьютере должна быть запущена программа NCALayer.",
            "If you have an electronic digital signature (ESP) from the National Certification Authority, you can sign in without a password. NCALayer must be running on this computer."],
        SignButton => ["ЭЦҚ-мен қол қою", "Подписать ЭЦП", "Sign with ESP"],
        LocalNetworkNote => [
            "Chrome, Edge және Chromium негізіндегі басқа браузерлер сайтқа жергілікті желідегі құрылғыларға қосылуға рұқсат сұрауы мүмкін. NCALayer сіздің компьютеріңізде жұмыс істейді, сондықтан «Рұқсат ету» түймесін басыңыз.",
            "Chrome, Edge и другие браузеры на основе Chromium могут спросить, разрешить ли сайту подключаться к устройствам в локальной сети. NCALayer работает на вашем компьютере, поэтому нажмите «Разрешить».",
            "Chrome, Edge and other Chromium-based browsers may ask whether this site can connect to devices on your local network. NCALayer runs on your own computer, so choose Allow."],
        Connecting => ["NCALayer-ге қосылуда…", "Подключение к NCALayer…", "Connecting to NCALayer…"],
        WaitingForDialog => [
            "NCALayer терезесінде кілтті таңдап, оның құпиясөзін енгізіңіз. Терезе браузердің артында ашылуы мүмкін.",
            "В окне NCALayer выберите ключ и введите его пароль. Окно может открыться позади браузера.",
            "In the NCALayer window, choose your key and enter its password. The window may open behind your browser."],
        Checking => ["Қолтаңба тексерілуде…", "Проверяем подпись…", "Checking your signature…"],
        HelpInstall => [
            "NCALayer орнатылмаған болса, оны Ұлттық куәландырушы орталықтың сайтынан жүктеп алып, орнатыңыз:",
            "Если NCALayer не установлен, скачайте и установите его с сайта Национального удостоверяющего центра:",
            "If NCALayer is not installed, download and install it from the National Certification Authority's website:"],
        HelpStart => [
            "Орнатылған болса, NCALayer бағдарламасын іске қосып, оның белгішесі сағаттың жанында пайда болғанын күтіңіз, содан кейін қайталап көріңіз.",
            "Если он установлен, запустите NCALayer, дождитесь появления его значка рядом с часами и повторите попытку.",
            "If it is installed, start NCALayer, wait until its icon appears next to the clock, then try again."],
        HelpLocalNetwork => [
            "Chrome 147 және одан кейінгі нұсқалары (сондай-ақ Edge сияқты Chromium негізіндегі басқа браузерлер) жергілікті желідегі құрылғыларға қосылуға рұқсат сұрайды – «Рұқсат ету» түймесін басыңыз. Бұрын тыйым салған болсаңыз, мекенжай жолының сол жағындағы белгішені басып, сайт параметрлерінде рұқсат беріңіз де, парақты жаңартыңыз.",
            "Chrome 147 и новее (и другие браузеры на основе Chromium, например Edge) спрашивают разрешение на подключение к устройствам в локальной сети – нажмите «Разрешить». Если раньше вы запретили доступ, нажмите значок слева от адресной строки, разрешите доступ в настройках сайта и обновите страницу.",
            "Chrome 147 and later (and other Chromium-based browsers such as Edge) ask for permission to connect to devices on your local network – choose Allow. If you blocked it before, select the icon to the left of the address bar, allow access in the site settings and reload the page."],
        HelpUpdate => [
            "NCALayer-дің жаңа нұсқасын Ұлттық куәландырушы орталықтың сайтынан жүктеп алыңыз:",
            "Скачайте новую версию NCALayer с сайта Национального удостоверяющего центра:",
            "Download the latest NCALayer from the National Certification Authority's website:"],
        Retry => ["Қайталап көру", "Повторить", "Try again"],
        NeedsJavaScript => [
            "ЭЦҚ арқылы кіру үшін браузерде JavaScript қосулы және компьютерде NCALayer бағдарламасы іске қосылған болуы керек. ЖСН мен құпиясөз арқылы да кіре аласыз.",
            "Для входа с ЭЦП в браузере должен быть включён JavaScript, а на компьютере запущена программа NCALayer. Можно также войти по ИИН и паролю.",
            "Signing in with ESP needs JavaScript switched on in your browser and NCALayer running on your computer. You can also sign in with your IIN and password."],
        MobileNote => [
            "Телефон мен планшетте NCALayer жұмыс істемейді: ЖСН мен құпиясөз арқылы кіріңіз немесе eGov mobile қосымшасын пайдаланыңыз.",
            "На телефонах и планшетах NCALayer не работает: войдите по ИИН и паролю или воспользуйтесь приложением eGov mobile.",
            "NCALayer does not work on phones and tablets: sign in with your IIN and password, or use the eGov mobile app."],
        StartFailed => [
            "ЭЦҚ арқылы кіруді бастау мүмкін болмады. Парақты жаңартып, қайталап көріңіз.",
            "Не удалось начать вход с ЭЦП. Обновите страницу и повторите попытку.",
            "Signing in with ESP could not start. Reload the page and try again."],
        SignAndSend => ["Қол қойып, жіберу", "Подписать и отправить", "Sign and send"],
        SignApplicationHint => [
            "Өтінішке ЭЦҚ-мен қол қоясыз: NCALayer терезесінде қол қою кілтін таңдаңыз (файл аты RSA256_ немесе GOST512_ деп басталады) және оның құпиясөзін енгізіңіз.",
            "Заявление подписывается ЭЦП: в окне NCALayer выберите ключ для подписи (имя файла начинается с RSA256_ или GOST512_) и введите его пароль.",
            "You sign the application with your ESP: in the NCALayer window, choose your signing key (its file name starts with RSA256_ or GOST512_) and enter its password."],
        SigningStartFailed => [
            "Қол қоюды бастау мүмкін болмады. Парақты жаңартып, қайталап көріңіз.",
            "Не удалось начать подписание. Обновите страницу и повторите попытку.",
            "Signing could not start. Reload the page and try again."],
        /// Signing in the eGov mobile app by QR code, the way that needs no NCALayer.
        SignWithEgov => ["eGov mobile арқылы қол қою", "Подписать в eGov mobile", "Sign with eGov mobile"],
        EgovHint => [
            "Бұл құрылғыда NCALayer жоқ па? Өтінішке телефоныңыздағы eGov mobile қосымшасында QR-код арқылы қол қойыңыз.",
            "На этом устройстве нет NCALayer? Подпишите заявление в приложении eGov mobile на телефоне по QR-коду.",
            "No NCALayer on this device? Sign the application in the eGov mobile app on your phone, with a QR code."],
        EgovTitle => ["Өтінішке eGov mobile қосымшасында қол қойыңыз", "Подпишите заявление в приложении eGov mobile", "Sign the application in eGov mobile"],
        EgovStepOpen => [
            "Телефоныңызда eGov mobile қосымшасын ашып, оған кіріңіз.",
            "Откройте приложение eGov mobile на телефоне и войдите в него.",
            "Open the eGov mobile app on your phone and sign in to it."],
        EgovStepScan => [
            "«eGov QR» бөлімін таңдап, осы кодты сканерлеңіз.",
            "Выберите «eGov QR» и отсканируйте этот код.",
            "Choose «eGov QR» and scan this code."],
        EgovStepConfirm => [
            "Қосымша көрсеткен өтінішті тексеріп, қол қоюды растаңыз.",
            "Проверьте заявление, которое покажет приложение, и подтвердите подписание.",
            "Check the application the app shows you and confirm the signing."],
        EgovStepContinue => [
            "Осы параққа оралып, «Жалғастыру» түймесін басыңыз.",
            "Вернитесь на эту страницу и нажмите «Продолжить».",
            "Come back to this page and select «Continue»."],
        EgovQrAlt => [
            "Өтінішке eGov mobile қосымшасында қол қоюға арналған QR-код",
            "QR-код для подписания заявления в приложении eGov mobile",
            "QR code for signing the application in the eGov mobile app"],
        EgovOnThisPhone => [
            "Осы телефонда болсаңыз, қосымшаны бірден ашыңыз:",
            "Если вы на этом телефоне, откройте приложение сразу:",
            "On this phone? Open the app straight away:"],
        EgovOpenMobile => ["eGov mobile ашу", "Открыть eGov mobile", "Open eGov mobile"],
        EgovOpenBusiness => ["eGov Business ашу", "Открыть eGov Business", "Open eGov Business"],
        EgovValidUntil => [
            "Код {time} дейін жарамды.",
            "Код действует до {time}.",
            "The code can be used until {time}."],
        EgovWaiting => [
            "eGov mobile қосымшасы кодты әлі сканерлеген жоқ.",
            "Приложение eGov mobile ещё не отсканировало код.",
            "The eGov mobile app has not scanned the code yet."],
        EgovFetched => [
            "eGov mobile өтінішті ашты. Қосымшада қол қоюды растаңыз.",
            "eGov mobile открыло заявление. Подтвердите подписание в приложении.",
            "eGov mobile has opened the application. Confirm the signing in the app."],
        EgovSigned => [
            "Өтінішке қол қойылды. Оны жіберу үшін «Жалғастыру» түймесін басыңыз.",
            "Заявление подписано. Нажмите «Продолжить», чтобы отправить его.",
            "The application is signed. Select «Continue» to send it."],
        EgovRefused => [
            "eGov mobile жіберген қолтаңба қабылданбады.",
            "Подпись, отправленная из eGov mobile, не принята.",
            "The signature sent from eGov mobile was not accepted."],
        EgovContinue => ["Жалғастыру", "Продолжить", "Continue"],
        EgovNewCode => ["Жаңа код алу", "Получить новый код", "Get a new code"],
        EgovOtherWays => [
            "Басқаша қол қойғыңыз келсе, жауаптарды тексеру бетіне оралыңыз.",
            "Чтобы подписать иначе, вернитесь к проверке ответов.",
            "To sign another way, go back to checking your answers."],
        /// What the app shows for the portal's documents (API №1's description and API №2's names).
        EgovDocumentName => [
            "«{service}» мемлекеттік қызметін алуға өтініш",
            "Заявление на получение государственной услуги «{service}»",
            "Application for the public service «{service}»"],
        EgovMetaIin => ["ЖСН", "ИИН", "IIN"],
        EgovMetaService => ["Қызмет", "Услуга", "Service"],
        EgovPortalName => ["«{site}» порталы", "Портал «{site}»", "{site} portal"],
        EgovAccepted => [
            "Қолтаңба қабылданды. Порталға оралып, өтінішті жіберіңіз.",
            "Подпись принята. Вернитесь на портал и отправьте заявление.",
            "The signature is accepted. Go back to the portal and send the application."],
        EgovCodeClosed => [
            "Бұл код бұдан былай жарамсыз. Порталда жаңа код алыңыз.",
            "Этот код больше не действует. Получите новый код на портале.",
            "This code can no longer be used. Get a new code on the portal."],
        /// The section of a signed application in the cabinet.
        SignatureTitle => ["Қолтаңба", "Подпись", "Signature"],
        SignedBy => ["Қол қойған", "Подписал", "Signed by"],
        SignerWithIin => ["{name}, ЖСН {iin}", "{name}, ИИН {iin}", "{name}, IIN {iin}"],
        SignedOn => ["Қол қойылған уақыты", "Дата подписания", "Signed on"],
        CertificateSerial => ["Сертификаттың сериялық нөмірі", "Серийный номер сертификата", "Certificate serial number"],
        CertificateIssuer => ["Сертификатты берген", "Кем выдан сертификат", "Certificate issued by"],
        CertificateValidUntil => ["Сертификаттың жарамдылық мерзімі", "Сертификат действует до", "Certificate valid until"],
        DownloadSignature => ["Қолтаңбаны жүктеп алу (.p7s)", "Скачать подпись (.p7s)", "Download the signature (.p7s)"],
        VerifyAgain => ["Қолтаңбаны қайта тексеру", "Проверить подпись ещё раз", "Check the signature again"],
        SignatureValid => ["Қолтаңба жарамды", "Подпись действительна", "The signature is valid"],
        SignatureNotConfirmed => [
            "Қолтаңба қайта тексерілгенде расталмады.",
            "При повторной проверке подпись не подтвердилась.",
            "The signature was checked again and could not be confirmed."],
        /// The seed's wording of a refused service, for a refusal of a signed application.
        ServiceRefused => [
            "Көрсетілетін қызметті алушының ЭЦҚ түпнұсқалығы расталмауына байланысты сұратылып отырған қызметтен бас тарту",
            "Отказ в запрашиваемой услуге в связи с неподтверждением подлинности ЭЦП услугополучателя",
            "The service you requested is refused because the authenticity of your ESP could not be confirmed"],
        ExpiredOn => ["Сертификаттың мерзімі {date} аяқталды.", "Срок действия сертификата закончился {date}.", "The certificate's validity ended on {date}."],
        ValidFrom => ["Сертификат {date} бастап жарамды.", "Сертификат действует с {date}.", "The certificate is valid from {date}."],
        RevokedOn => ["Сертификат {date} кері қайтарылып алынды.", "Сертификат отозван {date}.", "The certificate was revoked on {date}."],
    }
}

text_table! {
    /// Why the browser could not get a signature from NCALayer.
    pub enum NcaLayerProblem {
        /// No connection before the greeting: not installed, not running, or blocked by the browser.
        NotRunning => [
            "NCALayer-ге қосылу мүмкін болмады. Бағдарлама осы компьютерде орнатылғанын және іске қосылғанын тексеріңіз.",
            "Не удалось подключиться к NCALayer. Проверьте, что программа установлена и запущена на этом компьютере.",
            "Could not connect to NCALayer. Check that it is installed and running on this computer."],
        ModuleNotFound => [
            "NCALayer нұсқасы ескірген. Оны жаңартып, қайталап көріңіз.",
            "Версия NCALayer устарела. Обновите программу и повторите попытку.",
            "Your version of NCALayer is out of date. Update it and try again."],
        /// The person closed the dialog: said quietly, not as an error.
        Cancelled => [
            "Сіз қол қоюдан бас тарттыңыз. Дайын болғанда қайталап көре аласыз.",
            "Вы отменили подписание. Можно повторить, когда будете готовы.",
            "You cancelled signing. You can try again when you are ready."],
        SocketClosed => [
            "NCALayer-мен байланыс үзілді. Бағдарламаның жұмыс істеп тұрғанын тексеріп, қайталап көріңіз.",
            "Связь с NCALayer прервалась. Проверьте, что программа работает, и повторите попытку.",
            "The connection to NCALayer was lost. Check that it is still running and try again."],
        Timeout => [
            "NCALayer уақытында жауап бермеді. Оның терезесі әлі ашық болса, жауып, қайталап көріңіз.",
            "NCALayer не ответил вовремя. Если его окно ещё открыто, закройте его и повторите попытку.",
            "NCALayer did not answer in time. If its window is still open, close it and try again."],
        Failed => [
            "NCALayer қол қоя алмады. Қайталап көріңіз; қате қайталанса, NCALayer бағдарламасын қайта іске қосыңыз.",
            "NCALayer не смог подписать. Повторите попытку; если ошибка повторится, перезапустите NCALayer.",
            "NCALayer could not sign. Try again; if it happens again, restart NCALayer."],
        Busy => [
            "NCALayer басқа сұраумен бос емес. Оның ашық терезесін аяқтаңыз немесе жабыңыз, содан кейін қайталап көріңіз.",
            "NCALayer занят другим запросом. Завершите или закройте его открытое окно и повторите попытку.",
            "NCALayer is busy with another request. Finish or close its open window, then try again."],
    }
}

impl NcaLayerProblem {
    /// The help to show under the problem, in order.
    pub const fn help(self) -> &'static [EspUi] {
        match self {
            NcaLayerProblem::NotRunning => &[EspUi::HelpInstall, EspUi::HelpStart, EspUi::HelpLocalNetwork],
            NcaLayerProblem::SocketClosed => &[EspUi::HelpStart, EspUi::HelpLocalNetwork],
            NcaLayerProblem::ModuleNotFound => &[EspUi::HelpUpdate],
            NcaLayerProblem::Cancelled | NcaLayerProblem::Timeout | NcaLayerProblem::Failed | NcaLayerProblem::Busy => {
                &[]
            }
        }
    }

    /// Whether the problem is the person's own choice, to be said quietly rather than as an error.
    pub const fn is_quiet(self) -> bool {
        matches!(self, NcaLayerProblem::Cancelled)
    }
}

impl fmt::Display for NcaLayerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for NcaLayerProblem {}

impl EspUi {
    /// Whether the text ends by pointing at NCALayer's download site, which follows as a link.
    pub const fn links_to_download(self) -> bool {
        matches!(self, EspUi::HelpInstall | EspUi::HelpUpdate)
    }
}

/// Where NCALayer is downloaded (the National Certification Authority's site).
pub const NCALAYER_DOWNLOAD: &str = "https://ncl.pki.gov.kz/";

text_table! {
    /// Why the server did not accept an ESP signature: each a cause of refusing because the
    /// authenticity of the applicant's ESP is not confirmed (ЭЦҚ түпнұсқалығы расталмады).
    pub enum EspRefusal {
        /// The certificate's validity period has ended.
        Expired => [
            "ЭЦҚ сертификатының мерзімі өтіп кеткен. Жаңа ЭЦҚ-ны pki.gov.kz сайтында немесе eGov mobile қосымшасында алыңыз.",
            "Срок действия сертификата ЭЦП истёк. Получите новую ЭЦП на сайте pki.gov.kz или в приложении eGov mobile.",
            "Your ESP certificate has expired. Get a new ESP at pki.gov.kz or in the eGov mobile app."],
        NotYetValid => [
            "ЭЦҚ сертификатының әрекет ету мерзімі әлі басталмаған. Компьютердегі күн мен уақытты тексеріңіз немесе кейінірек қайталап көріңіз.",
            "Срок действия сертификата ЭЦП ещё не начался. Проверьте дату и время на компьютере или повторите попытку позже.",
            "Your ESP certificate is not valid yet. Check the date and time on your computer, or try again later."],
        Revoked => [
            "ЭЦҚ сертификаты кері қайтарылып алынған. Жарамды кілтті таңдаңыз немесе жаңа ЭЦҚ-ны pki.gov.kz сайтында не eGov mobile қосымшасында алыңыз.",
            "Сертификат ЭЦП отозван. Выберите действующий ключ или получите новую ЭЦП на сайте pki.gov.kz или в приложении eGov mobile.",
            "Your ESP certificate has been revoked. Choose a valid key, or get a new ESP at pki.gov.kz or in the eGov mobile app."],
        /// Neither OCSP nor the revocation lists could be consulted: fail closed, ask to retry.
        RevocationUnavailable => [
            "ЭЦҚ сертификатының кері қайтарылып алынбағанын қазір тексеру мүмкін емес. Кейінірек қайталап көріңіз.",
            "Сейчас невозможно проверить, не отозван ли сертификат ЭЦП. Повторите попытку позже.",
            "The revocation status of your ESP certificate cannot be checked now. Try again later."],
        IinMismatch => [
            "Өтініштегі ЖСН сертификаттағы ЖСН-нен өзгеше. Өз ЭЦҚ-ңызбен қол қойыңыз.",
            "ИИН в заявлении отличается от ИИН в сертификате. Подпишите своей ЭЦП.",
            "The IIN in the application differs from the IIN in the certificate. Sign with your own ESP."],
        /// Sign-in with a signing-only key.
        AuthKeyExpected => [
            "Бұл кілт құжаттарға қол қоюға арналған, кіруге емес. Аутентификация кілтін таңдаңыз (файл аты AUTH_ деп басталады).",
            "Этот ключ предназначен для подписания документов, а не для входа. Выберите ключ для аутентификации (имя файла начинается с AUTH_).",
            "This key is for signing documents, not for signing in. Choose the authentication key (its file name starts with AUTH_)."],
        /// Signing a document with an authentication-only key.
        SignKeyExpected => [
            "Бұл кілт тек кіруге арналған. Қол қою кілтін таңдаңыз (файл аты RSA256_ немесе GOST512_ деп басталады).",
            "Этот ключ предназначен только для входа. Выберите ключ для подписи (имя файла начинается с RSA256_ или GOST512_).",
            "This key is only for signing in. Choose the signing key (its file name starts with RSA256_ or GOST512_)."],
        UnknownIssuer => [
            "Сертификатты Қазақстан Республикасының Ұлттық куәландырушы орталығы бермеген. Ұлттық куәландырушы орталық берген ЭЦҚ-ны пайдаланыңыз.",
            "Сертификат выдан не Национальным удостоверяющим центром Республики Казахстан. Используйте ЭЦП, выданную Национальным удостоверяющим центром.",
            "The certificate was not issued by the National Certification Authority of the Republic of Kazakhstan. Use an ESP issued by the National Certification Authority."],
        /// A certification authority on the chain is outside its validity period.
        IssuerNotValid => [
            "ЭЦҚ-ңызды берген куәландырушы орталықтың сертификаты қазір жарамсыз. Кейінірек қайталап көріңіз.",
            "Сертификат удостоверяющего центра, выдавшего вашу ЭЦП, сейчас недействителен. Повторите попытку позже.",
            "The certificate of the authority that issued your ESP is not valid at this time. Try again later."],
        SelfSigned => [
            "Сертификатқа иесінің өзі қол қойған: оны Ұлттық куәландырушы орталық бермеген. Ұлттық куәландырушы орталық берген ЭЦҚ-ны пайдаланыңыз.",
            "Сертификат самоподписанный: его не выдавал Национальный удостоверяющий центр. Используйте ЭЦП, выданную Национальным удостоверяющим центром.",
            "The certificate is self-signed: the National Certification Authority did not issue it. Use an ESP issued by the National Certification Authority."],
        BadSignature => [
            "Қолтаңба сертификатқа сәйкес келмейді немесе бүлінген. Қайталап көріңіз.",
            "Подпись не соответствует сертификату или повреждена. Повторите попытку.",
            "The signature does not match the certificate or is damaged. Try again."],
        /// What was signed is not what the portal issued.
        ContentMismatch => [
            "Қол қойылған деректер портал жіберген деректерден өзгеше. Қайталап көріңіз.",
            "Подписанные данные отличаются от данных, которые отправил портал. Повторите попытку.",
            "The signed data differs from the data the portal sent for signing. Try again."],
        UnsupportedAlgorithm => [
            "Қолтаңба портал қабылдамайтын алгоритммен жасалған. Ұлттық куәландырушы орталықтың жарамды кілтін пайдаланыңыз.",
            "Подпись создана по алгоритму, который портал не принимает. Используйте действующий ключ Национального удостоверяющего центра.",
            "The signature uses an algorithm the portal does not accept. Use a current key from the National Certification Authority."],
        Malformed => [
            "Қолтаңбаны оқу мүмкін болмады. Қайталап көріңіз; қате қайталанса, NCALayer бағдарламасын жаңартыңыз.",
            "Не удалось прочитать подпись. Повторите попытку; если ошибка повторится, обновите NCALayer.",
            "The signature could not be read. Try again; if it happens again, update NCALayer."],
        /// A certificate with no IIN in its subject.
        NotAnEspCertificate => [
            "Бұл сертификат жеке тұлғаның ЭЦҚ сертификаты емес: онда ЖСН жоқ. Өзіңізге берілген ЭЦҚ-ны пайдаланыңыз.",
            "Этот сертификат не является сертификатом ЭЦП физического лица: в нём нет ИИН. Используйте ЭЦП, выданную вам.",
            "This certificate is not a personal ESP certificate: it has no IIN. Use the ESP issued to you."],
        ChallengeExpired => [
            "Кіру сұрауының мерзімі өтіп кетті. Қайталап көріңіз.",
            "Срок действия запроса на вход истёк. Повторите попытку.",
            "The sign-in request has expired. Try again."],
        ChallengeUsed => [
            "Бұл кіру сұрауы бұрын пайдаланылған. Қайталап көріңіз.",
            "Этот запрос на вход уже использован. Повторите попытку.",
            "This sign-in request has already been used. Try again."],
        ChallengeUnknown => [
            "Кіру сұрауы табылмады. Парақты жаңартып, қайталап көріңіз.",
            "Запрос на вход не найден. Обновите страницу и повторите попытку.",
            "The sign-in request was not found. Reload the page and try again."],
        /// An application sent without an ESP signature.
        NotSigned => [
            "Өтінішке ЭЦҚ-мен қол қойылмаған. Оған NCALayer арқылы немесе eGov mobile қосымшасында қол қойыңыз.",
            "Заявление не подписано ЭЦП. Подпишите его через NCALayer или в приложении eGov mobile.",
            "The application is not signed with an ESP. Sign it with NCALayer or in the eGov mobile app."],
        /// «Continue» on the eGov mobile page before the app sent a signature.
        MobileNotSignedYet => [
            "eGov mobile өтінішке әлі қол қойған жоқ. Кодты қосымшада сканерлеп, қол қоюды растаңыз, содан кейін «Жалғастыру» түймесін басыңыз.",
            "eGov mobile ещё не подписало заявление. Отсканируйте код в приложении, подтвердите подписание и нажмите «Продолжить».",
            "eGov mobile has not signed the application yet. Scan the code in the app, confirm the signing, then select «Continue»."],
        /// The QR code's time ran out.
        MobileCodeExpired => [
            "Кодтың мерзімі өтіп кетті. Жаңа код алып, оны қайта сканерлеңіз.",
            "Срок действия кода истёк. Получите новый код и отсканируйте его снова.",
            "The code has expired. Get a new code and scan it again."],
        /// The form arrived without a signature (no JavaScript, or the page was bypassed).
        SignatureMissing => [
            "Қолтаңба алынбады. ЭЦҚ арқылы кіру үшін браузерде JavaScript қосулы және NCALayer іске қосылған болуы керек.",
            "Подпись не получена. Для входа с ЭЦП в браузере должен быть включён JavaScript и запущен NCALayer.",
            "No signature was received. Signing in with ESP needs JavaScript in your browser and NCALayer running."],
    }
}

impl EspRefusal {
    /// The stable name of the refusal, as it travels in a re-rendered form (`Expired`, `Revoked`…).
    pub fn code(self) -> String {
        format!("{self:?}")
    }

    /// The refusal named by [`EspRefusal::code`].
    pub fn from_code(code: &str) -> Option<EspRefusal> {
        EspRefusal::ALL.iter().copied().find(|r| r.code() == code)
    }

    /// The sentence that gives a date, for the refusals that have one.
    pub const fn date_sentence(self) -> Option<EspUi> {
        match self {
            EspRefusal::Expired => Some(EspUi::ExpiredOn),
            EspRefusal::NotYetValid => Some(EspUi::ValidFrom),
            EspRefusal::Revoked => Some(EspUi::RevokedOn),
            _ => None,
        }
    }

    /// The message in `lang`; with a date (as the person reads dates, e.g. `20.11.2026`) for an
    /// expired, not yet valid or revoked certificate, the date follows as its own sentence.
    pub fn message(self, lang: Lang, date: Option<&str>) -> String {
        let mut out = self.get(lang).to_owned();
        if let (Some(sentence), Some(date)) = (self.date_sentence(), date.filter(|d| !d.trim().is_empty())) {
            out.push(' ');
            out.push_str(&fill(sentence.get(lang), &[("date", date.trim())]));
        }
        out
    }
}

impl fmt::Display for EspRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for EspRefusal {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusal_codes_round_trip() {
        for r in EspRefusal::ALL {
            assert_eq!(EspRefusal::from_code(&r.code()), Some(*r));
        }
        assert_eq!(EspRefusal::from_code("expired"), None);
    }

    #[test]
    fn an_expired_certificate_names_its_date() {
        assert_eq!(
            EspRefusal::Expired.message(Lang::En, Some("20.11.2026")),
            "Your ESP certificate has expired. Get a new ESP at pki.gov.kz or in the eGov mobile app. \
             The certificate's validity ended on 20.11.2026."
        );
        assert_eq!(EspRefusal::Expired.message(Lang::Ru, None), EspRefusal::Expired.get(Lang::Ru));
        assert_eq!(EspRefusal::IinMismatch.message(Lang::Kk, Some("1.1.2026")), EspRefusal::IinMismatch.get(Lang::Kk));
    }

    #[test]
    fn a_missing_ncalayer_gets_install_start_and_permission_help() {
        assert_eq!(
            NcaLayerProblem::NotRunning.help(),
            &[EspUi::HelpInstall, EspUi::HelpStart, EspUi::HelpLocalNetwork]
        );
        assert!(NcaLayerProblem::Cancelled.help().is_empty());
        assert!(NcaLayerProblem::Cancelled.is_quiet() && !NcaLayerProblem::Failed.is_quiet());
    }
}
