//! The content documents the generator writes beside the app and the app fetches: rendered
//! page prose, the blog index and blog posts, one set per locale. Their URLs are defined here
//! so that writer and reader cannot disagree.

use serde::{Deserialize, Serialize};

use super::locale::Locale;

/// A page's prose, rendered from Markdown at build time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageDoc {
    /// Rendered HTML from the project's own Markdown (never from member data).
    pub html: String,
    /// The language the text is in: the requested locale, or the default when it fell back.
    pub lang: String,
    /// `true` when the requested locale lacks this document and English is shown instead.
    pub fallback: bool,
}

/// A blog post's metadata, as listed in the blog index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostSummary {
    pub slug: String,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The post's authors, as the original names them (none where it names nobody).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// The language the post is written in.
    pub lang: String,
    /// One or two sentences for the index.
    pub summary: String,
    /// `true` when shown in the default language because no translation exists yet.
    pub fallback: bool,
}

/// One blog post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostDoc {
    #[serde(flatten)]
    pub meta: PostSummary,
    pub html: String,
}

/// Where a page document is served.
pub fn page_doc_url(locale: Locale, document: &str) -> String {
    format!("/content/{}/pages/{document}.json", locale.code())
}

/// Where the blog index of a locale is served (newest post first).
pub fn blog_index_url(locale: Locale) -> String {
    format!("/content/{}/blog/index.json", locale.code())
}

/// Where a blog post is served.
pub fn blog_post_url(locale: Locale, slug: &str) -> String {
    format!("/content/{}/blog/{slug}.json", locale.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn post_doc_flattens_its_summary() {
        let post = PostDoc {
            meta: PostSummary {
                slug: "a".into(),
                title: "T".into(),
                date: "2024-01-02".into(),
                authors: vec!["Jay Miller".into()],
                lang: "en".into(),
                summary: "S".into(),
                fallback: false,
            },
            html: "<p>x</p>".into(),
        };
        let json = serde_json::to_string(&post).unwrap();
        assert!(json.contains("\"slug\":\"a\"") && json.contains("\"html\""));
        assert_eq!(serde_json::from_str::<PostDoc>(&json).unwrap(), post);
    }

    #[test]
    fn urls_are_per_locale() {
        let ha = Locale::from_code("ha").unwrap();
        assert_eq!(page_doc_url(ha, "about"), "/content/ha/pages/about.json");
        assert_eq!(blog_index_url(Locale::DEFAULT), "/content/en/blog/index.json");
        assert_eq!(blog_post_url(ha, "x"), "/content/ha/blog/x.json");
    }
}
