//! The header (logo, navigation, language menu, phone menu) and the footer.

use leptos::prelude::*;

use crate::site::i18n::{interpolate, t, Key};
use crate::site::locale::Locale;
use crate::site::routes::{header_pages, href, PageId, Route};
use crate::site::social::SOCIAL_LINKS;

use super::app::use_current;
use super::i18n::tr;
use super::router::{use_location, NavigateOptions};

#[component]
pub fn Header() -> impl IntoView {
    let current = use_current();
    let locale = move || current.locale();
    let menu_open = RwSignal::new(false);
    // Close the phone menu whenever the page changes.
    Effect::new(move |_| {
        current.0.track();
        menu_open.set(false);
    });

    let location = use_location();
    let on_language = move |ev: leptos::ev::Event| {
        let Some(target) = Locale::from_code(&event_target_value(&ev)) else { return };
        let route = current.0.with_untracked(|l| l.route.clone());
        location.navigate(&href(target, &route), NavigateOptions::default());
    };

    let nav_links = move || {
        let locale = locale();
        let route = current.0.with(|l| l.route.clone());
        header_pages()
            .map(|page| {
                let active =
                    route == Route::Page(page.id) || (page.id == PageId::Blog && matches!(route, Route::BlogPost(_)));
                view! {
                    <li>
                        <a href=href(locale, &Route::Page(page.id)) aria-current=active.then_some("page")>
                            {tr(locale, page.name)}
                        </a>
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
                    <label class="language-picker">
                        <span class="visually-hidden">{move || t(locale(), Key::SiteLanguageLabel)}</span>
                        <svg class="icon" aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8">
                            <circle cx="12" cy="12" r="9"></circle>
                            <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9M12 3c-2.5 2.5-3.8 5.5-3.8 9s1.3 6.5 3.8 9"></path>
                        </svg>
                        <select on:change=on_language prop:value=move || locale().code().to_string()>
                            {Locale::all()
                                .map(|l| view! { <option value=l.code() lang=l.code() selected=move || locale() == l>{l.native_name()}</option> })
                                .collect_view()}
                        </select>
                    </label>
                    <button
                        class="menu-button"
                        type="button"
                        aria-controls="site-nav"
                        aria-expanded=move || menu_open.get().to_string()
                        on:click=move |_| menu_open.update(|open| *open = !*open)
                    >
                        <span class="menu-icon" aria-hidden="true"></span>
                        <span class="menu-label">{move || t(locale(), if menu_open.get() { Key::SiteCloseMenu } else { Key::SiteMenu })}</span>
                    </button>
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
                    <a href=move || href(locale(), &Route::Page(PageId::CodeOfConduct))>
                        {move || tr(locale(), Key::PageCodeOfConductName)}
                    </a>
                    " · "
                    <a href=move || href(locale(), &Route::Page(PageId::Support))>
                        {move || tr(locale(), Key::PageSupportName)}
                    </a>
                </p>
                <ul class="footer-languages">
                    {Locale::all()
                        .map(|l| {
                            let link = move || current.0.with(|c| href(l, &c.route));
                            view! {
                                <li>
                                    <a href=link lang=l.code() hreflang=l.code() aria-current=move || (locale() == l).then_some("true")>
                                        {l.native_name()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <p class="fine-print">{move || tr(locale(), Key::FooterFiscalHost)}</p>
                <p class="fine-print">{move || interpolate(t(locale(), Key::FooterCopyright), &[("year", &year)])}</p>
            </div>
        </footer>
    }
}
