//! The events page: the community's events in prose, the upcoming community events (from
//! `events.json`, added through the "Add an event" issue form), then the upcoming
//! conferences.

use leptos::prelude::*;

use crate::site::i18n::{Key, Plural};
use crate::site::locale::Locale;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::page_head;

use crate::site::date::Date;
use crate::site::events::{parse_events, Event};
use crate::web::components::cards::localized_note;
use crate::web::components::notes::skipped_notice;
use crate::web::components::prose::{document, page_title};
use crate::web::head::use_head;
use crate::web::i18n::tr;
use crate::web::load::{load_data, loaded};

use super::conferences::{format_name, load_conferences, upcoming};

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

pub fn events(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Events));
    let data = load_conferences();
    let events = load_data("/data/events.json", parse_events);
    view! {
        <div class="page">
            {page_title(locale, PageId::Events)}
            {document(locale, PageId::Events)}
            {loaded(locale, events, move |(list, skipped)| view! {
                {skipped_notice(locale, Plural::ErrorSkipped, skipped)}
                {upcoming_events(locale, list)}
            })}
            <section aria-labelledby="upcoming-conferences">
                <h2 id="upcoming-conferences">{tr(locale, Key::ConferencesUpcomingHeading)}</h2>
                {loaded(locale, data, move |(list, skipped)| view! {
                    {skipped_notice(locale, Plural::ErrorSkipped, skipped)}
                    {upcoming(locale, list)}
                })}
                <p><a href=href(locale, &Route::Page(PageId::Conferences))>{tr(locale, Key::ConferencesAll)}" →"</a></p>
            </section>
        </div>
    }
}
