//! Markdown rendering (pulldown-cmark) and TOML front matter, for the project's own content.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag};

use crate::site::locale::Locale;
use crate::site::routes::is_page_path;

/// Renders CommonMark (plus tables and strikethrough) to HTML for `locale`: a link to one of
/// the site's pages (`/about/`, `/blog/<slug>/`) leads to that page in `locale`, so every
/// translation links with the same English paths and none can point at the wrong language.
pub fn render(markdown: &str, locale: Locale) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    let prefix = locale.path_prefix();
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            let dest_url = localize_link(dest_url, &prefix);
            Event::Start(Tag::Link { link_type, dest_url, title, id })
        }
        other => other,
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

/// `/about/#x` → `/ha/about/#x` for the prefix `/ha`; other links as they are.
fn localize_link<'a>(url: CowStr<'a>, prefix: &str) -> CowStr<'a> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    if prefix.is_empty() || !url.starts_with('/') || url.starts_with("//") || !is_page_path(path) {
        return url;
    }
    CowStr::from(format!("{prefix}{url}"))
}

/// Splits a document into its `+++`-fenced TOML front matter and body. Documents without
/// front matter return `None` for it.
pub fn split_front_matter(text: &str) -> Result<(Option<toml::Table>, &str), String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n")) else {
        return Ok((None, text));
    };
    let end = rest.find("\n+++").ok_or("front matter opened with +++ is never closed")?;
    let table: toml::Table = toml::from_str(&rest[..end]).map_err(|e| e.to_string())?;
    let body = rest[end + 4..].trim_start_matches(['\r', '\n']);
    Ok((Some(table), body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown_with_tables() {
        let html = render(
            "# Title\n\nSome *text* and a [link](https://x.org).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
            Locale::DEFAULT,
        );
        assert!(html.contains("<h1>Title</h1>"));
        assert!(html.contains("<em>text</em>"));
        assert!(html.contains(r#"<a href="https://x.org">link</a>"#));
        assert!(html.contains("<table>"));
    }

    #[test]
    fn links_to_the_sites_pages_lead_to_the_same_language() {
        let ha = Locale::from_code("ha").unwrap();
        let md = "[a](/about/) [b](/blog/some-post/#part) [c](/feed.xml) [d](https://x.org/about/) [e](#top) [f](//cdn.example/x/)";
        let html = render(md, ha);
        assert!(html.contains(r#"href="/ha/about/""#), "{html}");
        assert!(html.contains(r#"href="/ha/blog/some-post/#part""#), "{html}");
        assert!(html.contains(r#"href="/feed.xml""#), "files stay: {html}");
        assert!(html.contains(r#"href="https://x.org/about/""#));
        assert!(html.contains(r##"href="#top""##));
        assert!(html.contains(r#"href="//cdn.example/x/""#));
        assert!(render(md, Locale::DEFAULT).contains(r#"href="/about/""#));
    }

    #[test]
    fn splits_front_matter() {
        let (meta, body) = split_front_matter("+++\ntitle = \"Hi\"\n+++\n\nBody\n").unwrap();
        assert_eq!(meta.unwrap()["title"].as_str(), Some("Hi"));
        assert_eq!(body, "Body\n");
        let (meta, body) = split_front_matter("No front matter").unwrap();
        assert!(meta.is_none());
        assert_eq!(body, "No front matter");
        assert!(split_front_matter("+++\ntitle = \"x\"\n").is_err());
        assert!(split_front_matter("+++\nnot toml\n+++\n").is_err());
    }
}
