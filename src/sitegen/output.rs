//! Writes the generated files into the build output: one HTML file per route with its head
//! tags and its prerendered content, the content and directory documents, `404.html`,
//! the Atom feeds, `sitemap.xml` and `robots.txt`.

use std::path::{Path, PathBuf};

use crate::site::content::{blog_index_url, blog_post_url, page_doc_url};
use crate::site::html::escape;
use crate::site::i18n::{t, Key};
use crate::site::locale::Locale;
use crate::site::redirects::{blog_listing_pages, Moved, MOVED};
use crate::site::routes::{all_page_routes, href, resolve, Route, PAGES};
#[cfg(test)]
use crate::site::seo::page_head;
use crate::site::seo::{feed_path, fixed_route_head, head_tags, members_feed_path, not_found_head, HeadTags, SITE_URL};

use crate::directory::basics::fold;
use crate::directory::compact::{self, member_url, DIRECTORY_URL};
use crate::directory::members::Member;
use crate::directory::skills::Skill;
use crate::directory::store::{schema_json, SCHEMA_URL};

use super::content::Content;
use super::csp::{self, with_policy_meta};
use super::feed::{atom_feed, members_feed};
use super::scripts::{self, ScriptFor};
use super::sitemap::sitemap_xml;

/// The `<title>` the template carries; the generator replaces it with the page's head tags.
pub const TEMPLATE_TITLE: &str = "<title>Black Python Devs</title>";
/// The `<html>` start tag the template carries; the generator sets the page's language.
pub const TEMPLATE_HTML_TAG: &str = r#"<html lang="en" dir="ltr">"#;
/// The empty element the template's body carries; the generator puts the prerendered page
/// (skip link, header, `<main>` with the content in `<div id="app">`, footer) in its place.
pub const TEMPLATE_APP_ROOT: &str = r#"<div id="app"></div>"#;

/// The page templates made from Trunk's `index.html`: one for the pages the app runs on,
/// with Trunk's loader, and one for reading pages, without it (decision 0007), and one for
/// the not-found page. Each carries the speculation rules and its kind's site script
/// ([`scripts::ScriptFor`]); all carry the one Content-Security-Policy that allows every
/// inline script any of them carries.
#[derive(Debug)]
pub struct Templates {
    app: String,
    reading: String,
    not_found: String,
    policy: String,
}

impl Templates {
    pub fn new(trunk: &str) -> Result<Self, String> {
        if !trunk.contains(TEMPLATE_TITLE) || !trunk.contains(TEMPLATE_HTML_TAG) || !trunk.contains(TEMPLATE_APP_ROOT) {
            return Err(format!(
                "the HTML template must contain `{TEMPLATE_HTML_TAG}`, `{TEMPLATE_TITLE}` and `{TEMPLATE_APP_ROOT}`"
            ));
        }
        let loader = scripts::loader(trunk)?;
        let (js, wasm) = scripts::app_files(loader)?;
        if !trunk.contains("</body>") {
            return Err("the HTML template has no `</body>`".into());
        }
        let with_script = |page| {
            let extra =
                format!("{}\n{}\n</body>", scripts::site_script(page, &js, &wasm), scripts::speculation_rules());
            trunk.replacen("</body>", &extra, 1)
        };
        let app = with_script(ScriptFor::App);
        let reading = with_script(ScriptFor::Reading).replacen(loader, "", 1);
        let not_found = with_script(ScriptFor::NotFound).replacen(loader, "", 1);
        // Each page's `<meta>` allows only its own scripts (the hashes of the others would
        // cost every page 0.1 KB); the header in `_headers`, where a CDN reads it, allows
        // them all, and a browser enforces both.
        let own = |page: &str| with_policy_meta(page, &csp::policy(&[page]));
        Ok(Templates {
            app: own(&app)?,
            reading: own(&reading)?,
            not_found: own(&not_found)?,
            policy: csp::policy(&[&app, &reading, &not_found]),
        })
    }

