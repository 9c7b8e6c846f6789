//! Loads the site's Markdown content from `locales/<code>/{pages,blog}/` and resolves, for
//! every locale, which document it shows: its own translation, or the default locale's,
//! marked as a fallback.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::site::content::{PageDoc, PostDoc, PostSummary};
use crate::site::data::is_https_url;
use crate::site::date::Date;
use crate::site::locale::Locale;
use crate::site::routes::{is_slug, resolve, Route, PAGES};

use super::markdown::{render, split_front_matter};

/// A page document as written in one language.
#[derive(Clone, Debug)]
pub struct Page {
    pub markdown: String,
    /// Where the page's facts come from (English pages name them; translations follow).
    pub sources: Vec<String>,
}

/// A blog post as written in one language.
#[derive(Clone, Debug)]
pub struct Post {
    pub summary: PostSummary,
    pub markdown: String,
    /// Where the post's facts come from: the original post (English only).
    pub sources: Vec<String>,
    /// The addresses the post had on the community's earlier sites, which the generator
    /// keeps answering with redirect pages (English only).
    pub redirect_from: Vec<String>,
}

/// All content, as found on disk.
#[derive(Debug, Default)]
pub struct Content {
    /// (locale code, document name) → page.
    pub pages: BTreeMap<(String, String), Page>,
    /// (locale code, slug) → post.
    pub posts: BTreeMap<(String, String), Post>,
}

/// One address or several, as front matter may give them.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(one) => vec![one],
            OneOrMany::Many(many) => many,
        }
    }
}

/// The front matter of a post in the default language: the post's facts.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OriginalPostMeta {
    title: String,
    date: String,
    /// The original's author list; left out where it names nobody.
    #[serde(default)]
    authors: Vec<String>,
    language: String,
    summary: String,
    source: OneOrMany,
    /// The addresses the post had on the community's earlier sites: `/<date>-<name>/` on
    /// the 2024 Jekyll site, `/blog/<slug>.html` on the 2026 one.
    redirect_from: Option<OneOrMany>,
}

/// The front matter of a translated post: only what is translated. Date, author, source
/// and old address are the original's, so a translation cannot disagree with it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslatedPostMeta {
    title: String,
    language: String,
    summary: String,
}

/// The front matter of a page in the default language.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PageMeta {
    source: OneOrMany,
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

/// Front matter of type `T`, or an error naming the file and the field.
fn meta<T: serde::de::DeserializeOwned>(table: Option<toml::Table>, file: &Path, what: &str) -> Result<T, String> {
    let table = table.ok_or_else(|| format!("{}: {what} needs +++ front matter", file.display()))?;
    table.try_into().map_err(|e: toml::de::Error| format!("{}: front matter: {}", file.display(), e.message()))
}

fn check_sources(sources: &[String], file: &Path) -> Result<(), String> {
    if sources.is_empty() {
        return Err(format!("{}: `source` names no address", file.display()));
    }
    match sources.iter().find(|s| !is_https_url(s)) {
        Some(bad) => Err(format!("{}: source `{bad}` is not an https:// address", file.display())),
        None => Ok(()),
    }
}

