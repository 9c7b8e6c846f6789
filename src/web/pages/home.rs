//! The home page: who the community is, its figures (counted from the data), its corporate
//! sponsors, the way in, and the latest posts.

use leptos::prelude::*;

use crate::site::community::{
    parse_community, parse_community_events, parse_sponsored_events, parse_sponsors, Figures,
};
use crate::site::i18n::Key;
use crate::site::locale::Locale;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::page_head;

use crate::web::components::community::{figures, join_buttons, sponsors};
use crate::web::components::prose::document;
use crate::web::head::use_head;
use crate::web::i18n::tr;
use crate::web::load::{load_data, loaded};

use super::blog::{load_index, post_list};

pub fn home(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Home));
    let posts = load_index(locale);
    let community = load_data("/data/community.json", parse_community);
    let sponsored = load_data("/data/sponsored-events.json", parse_sponsored_events);
    let own = load_data("/data/community-events.json", parse_community_events);
    let corporate = load_data("/data/sponsors.json", parse_sponsors);
    view! {
        <section class="hero">
            <div class="hero-inner">
                <h1>{tr(locale, Key::HomeHeroTitle)}</h1>
                <p class="lead">{tr(locale, Key::HomeHeroBody)}</p>
                {join_buttons(locale)}
                <p><a href=href(locale, &Route::Page(PageId::About))>{tr(locale, Key::HomeLearnMore)}" →"</a></p>
            </div>
        </section>
        <div class="page">
            {loaded(locale, community, move |community| {
                loaded(locale, sponsored, move |(sponsored, _)| {
                    loaded(locale, own, move |(own, _)| figures(locale, Figures::count(community, &sponsored, &own)))
                })
            })}
            {document(locale, PageId::Home)}
            {loaded(locale, corporate, move |(list, _)| sponsors(locale, list))}
            <section class="latest" aria-labelledby="latest-heading">
                <h2 id="latest-heading">{tr(locale, Key::HomeLatestPosts)}</h2>
                {loaded(locale, posts, move |posts| post_list(locale, posts.into_iter().take(3).collect(), true))}
                <p><a href=href(locale, &Route::Page(PageId::Blog))>{tr(locale, Key::HomeAllPosts)}" →"</a></p>
            </section>
        </div>
    }
}
