//! The events page: the community's events in prose, then the upcoming conferences.

use leptos::prelude::*;

use crate::site::i18n::{Key, Plural};
use crate::site::locale::Locale;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::page_head;

use crate::web::components::notes::skipped_notice;
use crate::web::components::prose::{document, page_title};
use crate::web::head::use_head;
use crate::web::i18n::tr;
use crate::web::load::loaded;

use super::conferences::{load_conferences, upcoming};

pub fn events(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Events));
    let data = load_conferences();
    view! {
        <div class="page">
            {page_title(locale, PageId::Events)}
            {document(locale, PageId::Events)}
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