    /// The Content-Security-Policy of every page, for the `_headers` file: it allows the
    /// inline scripts of all the templates.
    pub fn policy(&self) -> &str {
        &self.policy
    }

    fn for_path(&self, path: &str) -> &str {
        match resolve(path).route {
            route if route.is_rendered_by_app() => &self.app,
            Route::NotFound => &self.not_found,
            _ => &self.reading,
        }
    }
}

/// A page's prerendered content and the documents it was rendered from, which the page
/// carries so that the app's first render needs no request.
#[derive(Clone, Debug, Default)]
pub struct Body {
    pub html: String,
    /// `(url, body)` of each preloaded document.
    pub preloaded: Vec<(String, String)>,
}

/// Documents larger than this (bytes of JSON) are not carried by a page: the app fetches
/// them instead (and keeps the prerendered page on screen meanwhile), so that a page stays
/// small enough to arrive in one or two round trips however large the directory grows.
pub const CARRY_LIMIT: usize = 32 * 1024;

/// The `<script>` element carrying the documents (URL, body) within [`CARRY_LIMIT`].
fn preloaded_script(documents: &[(String, String)]) -> String {
    let carried: std::collections::BTreeMap<&str, &str> = documents
        .iter()
        .filter(|(_, body)| body.len() <= CARRY_LIMIT)
        .map(|(url, body)| (url.as_str(), body.as_str()))
        .collect();
    format!("<script type=\"application/json\" id=\"preloaded\">{}</script>", script_json(&carried))
}

const PRELOADED_START: &str = r#"<script type="application/json" id="preloaded">"#;

/// A generated page with the documents it carries changed by `edit` (within the limit);
/// `None` if `html` carries none. The benchmark uses it to make pages fit synthetic data.
pub fn edit_carried(html: &str, edit: impl FnOnce(&mut Vec<(String, String)>)) -> Option<String> {
    let start = html.find(PRELOADED_START)?;
    let end = start + html[start..].find("</script>")? + "</script>".len();
    let json = &html[start + PRELOADED_START.len()..end - "</script>".len()];
    let mut documents: Vec<(String, String)> =
        serde_json::from_str::<std::collections::BTreeMap<String, String>>(json).ok()?.into_iter().collect();
    edit(&mut documents);
    Some(format!("{}{}{}", &html[..start], preloaded_script(&documents), &html[end..]))
}

/// JSON that is safe inside `<script>`: every `<` (only ever inside a string) is escaped.
fn script_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("JSON").replace('<', "\\u003c")
}

/// The head tags as HTML, one per line.
pub fn head_html(head: &HeadTags) -> String {
    let mut out = format!("<title>{}</title>\n", escape(&head.title));
    for tag in head.meta_tags() {
        out.push_str(&format!("<meta {}=\"{}\" content=\"{}\">\n", tag.attribute, tag.key, escape(&tag.content)));
    }
    if !head.alternates.is_empty() {
        out.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", escape(&head.canonical)));
    }
    for alt in &head.alternates {
        out.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
            escape(&alt.hreflang),
            escape(&alt.href)
        ));
    }
    for feed in &head.feeds {
        out.push_str(&format!(
            "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{}\">\n",
            escape(&feed.title),
            escape(&feed.href)
        ));
    }
    out
}

