//! What goes into a page's `<head>`: language, title, description, canonical link, the
//! `hreflang` alternates, the feed link and the Open Graph and Twitter card tags for link
//! previews. Computed once here, written into static HTML by the generator and kept up to
//! date in the browser by the app.

use super::i18n::{t, Key};
use super::locale::Locale;
use super::routes::{href, PageId, Route};

/// The site's public origin, used for canonical and alternate links.
pub const SITE_URL: &str = "https://blackpythondevs.com";
pub const SITE_NAME: &str = "Black Python Devs";
/// The size of the social cards (PNG, the format every preview service reads).
pub const SOCIAL_IMAGE_SIZE: (u32, u32) = (1200, 630);

/// The picture shown with links to `locale`'s pages in social posts and chats: the logo,
/// the site's name and the locale's tagline, made by `tools/social-cards.mjs`.
pub fn social_image(locale: Locale) -> String {
    format!("/images/social-card-{}.png", locale.code())
}

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
    /// Open Graph locale of this page (`ha_NG`) and of its translations.
    pub og_locale: &'static str,
    pub og_locale_alternates: Vec<&'static str>,
    /// Open Graph type: `website`, `article` (blog posts) or `profile` (members).
    pub og_type: &'static str,
    /// The Atom feeds the page offers: the locale's blog feed on every page, and the new
    /// members' feed on the directory.
    pub feeds: Vec<Feed>,
    /// `<meta name="robots">`, for pages search engines should leave out (sample profiles).
    pub robots: Option<&'static str>,
    /// The locale's social card (absolute URL) and its text alternative, in the page's
    /// language: what the card says.
    pub image: String,
    pub image_alt: String,
}

/// One `<meta>` tag: `attribute="key" content="content"`, where the attribute is `name`
/// (description, Twitter) or `property` (Open Graph).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetaTag {
    pub attribute: &'static str,
    pub key: &'static str,
    pub content: String,
}

impl HeadTags {
    /// The page's `<meta>` tags in document order: description, Open Graph, Twitter card.
    pub fn meta_tags(&self) -> Vec<MetaTag> {
        let name = |key, content: &str| MetaTag { attribute: "name", key, content: content.to_string() };
        let property = |key, content: &str| MetaTag { attribute: "property", key, content: content.to_string() };
        let mut tags: Vec<MetaTag> = self.robots.iter().map(|r| name("robots", r)).collect();
        tags.extend([
            name("description", &self.description),
            property("og:site_name", SITE_NAME),
            property("og:type", self.og_type),
            property("og:title", &self.title),
            property("og:description", &self.description),
        ]);
        if !self.alternates.is_empty() {
            tags.push(property("og:url", &self.canonical));
        }
        tags.extend([
            property("og:image", &self.image),
            property("og:image:width", &SOCIAL_IMAGE_SIZE.0.to_string()),
            property("og:image:height", &SOCIAL_IMAGE_SIZE.1.to_string()),
            property("og:image:alt", &self.image_alt),
            property("og:locale", self.og_locale),
        ]);
        tags.extend(self.og_locale_alternates.iter().map(|l| property("og:locale:alternate", l)));
        tags.extend([
            name("twitter:card", "summary_large_image"),
            name("twitter:title", &self.title),
            name("twitter:description", &self.description),
            name("twitter:image", &self.image),
            name("twitter:image:alt", &self.image_alt),
        ]);
        tags
    }
}

/// The path of `locale`'s Atom feed of blog posts: `/feed.xml`, `/ha/feed.xml`.
pub fn feed_path(locale: Locale) -> String {
    format!("{}/feed.xml", locale.path_prefix())
}

/// The path of `locale`'s Atom feed of new members: `/members/feed.xml`,
/// `/ha/members/feed.xml`.
pub fn members_feed_path(locale: Locale) -> String {
    format!("{}feed.xml", href(locale, &Route::Page(PageId::Members)))
}

