//! The route table: the one list of the site's pages. Navigation, the router, the static
//! HTML generator and the sitemap all derive from [`PAGES`].
//!
//! English pages live at `/about/`; other locales under a prefix (`/ha/about/`). Every path
//! ends with a slash because each page is served as `<path>/index.html` by a static CDN.

use super::i18n::Key;
use super::locale::Locale;

/// A page of the site with a fixed path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PageId {
    Home,
    About,
    Blog,
    Events,
    Conferences,
    Community,
    Leadership,
    Initiatives,
    Support,
    BookClub,
    CodeOfConduct,
    OpenSourceProgram,
    LeadershipSummit2024,
    Members,
}

/// Where a page appears in the site's navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NavPlacement {
    /// In the header's main navigation.
    Header,
    /// Only in the footer.
    Footer,
    /// Reached from links in content (the home page is reached through the logo).
    None,
}

/// Static facts about one page.
#[derive(Debug)]
pub struct PageDef {
    pub id: PageId,
    /// The path segment after the locale prefix; empty for the home page.
    pub slug: &'static str,
    /// The page's name: heading, navigation label and `<title>`.
    pub name: Key,
    /// The `<meta name="description">` text.
    pub description: Key,
    pub nav: NavPlacement,
    /// The Markdown document under `locales/<code>/pages/` with the page's prose, if any.
    pub document: Option<&'static str>,
}

/// Every page with a fixed path, in navigation order.
pub const PAGES: &[PageDef] = &[
    PageDef {
        id: PageId::Home,
        slug: "",
        name: Key::PageHomeName,
        description: Key::PageHomeDescription,
        nav: NavPlacement::None,
        document: Some("home"),
    },
    PageDef {
        id: PageId::About,
        slug: "about",
        name: Key::PageAboutName,
        description: Key::PageAboutDescription,
        nav: NavPlacement::Header,
        document: Some("about"),
    },
    PageDef {
        id: PageId::Blog,
        slug: "blog",
        name: Key::PageBlogName,
        description: Key::PageBlogDescription,
        nav: NavPlacement::Header,
        document: None,
    },
    PageDef {
        id: PageId::Events,
        slug: "events",
        name: Key::PageEventsName,
        description: Key::PageEventsDescription,
        nav: NavPlacement::Header,
        document: Some("events"),
    },
    PageDef {
        id: PageId::Conferences,
        slug: "conferences",
        name: Key::PageConferencesName,
        description: Key::PageConferencesDescription,
        nav: NavPlacement::Header,
        document: Some("conferences"),
    },
    PageDef {
        id: PageId::Community,
        slug: "community",
        name: Key::PageCommunityName,
        description: Key::PageCommunityDescription,
        nav: NavPlacement::Header,
        document: Some("community"),
    },
    PageDef {
        id: PageId::Members,
        slug: "members",
        name: Key::PageMembersName,
        description: Key::PageMembersDescription,
        nav: NavPlacement::Header,
        document: None,
    },
    PageDef {
        id: PageId::Leadership,
        slug: "leadership",
        name: Key::PageLeadershipName,
        description: Key::PageLeadershipDescription,
        nav: NavPlacement::Header,
        document: Some("leadership"),
    },
    PageDef {
        id: PageId::Initiatives,
        slug: "initiatives",
        name: Key::PageInitiativesName,
        description: Key::PageInitiativesDescription,
        nav: NavPlacement::Header,
        document: Some("initiatives"),
    },
    PageDef {
        id: PageId::BookClub,
        slug: "book-club",
        name: Key::PageBookClubName,
        description: Key::PageBookClubDescription,
        nav: NavPlacement::Header,
        document: Some("book-club"),
    },
    PageDef {
        id: PageId::OpenSourceProgram,
        slug: "open-source-program",
        name: Key::PageOpenSourceProgramName,
        description: Key::PageOpenSourceProgramDescription,
        nav: NavPlacement::Header,
        document: Some("open-source-program"),
    },
    PageDef {
        id: PageId::Support,
        slug: "support",
        name: Key::PageSupportName,
        description: Key::PageSupportDescription,
        nav: NavPlacement::Header,
        document: Some("support"),
    },
    PageDef {
        id: PageId::LeadershipSummit2024,
        slug: "leadership-summit-2024",
        name: Key::PageLeadershipSummit2024Name,
        description: Key::PageLeadershipSummit2024Description,
        nav: NavPlacement::None,
        document: Some("leadership-summit-2024"),
    },
    PageDef {
        id: PageId::CodeOfConduct,
        slug: "coc",
        name: Key::PageCodeOfConductName,
        description: Key::PageCodeOfConductDescription,
        nav: NavPlacement::Footer,
        document: Some("coc"),
    },
];

