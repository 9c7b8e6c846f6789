//! Structured data served from `public/data/`: conferences, the book club's books, the Open
//! Source Program's projects and the partners' offers.
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

/// How a conference or an event is attended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    InPerson,
    Online,
    Hybrid,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::InPerson, Format::Online, Format::Hybrid];

    /// The value in the data files and issue forms.
    pub fn slug(self) -> &'static str {
        match self {
            Format::InPerson => "in-person",
            Format::Online => "online",
            Format::Hybrid => "hybrid",
        }
    }
}

/// A Python conference the community takes part in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conference {
    pub name: String,
    /// https only.
    pub url: String,
    /// `YYYY-MM-DD`.
    pub start: String,
    pub end: String,
    pub format: Format,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// A public page that states the facts, where they do not come from the community's
    /// own previous site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// What the conference is, in the community's words.
    #[serde(default)]
    pub note: LocalizedText,
}

/// Where a book stands in the book club.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BookStatus {
    Completed,
    Upcoming,
}

/// A member's review of a book the club read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub title: String,
    pub author: String,
    /// https only.
    pub url: String,
}

/// A book on the book club's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Book {
    pub title: String,
    pub authors: Vec<String>,
    #[serde(default)]
    pub url: Option<String>,
    pub status: BookStatus,
    #[serde(default)]
    pub reviews: Vec<Review>,
    #[serde(default)]
    pub note: LocalizedText,
}

/// A named link (an organisation on GitHub).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedLink {
    pub name: String,
    /// https only.
    pub url: String,
}

/// A repository the Open Source Program works on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Repository {
    pub name: String,
    /// https only.
    pub url: String,
    pub description: LocalizedText,
}

/// An organisation whose repositories the Open Source Program works on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramProject {
    pub org: NamedLink,
    pub repos: Vec<Repository>,
}

/// A partner's offer to members and supporters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    pub name: String,
    /// Where the offer is taken up; https only.
    pub url: String,
    /// A promo code, where the offer has one.
    #[serde(default)]
    pub code: Option<String>,
    pub offer: LocalizedText,
    /// The slug of the blog post that announced the partnership.
    #[serde(default)]
    pub post: Option<String>,
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

/// `true` for text a page may show as it is: not empty, no control characters.
pub(crate) fn is_plain(text: &str) -> bool {
    !text.trim().is_empty() && !text.chars().any(char::is_control)
}

impl Conference {
    pub fn dates(&self) -> Option<(Date, Date)> {
        let (start, end) = (Date::parse(&self.start)?, Date::parse(&self.end)?);
        (start <= end).then_some((start, end))
    }

    fn is_valid(&self) -> bool {
        self.dates().is_some()
            && is_https_url(&self.url)
            && [&self.name, &self.city].into_iter().all(|t| is_plain(t))
            && self.source.as_deref().is_none_or(is_https_url)
    }
}

impl Book {
    fn is_valid(&self) -> bool {
        is_plain(&self.title)
            && !self.authors.is_empty()
            && self.url.as_deref().is_none_or(is_https_url)
            && self.reviews.iter().all(|r| is_https_url(&r.url) && is_plain(&r.title) && is_plain(&r.author))
    }
}

impl ProgramProject {
    fn is_valid(&self) -> bool {
        is_https_url(&self.org.url)
            && is_plain(&self.org.name)
            && self.repos.iter().all(|r| is_https_url(&r.url) && is_plain(&r.name))
    }
}

impl Partner {
    fn is_valid(&self) -> bool {
        is_https_url(&self.url)
            && is_plain(&self.name)
            && self.code.as_deref().is_none_or(is_plain)
            && self.post.as_deref().is_none_or(super::routes::is_slug)
    }
}

/// The entries of a JSON array, each still as its text, so that each can be read (or
/// rejected) alone. Reading them from text uses the same decoder as every other document;
/// going through `serde_json::Value` instead compiled every record type's decoder a second
/// time into the browser's download.
pub fn json_entries(json: &str) -> Result<Vec<Box<serde_json::value::RawValue>>, serde_json::Error> {
    serde_json::from_str(json)
}