/// An Atom feed a page links to: `<link rel="alternate" type="application/atom+xml">`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feed {
    pub title: String,
    /// Absolute URL.
    pub href: String,
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
    let og_type = match route {
        Route::BlogPost(_) => "article",
        Route::Member(_) => "profile",
        _ => "website",
    };
    HeadTags {
        lang: locale.code(),
        dir: locale.dir(),
        title: title(name),
        description: description.to_string(),
        canonical: format!("{SITE_URL}{}", href(locale, route)),
        alternates,
        og_locale: locale.og_locale(),
        og_locale_alternates: Locale::all().filter(|l| *l != locale).map(Locale::og_locale).collect(),
        og_type,
        feeds: std::iter::once(Feed { title: SITE_NAME.to_string(), href: format!("{SITE_URL}{}", feed_path(locale)) })
            .chain((*route == Route::Page(PageId::Members)).then(|| Feed {
                title: t(locale, Key::FeedMembersTitle).to_string(),
                href: format!("{SITE_URL}{}", members_feed_path(locale)),
            }))
            .collect(),
        robots: None,
        image: format!("{SITE_URL}{}", social_image(locale)),
        image_alt: format!("{SITE_NAME}: {}", t(locale, Key::SiteTagline)),
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
    // Served at addresses that are not pages; `/ha/404.html` itself is no page to find.
    let head = head_tags(locale, &Route::NotFound, t(locale, Key::NotFoundTitle), t(locale, Key::NotFoundBody));
    HeadTags { robots: Some("noindex"), ..head }
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
            (PageId::StudentAmbassadors, "Student Ambassadors"),
            (PageId::CorporateSponsorships, "Corporate Sponsorships"),
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
    fn link_previews_name_the_page_its_picture_and_its_language() {
        let ha = Locale::from_code("ha").unwrap();
        let head = page_head(ha, PageId::About);
        let tags = head.meta_tags();
        let get = |key: &str| tags.iter().filter(|t| t.key == key).map(|t| t.content.as_str()).collect::<Vec<_>>();
        assert_eq!(get("og:title"), [head.title.as_str()]);
        assert_eq!(get("twitter:title"), [head.title.as_str()]);
        assert_eq!(get("og:description"), [head.description.as_str()]);
        assert_eq!(get("og:url"), ["https://blackpythondevs.com/ha/about/"]);
        assert_eq!(get("og:image"), ["https://blackpythondevs.com/images/social-card-ha.png"]);
        assert_eq!(get("twitter:image"), get("og:image"));
        let alt = format!("Black Python Devs: {}", t(ha, Key::SiteTagline));
        assert!(alt.contains("haɗuwa"), "{alt}");
        assert_eq!(get("og:image:alt"), [alt.as_str()]);
        assert_eq!(get("twitter:image:alt"), [alt.as_str()]);
        assert_eq!(get("og:image:width"), ["1200"]);
        assert_eq!(get("og:image:height"), ["630"]);
        assert_eq!(get("og:locale"), ["ha_NG"]);
        assert_eq!(get("og:locale:alternate").len(), Locale::all().count() - 1);
        assert!(!get("og:locale:alternate").contains(&"ha_NG"));
        assert_eq!(get("twitter:card"), ["summary_large_image"]);
        assert_eq!(get("og:type"), ["website"]);
        assert_eq!(
            head.feeds.iter().map(|f| f.href.as_str()).collect::<Vec<_>>(),
            ["https://blackpythondevs.com/ha/feed.xml"]
        );
        let post = head_tags(Locale::DEFAULT, &Route::BlogPost("p".into()), "P", "D");
        assert_eq!(post.og_type, "article");
        assert_eq!(head_tags(Locale::DEFAULT, &Route::Member("m".into()), "M", "D").og_type, "profile");
        assert!(not_found_head(Locale::DEFAULT).meta_tags().iter().all(|t| t.key != "og:url"));
        assert!(get("robots").is_empty());
        let hidden = HeadTags { robots: Some("noindex"), ..head.clone() }.meta_tags();
        assert_eq!((hidden[0].key, hidden[0].content.as_str()), ("robots", "noindex"));
    }

    /// Width and height from a PNG's IHDR chunk, `None` if `bytes` is no PNG.
    fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
        let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
        (bytes.len() > 24 && bytes.starts_with(b"\x89PNG\r\n\x1a\n") && &bytes[12..16] == b"IHDR")
            .then(|| (be(16), be(20)))
    }

    #[test]
    fn every_locale_has_its_card_a_1200_by_630_png_that_its_pages_show() {
        let public = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public");
        for locale in Locale::all() {
            let path = social_image(locale);
            assert_eq!(path, format!("/images/social-card-{}.png", locale.code()));
            let file = public.join(path.trim_start_matches('/'));
            let bytes = std::fs::read(&file)
                .unwrap_or_else(|e| panic!("{}: {e}; run `node tools/social-cards.mjs`", file.display()));
            assert_eq!(png_size(&bytes), Some(SOCIAL_IMAGE_SIZE), "{}", file.display());
            let url = format!("{SITE_URL}{path}");
            let heads = super::super::routes::PAGES
                .iter()
                .map(|page| page_head(locale, page.id))
                .chain([not_found_head(locale), head_tags(locale, &Route::BlogPost("p".into()), "P", "D")]);
            for head in heads {
                let tags = head.meta_tags();
                for key in ["og:image", "twitter:image"] {
                    let images: Vec<_> = tags.iter().filter(|t| t.key == key).map(|t| t.content.as_str()).collect();
                    assert_eq!(images, [url.as_str()], "{} {}", locale.code(), head.canonical);
                }
            }
        }
        // No card for a locale the site does not have (nor the old English-only card).
        for entry in std::fs::read_dir(public.join("images")).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.starts_with("social-card") {
                assert!(Locale::all().any(|l| social_image(l) == format!("/images/{name}")), "stray {name}");
            }
        }
    }

    #[test]
    fn not_found_has_no_alternates() {
        assert!(not_found_head(Locale::DEFAULT).alternates.is_empty());
    }
}
