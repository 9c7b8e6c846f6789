//! The blog: its index and its posts, and the list of recent posts on the home page.

use leptos::prelude::*;

use crate::site::content::{blog_index_url, blog_post_url, PostDoc, PostSummary};
use crate::site::date::Date;
use crate::site::i18n::{interpolate, t, Key};
use crate::site::locale::Locale;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::{head_tags, not_found_head, page_head};

use crate::web::components::prose::{fallback_notice, page_title};
use crate::web::fetch::FetchError;
use crate::web::head::use_head;
use crate::web::i18n::tr;
use crate::web::load::{error_alert, load_json, loaded, loading, Loaded};

use super::not_found::not_found;

/// The locale's blog index, newest first.
pub fn load_index(locale: Locale) -> Loaded<Vec<PostSummary>> {
    load_json(blog_index_url(locale))
}

fn post_meta(locale: Locale, post: &PostSummary) -> impl IntoView {
    let date = Date::parse(&post.date);
    view! {
        <p class="post-meta">
            <time datetime=post.date.clone()>{date.map(|d| d.display(locale)).unwrap_or_else(|| post.date.clone())}</time>
            {(!post.authors.is_empty()).then(|| view! { " · " {interpolate(t(locale, Key::BlogBy), &[("author", &post.authors.join(", "))])} })}
            {post.fallback.then(|| view! { " · " <span class="badge">{t(locale, Key::SiteUntranslated)}</span> })}
        </p>
    }
}

/// The posts as cards; `under_section` when the list sits under an `h2` (so titles are
/// `h3`), else directly under the page's `h1` (titles are `h2`).
pub fn post_list(locale: Locale, posts: Vec<PostSummary>, under_section: bool) -> impl IntoView {
    if posts.is_empty() {
        return view! { <p class="empty">{t(locale, Key::BlogEmpty)}</p> }.into_any();
    }
    view! {
        <ul class="post-list">
            {posts
                .into_iter()
                .map(|post| {
                    let link = href(locale, &Route::BlogPost(post.slug.clone()));
                    let title = view! { <a href=link>{post.title.clone()}</a> };
                    let title =
                        if under_section { view! { <h3>{title}</h3> }.into_any() } else { view! { <h2>{title}</h2> }.into_any() };
                    view! {
                        <li class="post-card" lang=post.lang.clone()>
                            {title}
                            {post_meta(locale, &post)}
                            <p>{post.summary.clone()}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

pub fn blog_index(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Blog));
    let posts = load_index(locale);
    view! {
        <div class="page">
            {page_title(locale, PageId::Blog)}
            {loaded(locale, posts, move |posts| post_list(locale, posts, false))}
        </div>
    }
}

pub fn blog_post(locale: Locale, slug: String) -> impl IntoView {
    let post: Loaded<PostDoc> = load_json(blog_post_url(locale, &slug));
    let route = Route::BlogPost(slug);
    use_head(move || match post.get() {
        Some(Ok(post)) => head_tags(locale, &route, &post.meta.title, &post.meta.summary),
        Some(Err(FetchError::NotFound)) => not_found_head(locale),
        _ => page_head(locale, PageId::Blog),
    });
    move || match post.get() {
        None => view! { <div class="page">{loading(locale)}</div> }.into_any(),
        Some(Err(FetchError::NotFound)) => not_found(locale).into_any(),
        Some(Err(error)) => {
            view! { <div class="page">{error_alert(locale, &error, move || post.refetch())}</div> }.into_any()
        }
        Some(Ok(post)) => {
            let meta = post.meta.clone();
            view! {
                <article class="page post" lang=meta.lang.clone()>
                    <p class="breadcrumb"><a href=href(locale, &Route::Page(PageId::Blog)) lang=locale.code()>"← "{tr(locale, Key::BlogBack)}</a></p>
                    <h1>{meta.title.clone()}</h1>
                    <div lang=locale.code()>{post_meta(locale, &meta)}{meta.fallback.then(|| fallback_notice(locale))}</div>
                    <div class="prose" inner_html=post.html></div>
                </article>
            }
            .into_any()
        }
    }
}