impl PageId {
    pub fn def(self) -> &'static PageDef {
        PAGES.iter().find(|p| p.id == self).expect("every PageId is in PAGES")
    }
}

/// What a path shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Page(PageId),
    /// A blog post by slug. Whether the post exists is known from the content index.
    BlogPost(String),
    /// A member's profile by id. Whether the member exists is known from the member data.
    Member(String),
    /// The form for joining the member directory.
    MemberJoin,
    NotFound,
}

impl Route {
    /// Whether the app renders this route with its own components. Every other route is
    /// static (its content changes only with a new build), so the app shows the page the
    /// generator prerendered for it, fetched as HTML, instead of carrying a second copy of
    /// its components and data decoders: 53 KB of the gzip download (decision 0006).
    pub fn is_rendered_by_app(&self) -> bool {
        matches!(self, Route::Page(PageId::Members) | Route::MemberJoin | Route::NotFound)
    }
}

/// The sections whose pages are named by a slug: `/blog/<slug>/` and `/members/<id>/`.
pub const SLUG_SECTIONS: [&str; 2] = ["blog", "members"];

/// A path resolved into its locale and route.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Located {
    pub locale: Locale,
    pub route: Route,
}

/// `true` for slugs made of lower-case ASCII letters, digits and inner hyphens.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Resolves a URL path (no query or fragment) into a locale and a route.
///
/// A trailing `index.html` is ignored. The default locale has no prefix: `/en/about/` is not
/// a page. Paths that match nothing resolve to [`Route::NotFound`] in the locale the prefix
/// names, so a not-found page can still speak the visitor's language.
pub fn resolve(path: &str) -> Located {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let mut segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let mut locale = Locale::DEFAULT;
    if let Some(first) = segments.first() {
        if let Some(found) = Locale::from_code(first) {
            if !found.is_default() {
                locale = found;
                segments.remove(0);
            }
        }
    }
    let route = match segments.as_slice() {
        [] => Route::Page(PageId::Home),
        [section, slug] if *section == SLUG_SECTIONS[0] && is_slug(slug) => Route::BlogPost((*slug).to_string()),
        ["members", "join"] => Route::MemberJoin,
        [section, id] if *section == SLUG_SECTIONS[1] && is_slug(id) => Route::Member((*id).to_string()),
        [slug] => PAGES
            .iter()
            .find(|p| !p.slug.is_empty() && p.slug == *slug)
            .map(|p| Route::Page(p.id))
            .unwrap_or(Route::NotFound),
        _ => Route::NotFound,
    };
    Located { locale, route }
}

/// The site-relative path of `route` in `locale`, with a trailing slash. `NotFound` has no
/// path of its own and maps to the locale's home page.
pub fn href(locale: Locale, route: &Route) -> String {
    let prefix = locale.path_prefix();
    match route {
        Route::Page(id) => {
            let slug = id.def().slug;
            if slug.is_empty() {
                format!("{prefix}/")
            } else {
                format!("{prefix}/{slug}/")
            }
        }
        Route::BlogPost(slug) => format!("{prefix}/blog/{slug}/"),
        Route::Member(id) => format!("{prefix}/members/{id}/"),
        Route::MemberJoin => format!("{prefix}/members/join/"),
        Route::NotFound => format!("{prefix}/"),
    }
}

