//! When the WebAssembly downloads. Trunk's page template preloads it from the `<head>` and
//! its loader fetches it at once; on a slow network that download competes with the page's
//! own HTML, CSS and images, although every page is prerendered and readable without it.
//! The generator therefore drops the preload and makes the loader wait until the browser
//! has painted the page (its first contentful paint, then one more frame; at most about a
//! second of frames) before it fetches the app.

/// The statement of Trunk's loader that fetches and starts the WebAssembly.
const INIT: &str = "const wasm = await init(";

/// Waits for the page's first paint; put before [`INIT`] in the loader (a module script,
/// so `await` is allowed at its top level).
const AFTER_PAINT: &str = "await new Promise((painted) => {\n\
  const wait = (frames) => requestAnimationFrame(() => {\n\
    if (frames === 0 || performance.getEntriesByName('first-contentful-paint').length > 0) setTimeout(painted);\n\
    else wait(frames - 1);\n\
  });\n\
  wait(60);\n\
});\n";

/// `template` with the WebAssembly fetched after the first paint; an error if Trunk's
/// loader is not as expected (a Trunk upgrade must not silently lose this).
pub fn fetch_app_after_paint(template: &str) -> Result<String, String> {
    if template.matches(INIT).count() != 1 {
        return Err(format!("the template's loader must contain `{INIT}` once"));
    }
    let mut html = template.replacen(INIT, &format!("{AFTER_PAINT}{INIT}"), 1);
    while let Some(start) = wasm_preload(&html) {
        let end = start + html[start..].find('>').expect("a closed tag") + 1;
        html.replace_range(start..end, "");
    }
    Ok(html)
}

/// Where the `<link rel="preload">` of a `.wasm` file starts.
fn wasm_preload(html: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(offset) = html[from..].find("<link rel=\"preload\"") {
        let start = from + offset;
        let tag = &html[start..start + html[start..].find('>')?];
        if tag.contains("type=\"application/wasm\"") {
            return Some(start);
        }
        from = start + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<head>\n<link rel=\"preload\" href=\"/style.css\" as=\"style\">\n\
        <script type=\"module\">\nimport init from '/app.js';\nconst wasm = await init({ module_or_path: '/app_bg.wasm' });\n</script>\n\
        <link rel=\"preload\" href=\"/app_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">\n</head>";

    #[test]
    fn the_app_is_fetched_after_the_first_paint_and_not_preloaded() {
        let html = fetch_app_after_paint(TEMPLATE).unwrap();
        assert!(!html.contains("app_bg.wasm\" crossorigin"), "the preload is gone");
        assert!(html.contains("<link rel=\"preload\" href=\"/style.css\" as=\"style\">"), "other preloads stay");
        let wait = html.find("first-contentful-paint").unwrap();
        assert!(wait < html.find(INIT).unwrap());
        assert!(html.contains("import init from '/app.js';"));
    }

    #[test]
    fn an_unexpected_loader_is_an_error() {
        assert!(fetch_app_after_paint("<head><script type=\"module\">start();</script></head>").is_err());
    }
}