/// An old address must be a plain path that no page of the new site answers: a folder
/// (`/2024-05-17-post/`) or an `.html` file (`/blog/a-post.html`).
fn check_redirect(from: &str, file: &Path) -> Result<(), String> {
    let plain = from.len() > 2
        && from.starts_with('/')
        && (from.ends_with('/') || from.ends_with(".html"))
        && !from.contains("//")
        && !from.contains("..")
        && from.trim_end_matches(".html").bytes().all(|b| b.is_ascii_alphanumeric() || b"-_/".contains(&b));
    if !plain {
        return Err(format!(
            "{}: redirect_from `{from}` must be a path like /2024-05-17-post/ or /blog/post.html",
            file.display()
        ));
    }
    if resolve(from).route != Route::NotFound {
        return Err(format!("{}: redirect_from `{from}` is a page of this site", file.display()));
    }
    Ok(())
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Reads every page document and blog post under `root` (the `locales/` folder), checking
/// front matter, slugs, dates, languages and sources. Errors name the offending file.
pub fn load(root: &Path) -> Result<Content, String> {
    let mut content = Content::default();
    // The default locale comes first, so that translations find their original.
    for locale in Locale::all() {
        let code = locale.code();
        for (name, path) in markdown_files(&root.join(code).join("pages"))? {
            let text = read(&path)?;
            let (table, body) = split_front_matter(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            let sources = if locale.is_default() {
                let sources = meta::<PageMeta>(table, &path, "a page in the default language")?.source.into_vec();
                check_sources(&sources, &path)?;
                sources
            } else if table.is_some() {
                return Err(format!(
                    "{}: a translated page has no front matter (its sources are the original's)",
                    path.display()
                ));
            } else {
                Vec::new()
            };
            content.pages.insert((code.to_string(), name), Page { markdown: body.to_string(), sources });
        }
        for (slug, path) in markdown_files(&root.join(code).join("blog"))? {
            if !is_slug(&slug) {
                return Err(format!("{}: the file name must be a lower-case slug", path.display()));
            }
            let text = read(&path)?;
            let (table, body) = split_front_matter(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            let post = if locale.is_default() {
                original_post(slug.clone(), table, body, &path)?
            } else {
                let original = content
                    .posts
                    .get(&(Locale::DEFAULT.code().to_string(), slug.clone()))
                    .ok_or_else(|| format!("{}: no post `{slug}` in the default language", path.display()))?;
                translated_post(original, table, body, &path)?
            };
            if post.summary.lang != code {
                return Err(format!(
                    "{}: language is `{}` but the file is under `{code}`",
                    path.display(),
                    post.summary.lang
                ));
            }
            content.posts.insert((code.to_string(), slug), post);
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for (from, slug) in content.redirects() {
        if !seen.insert(from.clone()) {
            return Err(format!("blog/{slug}: redirect_from `{from}` is given by two posts"));
        }
    }
    Ok(content)
}

fn original_post(slug: String, table: Option<toml::Table>, body: &str, path: &Path) -> Result<Post, String> {
    let meta: OriginalPostMeta = meta(table, path, "a blog post")?;
    if Date::parse(&meta.date).is_none() {
        return Err(format!("{}: date must be YYYY-MM-DD", path.display()));
    }
    let sources = meta.source.into_vec();
    check_sources(&sources, path)?;
    let redirect_from = meta.redirect_from.map(OneOrMany::into_vec).unwrap_or_default();
    for from in &redirect_from {
        check_redirect(from, path)?;
    }
    let summary = PostSummary {
        slug,
        title: meta.title,
        date: meta.date,
        authors: meta.authors,
        lang: meta.language,
        summary: meta.summary,
        fallback: false,
    };
    Ok(Post { summary, markdown: body.to_string(), sources, redirect_from })
}

fn translated_post(original: &Post, table: Option<toml::Table>, body: &str, path: &Path) -> Result<Post, String> {
    let meta: TranslatedPostMeta = meta(table, path, "a translated blog post")?;
    let summary =
        PostSummary { title: meta.title, lang: meta.language, summary: meta.summary, ..original.summary.clone() };
    Ok(Post { summary, markdown: body.to_string(), sources: Vec::new(), redirect_from: Vec::new() })
}

impl Content {
    /// The page document `name` as shown in `locale`.
    pub fn page_doc(&self, locale: Locale, name: &str) -> Option<PageDoc> {
        let own = self.pages.get(&(locale.code().to_string(), name.to_string()));
        let (page, lang, fallback) = match own {
            Some(page) => (page, locale.code(), false),
            None => {
                (self.pages.get(&(Locale::DEFAULT.code().to_string(), name.to_string()))?, Locale::DEFAULT.code(), true)
            }
        };
        Some(PageDoc { html: render(&page.markdown, locale), lang: lang.to_string(), fallback })
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
        Some(PostDoc { meta, html: render(&post.markdown, locale) })
    }

    /// The blog index of `locale`, newest first.
    pub fn blog_index(&self, locale: Locale) -> Vec<PostSummary> {
        let mut list: Vec<PostSummary> =
            self.post_slugs().iter().filter_map(|slug| self.post_doc(locale, slug)).map(|p| p.meta).collect();
        list.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        list
    }

    /// `(old address, slug)` of every address a post had on the community's earlier sites.
    pub fn redirects(&self) -> Vec<(String, String)> {
        self.posts
            .iter()
            .flat_map(|((_, slug), post)| post.redirect_from.iter().map(move |from| (from.clone(), slug.clone())))
            .collect()
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

    /// The 43 posts of the community's 2026 site: each names its original, keeps its 2026
    /// address (`/blog/<slug>.html`), and the 19 of the 2024 site their dated one too.
    #[test]
    fn the_blog_is_the_communitys_forty_three_posts_each_naming_its_original() {
        let content = shipped();
        let slugs = content.post_slugs();
        assert_eq!(slugs.len(), 43, "{slugs:?}");
        let mut dated = 0;
        for slug in &slugs {
            let post = &content.posts[&(Locale::DEFAULT.code().to_string(), slug.clone())];
            assert!(
                post.sources.iter().any(|s| s.starts_with("https://blackpythondevs.com/blog/") && s.ends_with(".html")),
                "{slug}: {:?}",
                post.sources
            );
            let html = post.redirect_from.iter().filter(|from| from.starts_with("/blog/") && from.ends_with(".html"));
            assert_eq!(html.count(), 1, "{slug} keeps its 2026 address: {:?}", post.redirect_from);
            dated += post.redirect_from.iter().filter(|from| from.ends_with('/')).count();
        }
        assert_eq!(dated, 19, "the 2024 site's posts keep their dated addresses");
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
    fn every_english_page_names_where_its_facts_come_from() {
        let content = shipped();
        for ((code, name), page) in &content.pages {
            if code == Locale::DEFAULT.code() {
                assert!(!page.sources.is_empty(), "pages/{name}");
            }
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

    /// A `locales/` folder holding `files` (path under it, text); removed when dropped.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(name: &str, files: &[(&str, &str)]) -> Self {
            let dir = std::env::temp_dir().join(format!("bpd-content-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            for (path, text) in files {
                let path = dir.join(path);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, text).unwrap();
            }
            Scratch(dir)
        }

        fn load_error(&self) -> String {
            load(&self.0).expect_err("the content is refused")
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    const POST: &str = "+++\ntitle = \"T\"\ndate = \"2024-02-03\"\nlanguage = \"en\"\nsummary = \"S\"\n\
                        source = \"https://blackpythondevs.com/2024-02-03-a-post/\"\nredirect_from = \"/2024-02-03-a-post/\"\n+++\nBody";

    #[test]
    fn a_post_with_its_facts_in_order_loads_and_its_translation_takes_them_from_it() {
        let scratch = Scratch::new(
            "ok",
            &[
                ("en/blog/a-post.md", POST),
                ("ha/blog/a-post.md", "+++\ntitle = \"Ta\"\nlanguage = \"ha\"\nsummary = \"Sa\"\n+++\nJiki"),
            ],
        );
        let content = load(&scratch.0).unwrap();
        let ha = content.post_doc(Locale::from_code("ha").unwrap(), "a-post").unwrap();
        assert_eq!(
            (ha.meta.title.as_str(), ha.meta.date.as_str(), ha.meta.authors.as_slice()),
            ("Ta", "2024-02-03", &[] as &[String])
        );
        assert_eq!(content.redirects(), vec![("/2024-02-03-a-post/".to_string(), "a-post".to_string())]);
    }

    #[test]
    fn bad_front_matter_is_reported_with_the_file_and_the_field() {
        let cases: &[(&str, &str, &str)] = &[
            ("en/blog/a-post.md", &POST.replace("2024-02-03\"", "2024-02-30\""), "date"),
            ("en/blog/a-post.md", &POST.replace("language = \"en\"", "language = \"ha\""), "language"),
            (
                "en/blog/a-post.md",
                &POST.replace("source = \"https://blackpythondevs.com/2024-02-03-a-post/\"\n", ""),
                "source",
            ),
            ("en/blog/a-post.md", &POST.replace("https://blackpythondevs", "http://blackpythondevs"), "https"),
            ("en/blog/a-post.md", &POST.replace("summary", "sumary"), "sumary"),
            (
                "en/blog/a-post.md",
                &POST.replace("/2024-02-03-a-post/\"\n+++", "/about/\"\n+++"),
                "is a page of this site",
            ),
            ("en/blog/a-post.md", &POST.replace("/2024-02-03-a-post/\"\n+++", "/../x/\"\n+++"), "redirect_from"),
            ("en/pages/about.md", "## No front matter", "front matter"),
        ];
        for (i, (path, text, expected)) in cases.iter().enumerate() {
            let scratch = Scratch::new(&format!("bad{i}"), &[(path, text)]);
            let err = scratch.load_error();
            assert!(err.contains(path.rsplit('/').next().unwrap()) && err.contains(expected), "case {i}: {err}");
        }
    }

    #[test]
    fn a_translation_cannot_change_the_originals_facts() {
        let translated_with_date =
            "+++\ntitle = \"Ta\"\ndate = \"2024-02-04\"\nlanguage = \"ha\"\nsummary = \"Sa\"\n+++\nJiki";
        let scratch =
            Scratch::new("facts", &[("en/blog/a-post.md", POST), ("ha/blog/a-post.md", translated_with_date)]);
        assert!(scratch.load_error().contains("date"));
        let orphan = Scratch::new(
            "orphan",
            &[("ha/blog/other.md", "+++\ntitle = \"T\"\nlanguage = \"ha\"\nsummary = \"S\"\n+++\n")],
        );
        assert!(orphan.load_error().contains("no post `other`"));
        let page = Scratch::new("page", &[("ha/pages/about.md", "+++\nsource = \"https://x.org/\"\n+++\nJiki")]);
        assert!(page.load_error().contains("translated page"));
    }
}
