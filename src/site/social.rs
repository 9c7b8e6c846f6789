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

pub const SOCIAL_LINKS: &[SocialLink] = &[
    SocialLink { platform: "GitHub", url: "https://github.com/BlackPythonDevs", icon: "github" },
    SocialLink { platform: "Discord", url: "https://discord.gg/mpfNPqcMmj", icon: "discord" },
    SocialLink { platform: "LinkedIn", url: "https://www.linkedin.com/company/black-python-devs", icon: "linkedin" },
    SocialLink { platform: "Mastodon", url: "https://fosstodon.org/@BlackPythonDevs", icon: "mastodon" },
    SocialLink { platform: "YouTube", url: "https://www.youtube.com/@BlackPythonDevs", icon: "youtube" },
    SocialLink { platform: "X", url: "https://x.com/BlackPythonDevs", icon: "x" },
    SocialLink { platform: "Email", url: "mailto:contact@blackpythondevs.com", icon: "email" },
];

/// The site's source repository, where new-member issues are opened.
pub const REPOSITORY_URL: &str = "https://github.com/BlackPythonDevs/blackpythondevs.com";

#[cfg(test)]
mod tests {
    use super::*;

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
