//! The Content-Security-Policy: no script but the site's own files and, by hash, the inline
//! loader Trunk writes into the page template; no third-party script, style or frame.
//! Shipped both as a `<meta>` tag in every page and as a header in `_headers`.

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The `<meta charset>` the template starts its head with; the policy goes right after it,
/// before any script, because a `<meta>` policy only covers what follows it.
pub const TEMPLATE_CHARSET: &str = r#"<meta charset="utf-8">"#;

/// The text of each inline script the browser would run or act on: every `<script>`
/// without `src` whose type is JavaScript (classic or module), and speculation rules,
/// which the policy governs too. Data blocks such as `<script type="application/json">`
/// are not run, so they need no hash.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else { break };
        let tag = &after[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = after[body_start..].find("</script>") else { break };
        let body = &after[body_start..body_start + close];
        let script_type = attribute(tag, "type").unwrap_or_default().to_ascii_lowercase();
        let runs = matches!(
            script_type.as_str(),
            "" | "module" | "text/javascript" | "application/javascript" | "speculationrules"
        );
        if runs && attribute(tag, "src").is_none() {
            scripts.push(body);
        }
        rest = &after[body_start + close + "</script>".len()..];
    }
    scripts
}

/// The value of `name="…"` in a start tag, if present.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// `'sha256-…'`, the CSP source that allows exactly this script text.
pub fn script_hash(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// The policy for pages built from `templates`: each distinct inline script of any of them
/// allowed by its hash. `frame-ancestors` only works as a header, so [`meta_policy`] leaves
/// it out.
pub fn policy(templates: &[&str]) -> String {
    let mut hashes: Vec<String> = templates.iter().flat_map(|t| inline_scripts(t)).map(script_hash).collect();
    hashes.sort();
    hashes.dedup();
    [
        "default-src 'self'".to_string(),
        // 'wasm-unsafe-eval' lets the page compile its own WebAssembly; it allows no eval().
        format!("script-src 'self' 'wasm-unsafe-eval' {}", hashes.join(" ")).trim_end().to_string(),
        "style-src 'self'".into(),
        // Member avatars may live on any https host; nothing else leaves the site.
        "img-src 'self' https:".into(),
        "connect-src 'self'".into(),
        "font-src 'self'".into(),
        "object-src 'none'".into(),
        "base-uri 'self'".into(),
        "form-action 'self'".into(),
        "frame-ancestors 'none'".into(),
    ]
    .join("; ")
}

/// The policy without the directives a `<meta>` tag cannot carry.
pub fn meta_policy(policy: &str) -> String {
    policy.split("; ").filter(|d| !d.starts_with("frame-ancestors")).collect::<Vec<_>>().join("; ")
}

/// `template` with `policy` as a `<meta http-equiv>` tag right after its charset.
pub fn with_policy_meta(template: &str, policy: &str) -> Result<String, String> {
    if !template.contains(TEMPLATE_CHARSET) {
        return Err(format!("the HTML template must contain `{TEMPLATE_CHARSET}`"));
    }
    let meta = format!(
        "{TEMPLATE_CHARSET}\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        meta_policy(policy)
    );
    Ok(template.replacen(TEMPLATE_CHARSET, &meta, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOADER: &str = "\nimport init from '/app-0123456789abcdef.js';\nawait init();\n";

    fn template() -> String {
        format!(
            "<html><head>\n<meta charset=\"utf-8\">\n<script type=\"module\">{LOADER}</script>\
             <script src=\"/x.js\"></script><script type=\"application/json\" id=\"d\">{{}}</script></head><body></body></html>"
        )
    }

    #[test]
    fn only_inline_code_is_hashed() {
        assert_eq!(inline_scripts(&template()), vec![LOADER]);
    }

    #[test]
    fn the_hash_is_the_base64_sha256_of_the_exact_text() {
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(script_hash("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }

    #[test]
    fn the_policy_allows_own_files_and_the_hashed_loader_only() {
        let policy = policy(&[&template()]);
        let script_src = policy.split("; ").find(|d| d.starts_with("script-src")).unwrap();
        assert_eq!(script_src, format!("script-src 'self' 'wasm-unsafe-eval' {}", script_hash(LOADER)));
        assert!(!policy.contains("unsafe-inline"));
        assert!(!policy.contains("'unsafe-eval'"));
        assert!(policy.contains("object-src 'none'"));
        assert!(policy.contains("frame-ancestors 'none'"));
    }

    #[test]
    fn the_policy_allows_each_script_of_every_template_once() {
        let other = template().replace(LOADER, "alert(1)");
        let policy = policy(&[&template(), &other, &template()]);
        assert_eq!(policy.matches(&script_hash(LOADER)).count(), 1, "{policy}");
        assert_eq!(policy.matches(&script_hash("alert(1)")).count(), 1, "{policy}");
    }

    #[test]
    fn the_meta_tag_comes_before_any_script_and_leaves_out_frame_ancestors() {
        let page = with_policy_meta(&template(), &policy(&[&template()])).unwrap();
        let meta = page.find("http-equiv=\"Content-Security-Policy\"").unwrap();
        assert!(meta < page.find("<script").unwrap());
        assert!(!page.contains("frame-ancestors"));
        assert!(with_policy_meta("<html></html>", "default-src 'self'").is_err());
    }
}
