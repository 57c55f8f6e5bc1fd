//! Checks on the list as a whole: counts, codes, translations and the units the services rely on.

use std::collections::HashSet;

use super::*;

fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'))
}

fn all_names() -> impl Iterator<Item = (&'static str, Text)> {
    REGIONS.iter().flat_map(|r| {
        [(r.code, r.name), (r.code, r.centre)].into_iter().chain(r.units.iter().map(|u| (u.code, u.name)))
    })
}

#[test]
fn there_are_seventeen_oblasts_and_three_cities_of_republican_significance() {
    assert_eq!(REGIONS.len(), 20);
    assert_eq!(REGIONS.iter().filter(|r| r.kind == UnitKind::Oblast).count(), 17);
    let cities: Vec<_> =
        REGIONS.iter().filter(|r| r.kind == UnitKind::CityOfRepublicanSignificance).map(|r| r.code).collect();
    assert_eq!(cities, ["astana", "almaty", "shymkent"]);
}

#[test]
fn region_codes_are_unique() {
    let codes: HashSet<_> = REGIONS.iter().map(|r| r.code).collect();
    assert_eq!(codes.len(), REGIONS.len());
}

#[test]
fn unit_codes_are_unique_within_their_region() {
    for r in REGIONS {
        let codes: HashSet<_> = r.units.iter().map(|u| u.code).collect();
        assert_eq!(codes.len(), r.units.len(), "duplicate unit code in {}", r.code);
    }
}

#[test]
fn codes_are_lowercase_ascii_slugs() {
    let codes = REGIONS.iter().map(|r| r.code).chain(REGIONS.iter().flat_map(|r| r.units.iter().map(|u| u.code)));
    for code in codes {
        let ok = !code.is_empty()
            && !code.starts_with('-')
            && !code.ends_with('-')
            && !code.contains("--")
            && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        assert!(ok, "not a slug: {code:?}");
    }
}

#[test]
fn every_name_is_complete_in_kazakh_russian_and_english() {
    for (code, name) in all_names() {
        assert!(name.is_complete(), "blank translation near {code}: {name:?}");
        for s in [name.kk, name.ru, name.en] {
            assert_eq!(s, s.trim(), "stray whitespace near {code}: {s:?}");
        }
        assert!(has_cyrillic(name.kk), "Kazakh name without Cyrillic near {code}: {:?}", name.kk);
        assert!(has_cyrillic(name.ru), "Russian name without Cyrillic near {code}: {:?}", name.ru);
        assert!(!has_cyrillic(name.en), "English name with Cyrillic near {code}: {:?}", name.en);
    }
}

#[test]
fn oblasts_hold_districts_and_cities_and_big_cities_hold_city_districts() {
    for r in REGIONS {
        assert!(!r.units.is_empty(), "{} has no units", r.code);
        for u in r.units {
            let allowed = match r.kind {
                UnitKind::Oblast => matches!(u.kind, UnitKind::District | UnitKind::CityOfOblastSignificance),
                UnitKind::CityOfRepublicanSignificance => u.kind == UnitKind::CityDistrict,
                _ => false,
            };
            assert!(allowed, "{:?} {} in {:?} {}", u.kind, u.code, r.kind, r.code);
        }
    }
}

#[test]
fn the_centre_of_an_oblast_is_one_of_its_cities() {
    for r in REGIONS.iter().filter(|r| r.kind == UnitKind::Oblast) {
        let centre = r
            .units
            .iter()
            .find(|u| u.kind == UnitKind::CityOfOblastSignificance && u.name.kk == format!("{} қаласы", r.centre.kk));
        let centre = centre.unwrap_or_else(|| panic!("{}: centre {} is not among its cities", r.code, r.centre.kk));
        assert_eq!(centre.name.ru, format!("город {}", r.centre.ru), "{}", r.code);
        assert_eq!(centre.name.en, format!("{} city", r.centre.en), "{}", r.code);
        assert_eq!(r.units[0].code, centre.code, "{}: the centre comes first", r.code);
    }
}

#[test]
fn a_city_of_republican_significance_is_its_own_centre() {
    for r in REGIONS.iter().filter(|r| r.kind == UnitKind::CityOfRepublicanSignificance) {
        assert_eq!(r.name.kk, format!("{} қаласы", r.centre.kk));
        assert_eq!(r.name.ru, format!("город {}", r.centre.ru));
        assert_eq!(r.name.en, format!("{} city", r.centre.en));
    }
}

