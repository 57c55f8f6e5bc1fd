//! The named days off of Kazakhstan and their names in the three languages of the portal.

use crate::lang::Text;

/// A public holiday that is a non-working day under the Law «О праздниках в Республике Казахстан»
/// (13.12.2001 No. 267-II, art. 5).
///
/// It exists apart from [`ReligiousDay`] because only these holidays move to the next working day
/// when they fall on a Saturday or Sunday (standards.md §12.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holiday {
    /// 1–2 January.
    NewYear,
    /// 8 March.
    WomensDay,
    /// 21–23 March.
    Nauryz,
    /// 1 May.
    Unity,
    /// 7 May.
    Defender,
    /// 9 May.
    Victory,
    /// 6 July.
    Capital,
    /// 30 August until 2025; 15 March from 2027; none in 2026 (new Constitution).
    Constitution,
    /// 25 October, a day off again since the law of 29.09.2022.
    Republic,
    /// 16 December.
    Independence,
}

impl Holiday {
    /// Every holiday, in calendar order of its usual date.
    pub const ALL: [Holiday; 10] = [
        Holiday::NewYear,
        Holiday::WomensDay,
        Holiday::Nauryz,
        Holiday::Unity,
        Holiday::Defender,
        Holiday::Victory,
        Holiday::Capital,
        Holiday::Constitution,
        Holiday::Republic,
        Holiday::Independence,
    ];

    /// The holiday's official name, for calendars and due-date explanations.
    pub const fn name(self) -> Text {
        match self {
            Holiday::NewYear => Text::new("Жаңа жыл", "Новый год", "New Year"),
            Holiday::WomensDay => {
                Text::new("Халықаралық әйелдер күні", "Международный женский день", "International Women's Day")
            }
            Holiday::Nauryz => Text::new("Наурыз мейрамы", "Наурыз мейрамы", "Nauryz Meiramy"),
            Holiday::Unity => Text::new(
                "Қазақстан халқының бірлігі мерекесі",
                "Праздник единства народа Казахстана",
                "Unity Day of the People of Kazakhstan",
            ),
            Holiday::Defender => {
                Text::new("Отан қорғаушылар күні", "День защитника Отечества", "Defender of the Fatherland Day")
            }
            Holiday::Victory => Text::new("Жеңіс күні", "День Победы", "Victory Day"),
            Holiday::Capital => Text::new("Астана күні", "День столицы", "Capital Day"),
            Holiday::Constitution => Text::new("Конституция күні", "День Конституции", "Constitution Day"),
            Holiday::Republic => Text::new("Республика күні", "День Республики", "Republic Day"),
            Holiday::Independence => Text::new("Тәуелсіздік күні", "День Независимости", "Independence Day"),
        }
    }
}

/// A religious day off under the Labour Code of Kazakhstan (art. 84 p.5).
///
/// It exists apart from [`Holiday`] because it is not a holiday under the Law on holidays, so it is
/// never moved when it falls on a weekend (MLSP explanation, 2019; standards.md §12.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReligiousDay {
    /// 7 January.
    OrthodoxChristmas,
    /// The first day of Kurban ait; its date follows the Muslim calendar and is announced yearly.
    KurbanAit,
}

impl ReligiousDay {
    /// Every religious day off.
    pub const ALL: [ReligiousDay; 2] = [ReligiousDay::OrthodoxChristmas, ReligiousDay::KurbanAit];

    /// The day's name, for calendars and due-date explanations.
    pub const fn name(self) -> Text {
        match self {
            ReligiousDay::OrthodoxChristmas => {
                Text::new("Православиелік Рождество", "Православное Рождество", "Orthodox Christmas")
            }
            ReligiousDay::KurbanAit => Text::new("Құрбан айт", "Курбан айт", "Kurban Ait"),
        }
    }
}
