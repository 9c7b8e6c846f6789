//! Addresses that once worked and now lead elsewhere: no address of the community's
//! earlier sites answers 404. A static CDN has no redirects of its own, so the generator
//! writes a small page at each of these addresses that sends the visitor on (canonical
//! link, `refresh`, and a visible link). Posts' old addresses are in their front matter
//! (`redirect_from`); the pages' are here.
//!
//! GitHub Pages answers `/x` with `x.html` if there is one, else with `/x/`: so `/students`
//! is the file `students.html`, and `/community` finds `/community/`.

use super::locale::Locale;
use super::routes::{href, resolve, Route};

/// One old address and where it leads.
#[derive(Debug)]
pub struct Moved {
    /// The old address: a folder (`/community/`) or a file (`/about.html`).
    pub from: &'static str,
    /// Where it leads, as an English path with an optional fragment.
    pub to: &'static str,
    /// Whether the old address existed in every language (`/ha/community/`), as the 2024
    /// site's pages did; the 2026 site is English only.
    pub every_locale: bool,
}

const fn moved(from: &'static str, to: &'static str) -> Moved {
    Moved { from, to, every_locale: false }
}

/// Every page address of the earlier sites that is no longer a page here.
pub const MOVED: &[Moved] = &[
    // 2024 pages whose content the 2026 site moved into its About page.
    Moved { from: "/community/", to: "/about/#join-the-community", every_locale: true },
    Moved { from: "/leadership/", to: "/about/#leadership", every_locale: true },
    // The 2026 site's pages (`/<title>.html`) and the links of its footer.
    moved("/about.html", "/about/"),
    moved("/support.html", "/support/"),
    moved("/events.html", "/events/"),
    moved("/sponsored-events.html", "/events/#sponsored-events"),
    moved("/partnerships.html", "/support/#partnerships"),
    moved("/code-of-conduct.html", "/coc/"),
    moved("/corporate-sponsorships.html", "/corporate-sponsorships/"),
    moved("/student-ambassador-program.html", "/student-ambassador-program/"),
    moved("/bpd-events/", "/events/#community-events"),
    moved("/bpd-events/black-python-devs-leadership-summit-2024.html", "/leadership-summit-2024/"),
    moved("/bpd-events/black-python-devs-leadership-summit-2026-ohio.html", "/leadership-summit-2026/"),
    moved("/bpd-events/black-python-devs-leadership-summit-2027-texas.html", "/leadership-summit-2027/"),
    // The 2026 site's short addresses, redirected as it redirects them.
    moved("/students.html", "/student-ambassador-program/"),
    moved("/community.html", "/about/#join-the-community"),
    moved("/leadership.html", "/leadership-summit-2026/"),
    moved("/pycon.html", "/blog/black-python-devs-at-pycon-us-2026/"),
];

/// The 2026 site's blog listing pages (`/blog/blog1.html`, …), which lead to the blog. The
/// copy does not say how many posts a listing page held, so there is one for every post
/// count up to `posts`: at one post per page, the most there could have been.
pub fn blog_listing_pages(posts: usize) -> impl Iterator<Item = String> {
    (1..=posts).map(|n| format!("/blog/blog{n}.html"))
}

/// A target's route, and its fragment (with its `#`, or empty).
pub fn target(to: &str) -> (Route, &str) {
    let (path, fragment) = to.split_at(to.find('#').unwrap_or(to.len()));
    (resolve(path).route, fragment)
}

impl Moved {
    /// `(old address, new address)` in every locale the old address existed in.
    pub fn pages(&self) -> Vec<(String, String)> {
        let (route, fragment) = target(self.to);
        let locales: Vec<Locale> = if self.every_locale { Locale::all().collect() } else { vec![Locale::DEFAULT] };
        locales
            .into_iter()
            .map(|locale| {
                (format!("{}{}", locale.path_prefix(), self.from), format!("{}{fragment}", href(locale, &route)))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_old_address_is_no_page_and_leads_to_a_page() {
        for moved in MOVED {
            assert!(moved.from.ends_with('/') || moved.from.ends_with(".html"), "{}", moved.from);
            if moved.from.ends_with('/') {
                assert_eq!(resolve(moved.from).route, Route::NotFound, "{} is a page", moved.from);
            }
            let (route, fragment) = target(moved.to);
            assert_ne!(route, Route::NotFound, "{} leads nowhere", moved.to);
            assert!(fragment.is_empty() || fragment.starts_with('#'));
        }
        let community = MOVED.iter().find(|m| m.from == "/community/").unwrap().pages();
        assert!(
            community.contains(&("/ha/community/".into(), "/ha/about/#join-the-community".into())),
            "{community:?}"
        );
        assert_eq!(MOVED.iter().find(|m| m.from == "/about.html").unwrap().pages().len(), 1);
    }

    #[test]
    fn no_address_is_listed_twice() {
        let mut from: Vec<&str> = MOVED.iter().map(|m| m.from).collect();
        from.sort();
        from.dedup();
        assert_eq!(from.len(), MOVED.len());
    }
}
