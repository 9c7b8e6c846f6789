//! Loads the site's Markdown content from `locales/<code>/{pages,blog}/` and resolves, for
//! every locale, which document it shows: its own translation, or the default locale's,
//! marked as a fallback.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::site::content::{PageDoc, PostDoc, PostSummary};
use crate::site::date::Date;
use crate::site::locale::Locale;
use crate::site::routes::{is_slug, PAGES};

use super::markdown::{render, split_front_matter};

/// A blog post as written in one language.
#[derive(Clone, Debug)]
pub struct Post {
    pub summary: PostSummary,
    pub markdown: String,
}

/// All content, as found on disk.
#[derive(Debug, Default)]
pub struct Content {
    /// (locale code, document name) → Markdown.
    pub pages: BTreeMap<(String, String), String>,
    /// (locale code, slug) → post.
    pub posts: BTreeMap<(String, String), Post>,
}

fn markdown_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(files) };
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "md") {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            files.push((stem, path));
        }
    }
    files.sort();
    Ok(files)
}

fn field(meta: &toml::Table, name: &str, file: &Path) -> Result<String, String> {
    meta.get(name)
        .and_then(|v| v.as_str())
        .map(str::to_string)
        .ok_or_else(|| format!("{}: front matter needs a string `{name}`", file.display()))
}