/// A site-relative URL split into the parts the app reads: the path (what page), the query
/// (for example the directory's filters, with its `?`) and the fragment (with its `#`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteUrl {
    pub path: String,
    pub search: String,
    pub hash: String,
}

impl SiteUrl {
    /// Splits `/members/?q=ada#results` into its parts; a missing path is `/`.
    pub fn parse(url: &str) -> Self {
        let (rest, hash) = url.split_at(url.find('#').unwrap_or(url.len()));
        let (path, search) = rest.split_at(rest.find('?').unwrap_or(rest.len()));
        let search = if search == "?" { "" } else { search };
        let hash = if hash == "#" { "" } else { hash };
        let path = if path.is_empty() { "/" } else { path };
        SiteUrl { path: path.to_string(), search: search.to_string(), hash: hash.to_string() }
    }
}

/// Whether the app shows `path` itself, as a page, rather than leaving it to the browser
/// as a file (a feed, an image, the sitemap, a data document). Pages are folders
/// (`/about/`, `/ha/`), possibly written as their `index.html`; files have an extension.
pub fn is_page_path(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or("");
    last.is_empty() || last == "index.html" || !last.contains('.')
}

/// Pages listed in the header navigation, in order.
pub fn header_pages() -> impl Iterator<Item = &'static PageDef> {
    PAGES.iter().filter(|p| p.nav == NavPlacement::Header)
}

