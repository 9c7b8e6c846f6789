//! The header (logo, navigation, language menu, phone menu) and the footer.

use leptos::prelude::*;

use crate::site::i18n::{interpolate, t, Key};
use crate::site::locale::Locale;
use crate::site::routes::{header_pages, href, PageId, Route};
use crate::site::social::{improve_translation_url, SOCIAL_LINKS};

use crate::web::app::{use_current, Current};
use crate::web::i18n::tr;
use crate::web::router::A;

/// Keeps `open` in step with a `<details>` element the visitor opens or closes.
fn on_toggle(open: RwSignal<bool>) -> impl Fn(leptos::ev::Event) + 'static {
    move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        if let Some(details) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
            open.set(details.open());
        }
    }
}

/// The same page in every language, as plain links (`hreflang`), so that the choice works
/// before and without the app.
fn language_links(current: Current) -> impl IntoView {
    let locale = move || current.locale();
    Locale::all()
        .map(move |l| {
            let link = move || current.0.with(|c| href(l, &c.route));
            view! {
                <li>
                    <a href=link hreflang=l.code() lang=l.code() aria-current=move || (locale() == l).then_some("true")>
                        {l.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn Header() -> impl IntoView {
    let current = use_current();
    let locale = move || current.locale();
    // Both menus are <details> elements, so that they open and close without the app;
    // the app closes them when the page changes.
    let menu_open = RwSignal::new(false);
    let languages_open = RwSignal::new(false);
    Effect::new(move |_| {
        current.0.track();
        menu_open.set(false);
        languages_open.set(false);
    });

    // `A` marks the link of the section being shown (`aria-current="page"`): a page, and
    // the pages under it (a post under the blog, a profile under the directory).
    let nav_links = move || {
        let locale = locale();
        header_pages()
            .map(|page| {
                view! {
                    <li>
                        <A href=href(locale, &Route::Page(page.id))>{tr(locale, page.name)}</A>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <header class="site-header">
            <div class="header-bar">
                <a class="logo" href=move || href(locale(), &Route::Page(PageId::Home)) aria-label=move || t(locale(), Key::SiteHomeLink)>
                    <img src="/images/logo.svg" alt="" width="40" height="40"/>
                    <span class="logo-text">"Black Python Devs"</span>
                </a>
                <div class="header-tools">
                    <details id="language-menu" class="language-menu" prop:open=languages_open on:toggle=on_toggle(languages_open)>
                        <summary>
                            <svg class="icon" aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8">
                                <circle cx="12" cy="12" r="9"></circle>
                                <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9M12 3c-2.5 2.5-3.8 5.5-3.8 9s1.3 6.5 3.8 9"></path>
                            </svg>
                            <span class="visually-hidden">{move || t(locale(), Key::SiteLanguageLabel)}": "</span>
                            <span>{move || locale().native_name()}</span>
                        </summary>
                        <ul class="language-list" aria-label=move || t(locale(), Key::SiteOtherLanguages)>
                            {language_links(current)}
                        </ul>
                    </details>
                    <details id="site-menu" class="site-menu" prop:open=menu_open on:toggle=on_toggle(menu_open)>
                        <summary class="menu-button" aria-controls="site-nav">
                            <span class="menu-icon" aria-hidden="true"></span>
                            <span class="menu-label">{move || t(locale(), if menu_open.get() { Key::SiteCloseMenu } else { Key::SiteMenu })}</span>
                        </summary>
                    </details>
                </div>
            </div>
            <nav id="site-nav" class="site-nav" class:open=move || menu_open.get() aria-label=move || t(locale(), Key::SiteMainNavigation)>
                <ul>{nav_links}</ul>
            </nav>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let current = use_current();
    let locale = move || current.locale();
    #[cfg(target_arch = "wasm32")]
    let year = js_sys::Date::new_0().get_full_year().to_string();
    #[cfg(not(target_arch = "wasm32"))]
    let year = crate::site::date::Date::today_utc().year.to_string();
    view! {
        <footer class="site-footer">
            <div class="footer-inner">
                <p class="footer-tagline">{move || tr(locale(), Key::SiteTagline)}</p>
                <h2 class="footer-heading">{move || tr(locale(), Key::FooterFollow)}</h2>
                <ul class="social-links">
                    {SOCIAL_LINKS
                        .iter()
                        .map(|link| {
                            let external = !link.url.starts_with("mailto:");
                            view! {
                                <li>
                                    <a
                                        href=link.url
                                        aria-label=link.platform
                                        title=link.platform
                                        rel=external.then_some("noopener me")
                                    >
                                        <svg class="icon" aria-hidden="true" width="24" height="24" viewBox="0 0 24 24">
                                            <use_ href=format!("/images/icons.svg#{}", link.icon)></use_>
                                        </svg>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <p>
                    <A href=move || href(locale(), &Route::Page(PageId::CodeOfConduct))>
                        {move || tr(locale(), Key::PageCodeOfConductName)}
                    </A>
                    " · "
                    <A href=move || href(locale(), &Route::Page(PageId::Support))>
                        {move || tr(locale(), Key::PageSupportName)}
                    </A>
                </p>
                <ul class="footer-languages" aria-label=move || t(locale(), Key::SiteOtherLanguages)>{language_links(current)}</ul>
                {move || (!locale().is_reviewed()).then(|| {
                    let page = current.0.with(|c| href(c.locale, &c.route));
                    view! {
                        <p class="fine-print improve-translation">
                            <a href=improve_translation_url(locale(), &page) rel="noopener">{tr(locale(), Key::SiteImproveTranslation)}</a>
                        </p>
                    }
                })}
                <p class="fine-print">{move || tr(locale(), Key::FooterFiscalHost)}</p>
                <p class="fine-print">{move || interpolate(t(locale(), Key::FooterCopyright), &[("year", &year)])}</p>
            </div>
        </footer>
    }
}
