//! The root component: the router, the resolved route, and the page shell.

use leptos::prelude::*;

use crate::site::locale::Locale;
use crate::site::routes::{resolve, Located, PageId, Route};

use super::layout::{Footer, Header};
use super::router::use_location;
use super::{directory, join, pages};

/// The current locale and route, derived from the URL; provided as context.
#[derive(Clone, Copy)]
pub struct Current(pub Memo<Located>);

impl Current {
    pub fn locale(self) -> Locale {
        self.0.with(|l| l.locale)
    }
}

pub fn use_current() -> Current {
    expect_context::<Current>()
}

/// The app. In the browser it follows the window's URL; when prerendering, the caller
/// provides the [`super::router::Location`] of the page being rendered.
#[component]
pub fn App() -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    super::router::start();
    view! { <Shell/> }
}

#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let located = Memo::new(move |_| resolve(&location.pathname.get()));
    provide_context(Current(located));

    // Focus <main> ourselves, so that skipping adds no `#main` entry to the history.
    let skip_to_main = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {move || crate::site::i18n::t(use_current().locale(), crate::site::i18n::Key::SiteSkipToContent)}
        </a>
        <Header/>
        <main id="main" tabindex="-1">
            <PageView/>
        </main>
        <Footer/>
    }
}

/// The page for the current route.
#[component]
fn PageView() -> impl IntoView {
    let located = use_current().0;
    move || {
        let Located { locale, route } = located.get();
        match route {
            Route::Page(PageId::Home) => pages::home(locale).into_any(),
            Route::Page(PageId::Blog) => pages::blog_index(locale).into_any(),
            Route::Page(PageId::Conferences) => pages::conferences(locale).into_any(),
            Route::Page(PageId::BookClub) => pages::book_club(locale).into_any(),
            Route::Page(PageId::Members) => directory::directory(locale).into_any(),
            Route::Page(page) => pages::document_page(locale, page).into_any(),
            Route::BlogPost(slug) => pages::blog_post(locale, slug).into_any(),
            Route::Member(id) => directory::profile(locale, id).into_any(),
            Route::MemberJoin => join::join(locale).into_any(),
            Route::NotFound => pages::not_found(locale).into_any(),
        }
    }
}
