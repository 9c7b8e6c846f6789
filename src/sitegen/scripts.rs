//! The scripts every page carries besides its HTML (decision 0007), all inline so that a
//! first visit makes no request for them, and all allowed by their CSP hashes:
//!
//! - Trunk's loader (`pattern_script` in `Trunk.toml`), only on the pages the app runs on
//!   (the directory and the join form). A reading page fetches no WebAssembly and no app
//!   JavaScript at all.
//! - The site script, on every page, with only the parts that act on it ([`ScriptFor`]):
//!   everywhere, Escape closes the header's menus and gives the focus back to their
//!   summary, a click or the focus elsewhere closes them; on the pages the app runs on,
//!   back at the directory from a profile, the focus returns to that member's card; on a
//!   reading page, pointing at, focusing or touching a link to a page the app runs on
//!   fetches the app ahead into the HTTP cache, unless the browser asks to save data; and
//!   the not-found page (the CDN's one `404.html`, in English) is swapped for the one of
//!   the address's language.
//! - Speculation rules, on every page: the browser prerenders a reading page when the
//!   visitor presses a link to it, and, on a device that can hover, prefetches a page's
//!   HTML when the pointer rests on its link. A phone (no hover) fetches nothing before a
//!   touch: Chrome on Android runs `moderate` rules on links merely scrolled into view,
//!   which would spend data on pages nobody asked for. Browsers without speculation rules
//!   ignore them and navigate normally; Chrome turns them off under Save-Data.

use crate::site::locale::Locale;
use crate::site::routes::{app_routes, href};

/// The module script Trunk writes as the loader: its text, with the script tags.
pub fn loader(template: &str) -> Result<&str, String> {
    let start = template
        .find("<script type=\"module\">")
        .ok_or("the template has no loader (`pattern_script` in Trunk.toml)")?;
    let end = start + template[start..].find("</script>").ok_or("the loader is not closed")? + "</script>".len();
    let loader = &template[start..end];
    if !loader.contains("data-needs-app") {
        return Err("the template's module script is not Trunk.toml's loader".into());
    }
    Ok(loader)
}

/// The app's JavaScript and WebAssembly addresses, as the loader names them.
pub fn app_files(loader: &str) -> Result<(String, String), String> {
    let quoted_after = |marker: &str| -> Option<String> {
        let at = loader.find(marker)? + marker.len();
        let rest = &loader[at..];
        let start = rest.find('\'')? + 1;
        let len = rest[start..].find('\'')?;
        Some(rest[start..start + len].to_string())
    };
    let js = quoted_after("import(").ok_or("the loader imports no script")?;
    let wasm = quoted_after("module_or_path:").ok_or("the loader names no WebAssembly")?;
    Ok((js, wasm))
}

/// A JSON string literal, safe inside `<script>`.
fn js_string(s: &str) -> String {
    serde_json::to_string(s).expect("a string").replace('<', "\\u003c")
}

/// The kinds of page, by the parts of the site script they carry: each part only where it
/// can act (measured on `/members/`: 0.5 KB gzip less than every part on every page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScriptFor {
    /// A page the app runs on: the menus, and the focus back on a member's card.
    App,
    /// A reading page: the menus, and the app fetched ahead when a link to it is pointed at.
    Reading,
    /// The not-found page: as a reading page, and the swap to the address's language.
    NotFound,
}

/// The site script (see the module's documentation) for a kind of page, fetching `js` and
/// `wasm` ahead on reading pages.
pub fn site_script(page: ScriptFor, js: &str, wasm: &str) -> String {
    let mut parts = vec![MENUS.to_string()];
    match page {
        ScriptFor::App => parts.push(CARD_FOCUS.to_string()),
        ScriptFor::Reading => parts.push(fetch_app_ahead(js, wasm)),
        ScriptFor::NotFound => parts.extend([language_swap(), fetch_app_ahead(js, wasm)]),
    }
    format!("<script>\n(() => {{\nconst d = document;\n{}}})();\n</script>", parts.concat())
}

