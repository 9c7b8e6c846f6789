//! What goes into a page's `<head>`: language, title, description, canonical link and the
//! `hreflang` alternates. Computed once here, written into static HTML by the generator and
//! kept up to date in the browser by the app.

use super::i18n::{t, Key};
use super::locale::Locale;
use super::routes::{href, PageId, Route};

/// The site's public origin, used for canonical and alternate links.
pub const SITE_URL: &str = "https://blackpythondevs.com";
pub const SITE_NAME: &str = "Black Python Devs";

/// A link to the same page in another language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alternate {
    /// A locale code, or `x-default`.
    pub hreflang: String,
    pub href: String,
}

/// The head of one page in one locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeadTags {
    pub lang: &'static str,
    pub dir: &'static str,
    pub title: String,
    pub description: String,
    pub canonical: String,
    /// One per locale plus `x-default`; empty for pages that exist in no other language.
    pub alternates: Vec<Alternate>,
}

/// `Black Python Devs | <name>`.
pub fn title(name: &str) -> String {
    format!("{SITE_NAME} | {name}")
}

/// Head tags for `route` in `locale`, given the page's (translated) name and description.
pub fn head_tags(locale: Locale, route: &Route, name: &str, description: &str) -> HeadTags {
    let alternates = match route {
        Route::NotFound => Vec::new(),
        _ => Locale::all()
            .map(|l| Alternate { hreflang: l.code().to_string(), href: format!("{SITE_URL}{}", href(l, route)) })
            .chain(std::iter::once(Alternate {
                hreflang: "x-default".into(),
                href: format!("{SITE_URL}{}", href(Locale::DEFAULT, route)),
            }))
            .collect(),
    };
    HeadTags {
        lang: locale.code(),
        dir: locale.dir(),
        title: title(name),
        description: description.to_string(),
        canonical: format!("{SITE_URL}{}", href(locale, route)),
        alternates,
    }
}

/// Head tags of a fixed page, named and described from the translation files.
pub fn page_head(locale: Locale, page: PageId) -> HeadTags {
    let def = page.def();
    head_tags(locale, &Route::Page(page), t(locale, def.name), t(locale, def.description))
}

/// Head tags of a route with a fixed name: a page, or the join form. `None` for routes
/// named by their content (posts, profiles) and for not-found.
pub fn fixed_route_head(locale: Locale, route: &Route) -> Option<HeadTags> {
    match route {
        Route::Page(page) => Some(page_head(locale, *page)),
        Route::MemberJoin => Some(head_tags(locale, route, t(locale, Key::JoinTitle), t(locale, Key::JoinDescription))),
        _ => None,
    }
}

/// Head tags of the not-found page.
pub fn not_found_head(locale: Locale) -> HeadTags {
    head_tags(locale, &Route::NotFound, t(locale, Key::NotFoundTitle), t(locale, Key::NotFoundBody))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_about_has_the_expected_title_and_links() {
        let head = page_head(Locale::DEFAULT, PageId::About);
        assert_eq!(head.lang, "en");
        assert_eq!(head.title, "Black Python Devs | About Us");
        assert_eq!(head.canonical, "https://blackpythondevs.com/about/");
        let langs: Vec<_> = head.alternates.iter().map(|a| a.hreflang.as_str()).collect();
        assert_eq!(langs.len(), Locale::all().count() + 1);
        assert!(langs.contains(&"x-default"));
        let ha = head.alternates.iter().find(|a| a.hreflang == "ha").unwrap();
        assert_eq!(ha.href, "https://blackpythondevs.com/ha/about/");
    }

    #[test]
    fn english_page_names_are_the_agreed_ones() {
        let expected = [
            (PageId::Home, "Home"),
            (PageId::About, "About Us"),
            (PageId::Blog, "Blog"),
            (PageId::Events, "Events"),
            (PageId::Conferences, "Conferences"),
            (PageId::Community, "Community"),
            (PageId::Leadership, "Leadership"),
            (PageId::Initiatives, "Initiatives"),
            (PageId::Support, "Support"),
            (PageId::BookClub, "Book Club"),
            (PageId::CodeOfConduct, "Code of Conduct"),
            (PageId::OpenSourceProgram, "Open Source Program"),
            (PageId::Members, "Members"),
        ];
        for (page, name) in expected {
            assert_eq!(page_head(Locale::DEFAULT, page).title, format!("Black Python Devs | {name}"));
        }
    }

    #[test]
    fn every_locale_has_its_own_lang_canonical_and_non_empty_description() {
        for locale in Locale::all() {
            for page in super::super::routes::PAGES {
                let head = page_head(locale, page.id);
                assert_eq!(head.lang, locale.code());
                assert!(head.canonical.starts_with(SITE_URL));
                assert!(head.description.len() > 20, "{} {:?}", locale.code(), page.id);
            }
        }
    }

    #[test]
    fn not_found_has_no_alternates() {
        assert!(not_found_head(Locale::DEFAULT).alternates.is_empty());
    }
}
