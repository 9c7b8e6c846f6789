//! Escaping for text placed into HTML by the static generator.

/// Escapes text for use in HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            super::escape(r#"<img src=x onerror="a()">&'"#),
            "&lt;img src=x onerror=&quot;a()&quot;&gt;&amp;&#39;"
        );
        assert_eq!(super::escape("Adébáyọ̀"), "Adébáyọ̀");
    }
}
