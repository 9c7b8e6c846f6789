//! Structured data served from `public/data/`: conferences and the book club's reading list.
//! Text fields are plain text keyed by locale; the app renders them as text, never as HTML.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::locale::Locale;

/// Text in several languages, keyed by locale code.
pub type LocalizedText = BTreeMap<String, String>;

/// Picks the text for `locale`, else the default locale's, else any. The flag is `true` when
/// the text is not in `locale`.
pub fn pick_text(text: &LocalizedText, locale: Locale) -> Option<(&str, &str, bool)> {
    if let Some((code, s)) = text.get_key_value(locale.code()) {
        return Some((code, s, false));
    }
    text.get_key_value(Locale::DEFAULT.code())
        .or_else(|| text.iter().next())
        .map(|(code, s)| (code.as_str(), s.as_str(), true))
}

/// A Python conference the community takes part in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conference {
    pub name: String,
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// `YYYY-MM-DD`.
    pub start: String,
    pub end: String,
    /// https only.
    pub url: String,
    /// What the community does there.
    #[serde(default)]
    pub note: LocalizedText,
}

/// A book on the book club's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Book {
    pub title: String,
    pub authors: Vec<String>,
    /// `YYYY-MM`: when the club reads it.
    pub month: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub note: LocalizedText,
}

/// Why a data file was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError(pub String);

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// `true` for absolute https URLs, the only links data may carry: a host name with a dot
/// (and perhaps a port), no user name before it (`https://linkedin.com@evil.example`
/// hides its real host), and no markup, spaces or control characters. (Quotes may appear:
/// the app and the generator escape every attribute.)
pub fn is_https_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else { return false };
    let (authority, tail) = rest.split_at(rest.find(['/', '?', '#']).unwrap_or(rest.len()));
    let host = authority.split_once(':').map_or(authority, |(host, port)| {
        if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) {
            host
        } else {
            ""
        }
    });
    let host_ok = host.contains('.')
        && !host.starts_with(['.', '-'])
        && !host.ends_with(['.', '-'])
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    host_ok && !tail.chars().any(|c| c.is_whitespace() || c.is_control() || "<>`\\{}|^".contains(c))
}

impl Conference {
    pub fn dates(&self) -> Option<(Date, Date)> {
        let (start, end) = (Date::parse(&self.start)?, Date::parse(&self.end)?);
        (start <= end).then_some((start, end))
    }
}

/// Parses `conferences.json`; entries with bad dates or links are dropped and counted.
/// Returns the conferences sorted newest first.
pub fn parse_conferences(json: &str) -> Result<(Vec<Conference>, usize), DataError> {
    let raw: Vec<serde_json::Value> = serde_json::from_str(json).map_err(|e| DataError(e.to_string()))?;
    let total = raw.len();
    let mut list: Vec<Conference> = raw
        .into_iter()
        .filter_map(|v| serde_json::from_value::<Conference>(v).ok())
        .filter(|c| c.dates().is_some() && is_https_url(&c.url))
        .collect();
    let skipped = total - list.len();
    list.sort_by(|a, b| b.start.cmp(&a.start));
    Ok((list, skipped))
}

/// Parses `books.json`; invalid entries are dropped and counted. Sorted newest month first.
pub fn parse_books(json: &str) -> Result<(Vec<Book>, usize), DataError> {
    let raw: Vec<serde_json::Value> = serde_json::from_str(json).map_err(|e| DataError(e.to_string()))?;
    let total = raw.len();
    let mut list: Vec<Book> = raw
        .into_iter()
        .filter_map(|v| serde_json::from_value::<Book>(v).ok())
        .filter(|b| Date::parse(&format!("{}-01", b.month)).is_some())
        .filter(|b| b.url.as_deref().is_none_or(is_https_url))
        .collect();
    let skipped = total - list.len();
    list.sort_by(|a, b| b.month.cmp(&a.month));
    Ok((list, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped(name: &str) -> String {
        std::fs::read_to_string(format!("{}/public/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    #[test]
    fn shipped_conferences_parse_completely_and_include_pycon_uganda() {
        let (list, skipped) = parse_conferences(&shipped("conferences.json")).unwrap();
        assert_eq!(skipped, 0);
        assert!(list.len() >= 5);
        let uganda = list.iter().find(|c| c.name == "PyCon Uganda 2024").expect("PyCon Uganda");
        assert_eq!(
            (uganda.start.as_str(), uganda.end.as_str(), uganda.city.as_str()),
            ("2024-10-09", "2024-10-13", "Kampala")
        );
        assert!(list.windows(2).all(|w| w[0].start >= w[1].start));
    }

    #[test]
    fn shipped_books_parse_completely() {
        let (list, skipped) = parse_books(&shipped("books.json")).unwrap();
        assert_eq!(skipped, 0);
        assert!(list.len() >= 4);
    }

    #[test]
    fn shipped_notes_are_translated_into_every_locale() {
        let (conferences, _) = parse_conferences(&shipped("conferences.json")).unwrap();
        let (books, _) = parse_books(&shipped("books.json")).unwrap();
        let notes = conferences.iter().map(|c| (&c.name, &c.note)).chain(books.iter().map(|b| (&b.title, &b.note)));
        for (name, note) in notes {
            for locale in Locale::all() {
                assert!(note.contains_key(locale.code()), "{name} has no {} note", locale.code());
            }
        }
    }

    #[test]
    fn malformed_json_is_an_error_and_bad_entries_are_skipped() {
        assert!(parse_conferences("{not json").is_err());
        assert!(parse_conferences("{}").is_err());
        let json = r#"[
            {"name":"Good","city":"Lagos","country":"NG","start":"2024-11-01","end":"2024-11-02","url":"https://x.org"},
            {"name":"Backwards","city":"Lagos","country":"NG","start":"2024-11-03","end":"2024-11-02","url":"https://x.org"},
            {"name":"Script","city":"Lagos","country":"NG","start":"2024-11-01","end":"2024-11-02","url":"javascript:alert(1)"},
            {"name":"Missing fields"}
        ]"#;
        let (list, skipped) = parse_conferences(json).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(skipped, 3);
    }

    #[test]
    fn only_https_urls_are_links() {
        assert!(is_https_url("https://pycon.org/2024/"));
        assert!(is_https_url("https://fosstodon.org/@BlackPythonDevs"));
        assert!(is_https_url("https://x.org:8443/a?b=c&d=%20#e"));
        assert!(is_https_url("https://example.org/ìbàdàn"));
        for bad in [
            "http://x.org",
            "javascript:alert(1)",
            "https://",
            "https://nohost",
            "https://a.org/ x",
            "//x.org",
            "data:text/html,hi",
            "https://linkedin.com@evil.example/",
            "https://x.org/\"><script>alert(1)</script>",
            "https://x.org/<b>",
            "https://x.org:80x/",
            "https://x.org\\@evil.example/",
            "https://.org/",
        ] {
            assert!(!is_https_url(bad), "{bad}");
        }
    }

    #[test]
    fn text_picks_locale_then_default_then_any() {
        let ha = Locale::from_code("ha").unwrap();
        let mut text = LocalizedText::new();
        text.insert("sw".into(), "Habari".into());
        assert_eq!(pick_text(&text, ha), Some(("sw", "Habari", true)));
        text.insert("en".into(), "Hello".into());
        assert_eq!(pick_text(&text, ha), Some(("en", "Hello", true)));
        text.insert("ha".into(), "Sannu".into());
        assert_eq!(pick_text(&text, ha), Some(("ha", "Sannu", false)));
        assert_eq!(pick_text(&LocalizedText::new(), ha), None);
    }
}