#[test]
fn unit_names_follow_the_official_pattern_of_their_kind() {
    for r in REGIONS {
        for u in r.units {
            let (kk, ru, en) = match u.kind {
                UnitKind::District | UnitKind::CityDistrict => (
                    u.name.kk.ends_with(" ауданы") || u.name.kk.ends_with(" аудан"),
                    u.name.ru.contains("район"),
                    u.name.en.ends_with(" district"),
                ),
                UnitKind::CityOfOblastSignificance => {
                    (u.name.kk.ends_with(" қаласы"), u.name.ru.starts_with("город "), u.name.en.ends_with(" city"))
                }
                _ => (false, false, false),
            };
            assert!(kk && ru && en, "{}/{}: {:?}", r.code, u.code, u.name);
        }
    }
}

#[test]
fn kyzylorda_oblast_has_its_seven_districts_kyzylorda_city_and_baikonyr() {
    let kyzylorda = region("kyzylorda").unwrap();
    assert_eq!(kyzylorda.name.ru, "Кызылординская область");
    assert_eq!(kyzylorda.name.en, "Kyzylorda region");
    let districts: HashSet<_> =
        kyzylorda.units.iter().filter(|u| u.kind == UnitKind::District).map(|u| u.name.kk).collect();
    let expected = [
        "Арал ауданы",
        "Жалағаш ауданы",
        "Жаңақорған ауданы",
        "Қазалы ауданы",
        "Қармақшы ауданы",
        "Сырдария ауданы",
        "Шиелі ауданы",
    ];
    assert_eq!(districts, expected.into_iter().collect());
    let shieli = unit("kyzylorda", "shieli").unwrap();
    assert_eq!(shieli.name, Text::new("Шиелі ауданы", "Шиелийский район", "Shieli district"));
    for city in ["kyzylorda", "baikonyr"] {
        assert_eq!(unit("kyzylorda", city).unwrap().kind, UnitKind::CityOfOblastSignificance);
    }
}

#[test]
fn kokpekti_district_is_in_abai_oblast_not_east_kazakhstan() {
    let kokpekti = unit("abai", "kokpekti").unwrap();
    assert_eq!(kokpekti.name.kk, "Көкпекті ауданы");
    assert_eq!(kokpekti.kind, UnitKind::District);
    assert!(unit("east-kazakhstan", "kokpekti").is_none());
    let holders: Vec<_> =
        REGIONS.iter().filter(|r| r.units.iter().any(|u| u.name.kk == "Көкпекті ауданы")).map(|r| r.code).collect();
    assert_eq!(holders, ["abai"]);
}

#[test]
fn big_cities_have_their_city_districts() {
    let count = |code| region(code).unwrap().units.len();
    assert_eq!(count("astana"), 6);
    assert_eq!(count("almaty"), 8);
    assert_eq!(count("shymkent"), 5);
    assert_eq!(unit("astana", "astana-yesil").unwrap().name.en, "Yesil district");
}

#[test]
fn lookups_find_regions_and_units_and_reject_everything_else() {
    assert_eq!(region("kyzylorda").unwrap().centre.kk, "Қызылорда");
    assert_eq!(region("almaty-region").unwrap().centre.en, "Konaev");
    assert_eq!(region("almaty").unwrap().kind, UnitKind::CityOfRepublicanSignificance);
    assert!(region("Kyzylorda").is_none());
    assert!(region("").is_none());
    assert!(region("east-kazakhstan").unwrap().unit("ridder").is_some());
    assert!(unit("kyzylorda", "nope").is_none());
    assert!(unit("nope", "shieli").is_none());
    // A unit is found only under its own region: the server relies on this to reject a district
    // sent with the wrong region.
    assert!(unit("turkistan", "shieli").is_none());
    assert!(unit("almaty", "astana-yesil").is_none());
}

#[test]
fn kinds_serialise_as_kebab_case() {
    let json = serde_json::to_string(&UnitKind::CityOfOblastSignificance).unwrap();
    assert_eq!(json, "\"city-of-oblast-significance\"");
}
