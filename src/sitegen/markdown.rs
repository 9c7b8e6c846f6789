//! Markdown rendering (pulldown-cmark) and TOML front matter, for the project's own content.

use pulldown_cmark::{html, Options, Parser};

/// Renders CommonMark (plus tables and strikethrough) to HTML.
pub fn render(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, Parser::new_ext(markdown, options));
    out
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
        let html = render("# Title\n\nSome *text* and a [link](https://x.org).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(html.contains("<h1>Title</h1>"));
        assert!(html.contains("<em>text</em>"));
        assert!(html.contains(r#"<a href="https://x.org">link</a>"#));
        assert!(html.contains("<table>"));
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
