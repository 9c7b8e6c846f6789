//! `sitemap.xml` with `xhtml:link` alternates for every language of each route.

use crate::site::html::escape;
use crate::site::locale::Locale;
use crate::site::routes::{href, Route};
use crate::site::seo::SITE_URL;

/// A sitemap listing each route in every locale, each entry naming its translations.
pub fn sitemap_xml(routes: &[Route]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for route in routes {
        for locale in Locale::all() {
            out.push_str(&format!("  <url>\n    <loc>{}{}</loc>\n", SITE_URL, escape(&href(locale, route))));
            for alt in Locale::all() {
                out.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}{}\"/>\n",
                    alt.code(),
                    SITE_URL,
                    escape(&href(alt, route))
                ));
            }
            out.push_str("  </url>\n");
        }
    }
    out.push_str("</urlset>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::routes::PageId;

    #[test]
    fn lists_every_locale_with_alternates() {
        let xml = sitemap_xml(&[Route::Page(PageId::About)]);
        let n = Locale::all().count();
        assert_eq!(xml.matches("<url>").count(), n);
        assert_eq!(xml.matches("<xhtml:link").count(), n * n);
        assert!(xml.contains("<loc>https://blackpythondevs.com/ha/about/</loc>"));
    }
}
