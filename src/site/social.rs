//! The community's accounts elsewhere, listed once for the footer and the contact pages.

/// A link to one of the community's accounts.
#[derive(Debug)]
pub struct SocialLink {
    /// The platform's name, also the link's accessible name.
    pub platform: &'static str,
    pub url: &'static str,
    /// Name of the icon in `public/icons.svg`.
    pub icon: &'static str,
}

pub const CONTACT_EMAIL: &str = "contact@blackpythondevs.com";

/// The footer links, as the community's current site lists them (its `_config.yml`).
pub const SOCIAL_LINKS: &[SocialLink] = &[
    SocialLink { platform: "GitHub", url: "https://github.com/BlackPythonDevs", icon: "github" },
    SocialLink { platform: "Discord", url: "https://discord.gg/XUc3tFqCT3", icon: "discord" },
    SocialLink { platform: "LinkedIn", url: "https://www.linkedin.com/groups/14336241/", icon: "linkedin" },
    SocialLink { platform: "Mastodon", url: "https://mastodon.social/@blackpythondevs", icon: "mastodon" },
    SocialLink { platform: "YouTube", url: "https://www.youtube.com/@BlackPythonDevs", icon: "youtube" },
    SocialLink { platform: "X", url: "https://x.com/blackpythondevs", icon: "x" },
    SocialLink { platform: "Email", url: "mailto:contact@blackpythondevs.com", icon: "email" },
];

/// The community's LinkedIn page (beside the group in `SOCIAL_LINKS`) and its Instagram
/// account, as the About page of the community's 2026 site lists them.
pub const LINKEDIN_PAGE: &str = "https://www.linkedin.com/company/black-python-devs";
pub const INSTAGRAM: &str = "https://www.instagram.com/blackpythondevs/";

/// The site's source repository (the community's website repository, which the current
/// site is served from): where issues are opened, to join the directory or to improve a
/// translation.
pub const REPOSITORY_URL: &str = "https://github.com/BlackPythonDevs/blackpythondevs.github.io";

/// The page that opens a new issue in the site's repository; `query` is already encoded
/// (`template=…&title=…`). Every link to a new issue goes through here.
pub fn new_issue_url(query: &str) -> String {
    format!("{REPOSITORY_URL}/issues/new?{query}")
}

/// A new GitHub issue, prefilled, in which a reader reports what to improve in the
/// translation of the page at `path` (`/ha/about/`) into `locale`.
pub fn improve_translation_url(locale: super::locale::Locale, path: &str) -> String {
    let title = format!("Translation ({}): {path}", locale.english_name());
    let body = format!(
        "Page: {}{path}\nLanguage: {} ({})\n\nWhat should the translation say instead?\n",
        super::seo::SITE_URL,
        locale.english_name(),
        locale.code()
    );
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("title", &title)
        .append_pair("labels", "translation")
        .append_pair("body", &body)
        .finish();
    new_issue_url(&query)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_improvement_issue_names_the_page_and_the_language() {
        let ha = super::super::locale::Locale::from_code("ha").unwrap();
        let url = improve_translation_url(ha, "/ha/about/");
        assert!(
            url.starts_with(&format!("{REPOSITORY_URL}/issues/new?title=Translation+%28Hausa%29%3A+%2Fha%2Fabout%2F")),
            "{url}"
        );
        assert!(url.contains("labels=translation"));
        assert!(url.contains("https%3A%2F%2Fblackpythondevs.com%2Fha%2Fabout%2F"));
    }

    #[test]
    fn links_are_https_or_mailto_and_platforms_unique() {
        for link in SOCIAL_LINKS {
            assert!(link.url.starts_with("https://") || link.url == format!("mailto:{CONTACT_EMAIL}"), "{}", link.url);
        }
        let mut names: Vec<_> = SOCIAL_LINKS.iter().map(|l| l.platform).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), SOCIAL_LINKS.len());
    }
}
