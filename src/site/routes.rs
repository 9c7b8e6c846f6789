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
    Members,
    Support,
    StudentAmbassadors,
    CorporateSponsorships,
    CodeOfConduct,
    LeadershipSummit2024,
    LeadershipSummit2026,
    LeadershipSummit2027,
    Conferences,
    Initiatives,
    BookClub,
    OpenSourceProgram,
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
    /// A page the community's site no longer carries (it describes the community as of
    /// 2024): kept at its address, listed in the footer's archive, and marked as such.
    Archive,
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

/// A page definition with the usual document: the page's slug.
const fn page(id: PageId, slug: &'static str, name: Key, description: Key, nav: NavPlacement) -> PageDef {
    PageDef { id, slug, name, description, nav, document: Some(slug) }
}

/// Every page with a fixed path, in navigation order. The header has the sections of the
/// community's 2026 site (six of them), the directory among them.
pub const PAGES: &[PageDef] = &[
    PageDef {
        document: Some("home"),
        ..page(PageId::Home, "", Key::PageHomeName, Key::PageHomeDescription, NavPlacement::None)
    },
    page(PageId::About, "about", Key::PageAboutName, Key::PageAboutDescription, NavPlacement::Header),
    PageDef {
        document: None,
        ..page(PageId::Blog, "blog", Key::PageBlogName, Key::PageBlogDescription, NavPlacement::Header)
    },
    page(PageId::Events, "events", Key::PageEventsName, Key::PageEventsDescription, NavPlacement::Header),
    PageDef {
        document: None,
        ..page(PageId::Members, "members", Key::PageMembersName, Key::PageMembersDescription, NavPlacement::Header)
    },
    page(PageId::Support, "support", Key::PageSupportName, Key::PageSupportDescription, NavPlacement::Header),
    page(
        PageId::StudentAmbassadors,
        "student-ambassador-program",
        Key::PageStudentAmbassadorProgramName,
        Key::PageStudentAmbassadorProgramDescription,
        NavPlacement::Header,
    ),
    page(
        PageId::CorporateSponsorships,
        "corporate-sponsorships",
        Key::PageCorporateSponsorshipsName,
        Key::PageCorporateSponsorshipsDescription,
        NavPlacement::Footer,
    ),
    page(
        PageId::CodeOfConduct,
        "coc",
        Key::PageCodeOfConductName,
        Key::PageCodeOfConductDescription,
        NavPlacement::Footer,
    ),
    page(
        PageId::LeadershipSummit2024,
        "leadership-summit-2024",
        Key::PageLeadershipSummit2024Name,
        Key::PageLeadershipSummit2024Description,
        NavPlacement::None,
    ),
    page(
        PageId::LeadershipSummit2026,
        "leadership-summit-2026",
        Key::PageLeadershipSummit2026Name,
        Key::PageLeadershipSummit2026Description,
        NavPlacement::None,
    ),
    page(
        PageId::LeadershipSummit2027,
        "leadership-summit-2027",
        Key::PageLeadershipSummit2027Name,
        Key::PageLeadershipSummit2027Description,
        NavPlacement::None,
    ),
    page(
        PageId::Conferences,
        "conferences",
        Key::PageConferencesName,
        Key::PageConferencesDescription,
        NavPlacement::Archive,
    ),
    page(
        PageId::Initiatives,
        "initiatives",
        Key::PageInitiativesName,
        Key::PageInitiativesDescription,
        NavPlacement::Archive,
    ),
    page(PageId::BookClub, "book-club", Key::PageBookClubName, Key::PageBookClubDescription, NavPlacement::Archive),
    page(
        PageId::OpenSourceProgram,
        "open-source-program",
        Key::PageOpenSourceProgramName,
        Key::PageOpenSourceProgramDescription,
        NavPlacement::Archive,
    ),
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
    /// Whether the app runs on this route: the pages where the visitor does something (the
    /// directory's search and filters, the join form). Every other route is a reading page:
    /// the generator's HTML is the whole page, and it fetches no app at all (decision 0007).
    pub fn is_rendered_by_app(&self) -> bool {
        matches!(self, Route::Page(PageId::Members) | Route::MemberJoin)
    }

    /// The header page this route belongs to, which the navigation marks as current: a
    /// page is its own section, a post belongs to the blog, a profile and the join form to
    /// the directory. The home page and not-found belong to none.
    pub fn section(&self) -> Option<PageId> {
        let id = match self {
            Route::Page(id) => *id,
            Route::BlogPost(_) => PageId::Blog,
            Route::Member(_) | Route::MemberJoin => PageId::Members,
            Route::NotFound => return None,
        };
        (id.def().nav == NavPlacement::Header).then_some(id)
    }
}

/// Every route the app runs on, in every locale.
pub fn app_routes() -> impl Iterator<Item = (Locale, Route)> {
    all_page_routes().filter(|(_, route)| route.is_rendered_by_app())
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
    pages_placed(NavPlacement::Header)
}

/// Pages with this place in the navigation, in order.
pub fn pages_placed(nav: NavPlacement) -> impl Iterator<Item = &'static PageDef> {
    PAGES.iter().filter(move |p| p.nav == nav)
}

impl PageDef {
    /// A page of the archive: it describes the community as of 2024.
    pub fn is_archived(&self) -> bool {
        self.nav == NavPlacement::Archive
    }
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
        assert_eq!(PAGES.len(), 16);
        assert_eq!(header_pages().count(), 6, "the sections of the community's 2026 site");
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
