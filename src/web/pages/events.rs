//! The events page: the community's events in prose; its own events (the Leadership
//! Summits, from `community-events.json`), coming up and past, told apart by today's date;
//! the events it has sponsored, by year and region (`sponsored-events.json`); and the
//! community events still to come (`events.json`, added through the "Add an event" issue
//! form).

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::directory::regions::{subregion_of, Subregion};
use crate::site::community::{parse_community_events, parse_sponsored_events, CommunityEvent, SponsoredEvent};
use crate::site::date::Date;
use crate::site::events::{parse_events, Event};
use crate::site::i18n::{t, Key, Plural};
use crate::site::locale::Locale;
use crate::site::number::counted;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::page_head;

use crate::web::components::cards::localized_note;
use crate::web::components::map::{events_map, Place};
use crate::web::components::notes::skipped_notice;
use crate::web::components::prose::{document, page_title};
use crate::web::head::use_head;
use crate::web::i18n::tr;
use crate::web::intl::DisplayNames;
use crate::web::load::{load_data, loaded};

use super::conferences::format_name;

/// An event's card: its name, when, how and where, and what happens there.
fn event_card(locale: Locale, event: Event) -> impl IntoView {
    let when = [Date::parse(&event.date).map(|d| d.display(locale)), event.time.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <li class="card">
            <h3><a href=event.url.clone() rel="noopener">{event.name.clone()}</a></h3>
            <p class="card-meta"><time datetime=event.date.clone()>{when}</time>" · "{format_name(locale, event.format)}</p>
            {event.location.clone().map(|place| view! { <p class="card-meta">{place}</p> })}
            {localized_note(locale, &event.summary)}
        </li>
    }
}

/// The community events still to come, if any are listed.
fn upcoming_events(locale: Locale, list: Vec<Event>) -> impl IntoView {
    let today = Date::today();
    let list: Vec<Event> = list.into_iter().filter(|e| Date::parse(&e.date).is_some_and(|d| d >= today)).collect();
    (!list.is_empty()).then(|| {
        view! {
            <h2>{tr(locale, Key::EventsUpcoming)}</h2>
            <ul class="cards">{list.into_iter().map(|e| event_card(locale, e)).collect_view()}</ul>
        }
    })
}

/// One of the community's own events: its page, its day and its place.
fn own_event_card(locale: Locale, event: &CommunityEvent, countries: &DisplayNames) -> impl IntoView {
    let page = event.page_id().expect("checked when parsed");
    let day = event.day().expect("checked when parsed");
    let place = format!("{}, {}, {}", event.venue, event.city, countries.of(&event.country));
    view! {
        <li class="card">
            <h4><a href=href(locale, &Route::Page(page))>{tr(locale, page.def().name)}</a></h4>
            <p class="card-meta"><time datetime=event.date.clone()>{day.display(locale)}</time>" · "{place}</p>
        </li>
    }
}

/// The community's own events: those to come, then those past, as of the build (the site
/// is rebuilt every day).
fn own_events(locale: Locale, list: Vec<CommunityEvent>) -> impl IntoView {
    let today = Date::today();
    let countries = DisplayNames::new(locale, "region");
    let (coming, past): (Vec<_>, Vec<_>) = list.into_iter().partition(|e| e.day().is_some_and(|d| d >= today));
    let group = |key: Key, events: Vec<CommunityEvent>, newest_first: bool| {
        let mut events = events;
        if newest_first {
            events.reverse();
        }
        (!events.is_empty()).then(|| {
            view! {
                <h3>{tr(locale, key)}</h3>
                <ul class="cards">{events.iter().map(|e| own_event_card(locale, e, &countries)).collect_view()}</ul>
            }
        })
    };
    view! {
        <section id="community-events" aria-labelledby="community-events-heading">
            <h2 id="community-events-heading">{tr(locale, Key::EventsOurs)}</h2>
            {group(Key::EventsOursUpcoming, coming, false)}
            {group(Key::EventsOursPast, past, true)}
        </section>
    }
}

