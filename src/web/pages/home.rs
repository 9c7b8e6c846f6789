//! The home page: who the community is, its mission in brief and the latest posts.

use leptos::prelude::*;

use crate::site::i18n::Key;
use crate::site::locale::Locale;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::page_head;
use crate::site::social::SOCIAL_LINKS;

use crate::web::components::prose::document;
use crate::web::head::use_head;
use crate::web::i18n::tr;
use crate::web::load::loaded;

use super::blog::{load_index, post_list};

fn discord_url() -> &'static str {
    SOCIAL_LINKS.iter().find(|l| l.platform == "Discord").map(|l| l.url).unwrap_or("#")
}

pub fn home(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Home));
    let posts = load_index(locale);
    view! {
        <section class="hero">
            <div class="hero-inner">
                <h1>{tr(locale, Key::HomeHeroTitle)}</h1>
                <p class="lead">{tr(locale, Key::HomeHeroBody)}</p>
                <p class="actions">
                    <a class="button primary" href=discord_url() rel="noopener">{tr(locale, Key::HomeJoinDiscord)}</a>
                    <a class="button" href=href(locale, &Route::Page(PageId::About))>{tr(locale, Key::HomeLearnMore)}</a>
                </p>
            </div>
        </section>
        <div class="page">
            {document(locale, PageId::Home)}
            <section class="latest" aria-labelledby="latest-heading">
                <h2 id="latest-heading">{tr(locale, Key::HomeLatestPosts)}</h2>
                {loaded(locale, posts, move |posts| post_list(locale, posts.into_iter().take(3).collect(), true))}
                <p><a href=href(locale, &Route::Page(PageId::Blog))>{tr(locale, Key::HomeAllPosts)}" →"</a></p>
            </section>
        </div>
    }
}