/// Parses a JSON list of `T`: malformed JSON is an error naming what is wrong; entries that
/// do not fit `T` or fail `valid` are dropped and counted, so that one bad entry does not
/// hide the others.
pub(crate) fn parse_list<T: serde::de::DeserializeOwned>(
    json: &str,
    valid: fn(&T) -> bool,
) -> Result<(Vec<T>, usize), DataError> {
    let raw = json_entries(json).map_err(|e| DataError(e.to_string()))?;
    let total = raw.len();
    let list: Vec<T> = raw.iter().filter_map(|v| serde_json::from_str::<T>(v.get()).ok()).filter(valid).collect();
    let skipped = total - list.len();
    Ok((list, skipped))
}

/// Parses `conferences.json`, newest first.
pub fn parse_conferences(json: &str) -> Result<(Vec<Conference>, usize), DataError> {
    let (mut list, skipped) = parse_list(json, Conference::is_valid)?;
    list.sort_by(|a, b| b.start.cmp(&a.start));
    Ok((list, skipped))
}

/// Parses `books.json`, in the file's order.
pub fn parse_books(json: &str) -> Result<(Vec<Book>, usize), DataError> {
    parse_list(json, Book::is_valid)
}

/// Parses `open-source-program.json`, in the file's order.
pub fn parse_program_projects(json: &str) -> Result<(Vec<ProgramProject>, usize), DataError> {
    parse_list(json, ProgramProject::is_valid)
}

/// Parses `partners.json`, in the file's order.
pub fn parse_partners(json: &str) -> Result<(Vec<Partner>, usize), DataError> {
    parse_list(json, Partner::is_valid)
}

/// A data file's parser, reduced to what the generator needs: how many entries it skipped.
pub type CheckData = fn(&str) -> Result<usize, DataError>;

/// The data files the static pages show, each with its parser. The pages are rendered only
/// by the generator (decision 0006), so it refuses to build with a file that does not parse
/// instead of publishing a page that says so, and warns about entries it skipped.
pub const DATA_FILES: [(&str, CheckData); 11] = {
    use super::community::*;
    [
        ("books.json", |json| parse_books(json).map(|(_, skipped)| skipped)),
        ("community-events.json", |json| parse_community_events(json).map(|(_, skipped)| skipped)),
        ("community.json", |json| parse_community(json).map(|_| 0)),
        ("conferences.json", |json| parse_conferences(json).map(|(_, skipped)| skipped)),
        ("events.json", |json| super::events::parse_events(json).map(|(_, skipped)| skipped)),
        ("leadership.json", |json| parse_leadership(json).map(|_| 0)),
        ("open-source-program.json", |json| parse_program_projects(json).map(|(_, skipped)| skipped)),
        ("partners.json", |json| parse_partners(json).map(|(_, skipped)| skipped)),
        ("sponsored-events.json", |json| parse_sponsored_events(json).map(|(_, skipped)| skipped)),
        ("sponsors.json", |json| parse_sponsors(json).map(|(_, skipped)| skipped)),
        ("supporters.json", |json| parse_supporters(json).map(|_| 0)),
    ]
};