/// The sponsored events of each year (newest first), grouped by the UN M49 subregion of
/// their country, each with its country's name.
fn sponsored_events(locale: Locale, list: Vec<SponsoredEvent>) -> impl IntoView {
    let countries = DisplayNames::new(locale, "region");
    let mut years: BTreeMap<std::cmp::Reverse<u16>, BTreeMap<Subregion, Vec<String>>> = BTreeMap::new();
    for event in list {
        let Some(region) = subregion_of(&event.country) else { continue };
        let name = format!("{} ({})", event.name, countries.of(&event.country));
        years.entry(std::cmp::Reverse(event.year)).or_default().entry(region).or_default().push(name);
    }
    view! {
        <section id="sponsored-events" aria-labelledby="sponsored-events-heading">
            <h2 id="sponsored-events-heading">{tr(locale, Key::EventsSponsored)}</h2>
            {years
                .into_iter()
                .map(|(std::cmp::Reverse(year), regions)| {
                    view! {
                        <h3>{year}</h3>
                        <div class="regions">
                            {regions
                                .into_iter()
                                .map(|(region, events)| {
                                    view! {
                                        <div class="region">
                                            <h4>{region.name(locale)}</h4>
                                            <ul>{events.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </div>
                    }
                })
                .collect_view()}
        </section>
    }
}

/// Where the community has been: a map of the countries of its own and sponsored events,
/// each a link to the list below it, which names every country's events (the same
/// places, as text).
fn places(locale: Locale, own: &[CommunityEvent], sponsored: &[SponsoredEvent]) -> impl IntoView {
    let countries = DisplayNames::new(locale, "region");
    let mut by_country: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for event in own {
        let name = event.page_id().map(|page| t(locale, page.def().name).to_string());
        by_country.entry(event.country.clone()).or_default().extend(name);
    }
    for event in sponsored.iter().filter(|e| subregion_of(&e.country).is_some()) {
        by_country.entry(event.country.clone()).or_default().push(format!("{} ({})", event.name, event.year));
    }
    // By name in the page's language, as a reader looks for a country.
    let mut list: Vec<(String, String, Vec<String>)> =
        by_country.into_iter().map(|(code, events)| (countries.of(&code), code, events)).collect();
    list.sort();
    let anchor = |code: &str| format!("events-in-{}", code.to_ascii_lowercase());
    let label = |name: &str, n: usize| format!("{name}: {}", counted(locale, Plural::MapEvents, n as u64));
    let pins = list
        .iter()
        .map(|(name, code, events)| Place {
            country: code.clone(),
            label: label(name, events.len()),
            href: format!("#{}", anchor(code)),
        })
        .collect();
    view! {
        <section id="event-places" aria-labelledby="event-places-heading">
            <h2 id="event-places-heading">{tr(locale, Key::MapByCountry)}</h2>
            {events_map(locale, pins)}
            <ul class="place-list">
                {list
                    .into_iter()
                    .map(|(name, code, events)| {
                        view! {
                            <li id=anchor(&code)>
                                <strong>{label(&name, events.len())}</strong>
                                ": "{events.join(", ")}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

pub fn events(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Events));
    let own = load_data("/data/community-events.json", parse_community_events);
    let sponsored = load_data("/data/sponsored-events.json", parse_sponsored_events);
    let events = load_data("/data/events.json", parse_events);
    view! {
        <div class="page">
            {page_title(locale, PageId::Events)}
            {document(locale, PageId::Events)}
            {loaded(locale, own, move |(list, skipped)| view! {
                {skipped_notice(locale, Plural::ErrorSkipped, skipped)}
                {own_events(locale, list)}
            })}
            {loaded(locale, events, move |(list, skipped)| view! {
                {skipped_notice(locale, Plural::ErrorSkipped, skipped)}
                {upcoming_events(locale, list)}
            })}
            {loaded(locale, sponsored, move |(list, skipped)| view! {
                {skipped_notice(locale, Plural::ErrorSkipped, skipped)}
                {sponsored_events(locale, list)}
            })}
            {loaded(locale, own, move |(own, _)| {
                loaded(locale, sponsored, move |(sponsored, _)| places(locale, &own, &sponsored))
            })}
        </div>
    }
}