/// The template with `head`'s language and tags and `body`'s content filled in; the
/// documents, where the page carries any, after it.
pub fn render_shell(template: &str, head: &HeadTags, body: &Body) -> String {
    let mut page = body.html.clone();
    if !body.preloaded.is_empty() {
        page.push('\n');
        page.push_str(&preloaded_script(&body.preloaded));
    }
    template
        .replacen(TEMPLATE_HTML_TAG, &format!(r#"<html lang="{}" dir="{}">"#, head.lang, head.dir), 1)
        .replacen(TEMPLATE_TITLE, head_html(head).trim_end(), 1)
        .replacen(TEMPLATE_APP_ROOT, &page, 1)
}

/// One file to write, relative to the output folder.
pub struct OutputFile {
    pub path: PathBuf,
    pub contents: String,
}

fn file(path: impl Into<PathBuf>, contents: String) -> OutputFile {
    OutputFile { path: path.into(), contents }
}

/// `/ha/about/` → `ha/about/index.html`; a file's address (`/about.html`) is its file.
fn index_file(path: &str) -> PathBuf {
    let relative = Path::new(path.trim_start_matches('/'));
    if path.ends_with(".html") {
        relative.to_path_buf()
    } else {
        relative.join("index.html")
    }
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("content serializes")
}

/// The content documents the pages load: each page's Markdown document and the blog in
/// every locale.
pub fn content_files(content: &Content) -> Result<Vec<OutputFile>, String> {
    let mut files = Vec::new();
    for locale in Locale::all() {
        for page in PAGES {
            if let Some(name) = page.document {
                let doc =
                    content.page_doc(locale, name).ok_or_else(|| format!("no `{name}` document in any locale"))?;
                files.push(file(page_doc_url(locale, name).trim_start_matches('/'), json(&doc)));
            }
        }
        files.push(file(blog_index_url(locale).trim_start_matches('/'), json(&content.blog_index(locale))));
        for slug in content.post_slugs() {
            let post = content.post_doc(locale, &slug).expect("every listed post exists");
            files.push(file(blog_post_url(locale, &slug).trim_start_matches('/'), json(&post)));
        }
    }
    Ok(files)
}

/// The HTML of every route in every locale (each rendered by `prerender` from its path),
/// `404.html`, the sitemap and `robots.txt`; computed without touching the disk.
pub fn page_files(
    templates: &Templates,
    content: &Content,
    members: &[Member],
    prerender: &mut dyn FnMut(&str) -> Body,
) -> Result<Vec<OutputFile>, String> {
    let mut files = Vec::new();
    let mut sitemap_routes = Vec::new();
    let mut page = |head: &HeadTags, path: &str, file_path: PathBuf| -> Result<OutputFile, String> {
        Ok(file(file_path, render_shell(templates.for_path(path), head, &prerender(path))))
    };
    for (locale, route) in all_page_routes() {
        let head = fixed_route_head(locale, &route).expect("fixed routes have fixed heads");
        let path = href(locale, &route);
        files.push(page(&head, &path, index_file(&path))?);
        if locale.is_default() {
            sitemap_routes.push(route);
        }
    }
    for locale in Locale::all() {
        for slug in content.post_slugs() {
            let post = content.post_doc(locale, &slug).expect("every listed post exists");
            let route = Route::BlogPost(slug.clone());
            let head = head_tags(locale, &route, &post.meta.title, &post.meta.summary);
            let path = href(locale, &route);
            files.push(page(&head, &path, index_file(&path))?);
            if locale.is_default() {
                sitemap_routes.push(route);
            }
        }
    }
    for member in members {
        let route = Route::Member(member.id.clone());
        for locale in Locale::all() {
            let path = href(locale, &route);
            files.push(page(&member.head(locale), &path, index_file(&path))?);
        }
        // Sample profiles are there to try the directory, not to be found (they are
        // `noindex` too).
        if !member.sample {
            sitemap_routes.push(route);
        }
    }
    // The CDN answers every unknown address with `/404.html`, in English; the site script
    // swaps in the one of the address's language (`/ha/404.html`), which each locale has.
    files.push(page(&not_found_head(Locale::DEFAULT), NOT_FOUND_PATH, PathBuf::from("404.html"))?);
    for locale in Locale::all().filter(|l| !l.is_default()) {
        let path = format!("{}{NOT_FOUND_PATH}", locale.path_prefix());
        files.push(page(&not_found_head(locale), &path, index_file(&path))?);
    }
    for locale in Locale::all() {
        files.push(file(feed_path(locale).trim_start_matches('/'), atom_feed(content, locale)));
    }
    files.push(file("sitemap.xml", sitemap_xml(&sitemap_routes)));
    files.push(file("robots.txt", format!("User-agent: *\nAllow: /\n\nSitemap: {SITE_URL}/sitemap.xml\n")));
    Ok(files)
}

/// A page at an old address that sends the visitor (and search engines, through the
/// canonical link) to `to`, the page titled `title`, in `locale`'s words. A static CDN has
/// no redirects of its own; the visible link serves a browser that ignores `refresh`.
fn redirect_page(locale: Locale, from: &str, to: &str, title: &str) -> OutputFile {
    let canonical = to.split('#').next().unwrap_or(to);
    let link = format!("<a href=\"{}\">{}</a>", escape(to), escape(title));
    let text = t(locale, Key::RedirectMoved);
    let (before, after) = text.split_once("{page}").unwrap_or((text, ""));
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<link rel=\"canonical\" href=\"{SITE_URL}{canonical}\">\n\
         <meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url={to}\">\n\
         </head>\n<body>\n<p>{before}{link}{after}</p>\n</body>\n</html>\n",
        lang = locale.code(),
        dir = locale.dir(),
        title = escape(title),
        canonical = escape(canonical),
        to = escape(to),
        before = escape(before),
        after = escape(after),
    );
    file(index_file(from), html)
}

/// The pages left at every address the community's earlier sites served that is no page
/// here: each post's old addresses (`redirect_from`), the pages that moved
/// (`site::redirects`) and the 2026 site's blog listing pages. Fails on one that leads to
/// no page of this site.
pub fn redirect_files(content: &Content) -> Result<Vec<OutputFile>, String> {
    let mut files = Vec::new();
    for (from, slug) in content.redirects() {
        // The title only: the post's Markdown need not be rendered again.
        let title = content
            .posts
            .get(&(Locale::DEFAULT.code().to_string(), slug.clone()))
            .map(|p| p.summary.title.clone())
            .unwrap_or_default();
        files.push(redirect_page(Locale::DEFAULT, &from, &href(Locale::DEFAULT, &Route::BlogPost(slug)), &title));
    }
    let pages = MOVED
        .iter()
        .flat_map(Moved::pages)
        .chain(blog_listing_pages(content.post_slugs().len()).map(|from| (from, "/blog/".to_string())));
    for (from, to) in pages {
        let located = resolve(to.split('#').next().unwrap_or(&to));
        let title = match &located.route {
            Route::Page(id) => t(located.locale, id.def().name).to_string(),
            Route::BlogPost(slug) => content
                .post_doc(located.locale, slug)
                .map(|p| p.meta.title)
                .ok_or_else(|| format!("{from} leads to {to}, which is no post"))?,
            _ => return Err(format!("{from} leads to {to}, which is no page")),
        };
        files.push(redirect_page(located.locale, &from, &to, &title));
    }
    Ok(files)
}

/// A path no route matches, rendered as `404.html`.
pub const NOT_FOUND_PATH: &str = "/404.html";

/// The directory's data: the compact index, listed by folded name so that the browser's
/// collation has almost nothing left to move, and one full record per member.
pub fn directory_files(
    members: &[Member],
    skipped: usize,
    community: Option<u32>,
    vocabulary: &[Skill],
) -> Vec<OutputFile> {
    let mut sorted: Vec<&Member> = members.iter().collect();
    // The fresh profiles first, as the directory lists them (`filter::Index`).
    sorted.sort_by_cached_key(|m| (m.stale, fold(&m.name), m.name.clone()));
    let sorted: Vec<Member> = sorted.into_iter().cloned().collect();
    let mut files =
        vec![file(DIRECTORY_URL.trim_start_matches('/'), compact::encode(&sorted, skipped, community, vocabulary))];
    files.extend(members.iter().map(|m| file(member_url(&m.id).trim_start_matches('/'), json(m))));
    for locale in Locale::all() {
        let skill_name = |slug: &str| {
            vocabulary.iter().find(|s| s.slug == slug).map_or(slug.to_string(), |s| s.name(locale).to_string())
        };
        files.push(file(members_feed_path(locale).trim_start_matches('/'), members_feed(members, skill_name, locale)));
    }
    files
}

/// The JSON Schema of a member file, published beside the directory's data.
pub fn member_schema_file(vocabulary: &[Skill]) -> OutputFile {
    file(SCHEMA_URL.trim_start_matches('/'), schema_json(vocabulary))
}

/// Writes `files` under `dir`, creating folders as needed.
pub fn write_all(dir: &Path, files: &[OutputFile]) -> std::io::Result<()> {
    for f in files {
        let path = dir.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, &f.contents)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::store::load_members;
    use crate::site::routes::PageId;

    /// Trunk's page template as `index.html` and `Trunk.toml` make it, loader included.
    const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
        <title>Black Python Devs</title>\n<script type=\"module\">\nconst start = () => import('/bpd-site-1f.js')\
        .then((app) => app.default({ module_or_path: '/bpd-site-1f_bg.wasm' }));\n// [data-needs-app]\n</script>\n\
        </head>\n<body><div id=\"app\"></div></body>\n</html>\n";

    /// Stands in for the components: names the path it was asked for.
    fn naming_renderer(path: &str) -> Body {
        Body { html: format!("<p>rendered {path}</p>"), preloaded: vec![] }
    }

    fn site_files(template: &str, content: &Content, members: &[Member]) -> Result<Vec<OutputFile>, String> {
        page_files(&Templates::new(template)?, content, members, &mut naming_renderer)
    }

    fn shipped() -> Content {
        super::super::content::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")).unwrap()
    }

    /// The members of a build with the samples (what `./dev serve` and the tests build).
    fn members() -> Vec<Member> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        load_members(root, true, &crate::directory::skills::shipped_vocabulary()).unwrap().members
    }

    #[test]
    fn the_shell_carries_lang_title_canonical_and_alternates() {
        let ha = Locale::from_code("ha").unwrap();
        let html = render_shell(TEMPLATE, &page_head(ha, PageId::About), &Body::default());
        assert!(html.contains(r#"<html lang="ha" dir="ltr">"#));
        assert!(html.contains("<title>Black Python Devs | Game da Mu</title>"));
        assert!(html.contains(r#"<link rel="canonical" href="https://blackpythondevs.com/ha/about/">"#));
        for locale in Locale::all() {
            assert!(html.contains(&format!(r#"hreflang="{}""#, locale.code())));
        }
        assert!(html.contains(r#"hreflang="x-default" href="https://blackpythondevs.com/about/""#));
        assert_eq!(html.matches("<title>").count(), 1);
        assert!(html.contains(r#"<meta property="og:title" content="Black Python Devs | Game da Mu">"#));
        assert!(html.contains(r#"<meta property="og:locale" content="ha_NG">"#));
        let page = &site_files(TEMPLATE, &shipped(), &members()).unwrap()[0].contents;
        assert!(page.contains(r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"#), "{page}");
        assert!(html.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
        assert!(html.contains(
            r#"type="application/atom+xml" title="Black Python Devs" href="https://blackpythondevs.com/ha/feed.xml">"#
        ));
    }

    #[test]
    fn a_template_without_the_markers_or_the_loader_is_rejected() {
        assert!(Templates::new("<html><head></head></html>").is_err());
        let without_loader = TEMPLATE.replace("<script type=\"module\">", "<script type=\"text/plain\">");
        assert!(Templates::new(&without_loader).unwrap_err().contains("loader"));
    }

    /// The app's loader only on the pages it runs on; the site script and the speculation
    /// rules everywhere; each page's meta policy allows its own inline scripts and no other,
    /// the site's policy allows every inline script of every page.
    #[test]
    fn only_the_pages_the_app_runs_on_load_it_and_every_script_is_allowed_by_the_policy() {
        let files = site_files(TEMPLATE, &shipped(), &members()).unwrap();
        let templates = Templates::new(TEMPLATE).unwrap();
        let pages: Vec<&OutputFile> =
            files.iter().filter(|f| f.path.extension().is_some_and(|e| e == "html")).collect();
        assert!(pages.len() > 100, "{}", pages.len());
        for page in pages {
            let path = page.path.to_string_lossy();
            let url = format!("/{}", path.trim_end_matches("index.html"));
            let app = resolve(&url).route.is_rendered_by_app();
            assert_eq!(page.contents.contains("bpd-site-1f_bg.wasm'"), app, "{path}: the loader");
            assert_eq!(page.contents.contains("data-needs-app"), app, "{path}");
            assert!(page.contents.contains("<script type=\"speculationrules\">"), "{path}");
            assert!(page.contents.contains("details.menu[open]"), "{path}: the site script");
            let not_found = resolve(&url).route == Route::NotFound;
            assert_eq!(page.contents.contains("querySelector('[data-not-found]')"), not_found, "{path}: the swap");
            assert_eq!(page.contents.contains("rel = 'prefetch'"), !app, "{path}: the app fetched ahead");
            let meta = page.contents.split("http-equiv=\"Content-Security-Policy\" content=\"").nth(1).unwrap();
            let meta = &meta[..meta.find('"').unwrap()];
            for script in csp::inline_scripts(&page.contents) {
                assert!(templates.policy().contains(&csp::script_hash(script)), "{path}: {script}");
                assert!(meta.contains(&csp::script_hash(script)), "{path}: its meta policy lacks {script}");
            }
            assert_eq!(meta.matches("'sha256-").count(), csp::inline_scripts(&page.contents).len(), "{path}: {meta}");
        }
        for path in ["members/index.html", "ha/members/join/index.html"] {
            assert!(files.iter().any(|f| f.path == Path::new(path)), "{path}");
        }
    }

    #[test]
    fn every_route_in_every_locale_gets_an_index_html() {
        let files = site_files(TEMPLATE, &shipped(), &members()).unwrap();
        let paths: Vec<String> = files.iter().map(|f| f.path.to_string_lossy().into_owned()).collect();
        for (locale, route) in all_page_routes() {
            let expected = index_file(&href(locale, &route)).to_string_lossy().into_owned();
            assert!(paths.contains(&expected), "missing {expected}");
        }
        for expected in [
            "index.html",
            "ha/index.html",
            "es/book-club/index.html",
            "404.html",
            "sitemap.xml",
            "robots.txt",
            "feed.xml",
            "sw/feed.xml",
        ] {
            assert!(paths.contains(&expected.to_string()), "missing {expected}");
        }
        for member in members() {
            assert!(paths.contains(&format!("members/{}/index.html", member.id)));
            assert!(paths.contains(&format!("sw/members/{}/index.html", member.id)));
        }
        let posts = shipped().post_slugs();
        for slug in &posts {
            assert!(paths.contains(&format!("ha/blog/{slug}/index.html")));
        }
    }

    #[test]
    fn the_directory_data_lists_everyone_by_name_with_a_file_each() {
        let vocabulary = crate::directory::skills::shipped_vocabulary();
        let files = directory_files(&members(), 2, Some(1230), &vocabulary);
        let index = compact::decode(&files[0].contents, &vocabulary).unwrap();
        assert_eq!(files[0].path, Path::new("data/directory.json"));
        assert_eq!((index.skipped, index.community), (2, Some(1230)));
        // The new members' feed, in every language.
        for path in ["members/feed.xml", "ha/members/feed.xml", "es/members/feed.xml", "sw/members/feed.xml"] {
            let feed = files.iter().find(|f| f.path == Path::new(path)).unwrap_or_else(|| panic!("{path}"));
            assert!(feed.contents.contains("<entry>"), "{path}");
        }
        assert_eq!(index.members.len(), members().len());
        let names: Vec<String> = index.members.iter().map(|m| fold(&m.name)).collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]));
        for member in members() {
            let path = format!("data/members/{}.json", member.id);
            let f = files.iter().find(|f| f.path == Path::new(&path)).unwrap();
            assert_eq!(compact::parse_member(&f.contents, &vocabulary).unwrap(), member);
        }
    }

    #[test]
    fn each_page_carries_its_own_rendering_and_safely_embedded_documents() {
        let files = site_files(TEMPLATE, &shipped(), &members()).unwrap();
        let about = files.iter().find(|f| f.path == Path::new("ha/about/index.html")).unwrap();
        assert!(about.contents.contains("<body><p>rendered /ha/about/</p>"), "{}", about.contents);
        let hostile = Body {
            html: String::new(),
            preloaded: vec![("/data/x.json".into(), "</script><script>alert(1)</script><!--".into())],
        };
        let html = render_shell(TEMPLATE, &page_head(Locale::DEFAULT, PageId::Home), &hostile);
        let script = html.split(r#"id="preloaded">"#).nth(1).unwrap().split("</script>").next().unwrap();
        assert!(!script.contains('<'));
        let parsed: std::collections::HashMap<String, String> = serde_json::from_str(script).unwrap();
        assert_eq!(parsed["/data/x.json"], "</script><script>alert(1)</script><!--");
    }

    #[test]
    fn a_page_carries_no_document_larger_than_the_limit() {
        let large = "[".to_string() + &"0,".repeat(CARRY_LIMIT / 2) + "0]";
        let body = Body {
            html: String::new(),
            preloaded: vec![("/data/small.json".into(), "[1]".into()), ("/data/large.json".into(), large.clone())],
        };
        let html = render_shell(TEMPLATE, &page_head(Locale::DEFAULT, PageId::Home), &body);
        assert!(html.contains("/data/small.json"));
        assert!(!html.contains("/data/large.json"), "fetched by the app instead");
        // Editing what a page carries keeps the rest of the page and the limit.
        let edited = edit_carried(&html, |documents| {
            documents.retain(|(url, _)| url != "/data/small.json");
            documents.push(("/data/other.json".into(), "{}".into()));
            documents.push(("/data/large.json".into(), large));
        })
        .unwrap();
        assert_eq!(edited.replace(r#"{"/data/other.json":"{}"}"#, r#"{"/data/small.json":"[1]"}"#), html);
    }

    #[test]
    fn content_documents_exist_for_every_locale() {
        let files = content_files(&shipped()).unwrap();
        let paths: Vec<String> = files.iter().map(|f| f.path.to_string_lossy().into_owned()).collect();
        for locale in Locale::all() {
            assert!(paths.contains(&format!("content/{}/blog/index.json", locale.code())));
            assert!(paths.contains(&format!("content/{}/pages/about.json", locale.code())));
        }
    }

    #[test]
    fn every_old_post_address_gets_a_page_that_leads_to_the_post() {
        let content = shipped();
        let files = redirect_files(&content).unwrap();
        assert!(files.len() > content.redirects().len());
        for (from, slug) in content.redirects() {
            let page =
                files.iter().find(|f| f.path == index_file(&from)).unwrap_or_else(|| panic!("no page at {from}"));
            let to = format!("/blog/{slug}/");
            assert!(
                page.contents.contains(&format!(r#"<link rel="canonical" href="{SITE_URL}{to}">"#)),
                "{}",
                page.contents
            );
            assert!(page.contents.contains(&format!(r#"<meta http-equiv="refresh" content="0; url={to}">"#)));
            assert!(page.contents.contains(&format!(r#"<a href="{to}">"#)), "a visible link");
            assert!(!page.contents.contains("<script"));
        }
    }

    #[test]
    fn every_moved_page_and_blog_listing_gets_a_page_in_its_language() {
        let content = shipped();
        let files = redirect_files(&content).unwrap();
        let page =
            |path: &str| &files.iter().find(|f| f.path == Path::new(path)).unwrap_or_else(|| panic!("{path}")).contents;
        let community = page("ha/community/index.html");
        assert!(community.contains(r#"<html lang="ha""#), "{community}");
        assert!(community.contains(r#"<meta http-equiv="refresh" content="0; url=/ha/about/#join-the-community">"#));
        assert!(community.contains(r#"<link rel="canonical" href="https://blackpythondevs.com/ha/about/">"#));
        assert!(page("students.html").contains("url=/student-ambassador-program/"));
        assert!(page("pycon.html").contains("url=/blog/black-python-devs-at-pycon-us-2026/"));
        let last = format!("blog/blog{}.html", content.post_slugs().len());
        assert!(page(&last).contains("url=/blog/"));
    }

    #[test]
    fn the_not_found_shell_has_no_canonical() {
        let files = site_files(TEMPLATE, &shipped(), &members()).unwrap();
        let not_found = files.iter().find(|f| f.path == Path::new("404.html")).unwrap();
        assert!(not_found.contents.contains("Page not found"));
        assert!(!not_found.contents.contains("canonical"));
    }

    #[test]
    fn a_profile_shell_is_titled_with_the_member_name() {
        let member = &members()[0];
        let html = render_shell(TEMPLATE, &member.head(Locale::from_code("ha").unwrap()), &Body::default());
        assert!(html.contains(&format!("<title>Black Python Devs | {}</title>", escape(&member.name))));
        assert!(html.contains(&format!("https://blackpythondevs.com/ha/members/{}/", member.id)));
    }

    #[test]
    fn titles_with_markup_are_escaped() {
        let head = head_tags(Locale::DEFAULT, &Route::BlogPost("x".into()), "<script>alert(1)</script>", "\"quoted\"");
        let html = head_html(&head);
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;") && html.contains("&quot;quoted&quot;"));
    }

    #[test]
    fn sample_profiles_are_noindex_and_left_out_of_the_sitemap() {
        let members = members();
        let sample = members.iter().find(|m| m.sample).expect("the samples are in this build");
        let files = site_files(TEMPLATE, &shipped(), &members).unwrap();
        let profile =
            files.iter().find(|f| f.path == Path::new(&format!("ha/members/{}/index.html", sample.id))).unwrap();
        assert!(profile.contents.contains(r#"<meta name="robots" content="noindex">"#));
        let sitemap = &files.iter().find(|f| f.path == Path::new("sitemap.xml")).unwrap().contents;
        for m in members.iter().filter(|m| m.sample) {
            assert!(!sitemap.contains(&format!("/members/{}/", m.id)), "{} is in the sitemap", m.id);
        }
        let about = files.iter().find(|f| f.path == Path::new("about/index.html")).unwrap();
        assert!(!about.contents.contains("robots"));
    }

    #[test]
    fn a_production_build_contains_no_sample_profile() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let vocabulary = crate::directory::skills::shipped_vocabulary();
        let production = load_members(root, false, &vocabulary).unwrap().members;
        let mut files = directory_files(&production, 0, None, &vocabulary);
        files.extend(site_files(TEMPLATE, &shipped(), &production).unwrap());
        files.push(member_schema_file(&vocabulary));
        let samples: Vec<Member> = members().into_iter().filter(|m| m.sample).collect();
        assert!(samples.len() >= 60);
        for f in &files {
            for sample in &samples {
                assert!(!f.contents.contains(&sample.name), "{} names sample {}", f.path.display(), sample.id);
                assert!(!f.path.to_string_lossy().contains(&sample.id), "{}", f.path.display());
            }
        }
        let index = compact::decode(&files[0].contents, &vocabulary).unwrap();
        assert_eq!(index.members.len(), production.len());
        assert!(index.members.iter().all(|m| !m.sample));
        assert!(files.iter().any(|f| f.path == Path::new("data/member.schema.json")));
    }
}