/// Reads every page document and blog post under `root` (the `locales/` folder), checking
/// front matter, slugs, dates and languages. Errors name the offending file.
pub fn load(root: &Path) -> Result<Content, String> {
    let mut content = Content::default();
    for locale in Locale::all() {
        let code = locale.code();
        for (name, path) in markdown_files(&root.join(code).join("pages"))? {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            content.pages.insert((code.to_string(), name), text);
        }
        for (slug, path) in markdown_files(&root.join(code).join("blog"))? {
            if !is_slug(&slug) {
                return Err(format!("{}: the file name must be a lower-case slug", path.display()));
            }
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let (meta, body) = split_front_matter(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            let meta = meta.ok_or_else(|| format!("{}: a blog post needs +++ front matter", path.display()))?;
            let summary = PostSummary {
                slug: slug.clone(),
                title: field(&meta, "title", &path)?,
                date: field(&meta, "date", &path)?,
                author: field(&meta, "author", &path)?,
                lang: field(&meta, "language", &path)?,
                summary: field(&meta, "summary", &path)?,
                fallback: false,
            };
            if Date::parse(&summary.date).is_none() {
                return Err(format!("{}: date must be YYYY-MM-DD", path.display()));
            }
            if summary.lang != code {
                return Err(format!(
                    "{}: language is `{}` but the file is under `{code}`",
                    path.display(),
                    summary.lang
                ));
            }
            content.posts.insert((code.to_string(), slug), Post { summary, markdown: body.to_string() });
        }
    }
    Ok(content)
}

impl Content {
    /// The page document `name` as shown in `locale`.
    pub fn page_doc(&self, locale: Locale, name: &str) -> Option<PageDoc> {
        let own = self.pages.get(&(locale.code().to_string(), name.to_string()));
        let (markdown, lang, fallback) = match own {
            Some(md) => (md, locale.code(), false),
            None => {
                (self.pages.get(&(Locale::DEFAULT.code().to_string(), name.to_string()))?, Locale::DEFAULT.code(), true)
            }
        };
        Some(PageDoc { html: render(markdown), lang: lang.to_string(), fallback })
    }

    /// Every post slug written in the default locale: the set of posts the site has.
    pub fn post_slugs(&self) -> Vec<String> {
        self.posts.keys().filter(|(code, _)| code == Locale::DEFAULT.code()).map(|(_, slug)| slug.clone()).collect()
    }

    /// A post as shown in `locale`: its translation, or the default locale's, marked.
    pub fn post_doc(&self, locale: Locale, slug: &str) -> Option<PostDoc> {
        let own = self.posts.get(&(locale.code().to_string(), slug.to_string()));
        let (post, fallback) = match own {
            Some(post) => (post, false),
            None => (self.posts.get(&(Locale::DEFAULT.code().to_string(), slug.to_string()))?, true),
        };
        let mut meta = post.summary.clone();
        meta.fallback = fallback;
        Some(PostDoc { meta, html: render(&post.markdown) })
    }

    /// The blog index of `locale`, newest first.
    pub fn blog_index(&self, locale: Locale) -> Vec<PostSummary> {
        let mut list: Vec<PostSummary> =
            self.post_slugs().iter().filter_map(|slug| self.post_doc(locale, slug)).map(|p| p.meta).collect();
        list.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        list
    }

    /// What each locale lacks: `(locale, "pages/about")` pairs. Empty when complete.
    pub fn missing_translations(&self) -> Vec<(Locale, String)> {
        let mut missing = Vec::new();
        for locale in Locale::all() {
            for page in PAGES.iter().filter_map(|p| p.document) {
                if !self.pages.contains_key(&(locale.code().to_string(), page.to_string())) {
                    missing.push((locale, format!("pages/{page}")));
                }
            }
            for slug in self.post_slugs() {
                if !self.posts.contains_key(&(locale.code().to_string(), slug.clone())) {
                    missing.push((locale, format!("blog/{slug}")));
                }
            }
        }
        missing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Content {
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")).expect("content loads")
    }

    #[test]
    fn every_locale_has_every_page_and_post() {
        let content = shipped();
        let missing: Vec<_> =
            content.missing_translations().into_iter().map(|(l, d)| format!("{}/{d}", l.code())).collect();
        assert!(missing.is_empty(), "missing translations: {missing:?}");
    }

    #[test]
    fn there_are_at_least_six_posts_and_no_orphan_translations() {
        let content = shipped();
        let slugs = content.post_slugs();
        assert!(slugs.len() >= 6, "{slugs:?}");
        for (code, slug) in content.posts.keys() {
            assert!(slugs.contains(slug), "{code}/blog/{slug} has no English original");
        }
        for (code, name) in content.pages.keys() {
            assert!(
                PAGES.iter().any(|p| p.document == Some(name.as_str())),
                "{code}/pages/{name} is no page's document"
            );
        }
    }

    #[test]
    fn about_says_what_the_seed_says_in_every_language() {
        let content = shipped();
        let english = content.page_doc(Locale::DEFAULT, "about").unwrap().html;
        for pillar in ["Secure the Bag", "Extend Their Reach", "Support the Ecosystem", "Lend a Hand"] {
            assert!(english.contains(pillar), "English About lacks {pillar}");
        }
        for locale in Locale::all() {
            let doc = content.page_doc(locale, "about").unwrap();
            assert!(!doc.fallback);
            assert_eq!(doc.html.matches("<h3").count(), 4, "{}: four pillars", locale.code());
            if !locale.is_default() {
                assert_ne!(doc.html, english);
            }
        }
    }

    #[test]
    fn leadership_names_the_team_everywhere() {
        let content = shipped();
        for locale in Locale::all() {
            let html = content.page_doc(locale, "leadership").unwrap().html;
            for name in ["Jay Miller", "Velda Kiara", "Doreen Nangira"] {
                assert!(html.contains(name), "{} leadership lacks {name}", locale.code());
            }
        }
    }

    #[test]
    fn a_missing_translation_falls_back_to_english_marked() {
        let mut content = shipped();
        let ha = Locale::from_code("ha").unwrap();
        content.pages.remove(&("ha".to_string(), "about".to_string()));
        let doc = content.page_doc(ha, "about").unwrap();
        assert!(doc.fallback);
        assert_eq!(doc.lang, "en");
        assert_eq!(content.missing_translations().len(), 1);
        let slug = content.post_slugs()[0].clone();
        content.posts.remove(&("ha".to_string(), slug.clone()));
        let post = content.post_doc(ha, &slug).unwrap();
        assert!(post.meta.fallback && post.meta.lang == "en");
    }

    #[test]
    fn blog_index_is_newest_first() {
        let index = shipped().blog_index(Locale::DEFAULT);
        assert!(index.windows(2).all(|w| w[0].date >= w[1].date));
    }

    #[test]
    fn bad_front_matter_is_reported_with_the_file() {
        let dir = std::env::temp_dir().join(format!("bpd-content-test-{}", std::process::id()));
        let blog = dir.join("en").join("blog");
        std::fs::create_dir_all(&blog).unwrap();
        std::fs::write(
            blog.join("a-post.md"),
            "+++\ntitle = \"T\"\ndate = \"2024-02-30\"\nauthor = \"A\"\nlanguage = \"en\"\nsummary = \"S\"\n+++\nBody",
        )
        .unwrap();
        let err = load(&dir).unwrap_err();
        assert!(err.contains("a-post.md") && err.contains("date"), "{err}");
        std::fs::write(
            blog.join("a-post.md"),
            "+++\ntitle = \"T\"\ndate = \"2024-02-03\"\nauthor = \"A\"\nlanguage = \"ha\"\nsummary = \"S\"\n+++\nBody",
        )
        .unwrap();
        assert!(load(&dir).unwrap_err().contains("language"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
