//! The site's Atom feeds (RFC 4287), one of each per locale: the blog's at [`feed_path`],
//! each post in that locale's language, or in English, marked with `xml:lang`, until it is
//! translated; and the new members' at [`members_feed_path`], newest joins first.

use crate::directory::members::Member;
use crate::site::data::pick_text;
use crate::site::html::escape;
use crate::site::i18n::{interpolate, t, Key};
use crate::site::locale::Locale;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::{feed_path, members_feed_path, title, SITE_NAME, SITE_URL};

use super::content::Content;

/// `YYYY-MM-DD` as an Atom date-time (midnight UTC).
fn timestamp(date: &str) -> String {
    format!("{date}T00:00:00Z")
}

/// A feed's opening and its own elements, up to its entries: the feed at `path`, about the
/// page at `page` (an absolute URL), last updated on `updated` (`YYYY-MM-DD`). Atom wants an
/// author for every entry: the site is the feed's, for entries that name none.
fn feed_head(locale: Locale, path: &str, title: &str, subtitle: &str, updated: &str, page: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  \
         <id>{self_url}</id>\n  <title>{title}</title>\n  <subtitle>{subtitle}</subtitle>\n  <updated>{updated}</updated>\n  \
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{self_url}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/>\n  \
         <author><name>{site}</name></author>\n  <icon>{SITE_URL}/images/logo.svg</icon>\n",
        lang = locale.code(),
        self_url = escape(&format!("{SITE_URL}{path}")),
        title = escape(title),
        subtitle = escape(subtitle),
        updated = timestamp(updated),
        page = escape(page),
        site = escape(SITE_NAME),
    )
}

/// The Atom feed of `locale`'s blog, newest post first.
pub fn atom_feed(content: &Content, locale: Locale) -> String {
    let posts: Vec<_> =
        content.blog_index(locale).into_iter().filter_map(|summary| content.post_doc(locale, &summary.slug)).collect();
    let blog = format!("{SITE_URL}{}", href(locale, &Route::Page(PageId::Blog)));
    let updated = posts.iter().map(|p| p.meta.date.as_str()).max().unwrap_or("1970-01-01");
    let def = PageId::Blog.def();
    let mut out =
        feed_head(locale, &feed_path(locale), &title(t(locale, def.name)), t(locale, def.description), updated, &blog);
    for post in &posts {
        let url = format!("{SITE_URL}{}", href(locale, &Route::BlogPost(post.meta.slug.clone())));
        out.push_str(&format!(
            "  <entry xml:lang=\"{lang}\">\n    <id>{url}</id>\n    <title>{title}</title>\n    <updated>{date}</updated>\n    \
             <published>{date}</published>\n{author}    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    \
             <summary>{summary}</summary>\n    <content type=\"html\">{html}</content>\n  </entry>\n",
            lang = escape(&post.meta.lang),
            url = escape(&url),
            title = escape(&post.meta.title),
            date = timestamp(&post.meta.date),
            author = post
                .meta
                .authors
                .iter()
                .map(|name| format!("    <author><name>{}</name></author>\n", escape(name)))
                .collect::<String>(),
            summary = escape(&post.meta.summary),
            html = escape(&post.html),
        ));
    }
    out.push_str("</feed>\n");
    out
}

/// How many of the newest members the members' feed lists: a feed says what is new, the
/// directory lists everyone.
pub const MEMBERS_FEED_LENGTH: usize = 50;

