//! The states' names in French and Spanish: `templates/locales/state-names.csv`, CLDR's
//! territory names written by `.ci/make-state-names` from the Babel package (see
//! `templates/locales/README.md`). English names are the treaty record's own (`states.name`).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Lang;

static NAMES: LazyLock<HashMap<&'static str, [&'static str; 2]>> = LazyLock::new(|| {
    include_str!("../../templates/locales/state-names.csv")
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cells = line.split(',');
            let iso3 = cells.next()?;
            let _iso2 = cells.next()?;
            Some((iso3, [cells.next()?, cells.next()?]))
        })
        .collect()
});

/// State `iso3`'s name in `lang`; `english` (the treaty record's) in English or for a code the
/// file does not hold.
pub fn name<'a>(lang: Lang, iso3: &str, english: &'a str) -> &'a str
where
    'static: 'a,
{
    match (lang, NAMES.get(iso3)) {
        (Lang::Fr, Some([fr, _])) => fr,
        (Lang::Es, Some([_, es])) => es,
        _ => english,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_have_their_names_in_each_language() {
        assert_eq!(NAMES.len(), 197);
        assert_eq!(name(Lang::Fr, "DEU", "Germany"), "Allemagne");
        assert_eq!(name(Lang::Es, "DEU", "Germany"), "Alemania");
        assert_eq!(name(Lang::En, "DEU", "Germany"), "Germany");
        assert_eq!(name(Lang::Fr, "VAT", "Holy See"), "Saint-Siège");
        assert_eq!(name(Lang::Es, "XXX", "Nowhere"), "Nowhere");
    }
}
