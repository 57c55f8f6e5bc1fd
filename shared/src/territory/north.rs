//! The northern oblasts: Akmola, Kostanay, Pavlodar and North Kazakhstan.

use super::{Region, UnitKind, city, district};
use crate::lang::Text;

/// Ақмола облысы: 17 districts and the cities of Kokshetau, Stepnogorsk and Kosshy (a city of
/// oblast significance since July 2021).
pub(super) const AKMOLA: Region = Region {
    code: "akmola",
    name: Text::new("Ақмола облысы", "Акмолинская область", "Akmola region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Көкшетау", "Кокшетау", "Kokshetau"),
    units: &[
        city("kokshetau", "Көкшетау қаласы", "город Кокшетау", "Kokshetau city"),
        city("kosshy", "Қосшы қаласы", "город Косшы", "Kosshy city"),
        city("stepnogorsk", "Степногорск қаласы", "город Степногорск", "Stepnogorsk city"),
        district("akkol", "Ақкөл ауданы", "Аккольский район", "Akkol district"),
        district("arshaly", "Аршалы ауданы", "Аршалынский район", "Arshaly district"),
        district("astrakhan", "Астрахан ауданы", "Астраханский район", "Astrakhan district"),
        district("atbasar", "Атбасар ауданы", "Атбасарский район", "Atbasar district"),
        district("birzhan-sal", "Біржан сал ауданы", "район Биржан сал", "Birzhan Sal district"),
        district("bulandy", "Бұланды ауданы", "Буландынский район", "Bulandy district"),
        district("burabay", "Бурабай ауданы", "Бурабайский район", "Burabay district"),
        district("yegindykol", "Егіндікөл ауданы", "Егиндыкольский район", "Yegindykol district"),
        district("yereymentau", "Ерейментау ауданы", "Ерейментауский район", "Yereymentau district"),
        district("yesil", "Есіл ауданы", "Есильский район", "Yesil district"),
        district("zhaksy", "Жақсы ауданы", "Жаксынский район", "Zhaksy district"),
        district("zharkain", "Жарқайың ауданы", "Жаркаинский район", "Zharkain district"),
        district("zerendi", "Зеренді ауданы", "Зерендинский район", "Zerendi district"),
        district("korgalzhyn", "Қорғалжын ауданы", "Коргалжынский район", "Korgalzhyn district"),
        district("sandyktau", "Сандықтау ауданы", "Сандыктауский район", "Sandyktau district"),
        district("tselinograd", "Целиноград ауданы", "Целиноградский район", "Tselinograd district"),
        district("shortandy", "Шортанды ауданы", "Шортандинский район", "Shortandy district"),
    ],
};

/// Қостанай облысы: 16 districts and the cities of Kostanay, Arkalyk, Lisakovsk and Rudny.
pub(super) const KOSTANAY: Region = Region {
    code: "kostanay",
    name: Text::new("Қостанай облысы", "Костанайская область", "Kostanay region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Қостанай", "Костанай", "Kostanay"),
    units: &[
        city("kostanay", "Қостанай қаласы", "город Костанай", "Kostanay city"),
        city("arkalyk", "Арқалық қаласы", "город Аркалык", "Arkalyk city"),
        city("lisakovsk", "Лисаковск қаласы", "город Лисаковск", "Lisakovsk city"),
        city("rudny", "Рудный қаласы", "город Рудный", "Rudny city"),
        district("altynsarin", "Алтынсарин ауданы", "Алтынсаринский район", "Altynsarin district"),
        district("amangeldi", "Амангелді ауданы", "Амангельдинский район", "Amangeldi district"),
        district("auliekol", "Әулиекөл ауданы", "Аулиекольский район", "Auliekol district"),
        district("beimbet-mailin", "Бейімбет Майлин ауданы", "район Беимбета Майлина", "Beimbet Mailin district"),
        district("denisov", "Денисов ауданы", "Денисовский район", "Denisov district"),
        district("zhangeldin", "Жангелдин ауданы", "Жангельдинский район", "Zhangeldin district"),
        district("zhitikara", "Жітіқара ауданы", "Житикаринский район", "Zhitikara district"),
        district("kamysty", "Қамысты ауданы", "Камыстинский район", "Kamysty district"),
        district("karabalyk", "Қарабалық ауданы", "Карабалыкский район", "Karabalyk district"),
        district("karasu", "Қарасу ауданы", "Карасуский район", "Karasu district"),
        district("kostanay-district", "Қостанай ауданы", "Костанайский район", "Kostanay district"),
        district("mendykara", "Меңдіқара ауданы", "Мендыкаринский район", "Mendykara district"),
        district("nauyrzym", "Наурызым ауданы", "Наурзумский район", "Nauyrzym district"),
        district("sarykol", "Сарыкөл ауданы", "Сарыкольский район", "Sarykol district"),
        district("uzynkol", "Ұзынкөл ауданы", "Узункольский район", "Uzynkol district"),
        district("fedorov", "Федоров ауданы", "Федоровский район", "Fedorov district"),
    ],
};

