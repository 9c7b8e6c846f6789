//! The header (logo, navigation, language menu, phone menu) and the footer: static HTML on
//! every page, written by the generator. The menus are `<details>` elements and the
//! language choice plain links, so that they work without the app; the site script
//! (`sitegen::scripts`) closes a menu on Escape, and the app, where it runs, keeps the
//! language links in step with the page it shows (`web::shell`).

use leptos::prelude::*;

use crate::site::i18n::{interpolate, t, Key};
use crate::site::locale::Locale;
use crate::site::routes::{header_pages, href, pages_placed, Located, NavPlacement, PageId, Route};
use crate::site::social::{improve_translation_url, SOCIAL_LINKS};

use crate::web::app::use_current;
use crate::web::i18n::tr;

/// The same page in every language, as plain links (`hreflang`).
fn language_links(current: &Located) -> impl IntoView {
    Locale::all()
        .map(|l| {
            view! {
                <li>
                    <a href=href(l, &current.route) hreflang=l.code() lang=l.code() aria-current=(current.locale == l).then_some("true")>
                        {l.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view()
}

/// A link to a page of the site, marked as current (`aria-current="page"`) when the page
/// shown belongs to its section: a post under the blog, a profile under the directory.
fn page_link(current: &Located, page: PageId) -> impl IntoView {
    let is_current = current.route.section() == Some(page);
    view! {
        <a href=href(current.locale, &Route::Page(page)) aria-current=is_current.then_some("page")>
            {tr(current.locale, page.def().name)}
        </a>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let current = use_current().0.get_untracked();
    let locale = current.locale;
    let nav_links = header_pages().map(|page| view! { <li>{page_link(&current, page.id)}</li> }).collect_view();
    view! {
        <header class="site-header">
            <div class="header-bar">
                <a class="logo" href=href(locale, &Route::Page(PageId::Home)) aria-label=t(locale, Key::SiteHomeLink)>
                    <img src="/images/logo.svg" alt="" width="40" height="40"/>
                    <span class="logo-text">"Black Python Devs"</span>
                </a>
                <div class="header-tools">
                    <details id="language-menu" class="language-menu menu">
                        <summary>
                            <svg class="icon" aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8">
                                <circle cx="12" cy="12" r="9"></circle>
                                <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9M12 3c-2.5 2.5-3.8 5.5-3.8 9s1.3 6.5 3.8 9"></path>
                            </svg>
                            <span class="visually-hidden">{t(locale, Key::SiteLanguageLabel)}": "</span>
                            <span>{locale.native_name()}</span>
                        </summary>
                        <ul class="language-list" aria-label=t(locale, Key::SiteOtherLanguages)>
                            {language_links(&current)}
                        </ul>
                    </details>
                    // The summary's name stays "Menu" whether the menu is open or not: a
                    // screen reader already says "expanded" or "collapsed".
                    <details id="site-menu" class="site-menu menu">
                        <summary class="menu-button" aria-controls="site-nav">
                            <span class="menu-icon" aria-hidden="true"></span>
                            <span class="menu-label">{t(locale, Key::SiteMenu)}</span>
                        </summary>
                    </details>
                </div>
            </div>
            <nav id="site-nav" class="site-nav" aria-label=t(locale, Key::SiteMainNavigation)>
                <ul>{nav_links}</ul>
            </nav>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let current = use_current().0.get_untracked();
    let locale = current.locale;
    let year = crate::site::date::Date::today_utc().year.to_string();
    let page = href(locale, &current.route);
    view! {
        <footer class="site-footer">
            <div class="footer-inner">
                <p class="footer-tagline">{tr(locale, Key::SiteTagline)}</p>
                <h2 class="footer-heading">{tr(locale, Key::FooterFollow)}</h2>
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
                <ul class="footer-links">
                    {pages_placed(NavPlacement::Footer).map(|p| view! { <li>{page_link(&current, p.id)}</li> }).collect_view()}
                </ul>
                <div class="footer-archive">
                    <span id="footer-archive-label">{tr(locale, Key::ArchiveHeading)}</span>
                    <ul class="footer-links" aria-labelledby="footer-archive-label">
                        {pages_placed(NavPlacement::Archive).map(|p| view! { <li>{page_link(&current, p.id)}</li> }).collect_view()}
                    </ul>
                </div>
                <ul class="footer-languages" aria-label=t(locale, Key::SiteOtherLanguages)>{language_links(&current)}</ul>
                {(!locale.is_reviewed()).then(|| {
                    view! {
                        <p class="fine-print improve-translation">
                            <a href=improve_translation_url(locale, &page) rel="noopener">{tr(locale, Key::SiteImproveTranslation)}</a>
                        </p>
                    }
                })}
                <p class="fine-print">{tr(locale, Key::FooterFiscalHost)}</p>
                <p class="fine-print">{interpolate(t(locale, Key::FooterCopyright), &[("year", &year)])}</p>
            </div>
        </footer>
    }
}