/// Every fixed route in every locale, as `(locale, route)`: what the static generator writes.
pub fn all_page_routes() -> impl Iterator<Item = (Locale, Route)> {
    Locale::all().flat_map(|locale| {
        PAGES.iter().map(move |p| (locale, Route::Page(p.id))).chain(std::iter::once((locale, Route::MemberJoin)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ha() -> Locale {
        Locale::from_code("ha").unwrap()
    }

    #[test]
    fn english_pages_have_no_prefix() {
        assert_eq!(resolve("/"), Located { locale: Locale::DEFAULT, route: Route::Page(PageId::Home) });
        assert_eq!(resolve("/about/").route, Route::Page(PageId::About));
        assert_eq!(resolve("/about").route, Route::Page(PageId::About));
        assert_eq!(resolve("/book-club/").route, Route::Page(PageId::BookClub));
        assert_eq!(resolve("/coc/").route, Route::Page(PageId::CodeOfConduct));
        assert_eq!(resolve("/open-source-program/").route, Route::Page(PageId::OpenSourceProgram));
    }

    #[test]
    fn other_locales_live_under_a_prefix() {
        assert_eq!(resolve("/ha/about/"), Located { locale: ha(), route: Route::Page(PageId::About) });
        assert_eq!(resolve("/ha/"), Located { locale: ha(), route: Route::Page(PageId::Home) });
        assert_eq!(resolve("/ha"), Located { locale: ha(), route: Route::Page(PageId::Home) });
        assert_eq!(resolve("/sw/blog/coffee-and-code/").route, Route::BlogPost("coffee-and-code".into()));
        assert_eq!(
            resolve("/ha/members/ada-okafor/"),
            Located { locale: ha(), route: Route::Member("ada-okafor".into()) }
        );
        assert_eq!(resolve("/members/Bad_Id/").route, Route::NotFound);
        assert_eq!(
            resolve("/sw/members/join/"),
            Located { locale: Locale::from_code("sw").unwrap(), route: Route::MemberJoin }
        );
        assert_eq!(href(ha(), &Route::MemberJoin), "/ha/members/join/");
    }

    #[test]
    fn the_default_locale_has_no_prefixed_pages() {
        assert_eq!(resolve("/en/about/").route, Route::NotFound);
    }

    #[test]
    fn unknown_paths_are_not_found_in_their_locale() {
        assert_eq!(resolve("/nope/"), Located { locale: Locale::DEFAULT, route: Route::NotFound });
        assert_eq!(resolve("/ha/nope/"), Located { locale: ha(), route: Route::NotFound });
        assert_eq!(resolve("/about/extra/").route, Route::NotFound);
        assert_eq!(resolve("/blog/Bad_Slug/").route, Route::NotFound);
        assert_eq!(resolve("/blog/a/b/").route, Route::NotFound);
        assert_eq!(resolve("/ha/ha/").route, Route::NotFound);
    }

    #[test]
    fn index_html_is_the_same_page() {
        assert_eq!(resolve("/about/index.html").route, Route::Page(PageId::About));
        assert_eq!(resolve("/index.html").route, Route::Page(PageId::Home));
        assert_eq!(resolve("/ha/index.html").locale, ha());
    }

    #[test]
    fn href_and_resolve_round_trip_for_every_route_and_locale() {
        assert_eq!(all_page_routes().count(), (PAGES.len() + 1) * Locale::all().count());
        for (locale, route) in all_page_routes() {
            let path = href(locale, &route);
            assert!(path.starts_with('/') && path.ends_with('/'), "{path}");
            assert_eq!(resolve(&path), Located { locale, route: route.clone() }, "{path}");
        }
        let post = Route::BlogPost("hello-world".into());
        assert_eq!(resolve(&href(ha(), &post)), Located { locale: ha(), route: post });
    }

    #[test]
    fn every_page_is_in_the_table_once_with_a_unique_slug() {
        let mut slugs: Vec<_> = PAGES.iter().map(|p| p.slug).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), PAGES.len());
        for page in PAGES {
            assert_eq!(page.id.def().slug, page.slug);
            assert!(page.slug.is_empty() || is_slug(page.slug));
            assert!(Locale::from_code(page.slug).is_none(), "slug {} shadows a locale", page.slug);
        }
        assert_eq!(PAGES.len(), 14);
    }

    #[test]
    fn site_urls_split_into_path_query_and_fragment() {
        let url = SiteUrl::parse("/members/?q=ada&skill=django#results");
        assert_eq!(
            url,
            SiteUrl { path: "/members/".into(), search: "?q=ada&skill=django".into(), hash: "#results".into() }
        );
        assert_eq!(SiteUrl::parse("/ha/about/"), SiteUrl { path: "/ha/about/".into(), ..Default::default() });
        // A `?` inside the fragment belongs to the fragment.
        assert_eq!(SiteUrl::parse("/blog/#a?b").hash, "#a?b");
        assert_eq!(SiteUrl::parse("/blog/#a?b").search, "");
        // Empty parts are dropped, so `/x/?` is the same page as `/x/`.
        assert_eq!(SiteUrl::parse("/x/?#"), SiteUrl::parse("/x/"));
        assert_eq!(SiteUrl::parse("?q=1").path, "/");
    }

    #[test]
    fn pages_are_folders_and_files_are_left_to_the_browser() {
        for page in ["/", "/about/", "/ha/", "/about", "/members/ada-okafor/", "/index.html", "/ha/about/index.html"] {
            assert!(is_page_path(page), "{page}");
        }
        for file in ["/feed.xml", "/ha/feed.xml", "/sitemap.xml", "/images/logo.svg", "/data/members.json"] {
            assert!(!is_page_path(file), "{file}");
        }
        // Every route the site links to is a page.
        for (locale, route) in all_page_routes() {
            assert!(is_page_path(&href(locale, &route)));
        }
    }

    #[test]
    fn slugs_are_validated() {
        assert!(is_slug("coffee-and-code-2024"));
        for bad in ["", "-a", "a-", "A", "a_b", "a b", "é", "a/b", "<script>"] {
            assert!(!is_slug(bad), "{bad:?}");
        }
    }
}
