//! The eastern and central oblasts: Abai, East Kazakhstan, Karaganda and Ulytau.

use super::{Region, UnitKind, city, district};
use crate::lang::Text;

/// Абай облысы, formed in 2022 from the south-west of East Kazakhstan: 10 districts (Aksuat,
/// Makanshy and Zhanasemei formed in 2022; Kokpekti moved here from East Kazakhstan) and the
/// cities of Semey and Kurchatov.
pub(super) const ABAI: Region = Region {
    code: "abai",
    name: Text::new("Абай облысы", "область Абай", "Abai region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Семей", "Семей", "Semey"),
    units: &[
        city("semey", "Семей қаласы", "город Семей", "Semey city"),
        city("kurchatov", "Курчатов қаласы", "город Курчатов", "Kurchatov city"),
        district("abai", "Абай ауданы", "Абайский район", "Abai district"),
        district("aksuat", "Ақсуат ауданы", "район Ақсуат", "Aksuat district"),
        district("ayagoz", "Аягөз ауданы", "Аягозский район", "Ayagoz district"),
        district("beskaragai", "Бесқарағай ауданы", "Бескарагайский район", "Beskaragai district"),
        district("borodulikha", "Бородулиха ауданы", "Бородулихинский район", "Borodulikha district"),
        district("zhanasemei", "Жаңасемей ауданы", "район Жаңасемей", "Zhanasemei district"),
        district("zharma", "Жарма ауданы", "Жарминский район", "Zharma district"),
        district("kokpekti", "Көкпекті ауданы", "Кокпектинский район", "Kokpekti district"),
        district("makanshy", "Мақаншы ауданы", "район Мақаншы", "Makanshy district"),
        district("urzhar", "Үржар ауданы", "Урджарский район", "Urzhar district"),
    ],
};

/// Шығыс Қазақстан облысы after 2022: 11 districts (Samar, Markakol and Ulken Naryn formed in
/// 2022) and the cities of Oskemen and Ridder.
pub(super) const EAST_KAZAKHSTAN: Region = Region {
    code: "east-kazakhstan",
    name: Text::new("Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Өскемен", "Усть-Каменогорск", "Oskemen"),
    units: &[
        city("oskemen", "Өскемен қаласы", "город Усть-Каменогорск", "Oskemen city"),
        city("ridder", "Риддер қаласы", "город Риддер", "Ridder city"),
        district("altai", "Алтай ауданы", "район Алтай", "Altai district"),
        district("glubokoye", "Глубокое ауданы", "Глубоковский район", "Glubokoye district"),
        district("zaisan", "Зайсан ауданы", "Зайсанский район", "Zaisan district"),
        district("katonkaragai", "Катонқарағай ауданы", "Катон-Карагайский район", "Katonkaragai district"),
        district("kurshim", "Күршім ауданы", "Курчумский район", "Kurshim district"),
        district("markakol", "Марқакөл ауданы", "район Марқакөл", "Markakol district"),
        district("samar", "Самар ауданы", "район Самар", "Samar district"),
        district("tarbagatai", "Тарбағатай ауданы", "Тарбагатайский район", "Tarbagatai district"),
        district("ulan", "Ұлан ауданы", "Уланский район", "Ulan district"),
        district("ulken-naryn", "Үлкен Нарын ауданы", "район Үлкен Нарын", "Ulken Naryn district"),
        district("shemonaikha", "Шемонаиха ауданы", "Шемонаихинский район", "Shemonaikha district"),
    ],
};

/// Қарағанды облысы after 2022 (Zhanaarka, Ulytau, Zhezkazgan, Karazhal and Satbayev went to
/// Ulytau oblast): 7 districts and 6 cities of oblast significance.
pub(super) const KARAGANDA: Region = Region {
    code: "karaganda",
    name: Text::new("Қарағанды облысы", "Карагандинская область", "Karaganda region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Қарағанды", "Караганда", "Karaganda"),
    units: &[
        city("karaganda", "Қарағанды қаласы", "город Караганда", "Karaganda city"),
        city("balkhash", "Балқаш қаласы", "город Балхаш", "Balkhash city"),
        city("priozersk", "Приозерск қаласы", "город Приозерск", "Priozersk city"),
        city("saran", "Саран қаласы", "город Сарань", "Saran city"),
        city("temirtau", "Теміртау қаласы", "город Темиртау", "Temirtau city"),
        city("shakhtinsk", "Шахтинск қаласы", "город Шахтинск", "Shakhtinsk city"),
        district("abai", "Абай ауданы", "Абайский район", "Abai district"),
        district("aktogai", "Ақтоғай ауданы", "Актогайский район", "Aktogai district"),
        district("bukhar-zhyrau", "Бұқар жырау ауданы", "Бухар-Жырауский район", "Bukhar Zhyrau district"),
        district("karkaraly", "Қарқаралы ауданы", "Каркаралинский район", "Karkaraly district"),
        district("nura", "Нұра ауданы", "Нуринский район", "Nura district"),
        district("osakarov", "Осакаров ауданы", "Осакаровский район", "Osakarov district"),
        district("shet", "Шет ауданы", "Шетский район", "Shet district"),
    ],
};

/// Ұлытау облысы, formed in 2022 from the west of Karaganda oblast: 2 districts and the cities of
/// Zhezkazgan, Karazhal and Satbayev.
pub(super) const ULYTAU: Region = Region {
    code: "ulytau",
    name: Text::new("Ұлытау облысы", "область Ұлытау", "Ulytau region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Жезқазған", "Жезказган", "Zhezkazgan"),
    units: &[
        city("zhezkazgan", "Жезқазған қаласы", "город Жезказган", "Zhezkazgan city"),
        city("karazhal", "Қаражал қаласы", "город Каражал", "Karazhal city"),
        city("satbayev", "Сәтбаев қаласы", "город Сатпаев", "Satbayev city"),
        district("zhanaarka", "Жаңаарқа ауданы", "Жанааркинский район", "Zhanaarka district"),
        district("ulytau", "Ұлытау ауданы", "Улытауский район", "Ulytau district"),
    ],
};