/// The Atom feed of the members who joined most recently, in `locale`: each entry links to
/// the member's profile and says who joined, with their bio (in `locale` where they wrote
/// one) or their skills. Members whose file records no joining day are left out.
pub fn members_feed(members: &[Member], skill_name: impl Fn(&str) -> String, locale: Locale) -> String {
    let mut joined: Vec<&Member> = members.iter().filter(|m| m.joined.is_some()).collect();
    joined.sort_by(|a, b| b.joined.cmp(&a.joined).then_with(|| a.id.cmp(&b.id)));
    joined.truncate(MEMBERS_FEED_LENGTH);
    let directory = format!("{SITE_URL}{}", href(locale, &Route::Page(PageId::Members)));
    let updated = joined.first().and_then(|m| m.joined.as_deref()).unwrap_or("1970-01-01");
    let mut out = feed_head(
        locale,
        &members_feed_path(locale),
        t(locale, Key::FeedMembersTitle),
        t(locale, Key::FeedMembersSubtitle),
        updated,
        &directory,
    );
    for member in joined {
        let url = format!("{SITE_URL}{}", href(locale, &Route::Member(member.id.clone())));
        let date = timestamp(member.joined.as_deref().unwrap_or_default());
        // Their own words where they wrote some, in their language; else what they work with.
        let (summary_lang, summary) = match pick_text(&member.bio, locale) {
            Some((lang, bio, _)) => (lang.to_string(), bio.to_string()),
            None => {
                (locale.code().to_string(), member.skills.iter().map(|s| skill_name(s)).collect::<Vec<_>>().join(", "))
            }
        };
        let sample = if member.sample { format!("{} ", t(locale, Key::ProfileSampleNotice)) } else { String::new() };
        out.push_str(&format!(
            "  <entry>\n    <id>{url}</id>\n    <title>{title}</title>\n    <updated>{date}</updated>\n    \
             <published>{date}</published>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    \
             <summary xml:lang=\"{summary_lang}\">{sample}{summary}</summary>\n  </entry>\n",
            url = escape(&url),
            title = escape(&interpolate(t(locale, Key::FeedMemberJoined), &[("name", &member.name)])),
            summary_lang = escape(&summary_lang),
            sample = escape(&sample),
            summary = escape(&summary),
        ));
    }
    out.push_str("</feed>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn content() -> Content {
        super::super::content::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")).unwrap()
    }

    #[test]
    fn every_locale_has_a_well_formed_feed_of_every_post() {
        let content = content();
        for locale in Locale::all() {
            let xml = atom_feed(&content, locale);
            let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{}: {e}", locale.code()));
            let feed = doc.root_element();
            assert_eq!(feed.tag_name().name(), "feed");
            assert_eq!(feed.tag_name().namespace(), Some("http://www.w3.org/2005/Atom"));
            let child = |node: roxmltree::Node<'_, '_>, name: &str| {
                node.children().find(|c| c.has_tag_name(name)).and_then(|c| c.text()).map(str::to_owned)
            };
            assert_eq!(child(feed, "id").unwrap(), format!("{SITE_URL}{}", feed_path(locale)));
            let entries: Vec<_> = feed.children().filter(|c| c.has_tag_name("entry")).collect();
            assert_eq!(entries.len(), content.post_slugs().len());
            let dates: Vec<String> = entries.iter().map(|e| child(*e, "updated").unwrap()).collect();
            assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first: {dates:?}");
            assert_eq!(child(feed, "updated").unwrap(), dates[0]);
            // The site is the author of the feed; an entry names its own only where the post does.
            assert!(feed.children().any(|c| c.has_tag_name("author")));
            let authored = content.blog_index(locale).iter().filter(|p| !p.authors.is_empty()).count();
            assert_eq!(entries.iter().filter(|e| e.children().any(|c| c.has_tag_name("author"))).count(), authored);
            for entry in entries {
                let id = child(entry, "id").unwrap();
                assert!(id.starts_with(&format!("{SITE_URL}{}/blog/", locale.path_prefix())), "{id}");
                assert!(!child(entry, "title").unwrap().is_empty());
                // The post's HTML travels escaped and comes back whole.
                let html = child(entry, "content").unwrap();
                assert!(html.contains("<p>"), "{html}");
            }
        }
    }

    #[test]
    fn an_untranslated_post_is_marked_with_its_own_language() {
        let mut content = content();
        let sw = Locale::from_code("sw").unwrap();
        let slug = content.post_slugs()[0].clone();
        content.posts.remove(&("sw".to_string(), slug.clone()));
        let xml = atom_feed(&content, sw);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let entry = doc
            .descendants()
            .find(|n| {
                n.has_tag_name("entry")
                    && n.children().any(|c| c.has_tag_name("id") && c.text().unwrap().ends_with(&format!("/{slug}/")))
            })
            .unwrap();
        assert_eq!(entry.attribute(("http://www.w3.org/XML/1998/namespace", "lang")), Some("en"));
    }

    fn members() -> Vec<Member> {
        let vocabulary = crate::directory::skills::shipped_vocabulary();
        crate::directory::store::load_members(Path::new(env!("CARGO_MANIFEST_DIR")), true, &vocabulary).unwrap().members
    }

    #[test]
    fn the_members_feed_lists_the_newest_joins_first_with_hostile_text_escaped() {
        let mut members = members();
        members[0].profile.name = "<script>alert(1)</script> & Co".into();
        members[0].profile.joined = Some("2099-01-01".into());
        members[1].profile.joined = None;
        let never = members[1].id.clone();
        let ha = Locale::from_code("ha").unwrap();
        let xml = members_feed(&members, |slug| slug.to_uppercase(), ha);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let feed = doc.root_element();
        let text = |node: roxmltree::Node<'_, '_>, name: &str| {
            node.children().find(|c| c.has_tag_name(name)).and_then(|c| c.text()).map(str::to_owned).unwrap_or_default()
        };
        assert_eq!(text(feed, "id"), format!("{SITE_URL}/ha/members/feed.xml"));
        assert_eq!(text(feed, "title"), t(ha, Key::FeedMembersTitle));
        let entries: Vec<_> = feed.children().filter(|c| c.has_tag_name("entry")).collect();
        assert_eq!(entries.len(), MEMBERS_FEED_LENGTH.min(members.len() - 1));
        let dates: Vec<String> = entries.iter().map(|e| text(*e, "published")).collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first: {dates:?}");
        assert_eq!(text(feed, "updated"), "2099-01-01T00:00:00Z");
        // The markup in a name is text, and comes back whole.
        assert_eq!(
            text(entries[0], "title"),
            interpolate(t(ha, Key::FeedMemberJoined), &[("name", "<script>alert(1)</script> & Co")])
        );
        assert!(text(entries[0], "id").starts_with(&format!("{SITE_URL}/ha/members/")));
        assert!(!xml.contains(&format!("/members/{never}/")), "a member with no joining day is left out");
        // Sample profiles say so.
        assert!(text(entries[0], "summary").starts_with(t(ha, Key::ProfileSampleNotice)));
    }

    #[test]
    fn an_empty_directory_has_a_valid_feed_with_no_entry() {
        let xml = members_feed(&[], |s| s.to_string(), Locale::DEFAULT);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        assert_eq!(doc.root_element().children().filter(|c| c.has_tag_name("entry")).count(), 0);
        assert!(xml.contains(&format!("<id>{SITE_URL}/members/feed.xml</id>")));
    }
}
