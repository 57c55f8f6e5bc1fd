//! The southern oblasts: Almaty, Zhetysu, Zhambyl and Turkistan.

use super::{Region, UnitKind, city, district};
use crate::lang::Text;

/// Алматы облысы after 2022 (its centre moved from Taldykorgan to Konaev; the north-east became
/// Zhetysu oblast): 9 districts and the cities of Konaev and Alatau (a city of oblast significance
/// since January 2024, given a special development status in September 2025).
pub(super) const ALMATY_REGION: Region = Region {
    code: "almaty-region",
    name: Text::new("Алматы облысы", "Алматинская область", "Almaty region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Қонаев", "Қонаев", "Konaev"),
    units: &[
        city("konaev", "Қонаев қаласы", "город Қонаев", "Konaev city"),
        city("alatau", "Алатау қаласы", "город Алатау", "Alatau city"),
        district("balkhash", "Балқаш ауданы", "Балхашский район", "Balkhash district"),
        district("enbekshikazakh", "Еңбекшіқазақ ауданы", "Енбекшиказахский район", "Enbekshikazakh district"),
        district("zhambyl", "Жамбыл ауданы", "Жамбылский район", "Zhambyl district"),
        district("kegen", "Кеген ауданы", "Кегенский район", "Kegen district"),
        district("karasai", "Қарасай ауданы", "Карасайский район", "Karasai district"),
        district("raiymbek", "Райымбек ауданы", "Райымбекский район", "Raiymbek district"),
        district("talgar", "Талғар ауданы", "Талгарский район", "Talgar district"),
        district("uigur", "Ұйғыр ауданы", "Уйгурский район", "Uigur district"),
        district("ile", "Іле ауданы", "Илийский район", "Ile district"),
    ],
};

/// Жетісу облысы, formed in 2022 from the north-east of Almaty oblast: 8 districts and the cities
/// of Taldykorgan and Tekeli.
pub(super) const ZHETYSU: Region = Region {
    code: "zhetysu",
    name: Text::new("Жетісу облысы", "область Жетісу", "Zhetysu region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Талдықорған", "Талдыкорган", "Taldykorgan"),
    units: &[
        city("taldykorgan", "Талдықорған қаласы", "город Талдыкорган", "Taldykorgan city"),
        city("tekeli", "Текелі қаласы", "город Текели", "Tekeli city"),
        district("aksu", "Ақсу ауданы", "Аксуский район", "Aksu district"),
        district("alakol", "Алакөл ауданы", "Алакольский район", "Alakol district"),
        district("eskeldi", "Ескелді ауданы", "Ескельдинский район", "Eskeldi district"),
        district("kerbulak", "Кербұлақ ауданы", "Кербулакский район", "Kerbulak district"),
        district("koksu", "Көксу ауданы", "Коксуский район", "Koksu district"),
        district("karatal", "Қаратал ауданы", "Каратальский район", "Karatal district"),
        district("panfilov", "Панфилов ауданы", "Панфиловский район", "Panfilov district"),
        district("sarkan", "Сарқан ауданы", "Сарканский район", "Sarkan district"),
    ],
};

/// Жамбыл облысы: 10 districts and the city of Taraz.
pub(super) const ZHAMBYL: Region = Region {
    code: "zhambyl",
    name: Text::new("Жамбыл облысы", "Жамбылская область", "Zhambyl region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Тараз", "Тараз", "Taraz"),
    units: &[
        city("taraz", "Тараз қаласы", "город Тараз", "Taraz city"),
        district("baizak", "Байзақ ауданы", "Байзакский район", "Baizak district"),
        district("zhambyl", "Жамбыл ауданы", "Жамбылский район", "Zhambyl district"),
        district("zhualy", "Жуалы ауданы", "Жуалынский район", "Zhualy district"),
        district("korday", "Қордай ауданы", "Кордайский район", "Korday district"),
        district("merki", "Меркі ауданы", "Меркенский район", "Merki district"),
        district("moiynkum", "Мойынқұм ауданы", "Мойынкумский район", "Moiynkum district"),
        district("sarysu", "Сарысу ауданы", "Сарысуский район", "Sarysu district"),
        district("talas", "Талас ауданы", "Таласский район", "Talas district"),
        district("turar-ryskulov", "Тұрар Рысқұлов ауданы", "район Турара Рыскулова", "Turar Ryskulov district"),
        district("shu", "Шу ауданы", "Шуский район", "Shu district"),
    ],
};

/// Түркістан облысы: 14 districts (Sauran formed in 2021) and the cities of Turkistan, Arys and
/// Kentau.
pub(super) const TURKISTAN: Region = Region {
    code: "turkistan",
    name: Text::new("Түркістан облысы", "Туркестанская область", "Turkistan region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Түркістан", "Туркестан", "Turkistan"),
    units: &[
        city("turkistan", "Түркістан қаласы", "город Туркестан", "Turkistan city"),
        city("arys", "Арыс қаласы", "город Арысь", "Arys city"),
        city("kentau", "Кентау қаласы", "город Кентау", "Kentau city"),
        district("baidibek", "Бәйдібек ауданы", "район Байдибека", "Baidibek district"),
        district("zhetysai", "Жетісай ауданы", "Жетысайский район", "Zhetysai district"),
        district("keles", "Келес ауданы", "Келесский район", "Keles district"),
        district("kazygurt", "Қазығұрт ауданы", "Казыгуртский район", "Kazygurt district"),
        district("maktaaral", "Мақтаарал ауданы", "Мактааральский район", "Maktaaral district"),
        district("ordabasy", "Ордабасы ауданы", "Ордабасинский район", "Ordabasy district"),
        district("otyrar", "Отырар ауданы", "Отрарский район", "Otyrar district"),
        district("sairam", "Сайрам ауданы", "Сайрамский район", "Sairam district"),
        district("saryagash", "Сарыағаш ауданы", "Сарыагашский район", "Saryagash district"),
        district("sauran", "Сауран ауданы", "район Сауран", "Sauran district"),
        district("sozak", "Созақ ауданы", "Сузакский район", "Sozak district"),
        district("tolebi", "Төлеби ауданы", "Толебийский район", "Tolebi district"),
        district("tulkibas", "Түлкібас ауданы", "Тюлькубасский район", "Tulkibas district"),
        district("shardara", "Шардара ауданы", "Шардаринский район", "Shardara district"),
    ],
};
