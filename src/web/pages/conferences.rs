//! The conferences page (upcoming and past, from `conferences.json`), and the upcoming list
//! the events page shows too.

use leptos::prelude::*;

use crate::site::data::{parse_conferences, Conference, Format};
use crate::site::date::{display_range, Date};
use crate::site::i18n::{t, Key, Plural};
use crate::site::locale::Locale;
use crate::site::routes::PageId;
use crate::site::seo::page_head;

use crate::web::components::cards::localized_note;
use crate::web::components::notes::skipped_notice;
use crate::web::components::prose::{document, page_title};
use crate::web::head::use_head;
use crate::web::i18n::tr;
use crate::web::intl::DisplayNames;
use crate::web::load::{load_data, loaded, Loaded};

pub fn load_conferences() -> Loaded<(Vec<Conference>, usize)> {
    load_data("/data/conferences.json", parse_conferences)
}

/// `(upcoming soonest first, past newest first)`.
fn split(list: Vec<Conference>) -> (Vec<Conference>, Vec<Conference>) {
    let today = Date::today();
    let (mut upcoming, past): (Vec<_>, Vec<_>) =
        list.into_iter().partition(|c| c.dates().is_some_and(|(_, end)| end >= today));
    upcoming.reverse();
    (upcoming, past)
}

pub fn format_name(locale: Locale, format: Format) -> &'static str {
    t(
        locale,
        match format {
            Format::InPerson => Key::ConferencesInPerson,
            Format::Online => Key::ConferencesOnline,
            Format::Hybrid => Key::ConferencesHybrid,
        },
    )
}

fn conference_card(locale: Locale, conference: Conference, countries: &DisplayNames) -> impl IntoView {
    let dates = conference.dates().map(|(start, end)| display_range(start, end, locale)).unwrap_or_default();
    let place = [conference.venue.clone(), Some(conference.city.clone()), Some(countries.of(&conference.country))]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <li class="card">
            <h3><a href=conference.url.clone() rel="noopener">{conference.name.clone()}</a></h3>
            <p class="card-meta">
                <time datetime=conference.start.clone()>{dates}</time>
                " · "{format_name(locale, conference.format)}
            </p>
            <p class="card-meta">{place}</p>
            {localized_note(locale, &conference.note)}
        </li>
    }
}

fn conference_list(locale: Locale, list: Vec<Conference>) -> impl IntoView {
    let countries = DisplayNames::new(locale, "region");
    view! { <ul class="cards">{list.into_iter().map(|c| conference_card(locale, c, &countries)).collect_view()}</ul> }
}

/// The upcoming conferences, or a line saying there are none.
pub fn upcoming(locale: Locale, list: Vec<Conference>) -> impl IntoView {
    let (upcoming, _) = split(list);
    if upcoming.is_empty() {
        view! { <p class="empty">{tr(locale, Key::ConferencesNoneUpcoming)}</p> }.into_any()
    } else {
        conference_list(locale, upcoming).into_any()
    }
}

pub fn conferences(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Conferences));
    let data = load_conferences();
    let render = move |(list, skipped): (Vec<Conference>, usize)| {
        let past = split(list.clone()).1;
        view! {
            {skipped_notice(locale, Plural::ErrorSkipped, skipped)}
            <h2>{tr(locale, Key::ConferencesUpcoming)}</h2>
            {upcoming(locale, list)}
            <h2>{tr(locale, Key::ConferencesPast)}</h2>
            {conference_list(locale, past)}
        }
    };
    view! {
        <div class="page">
            {page_title(locale, PageId::Conferences)}
            {document(locale, PageId::Conferences)}
            {loaded(locale, data, render)}
        </div>
    }
}