/// The text of the shipped data file `public/data/<name>`, for tests.
#[cfg(test)]
pub(crate) fn shipped(name: &str) -> String {
    std::fs::read_to_string(format!("{}/public/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_data_file_a_page_shows_is_checked_and_parses_whole() {
        let mut shipped_files: Vec<String> = std::fs::read_dir(format!("{}/public/data", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".json") && name != "skills.json")
            .collect();
        shipped_files.sort();
        let checked: Vec<&str> = DATA_FILES.iter().map(|(name, _)| *name).collect();
        assert_eq!(shipped_files, checked);
        for (name, check) in DATA_FILES {
            assert_eq!(check(&shipped(name)), Ok(0), "{name}");
        }
        assert!(DATA_FILES[0].1("[{\"title\": ").is_err());
    }

    #[test]
    fn shipped_conferences_are_the_communitys_own_list() {
        let (list, skipped) = parse_conferences(&shipped("conferences.json")).unwrap();
        assert_eq!(skipped, 0);
        let uganda = list.iter().find(|c| c.name == "PyCon Uganda").expect("PyCon Uganda");
        assert_eq!(
            (uganda.start.as_str(), uganda.end.as_str(), uganda.city.as_str(), uganda.format),
            ("2024-10-09", "2024-10-13", "Kampala", Format::InPerson)
        );
        assert!(list.iter().any(|c| c.name == "PyHo" && c.country == "GH"));
        assert!(list.windows(2).all(|w| w[0].start >= w[1].start));
    }

    #[test]
    fn shipped_books_programme_projects_and_partners_parse_completely() {
        let (books, skipped) = parse_books(&shipped("books.json")).unwrap();
        assert_eq!(skipped, 0);
        let dx = books.iter().find(|b| b.title == "Boost Your Django DX").expect("the club's book");
        assert_eq!((dx.status, dx.reviews[0].author.as_str()), (BookStatus::Completed, "Velda Kiara"));
        let (projects, skipped) = parse_program_projects(&shipped("open-source-program.json")).unwrap();
        assert_eq!(skipped, 0);
        assert!(projects.iter().any(|p| p.repos.iter().any(|r| r.name == "Hamilton")));
        let (partners, skipped) = parse_partners(&shipped("partners.json")).unwrap();
        assert_eq!(skipped, 0);
        let talk_python = partners.iter().find(|p| p.name == "Talk Python Training").unwrap();
        assert_eq!(talk_python.code.as_deref(), Some("bpd-20pc-1c1da"));
    }

    #[test]
    fn shipped_notes_are_translated_into_every_locale() {
        let (conferences, _) = parse_conferences(&shipped("conferences.json")).unwrap();
        let (books, _) = parse_books(&shipped("books.json")).unwrap();
        let (projects, _) = parse_program_projects(&shipped("open-source-program.json")).unwrap();
        let (partners, _) = parse_partners(&shipped("partners.json")).unwrap();
        let texts = conferences
            .iter()
            .map(|c| (&c.name, &c.note))
            .chain(books.iter().filter(|b| !b.note.is_empty()).map(|b| (&b.title, &b.note)))
            .chain(projects.iter().flat_map(|p| p.repos.iter().map(|r| (&r.name, &r.description))))
            .chain(partners.iter().map(|p| (&p.name, &p.offer)));
        for (name, text) in texts {
            for locale in Locale::all() {
                assert!(text.contains_key(locale.code()), "{name} has no {} text", locale.code());
            }
        }
    }

    #[test]
    fn malformed_json_is_an_error_and_bad_entries_are_skipped() {
        assert!(parse_conferences("{not json").is_err());
        assert!(parse_conferences("{}").is_err());
        let entry = |name: &str, start: &str, url: &str| {
            format!(
                r#"{{"name":"{name}","city":"Lagos","country":"NG","start":"{start}","end":"2024-11-02","format":"online","url":"{url}"}}"#
            )
        };
        let json = format!(
            "[{}, {}, {}, {}, {}]",
            entry("Good", "2024-11-01", "https://x.org"),
            entry("Backwards", "2024-11-03", "https://x.org"),
            entry("Script", "2024-11-01", "javascript:alert(1)"),
            entry("Bad\\u0007bell", "2024-11-01", "https://x.org"),
            r#"{"name":"Missing fields"}"#
        );
        let (list, skipped) = parse_conferences(&json).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(skipped, 4);
        let (partners, skipped) = parse_partners(
            r#"[{"name":"P","url":"https://p.org","offer":{},"post":"../x"},{"name":"Q","url":"http://q.org","offer":{}}]"#,
        )
        .unwrap();
        assert!(partners.is_empty() && skipped == 2);
    }

    #[test]
    fn format_slugs_are_the_data_files_values() {
        for format in Format::ALL {
            assert_eq!(serde_json::to_string(&format).unwrap(), format!("\"{}\"", format.slug()));
        }
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
