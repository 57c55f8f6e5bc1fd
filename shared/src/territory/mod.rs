//! Administrative-territorial units of Kazakhstan (regions, districts, cities) for forms.
//!
//! Many services ask "where?" (the akimat that provides the service, the place of residence, the
//! archive that holds a record). A form answers it in two steps: first a [`Region`] (one of the 17
//! oblasts — облыс / область — or the 3 cities of republican significance), then one of that
//! region's [`Unit`]s (a district — аудан / район — or a city of oblast significance; inside the
//! three big cities, a city district). Every name is given in Kazakh, Russian and English, as the
//! state bodies write it, so the same list serves every language of the portal.
//!
//! The list describes the administrative-territorial structure after the 2022 reform (the Abai,
//! Zhetysu and Ulytau oblasts) and the changes that followed it: the districts formed in 2022 in the
//! Abai and East Kazakhstan oblasts, Alatau as a city of oblast significance (January 2024) and
//! Saraishyk as Astana's sixth district (August 2024). English names romanise the Kazakh name, as
//! the government's English pages do ("Shieli district", not "Shiyeli").
//!
//! Codes are stable lowercase ASCII slugs made for this portal (`kyzylorda`, `shieli`,
//! `astana-yesil`), used in URLs and stored in applications. They are not KATO codes (the national
//! classifier of administrative-territorial objects, ҚАТО / КАТО); a `kato` field can be added to
//! [`Region`] and [`Unit`] when the classifier itself is imported, rather than typed in by hand here.
//!
//! Pure data: no I/O, so it builds for the browser (wasm32) and the server alike.

mod cities;
mod east;
mod north;
mod south;
mod west;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::lang::Text;

/// The level and kind of an administrative-territorial unit.
///
/// Forms need it to word the second question ("district or city" in an oblast, "district" in a
/// city of republican significance) and services need it because the provider differs by kind: the
/// akimat of a district, of a city of oblast significance, or of a city district.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnitKind {
    /// Облыс / область: a first-level unit that contains districts and cities.
    Oblast,
    /// Республикалық маңызы бар қала / город республиканского значения: Astana, Almaty and
    /// Shymkent, first-level units divided into city districts.
    CityOfRepublicanSignificance,
    /// Аудан / район of an oblast.
    District,
    /// Облыстық маңызы бар қала / город областного значения: a city that answers to the oblast
    /// directly, not to a district.
    CityOfOblastSignificance,
    /// Қаладағы аудан / район в городе: a district of a city of republican significance.
    CityDistrict,
}

/// A first-level unit: an oblast or a city of republican significance, with the units a form
/// offers after it is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Region {
    /// Stable slug, e.g. `kyzylorda`, `almaty-region`, `astana`.
    pub code: &'static str,
    /// Official name: «Қызылорда облысы», «Кызылординская область», "Kyzylorda region".
    pub name: Text,
    /// [`UnitKind::Oblast`] or [`UnitKind::CityOfRepublicanSignificance`].
    pub kind: UnitKind,
    /// The administrative centre (әкімшілік орталығы) by its bare name, e.g. «Қызылорда». An
    /// oblast's centre is also one of its cities of oblast significance; a city of republican
    /// significance is its own centre.
    pub centre: Text,
    /// Districts and cities of oblast significance (for an oblast) or city districts (for a city),
    /// cities first. The interface may re-sort them by the reader's language.
    pub units: &'static [Unit],
}

/// A second-level unit: a district, a city of oblast significance or a city district.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Unit {
    /// Stable slug, unique within its region, e.g. `shieli`, `baikonyr`, `astana-yesil`.
    pub code: &'static str,
    /// Official name: «Шиелі ауданы», «Шиелийский район», "Shieli district".
    pub name: Text,
    /// [`UnitKind::District`], [`UnitKind::CityOfOblastSignificance`] or [`UnitKind::CityDistrict`].
    pub kind: UnitKind,
}

impl Region {
    /// The unit of this region with `code`, if there is one.
    pub fn unit(&self, code: &str) -> Option<&'static Unit> {
        self.units.iter().find(|u| u.code == code)
    }
}

/// Builds an oblast's district; keeps the data files one line per unit.
const fn district(code: &'static str, kk: &'static str, ru: &'static str, en: &'static str) -> Unit {
    Unit { code, name: Text::new(kk, ru, en), kind: UnitKind::District }
}

/// Builds a city of oblast significance.
const fn city(code: &'static str, kk: &'static str, ru: &'static str, en: &'static str) -> Unit {
    Unit { code, name: Text::new(kk, ru, en), kind: UnitKind::CityOfOblastSignificance }
}

/// Builds a district of a city of republican significance.
const fn city_district(code: &'static str, kk: &'static str, ru: &'static str, en: &'static str) -> Unit {
    Unit { code, name: Text::new(kk, ru, en), kind: UnitKind::CityDistrict }
}

/// Every region, oblasts first in the order of the official lists, then Astana, Almaty and
/// Shymkent. The first question of an address or provider field offers exactly these.
pub static REGIONS: &[Region] = &[
    east::ABAI,
    north::AKMOLA,
    west::AKTOBE,
    south::ALMATY_REGION,
    west::ATYRAU,
    east::EAST_KAZAKHSTAN,
    south::ZHAMBYL,
    south::ZHETYSU,
    west::WEST_KAZAKHSTAN,
    east::KARAGANDA,
    north::KOSTANAY,
    west::KYZYLORDA,
    west::MANGYSTAU,
    north::PAVLODAR,
    north::NORTH_KAZAKHSTAN,
    south::TURKISTAN,
    east::ULYTAU,
    cities::ASTANA,
    cities::ALMATY,
    cities::SHYMKENT,
];

/// The region with `code`; `None` for a code that is not (or no longer) on the list, so a stored
/// application or a tampered form value is caught rather than shown as blank.
pub fn region(code: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.code == code)
}

/// The unit `code` of region `region`; `None` unless the unit belongs to that region, which is how
/// the server checks that the district sent with a form lies in the region sent with it.
pub fn unit(region: &str, code: &str) -> Option<&'static Unit> {
    self::region(region)?.unit(code)
}
