//! How explanations name the units of figures, in German and English, for
//! one and for several (`1 Toter`, `2 Tote`; `1 soldier`, `2 soldiers`).
//!
//! The units are the quantity extractor's (`soldiers`, `km2`, `dead`, …).
//! German nominalized adjectives take the strong ending in the singular
//! after a bare number (`1 Toter`, `1 Verletzter`).

/// Unit, then German one / several, English one / several.
const NAMES: &[(&str, [&str; 4])] = &[
    ("soldiers", ["Soldat", "Soldaten", "soldier", "soldiers"]),
    ("km2", ["Quadratkilometer", "Quadratkilometer", "km²", "km²"]),
    ("percent", ["Prozent", "Prozent", "percent", "percent"]),
    ("dead", ["Toter", "Tote", "dead", "dead"]),
    ("injured", ["Verletzter", "Verletzte", "injured", "injured"]),
    ("casualties", ["Toter oder Verletzter", "Tote und Verletzte", "killed or wounded", "killed or wounded"]),
    ("evacuated", ["Evakuierter", "Evakuierte", "evacuated", "evacuated"]),
    ("people", ["Mensch", "Menschen", "person", "people"]),
    ("helpers", ["Helfer", "Helfer", "helper", "helpers"]),
    ("EUR", ["Euro", "Euro", "euro", "euros"]),
    ("USD", ["Dollar", "Dollar", "dollar", "dollars"]),
    ("litres", ["Liter", "Liter", "litre", "litres"]),
    ("districts", ["Landkreis", "Landkreise", "district", "districts"]),
];

/// The German name of `unit` (empty for a unit without one); `one` for a
/// figure of exactly one.
pub fn de(unit: &str, one: bool) -> &'static str {
    name(unit, if one { 0 } else { 1 })
}

/// The English name of `unit` (empty for a unit without one); `one` for a
/// figure of exactly one.
pub fn en(unit: &str, one: bool) -> &'static str {
    name(unit, if one { 2 } else { 3 })
}

fn name(unit: &str, form: usize) -> &'static str {
    NAMES.iter().find(|(u, _)| *u == unit).map_or("", |(_, names)| names[form])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_and_several() {
        assert_eq!((de("dead", true), de("dead", false)), ("Toter", "Tote"));
        assert_eq!((en("people", true), en("people", false)), ("person", "people"));
        assert_eq!(de("years_old", false), "");
    }
}
