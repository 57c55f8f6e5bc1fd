//! The three cities of republican significance: Astana, Almaty and Shymkent, each divided into city
//! districts rather than districts and towns.

use super::{Region, UnitKind, city_district};
use crate::lang::Text;

/// Астана, the capital: 6 city districts (Nura split from Yesil in 2022–2023, Saraishyk from
/// Almaty in August 2024).
pub(super) const ASTANA: Region = Region {
    code: "astana",
    name: Text::new("Астана қаласы", "город Астана", "Astana city"),
    kind: UnitKind::CityOfRepublicanSignificance,
    centre: Text::new("Астана", "Астана", "Astana"),
    units: &[
        city_district("astana-almaty", "Алматы ауданы", "район Алматы", "Almaty district"),
        city_district("astana-baikonyr", "Байқоңыр ауданы", "район Байқоңыр", "Baikonyr district"),
        city_district("astana-yesil", "Есіл ауданы", "район Есиль", "Yesil district"),
        city_district("astana-nura", "Нұра ауданы", "район Нұра", "Nura district"),
        city_district("astana-saraishyk", "Сарайшық ауданы", "район Сарайшық", "Saraishyk district"),
        city_district("astana-saryarka", "Сарыарқа ауданы", "район Сарыарка", "Saryarka district"),
    ],
};

/// Алматы: 8 city districts.
pub(super) const ALMATY: Region = Region {
    code: "almaty",
    name: Text::new("Алматы қаласы", "город Алматы", "Almaty city"),
    kind: UnitKind::CityOfRepublicanSignificance,
    centre: Text::new("Алматы", "Алматы", "Almaty"),
    units: &[
        city_district("almaty-alatau", "Алатау ауданы", "Алатауский район", "Alatau district"),
        city_district("almaty-almaly", "Алмалы ауданы", "Алмалинский район", "Almaly district"),
        city_district("almaty-auezov", "Әуезов ауданы", "Ауэзовский район", "Auezov district"),
        city_district("almaty-bostandyk", "Бостандық ауданы", "Бостандыкский район", "Bostandyk district"),
        city_district("almaty-zhetysu", "Жетісу ауданы", "Жетысуский район", "Zhetysu district"),
        city_district("almaty-medeu", "Медеу ауданы", "Медеуский район", "Medeu district"),
        city_district("almaty-nauryzbai", "Наурызбай ауданы", "Наурызбайский район", "Nauryzbai district"),
        city_district("almaty-turksib", "Түрксіб ауданы", "Турксибский район", "Turksib district"),
    ],
};

/// Шымкент: 5 city districts (Turan formed in 2022).
pub(super) const SHYMKENT: Region = Region {
    code: "shymkent",
    name: Text::new("Шымкент қаласы", "город Шымкент", "Shymkent city"),
    kind: UnitKind::CityOfRepublicanSignificance,
    centre: Text::new("Шымкент", "Шымкент", "Shymkent"),
    units: &[
        city_district("shymkent-abai", "Абай ауданы", "Абайский район", "Abai district"),
        city_district("shymkent-al-farabi", "Әл-Фараби ауданы", "Аль-Фарабийский район", "Al-Farabi district"),
        city_district("shymkent-enbekshi", "Еңбекші ауданы", "Енбекшинский район", "Enbekshi district"),
        city_district("shymkent-karatau", "Қаратау ауданы", "Каратауский район", "Karatau district"),
        city_district("shymkent-turan", "Тұран ауданы", "район Тұран", "Turan district"),
    ],
};
