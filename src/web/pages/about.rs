//! About: the community's own words (the seed text, its story and principles), then its
//! leadership from `leadership.json` and the ways into the community.

use leptos::prelude::*;

use crate::site::community::parse_leadership;
use crate::site::locale::Locale;
use crate::site::routes::PageId;
use crate::site::seo::page_head;

use crate::web::components::community::{join_the_community, leadership};
use crate::web::components::prose::{document, page_title};
use crate::web::head::use_head;
use crate::web::load::{load_data, loaded};

pub fn about(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::About));
    let data = load_data("/data/leadership.json", parse_leadership);
    view! {
        <article class="page">
            {page_title(locale, PageId::About)}
            {document(locale, PageId::About)}
            {loaded(locale, data, move |data| leadership(locale, data))}
            {join_the_community(locale)}
        </article>
    }
}
