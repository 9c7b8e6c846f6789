//! Writes the generated files into the build output: the per-route HTML shells with their
//! head tags, the content documents, `404.html`, `sitemap.xml` and `robots.txt`.

use std::path::{Path, PathBuf};

use crate::site::content::{blog_index_url, blog_post_url, page_doc_url};
use crate::site::html::escape;
use crate::site::locale::Locale;
use crate::site::routes::{all_page_routes, href, Route, PAGES};
use crate::site::seo::{fixed_route_head, head_tags, not_found_head, HeadTags, SITE_URL};
#[cfg(test)]
use crate::site::seo::page_head;

use crate::directory::compact::{self, member_url, DIRECTORY_URL};
use crate::directory::filter::fold;
use crate::directory::members::Member;
use crate::directory::skills::Skill;

use super::content::Content;
use super::sitemap::sitemap_xml;

/// The `<title>` the template carries; the generator replaces it with the page's head tags.
pub const TEMPLATE_TITLE: &str = "<title>Black Python Devs</title>";
/// The `<html>` start tag the template carries; the generator sets the page's language.
pub const TEMPLATE_HTML_TAG: &str = r#"<html lang="en" dir="ltr">"#;

/// The head tags as HTML, one per line.
pub fn head_html(head: &HeadTags) -> String {
    let mut out = format!(
        "<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n",
        escape(&head.title),
        escape(&head.description)
    );
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
    out
}

