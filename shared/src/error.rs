//! Error codes: what went wrong, as a type. Text for people is looked up by code at the edge.
//!
//! Templates may contain `{min}`, `{max}`, `{minutes}` or `{size}`; the caller fills them from the
//! field definition or the rule that failed.

use serde::{Deserialize, Serialize};

use crate::text_table;

text_table! {
    /// Every error a user can see. Validation codes are produced by `shared` in the browser and on
    /// the server alike; the rest come from server-side checks but share the same shape.
    pub enum ErrorCode {
        Required => [
            "Осы жолды толтырыңыз",
            "Заполните это поле",
            "Enter an answer"],
        TextTooLong => [
            "Мәтін {max} таңбадан аспауы керек",
            "Текст должен быть не длиннее {max} символов",
            "Text must be {max} characters or fewer"],
        TextTooShort => [
            "Мәтін кемінде {min} таңбадан тұруы керек",
            "Текст должен быть не короче {min} символов",
            "Text must be {min} characters or more"],
        TextControlChars => [
            "Мәтінде басқару таңбалары немесе жол ауыстыру болмауы керек",
            "Текст не должен содержать управляющие символы или переносы строк",
            "Text must not contain control characters or line breaks"],
        NameCharacters => [
            "Аты-жөнінде тек әріптер, бос орын, дефис және апостроф болуы керек",
            "Имя может содержать только буквы, пробелы, дефисы и апострофы",
            "Name must only include letters, spaces, hyphens and apostrophes"],
        IinLength => [
            "ЖСН 12 цифрдан тұруы керек",
            "ИИН должен состоять из 12 цифр",
            "IIN must be 12 digits"],
        IinDigits => [
            "ЖСН тек цифрлардан тұруы керек",
            "ИИН должен содержать только цифры",
            "IIN must only include numbers 0 to 9"],
        IinChecksum => [
            "ЖСН-нің бақылау цифры сәйкес келмейді – нөмірді тексеріңіз",
            "Контрольная цифра ИИН не совпадает – проверьте номер",
            "The IIN check digit does not match – check the number"],
        IinBirthDate => [
            "ЖСН-нің алғашқы 7 цифры туған күнді білдірмейді – нөмірді тексеріңіз",
            "Первые 7 цифр ИИН не соответствуют дате рождения – проверьте номер",
            "The first 7 digits of the IIN are not a date of birth – check the number"],
        BinLength => [
            "БСН 12 цифрдан тұруы керек",
            "БИН должен состоять из 12 цифр",
            "BIN must be 12 digits"],
        BinDigits => [
            "БСН тек цифрлардан тұруы керек",
            "БИН должен содержать только цифры",
            "BIN must only include numbers 0 to 9"],
        BinChecksum => [
            "БСН-нің бақылау цифры сәйкес келмейді – нөмірді тексеріңіз",
            "Контрольная цифра БИН не совпадает – проверьте номер",
            "The BIN check digit does not match – check the number"],
        BinStructure => [
            "Мұндай БСН болмайды – тіркеу айы мен ұйым түрін тексеріңіз",
            "Такого БИН не бывает – проверьте месяц регистрации и тип организации",
            "This is not a possible BIN – check the registration month and entity type"],
        PhoneFormat => [
            "Телефон нөмірін 8 701 234 56 78 түрінде енгізіңіз",
            "Введите номер телефона в виде 8 701 234 56 78",
            "Enter a phone number, like 8 701 234 56 78"],
        PhoneNotKz => [
            "Қазақстандық телефон нөмірін енгізіңіз (+7 7…)",
            "Введите казахстанский номер телефона (+7 7…)",
            "Enter a Kazakhstan phone number (+7 7…)"],
        IbanFormat => [
            "ЖСК 20 таңбадан тұруы керек, мысалы KZ86 125K ZT50 0410 0100",
            "ИИК должен состоять из 20 символов, например KZ86 125K ZT50 0410 0100",
            "Enter an account number (IBAN) of 20 characters, like KZ86 125K ZT50 0410 0100"],
        IbanNotKz => [
            "Қазақстандық банк шотын енгізіңіз (KZ-пен басталады)",
            "Введите счёт казахстанского банка (начинается с KZ)",
            "Enter a Kazakhstan bank account (it starts with KZ)"],
        IbanChecksum => [
            "ЖСК-ның бақылау цифрлары сәйкес келмейді – шотты тексеріңіз",
            "Контрольные цифры ИИК не совпадают – проверьте счёт",
            "The account number's check digits do not match – check the number"],
        NumberFormat => [
            "Бүтін санды цифрмен енгізіңіз",
            "Введите целое число цифрами",
            "Enter a whole number, like 3"],
        NumberTooSmall => [
            "Сан кемінде {min} болуы керек",
            "Число должно быть не меньше {min}",
            "The number must be {min} or more"],
        NumberTooLarge => [
            "Сан ең көбі {max} болуы керек",
            "Число должно быть не больше {max}",
            "The number must be {max} or less"],
        MoneyFormat => [
            "Соманы теңгемен енгізіңіз, мысалы 125 000 немесе 125 000,50",
            "Введите сумму в тенге, например 125 000 или 125 000,50",
            "Enter an amount in tenge, like 125 000 or 125 000,50"],
        EmailFormat => [
            "Электрондық поштаны name@example.kz түрінде енгізіңіз",
            "Введите адрес электронной почты в виде name@example.kz",
            "Enter an email address in the correct format, like name@example.kz"],
        EmailTooLong => [
            "Электрондық пошта 254 таңбадан аспауы керек",
            "Адрес электронной почты должен быть не длиннее 254 символов",
            "Email address must be 254 characters or fewer"],
        DateMissingDay => [
            "Күнді енгізіңіз",
            "Укажите день",
            "Date must include a day"],
        DateMissingMonth => [
            "Айды енгізіңіз",
            "Укажите месяц",
            "Date must include a month"],
        DateMissingYear => [
            "Жылды енгізіңіз",
            "Укажите год",
            "Date must include a year"],
        DateInvalid => [
            "Күні нақты болуы керек",
            "Дата должна быть реальной",
            "Date must be a real date"],
        DateYearFourDigits => [
            "Жыл 4 цифрдан тұруы керек, мысалы 1987",
            "Год должен состоять из 4 цифр, например 1987",
            "Year must include 4 numbers, like 1987"],
        DateInFuture => [
            "Күні бүгін немесе өткен уақытта болуы керек",
            "Дата должна быть сегодняшней или в прошлом",
            "Date must be today or in the past"],
        YearFormat => [
            "Жылды 4 цифрмен енгізіңіз, мысалы 1987",
            "Введите год четырьмя цифрами, например 1987",
            "Enter a year as 4 numbers, like 1987"],
        YearInFuture => [
            "Жыл ағымдағы жылдан кейін болмауы керек",
            "Год не может быть позже текущего",
            "Year must be this year or earlier"],
        PeriodMissingStart => [
            "Кезеңнің басталу жылын енгізіңіз",
            "Введите год начала периода",
            "Enter the first year of the period"],
        PeriodMissingEnd => [
            "Кезеңнің аяқталу жылын енгізіңіз",
            "Введите год окончания периода",
            "Enter the last year of the period"],
        PeriodReversed => [
            "Кезеңнің соңы басынан ерте болмауы керек",
            "Конец периода не может быть раньше его начала",
            "The end of the period must be the same as or after the start"],
        ChoiceUnknown => [
            "Ұсынылған нұсқалардың бірін таңдаңыз",
            "Выберите один из предложенных вариантов",
            "Select one of the options"],
        AnswerNotApplicable => [
            "Бұл сұрақ сіздің жауаптарыңызға қатысты емес – оны бос қалдырыңыз немесе таңдауыңызды өзгертіңіз",
            "Этот вопрос не относится к вашим ответам – оставьте его пустым или измените выбор",
            "This question does not apply to your answers – leave it empty or change your choice"],
        RuleNotMet => [
            "Жауап талапқа сай емес",
            "Ответ не соответствует требованию",
            "The answer does not meet the requirement"],
        TooFewItems => [
            "Кемінде {min} жазба қосыңыз",
            "Добавьте не меньше {min} записей",
            "Add at least {min}"],
        TooManyItems => [
            "Ең көбі {max} жазба қосуға болады",
            "Можно добавить не больше {max} записей",
            "You can add up to {max}"],
        DeclarationRequired => [
            "Жалғастыру үшін мәлімдемені растаңыз",
            "Чтобы продолжить, подтвердите заявление",
            "Confirm the declaration to continue"],
        DocumentMissing => [
            "Осы құжатты тіркеңіз",
            "Приложите этот документ",
            "Upload this document"],
        DocumentsIncomplete => [
            "Барлық міндетті құжаттар тіркелмеген",
            "Приложены не все обязательные документы",
            "Not all required documents are attached"],
        FileTooLarge => [
            "Файл {size} МБ-тан аспауы керек",
            "Файл должен быть не больше {size} МБ",
            "The selected file must be smaller than {size} MB"],
        FileEmpty => [
            "Таңдалған файл бос",
            "Выбранный файл пуст",
            "The selected file is empty"],
        FileTypeNotAllowed => [
            "Файл PDF, JPG немесе PNG болуы керек",
            "Файл должен быть в формате PDF, JPG или PNG",
            "The selected file must be a PDF, JPG or PNG"],
        FileNotSelected => [
            "Файлды таңдаңыз",
            "Выберите файл",
            "Select a file"],
        TooManyFiles => [
            "Бұл құжатқа бұдан артық файл тіркеуге болмайды",
            "К этому документу нельзя приложить больше файлов",
            "You cannot add more files to this document"],
        PasswordTooShort => [
            "Құпиясөз кемінде {min} таңбадан тұруы керек",
            "Пароль должен быть не короче {min} символов",
            "Password must be {min} characters or more"],
        PasswordTooLong => [
            "Құпиясөз {max} таңбадан аспауы керек",
            "Пароль должен быть не длиннее {max} символов",
            "Password must be {max} characters or fewer"],
        PasswordMismatch => [
            "Құпиясөздер сәйкес келмейді",
            "Пароли не совпадают",
            "Passwords do not match"],
        PasswordContainsIin => [
            "Құпиясөзде ЖСН болмауы керек",
            "Пароль не должен содержать ИИН",
            "Password must not contain your IIN"],
        LoginFailed => [
            "ЖСН немесе құпиясөз қате",
            "Неверный ИИН или пароль",
            "The IIN or password is not right"],
        LoginThrottled => [
            "Кіру әрекеттері тым көп. {minutes} минуттан кейін қайталаңыз",
            "Слишком много попыток входа. Повторите через {minutes} мин.",
            "Too many sign-in attempts. Try again in {minutes} minutes"],
        AccountExists => [
            "Бұл ЖСН-мен тіркелгі бар. Кіріңіз",
            "Учётная запись с этим ИИН уже есть. Войдите",
            "An account with this IIN already exists. Sign in instead"],
        PersonNotInRegistry => [
            "Көрсетілетін қызметті алушының деректері «Жеке тұлғалар» мемлекеттік деректер базасында болмауына байланысты деректерді алу мүмкін емес",
            "Получение данных невозможно в связи с отсутствием данных услугополучателя в государственной базе данных «Физические лица»",
            "Your data cannot be obtained because it is not in the state database «Individuals»"],
        CsrfFailed => [
            "Парақтың мерзімі өтті. Парақты жаңартып, қайталап көріңіз – енгізілген деректер сақталады",
            "Срок действия страницы истёк. Обновите страницу и повторите – введённые данные сохранятся",
            "This page has expired. Reload it and try again – nothing you entered was lost"],
        SessionExpired => [
            "Қауіпсіздік үшін сеансыңыз аяқталды. Қайта кіріңіз – жоба сақталды",
            "В целях безопасности сеанс завершён. Войдите снова – черновик сохранён",
            "For your security, you were signed out. Sign in again – your draft is saved"],
        UnknownField => [
            "Формада күтілмеген жол бар. Парақты жаңартыңыз",
            "В форме есть неожиданное поле. Обновите страницу",
            "The form contained a field that is not part of it. Reload the page"],
        PayloadTooLarge => [
            "Жіберілген деректер тым үлкен",
            "Отправленные данные слишком велики",
            "The data sent is too large"],
        DefinitionVersionUnknown => [
            "Қызмет нысанының мұндай нұсқасы жоқ",
            "Такой версии формы услуги нет",
            "This version of the service form does not exist"],
        NotFound => [
            "Парақ табылмады",
            "Страница не найдена",
            "Page not found"],
        Internal => [
            "Кешіріңіз, жүйеде ақау болды. Енгізілген деректер сақталды. Қайталап көріңіз",
            "Извините, произошёл сбой. Введённые данные сохранены. Попробуйте ещё раз",
            "Sorry, there is a problem with the service. Your answers are saved. Try again"],
    }
}

impl ErrorCode {
    /// The message in `lang` with its placeholders filled.
    pub fn message(self, lang: crate::lang::Lang, args: &[(&str, &str)]) -> String {
        crate::lang::fill(self.get(lang), args)
    }
}

/// An error on one field of a form: the field's input name and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The name of the input the error belongs to (the first box of a date or period).
    pub field: String,
    pub code: ErrorCode,
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for ErrorCode {}