/// Escape closes the header's menus and gives the focus back to their summary; a click or
/// the focus elsewhere closes them. The `hover` class lets the speculation rules prefetch
/// only on devices that can hover.
const MENUS: &str = r#"if (matchMedia('(hover: hover) and (pointer: fine)').matches) d.documentElement.classList.add('hover');
const open = () => [...d.querySelectorAll('details.menu[open]')];
const owns = (menu, node) => {
  const id = menu.querySelector('summary').getAttribute('aria-controls');
  return menu.contains(node) || (id && d.getElementById(id)?.contains(node));
};
d.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  for (const menu of open()) {
    const inside = owns(menu, d.activeElement);
    menu.open = false;
    if (inside) menu.querySelector('summary').focus();
  }
});
for (const type of ['click', 'focusin']) d.addEventListener(type, (e) => {
  for (const menu of open()) if (!owns(menu, e.target)) menu.open = false;
});
"#;

/// Back at the directory from a member's profile, the focus returns to that member's card
/// (once more when the app has taken the page over, since the takeover replaces the cards).
const CARD_FOCUS: &str = r#"const OPENED = 'bpd:opened-member';
const here = () => location.pathname + location.search;
addEventListener('click', (e) => {
  const card = e.target instanceof Element && e.target.closest('[data-member-id] a') && e.target.closest('[data-member-id]');
  if (card) try { sessionStorage.setItem(OPENED, here() + '\n' + card.dataset.memberId); } catch {}
}, true);
const [from, opened] = (() => { try { return (sessionStorage.getItem(OPENED) || '').split('\n'); } catch { return []; } })();
if (opened && from === here() && performance.getEntriesByType('navigation')[0]?.type === 'back_forward') {
  const refocus = () => d.querySelector(`[data-member-id="${CSS.escape(opened)}"] a`)?.focus();
  refocus();
  new MutationObserver((_, observer) => {
    if (d.documentElement.dataset.app) { observer.disconnect(); refocus(); sessionStorage.removeItem(OPENED); }
  }).observe(d.documentElement, { attributes: true, attributeFilter: ['data-app'] });
}
"#;

/// The CDN answers every unknown address with `/404.html`, in English: swapped for the
/// not-found page of the address's language.
fn language_swap() -> String {
    let locales: Vec<String> = Locale::all().filter(|l| !l.is_default()).map(|l| js_string(l.code())).collect();
    format!(
        r#"const missing = d.querySelector('[data-not-found]');
const code = location.pathname.split('/')[1];
if (missing && missing.dataset.notFound !== code && [{locales}].includes(code)) {{
  fetch(`/${{code}}/404.html`).then((r) => (r.ok ? r.text() : Promise.reject(r.status))).then((html) => {{
    const page = new DOMParser().parseFromString(html, 'text/html');
    if (!page.querySelector(`[data-not-found="${{code}}"]`)) return;
    d.documentElement.lang = page.documentElement.lang;
    d.documentElement.dir = page.documentElement.dir;
    d.title = page.title;
    d.body.replaceWith(d.adoptNode(page.body));
  }}).catch(() => {{}});
}}
"#,
        locales = locales.join(", ")
    )
}

/// Pointing at, focusing or touching a link to a page the app runs on fetches the app ahead
/// into the HTTP cache, unless the browser asks to save data. Last: it may return early.
fn fetch_app_ahead(js: &str, wasm: &str) -> String {
    let app_paths: Vec<String> = app_routes().map(|(locale, route)| js_string(&href(locale, &route))).collect();
    format!(
        r#"const app = new Set([{paths}]);
const c = navigator.connection;
if (c && (c.saveData || /2g/.test(c.effectiveType || ''))) return;
const events = ['pointerover', 'focusin', 'touchstart'];
const ahead = (e) => {{
  const a = e.target instanceof Element && e.target.closest('a[href]');
  if (!a || a.origin !== location.origin || !app.has(a.pathname)) return;
  for (const type of events) d.removeEventListener(type, ahead, true);
  for (const href of [{js}, {wasm}]) {{
    const link = d.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    d.head.append(link);
  }}
}};
for (const type of events) d.addEventListener(type, ahead, {{ capture: true, passive: true }});
"#,
        paths = app_paths.join(", "),
        js = js_string(js),
        wasm = js_string(wasm),
    )
}