/// Павлодар облысы: 10 districts and the cities of Pavlodar, Aksu and Ekibastuz.
pub(super) const PAVLODAR: Region = Region {
    code: "pavlodar",
    name: Text::new("Павлодар облысы", "Павлодарская область", "Pavlodar region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Павлодар", "Павлодар", "Pavlodar"),
    units: &[
        city("pavlodar", "Павлодар қаласы", "город Павлодар", "Pavlodar city"),
        city("aksu", "Ақсу қаласы", "город Аксу", "Aksu city"),
        city("ekibastuz", "Екібастұз қаласы", "город Экибастуз", "Ekibastuz city"),
        district("akkuly", "Аққулы ауданы", "район Аққулы", "Akkuly district"),
        district("aktogai", "Ақтоғай ауданы", "Актогайский район", "Aktogai district"),
        district("bayanaul", "Баянауыл ауданы", "Баянаульский район", "Bayanaul district"),
        district("ertis", "Ертіс ауданы", "Иртышский район", "Ertis district"),
        district("zhelezin", "Железин ауданы", "Железинский район", "Zhelezin district"),
        district("mai", "Май ауданы", "Майский район", "Mai district"),
        district("pavlodar-district", "Павлодар ауданы", "Павлодарский район", "Pavlodar district"),
        district("terenkol", "Тереңкөл ауданы", "район Тереңкөл", "Terenkol district"),
        district("uspen", "Успен ауданы", "Успенский район", "Uspen district"),
        district("sharbakty", "Шарбақты ауданы", "Щербактинский район", "Sharbakty district"),
    ],
};

/// Солтүстік Қазақстан облысы: 13 districts and the city of Petropavl.
pub(super) const NORTH_KAZAKHSTAN: Region = Region {
    code: "north-kazakhstan",
    name: Text::new("Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan region"),
    kind: UnitKind::Oblast,
    centre: Text::new("Петропавл", "Петропавловск", "Petropavl"),
    units: &[
        city("petropavl", "Петропавл қаласы", "город Петропавловск", "Petropavl city"),
        district("aiyrtau", "Айыртау ауданы", "Айыртауский район", "Aiyrtau district"),
        district("akzhar", "Ақжар ауданы", "Акжарский район", "Akzhar district"),
        district("akkaiyn", "Аққайың ауданы", "Аккайынский район", "Akkaiyn district"),
        district(
            "gabit-musirepov",
            "Ғабит Мүсірепов атындағы аудан",
            "район имени Габита Мусрепова",
            "Gabit Musirepov district",
        ),
        district("yesil", "Есіл ауданы", "Есильский район", "Yesil district"),
        district("zhambyl", "Жамбыл ауданы", "Жамбылский район", "Zhambyl district"),
        district("kyzylzhar", "Қызылжар ауданы", "Кызылжарский район", "Kyzylzhar district"),
        district(
            "magzhan-zhumabayev",
            "Мағжан Жұмабаев ауданы",
            "район Магжана Жумабаева",
            "Magzhan Zhumabayev district",
        ),
        district("mamlyut", "Мамлют ауданы", "Мамлютский район", "Mamlyut district"),
        district("taiynsha", "Тайынша ауданы", "Тайыншинский район", "Taiynsha district"),
        district("timiryazev", "Тимирязев ауданы", "Тимирязевский район", "Timiryazev district"),
        district("ualikhanov", "Уәлиханов ауданы", "Уалихановский район", "Ualikhanov district"),
        district("shal-akyn", "Шал ақын ауданы", "район Шал акына", "Shal Akyn district"),
    ],
};
