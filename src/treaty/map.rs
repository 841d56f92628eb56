//! The world map of `/states`: every state filled by its status on the date asked for, each a
//! link to its page. The boundaries are Natural Earth's 1:110m countries (public domain), made
//! into SVG paths once by `.ci/make-world-map` and shipped in the binary (`assets/world-110m.md`).

use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::model::StateWithHistory;
use super::status::TreatyStatus;

#[derive(Deserialize)]
struct World {
    width: f64,
    height: f64,
    countries: Vec<Shape>,
}

#[derive(Deserialize)]
struct Shape {
    /// None for places that are not in the list of states (Greenland, Western Sahara, ...).
    iso3: Option<String>,
    name: String,
    d: String,
}

static WORLD: LazyLock<World> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../assets/world-110m.json"))
        .unwrap_or_else(|e| panic!("assets/world-110m.json is not the map's JSON: {e}"))
});

/// One shape of the map.
#[derive(Serialize)]
pub struct MapCountry {
    /// `/states/{iso3}`, for a state of the list.
    pub href: Option<String>,
    /// "Nepal: Not party"; a place outside the list has its name only.
    pub title: String,
    /// The status (`state_party`, ...), or `none` for a place outside the list.
    pub status: &'static str,
    pub d: &'static str,
}

#[derive(Serialize)]
pub struct LegendItem {
    pub status: &'static str,
    pub label: String,
    pub count: usize,
}

#[derive(Serialize)]
pub struct MapView {
    pub width: f64,
    pub height: f64,
    pub countries: Vec<MapCountry>,
    pub legend: Vec<LegendItem>,
    /// States too small to draw at this scale, by name; the table lists them.
    pub too_small: Vec<String>,
}

/// The map of every state's status on `on`.
pub fn view(lang: crate::i18n::Lang, states: &[StateWithHistory], on: NaiveDate) -> MapView {
    let world = &*WORLD;
    // Each shape finds its state by code in one look-up, not a scan of the 197 states.
    let by_code: HashMap<&str, &StateWithHistory> =
        states.iter().map(|s| (s.0.iso3.as_str(), s)).collect();
    let mut drawn = BTreeSet::new();
    let countries = world
        .countries
        .iter()
        .map(|shape| {
            let found = shape
                .iso3
                .as_deref()
                .and_then(|code| by_code.get(code).copied());
            match found {
                Some((state, history)) => {
                    let status = history.status_on(on);
                    drawn.insert(state.iso3.as_str());
                    MapCountry {
                        href: Some(format!("/states/{}", state.iso3)),
                        title: crate::i18n::format(
                            lang,
                            "treaty-states-map-state",
                            &[
                                (
                                    "name",
                                    crate::i18n::states::name(lang, &state.iso3, &state.name)
                                        .into(),
                                ),
                                ("status", status.label_in(lang).into()),
                            ],
                        ),
                        status: status.as_str(),
                        d: &shape.d,
                    }
                }
                None => MapCountry {
                    href: None,
                    title: crate::i18n::format(
                        lang,
                        "treaty-states-map-outside",
                        &[("name", shape.name.as_str().into())],
                    ),
                    status: "none",
                    d: &shape.d,
                },
            }
        })
        .collect();
    let legend = TreatyStatus::ALL
        .iter()
        .map(|&status| LegendItem {
            status: status.as_str(),
            label: status.label_in(lang),
            count: states
                .iter()
                .filter(|(_, h)| h.status_on(on) == status)
                .count(),
        })
        .collect();
    let too_small = states
        .iter()
        .filter(|(s, _)| !drawn.contains(s.iso3.as_str()))
        .map(|(s, _)| crate::i18n::states::name(lang, &s.iso3, &s.name).to_owned())
        .collect();
    MapView {
        width: world.width,
        height: world.height,
        countries,
        legend,
        too_small,
    }
}

#[cfg(test)]
mod tests {
    use super::WORLD;

    #[test]
    fn the_map_parses_and_draws_most_states_under_150_kb() {
        let world = &*WORLD;
        assert!(include_str!("../../assets/world-110m.json").len() < 150_000);
        let keyed = world.countries.iter().filter(|c| c.iso3.is_some()).count();
        assert!(keyed > 150, "{keyed} states drawn");
        assert!(world.countries.iter().all(|c| c.d.starts_with('M')));
    }
}