/// The speculation rules (see the module's documentation).
pub fn speculation_rules() -> String {
    let pages = r#"{"href_matches": "/*"}, {"not": {"href_matches": "/*.*"}}, {"not": {"selector_matches": "[download], [target]"}}"#;
    let app = r#"{"not": {"href_matches": "/members/*"}}, {"not": {"href_matches": "/*/members/*"}}"#;
    format!(
        r#"<script type="speculationrules">
{{"prerender": [{{"where": {{"and": [{pages}, {app}]}}, "eagerness": "conservative"}}],
 "prefetch": [{{"where": {{"and": [{pages}, {{"selector_matches": ":root.hover a"}}]}}, "eagerness": "moderate"}}]}}
</script>"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOADER: &str = "<script type=\"module\">\nconst start = () => import('/bpd-site-0a1b.js').then((app) => \
                          app.default({ module_or_path: '/bpd-site-0a1b_bg.wasm' }));\n\
                          // [data-needs-app]\n</script>";

    #[test]
    fn the_loader_and_the_apps_files_are_found_in_the_template() {
        let template = format!("<head>{LOADER}</head><body><div id=\"app\"></div></body>");
        let loader = loader(&template).unwrap();
        assert_eq!(loader, LOADER);
        assert_eq!(app_files(loader).unwrap(), ("/bpd-site-0a1b.js".into(), "/bpd-site-0a1b_bg.wasm".into()));
        assert!(super::loader("<script type=\"module\">import('/x.js')</script>").is_err());
        assert!(super::loader("<head></head>").is_err());
    }

    #[test]
    fn the_site_script_knows_every_page_the_app_runs_on_and_no_other() {
        let script = site_script(ScriptFor::Reading, "/a.js", "/a.wasm");
        for path in ["\"/members/\"", "\"/members/join/\"", "\"/ha/members/\"", "\"/sw/members/join/\""] {
            assert!(script.contains(path), "{path}");
        }
        assert!(!script.contains("\"/about/\"") && !script.contains("\"/blog/\""));
        assert!(script.contains("[\"/a.js\", \"/a.wasm\"]"));
    }

    #[test]
    fn each_kind_of_page_carries_the_parts_of_the_site_script_that_act_on_it() {
        let has = |page, part: &str| site_script(page, "/a.js", "/a.wasm").contains(part);
        for page in [ScriptFor::App, ScriptFor::Reading, ScriptFor::NotFound] {
            assert!(has(page, "details.menu[open]"), "{page:?}: the menus");
            assert_eq!(has(page, "bpd:opened-member"), page == ScriptFor::App, "{page:?}: the card focus");
            assert_eq!(has(page, "rel = 'prefetch'"), page != ScriptFor::App, "{page:?}: the app ahead");
            assert_eq!(has(page, "[data-not-found]"), page == ScriptFor::NotFound, "{page:?}: the language swap");
        }
        assert!(has(ScriptFor::NotFound, "[\"es\", \"ha\", \"sw\"].includes(code)"));
    }

    #[test]
    fn the_speculation_rules_are_json_that_never_prerenders_the_app() {
        let rules = speculation_rules();
        let json = rules.trim_start_matches("<script type=\"speculationrules\">").trim_end_matches("</script>");
        let value: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
        let prerender = value["prerender"][0].to_string();
        assert!(prerender.contains("/members/*") && prerender.contains("conservative"), "{prerender}");
        let prefetch = value["prefetch"][0].to_string();
        assert!(prefetch.contains(":root.hover a") && prefetch.contains("moderate"), "{prefetch}");
    }
}
