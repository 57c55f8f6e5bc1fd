//! The western and Aral Sea oblasts: Aktobe, Atyrau, West Kazakhstan, Mangystau and Kyzylorda.

use super::{Region, UnitKind, city, district};
use crate::lang::Text;

/// Ақтөбе облысы: 12 districts and the city of Aktobe.
pub(super) const AKTOBE: Region = Region {
    code: "aktobe",
    name: Text::new("Ақтөбе облысы", "Актюбинская область", "Aktobe region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Ақтөбе", "Актобе", "Aktobe"),
    units: &[
        city("aktobe", "Ақтөбе қаласы", "город Актобе", "Aktobe city"),
        district("alga", "Алға ауданы", "Алгинский район", "Alga district"),
        district("aiteke-bi", "Әйтеке би ауданы", "Айтекебийский район", "Aiteke Bi district"),
        district("baiganin", "Байғанин ауданы", "Байганинский район", "Baiganin district"),
        district("kargaly", "Қарғалы ауданы", "Каргалинский район", "Kargaly district"),
        district("kobda", "Қобда ауданы", "Хобдинский район", "Kobda district"),
        district("martuk", "Мәртөк ауданы", "Мартукский район", "Martuk district"),
        district("mugalzhar", "Мұғалжар ауданы", "Мугалжарский район", "Mugalzhar district"),
        district("oiyl", "Ойыл ауданы", "Уилский район", "Oiyl district"),
        district("temir", "Темір ауданы", "Темирский район", "Temir district"),
        district("khromtau", "Хромтау ауданы", "Хромтауский район", "Khromtau district"),
        district("shalkar", "Шалқар ауданы", "Шалкарский район", "Shalkar district"),
        district("yrgyz", "Ырғыз ауданы", "Иргизский район", "Yrgyz district"),
    ],
};

/// Атырау облысы: 7 districts and the city of Atyrau.
pub(super) const ATYRAU: Region = Region {
    code: "atyrau",
    name: Text::new("Атырау облысы", "Атырауская область", "Atyrau region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Атырау", "Атырау", "Atyrau"),
    units: &[
        city("atyrau", "Атырау қаласы", "город Атырау", "Atyrau city"),
        district("zhylyoi", "Жылыой ауданы", "Жылыойский район", "Zhylyoi district"),
        district("inder", "Индер ауданы", "Индерский район", "Inder district"),
        district("isatai", "Исатай ауданы", "Исатайский район", "Isatai district"),
        district("kurmangazy", "Құрманғазы ауданы", "Курмангазинский район", "Kurmangazy district"),
        district("kyzylkoga", "Қызылқоға ауданы", "Кзылкогинский район", "Kyzylkoga district"),
        district("makat", "Мақат ауданы", "Макатский район", "Makat district"),
        district("makhambet", "Махамбет ауданы", "Махамбетский район", "Makhambet district"),
    ],
};

/// Батыс Қазақстан облысы: 12 districts and the city of Oral.
pub(super) const WEST_KAZAKHSTAN: Region = Region {
    code: "west-kazakhstan",
    name: Text::new("Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Орал", "Уральск", "Oral"),
    units: &[
        city("oral", "Орал қаласы", "город Уральск", "Oral city"),
        district("akzhaik", "Ақжайық ауданы", "Акжаикский район", "Akzhaik district"),
        district("baiterek", "Бәйтерек ауданы", "район Бәйтерек", "Baiterek district"),
        district("bokei-ordasy", "Бөкей ордасы ауданы", "Бокейординский район", "Bokei Ordasy district"),
        district("borli", "Бөрлі ауданы", "Бурлинский район", "Borli district"),
        district("zhanakala", "Жаңақала ауданы", "Жангалинский район", "Zhanakala district"),
        district("zhanibek", "Жәнібек ауданы", "Жанибекский район", "Zhanibek district"),
        district("kaztalov", "Қазталов ауданы", "Казталовский район", "Kaztalov district"),
        district("karatobe", "Қаратөбе ауданы", "Каратобинский район", "Karatobe district"),
        district("syrym", "Сырым ауданы", "Сырымский район", "Syrym district"),
        district("taskala", "Тасқала ауданы", "Таскалинский район", "Taskala district"),
        district("terekti", "Теректі ауданы", "Теректинский район", "Terekti district"),
        district("shyngyrlau", "Шыңғырлау ауданы", "Чингирлауский район", "Shyngyrlau district"),
    ],
};

/// Маңғыстау облысы: 5 districts and the cities of Aktau and Zhanaozen.
pub(super) const MANGYSTAU: Region = Region {
    code: "mangystau",
    name: Text::new("Маңғыстау облысы", "Мангистауская область", "Mangystau region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Ақтау", "Актау", "Aktau"),
    units: &[
        city("aktau", "Ақтау қаласы", "город Актау", "Aktau city"),
        city("zhanaozen", "Жаңаөзен қаласы", "город Жанаозен", "Zhanaozen city"),
        district("beineu", "Бейнеу ауданы", "Бейнеуский район", "Beineu district"),
        district("karakiya", "Қарақия ауданы", "Каракиянский район", "Karakiya district"),
        district("mangystau", "Маңғыстау ауданы", "Мангистауский район", "Mangystau district"),
        district("munaily", "Мұнайлы ауданы", "Мунайлинский район", "Munaily district"),
        district("tupkaragan", "Түпқараған ауданы", "Тупкараганский район", "Tupkaragan district"),
    ],
};

/// Қызылорда облысы: 7 districts, the city of Kyzylorda and the city of Baikonyr (leased to the
/// Russian Federation for the cosmodrome, but a unit of the oblast in Kazakhstan's own structure).
pub(super) const KYZYLORDA: Region = Region {
    code: "kyzylorda",
    name: Text::new("Қызылорда облысы", "Кызылординская область", "Kyzylorda region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Қызылорда", "Кызылорда", "Kyzylorda"),
    units: &[
        city("kyzylorda", "Қызылорда қаласы", "город Кызылорда", "Kyzylorda city"),
        city("baikonyr", "Байқоңыр қаласы", "город Байконыр", "Baikonyr city"),
        district("aral", "Арал ауданы", "Аральский район", "Aral district"),
        district("zhalagash", "Жалағаш ауданы", "Жалагашский район", "Zhalagash district"),
        district("zhanakorgan", "Жаңақорған ауданы", "Жанакорганский район", "Zhanakorgan district"),
        district("kazaly", "Қазалы ауданы", "Казалинский район", "Kazaly district"),
        district("karmakshy", "Қармақшы ауданы", "Кармакшинский район", "Karmakshy district"),
        district("syrdarya", "Сырдария ауданы", "Сырдарьинский район", "Syrdarya district"),
        district("shieli", "Шиелі ауданы", "Шиелийский район", "Shieli district"),
    ],
};