/// The template with `head`'s language and tags filled in.
pub fn render_shell(template: &str, head: &HeadTags) -> Result<String, String> {
    if !template.contains(TEMPLATE_TITLE) || !template.contains(TEMPLATE_HTML_TAG) {
        return Err(format!("the HTML template must contain `{TEMPLATE_HTML_TAG}` and `{TEMPLATE_TITLE}`"));
    }
    Ok(template
        .replacen(TEMPLATE_HTML_TAG, &format!(r#"<html lang="{}" dir="{}">"#, head.lang, head.dir), 1)
        .replacen(TEMPLATE_TITLE, head_html(head).trim_end(), 1))
}

/// One file to write, relative to the output folder.
pub struct OutputFile {
    pub path: PathBuf,
    pub contents: String,
}

fn file(path: impl Into<PathBuf>, contents: String) -> OutputFile {
    OutputFile { path: path.into(), contents }
}

/// `/ha/about/` → `ha/about/index.html`.
fn index_file(path: &str) -> PathBuf {
    Path::new(path.trim_start_matches('/')).join("index.html")
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("content serializes")
}

/// Everything the generator writes, computed without touching the disk.
pub fn site_files(template: &str, content: &Content, members: &[Member]) -> Result<Vec<OutputFile>, String> {
    let mut files = Vec::new();
    let mut sitemap_routes = Vec::new();
    for (locale, route) in all_page_routes() {
        let head = fixed_route_head(locale, &route).expect("fixed routes have fixed heads");
        files.push(file(index_file(&href(locale, &route)), render_shell(template, &head)?));
        if locale.is_default() {
            sitemap_routes.push(route);
        }
    }
    for locale in Locale::all() {
        for page in PAGES {
            if let Some(name) = page.document {
                let doc = content.page_doc(locale, name).ok_or_else(|| format!("no `{name}` document in any locale"))?;
                files.push(file(page_doc_url(locale, name).trim_start_matches('/'), json(&doc)));
            }
        }
        files.push(file(blog_index_url(locale).trim_start_matches('/'), json(&content.blog_index(locale))));
        for slug in content.post_slugs() {
            let post = content.post_doc(locale, &slug).expect("every listed post exists");
            let route = Route::BlogPost(slug.clone());
            let head = head_tags(locale, &route, &post.meta.title, &post.meta.summary);
            files.push(file(index_file(&href(locale, &route)), render_shell(template, &head)?));
            files.push(file(blog_post_url(locale, &slug).trim_start_matches('/'), json(&post)));
            if locale.is_default() {
                sitemap_routes.push(route);
            }
        }
    }
    for member in members {
        let route = Route::Member(member.id.clone());
        for locale in Locale::all() {
            files.push(file(index_file(&href(locale, &route)), render_shell(template, &member.head(locale))?));
        }
        sitemap_routes.push(route);
    }
    files.push(file("404.html", render_shell(template, &not_found_head(Locale::DEFAULT))?));
    files.push(file("sitemap.xml", sitemap_xml(&sitemap_routes)));
    files.push(file("robots.txt", format!("User-agent: *\nAllow: /\n\nSitemap: {SITE_URL}/sitemap.xml\n")));
    Ok(files)
}

/// The directory's data: the compact index, listed by folded name so that the browser's
/// collation has almost nothing left to move, and one full record per member.
pub fn directory_files(members: &[Member], skipped: usize, vocabulary: &[Skill]) -> Vec<OutputFile> {
    let mut sorted: Vec<&Member> = members.iter().collect();
    sorted.sort_by_cached_key(|m| (fold(&m.name), m.name.clone()));
    let sorted: Vec<Member> = sorted.into_iter().cloned().collect();
    let mut files = vec![file(DIRECTORY_URL.trim_start_matches('/'), compact::encode(&sorted, skipped, vocabulary))];
    files.extend(members.iter().map(|m| file(member_url(&m.id).trim_start_matches('/'), json(m))));
    files
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
    use crate::site::routes::PageId;

    const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n<title>Black Python Devs</title>\n</head>\n<body></body>\n</html>\n";

    fn shipped() -> Content {
        super::super::content::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")).unwrap()
    }

    fn members() -> Vec<Member> {
        let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/members.json")).unwrap();
        crate::directory::members::parse_members(&json, &crate::directory::skills::shipped_vocabulary()).unwrap().members
    }

    #[test]
    fn the_shell_carries_lang_title_canonical_and_alternates() {
        let ha = Locale::from_code("ha").unwrap();
        let html = render_shell(TEMPLATE, &page_head(ha, PageId::About)).unwrap();
        assert!(html.contains(r#"<html lang="ha" dir="ltr">"#));
        assert!(html.contains("<title>Black Python Devs | Game da Mu</title>"));
        assert!(html.contains(r#"<link rel="canonical" href="https://blackpythondevs.com/ha/about/">"#));
        for locale in Locale::all() {
            assert!(html.contains(&format!(r#"hreflang="{}""#, locale.code())));
        }
        assert!(html.contains(r#"hreflang="x-default" href="https://blackpythondevs.com/about/""#));
        assert_eq!(html.matches("<title>").count(), 1);
    }

    #[test]
    fn a_template_without_the_markers_is_rejected() {
        assert!(render_shell("<html><head></head></html>", &page_head(Locale::DEFAULT, PageId::Home)).is_err());
    }

    #[test]
    fn every_route_in_every_locale_gets_an_index_html() {
        let files = site_files(TEMPLATE, &shipped(), &members()).unwrap();
        let paths: Vec<String> = files.iter().map(|f| f.path.to_string_lossy().into_owned()).collect();
        for (locale, route) in all_page_routes() {
            let expected = index_file(&href(locale, &route)).to_string_lossy().into_owned();
            assert!(paths.contains(&expected), "missing {expected}");
        }
        for expected in ["index.html", "ha/index.html", "es/book-club/index.html", "404.html", "sitemap.xml", "robots.txt", "content/sw/blog/index.json"] {
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
        let files = directory_files(&members(), 2, &vocabulary);
        let index = compact::decode(&files[0].contents, &vocabulary).unwrap();
        assert_eq!(files[0].path, Path::new("data/directory.json"));
        assert_eq!(index.skipped, 2);
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
    fn the_not_found_shell_has_no_canonical() {
        let files = site_files(TEMPLATE, &shipped(), &members()).unwrap();
        let not_found = files.iter().find(|f| f.path == Path::new("404.html")).unwrap();
        assert!(not_found.contents.contains("Page not found"));
        assert!(!not_found.contents.contains("canonical"));
    }

    #[test]
    fn a_profile_shell_is_titled_with_the_member_name() {
        let member = &members()[0];
        let html = render_shell(TEMPLATE, &member.head(Locale::from_code("ha").unwrap())).unwrap();
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
}
