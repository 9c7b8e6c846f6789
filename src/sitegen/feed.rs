//! The blog's Atom feed (RFC 4287), one per locale at [`feed_path`]: each post in that
//! locale's language, or in English, marked with `xml:lang`, until it is translated.

use crate::site::html::escape;
use crate::site::i18n::t;
use crate::site::locale::Locale;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::{feed_path, title, SITE_NAME, SITE_URL};

use super::content::Content;

/// `YYYY-MM-DD` as an Atom date-time (midnight UTC).
fn timestamp(date: &str) -> String {
    format!("{date}T00:00:00Z")
}

/// The Atom feed of `locale`'s blog, newest post first.
pub fn atom_feed(content: &Content, locale: Locale) -> String {
    let posts: Vec<_> =
        content.blog_index(locale).into_iter().filter_map(|summary| content.post_doc(locale, &summary.slug)).collect();
    let blog = format!("{SITE_URL}{}", href(locale, &Route::Page(PageId::Blog)));
    let updated = posts.iter().map(|p| p.meta.date.as_str()).max().unwrap_or("1970-01-01");
    let def = PageId::Blog.def();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  \
         <id>{self_url}</id>\n  <title>{title}</title>\n  <subtitle>{subtitle}</subtitle>\n  <updated>{updated}</updated>\n  \
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{self_url}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{blog}\"/>\n  \
         <author><name>{site}</name></author>\n  <icon>{SITE_URL}/images/logo.svg</icon>\n",
        lang = locale.code(),
        self_url = escape(&format!("{SITE_URL}{}", feed_path(locale))),
        title = escape(&title(t(locale, def.name))),
        subtitle = escape(t(locale, def.description)),
        updated = timestamp(updated),
        blog = escape(&blog),
        // Atom wants an author for every entry: the site's, where a post names none.
        site = escape(SITE_NAME),
    );
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
}
