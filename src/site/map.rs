//! World maps: the directory's members by UN M49 subregion, and the countries of the
//! community's events. The geometry is Natural Earth's, projected and simplified at build
//! time by `tools/map.mjs` into a small JSON document (`target/map.json`) that only the
//! generator reads; the pages carry it as inline SVG, so a map works without the app and
//! costs the download nothing but its own bytes. The directory's app only re-shades the
//! map it finds in the page as the filters change ([`shade`]).

/// How many shades a region with members can have; shade 0 is a region with none.
pub const SHADES: usize = 5;

/// The shade of a region with `count` members when the largest region has `max`: 0 for
/// none, else 1 to [`SHADES`], in equal steps of the largest, so that any region with a
/// member is visibly shaded.
pub fn shade(count: usize, max: usize) -> usize {
    if count == 0 || max == 0 {
        0
    } else {
        (count * SHADES).div_ceil(max).clamp(1, SHADES)
    }
}

/// `tools/map.mjs`'s output: SVG path data in a `width` × `height` box.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct Geometry {
    /// Where the shapes come from, for the page's credit line.
    pub source: String,
    pub width: u32,
    pub height: u32,
    /// All land as one shape: coastlines, no borders.
    pub land: String,
    /// Each subregion's countries merged into one shape, by the subregion's slug.
    pub subregions: std::collections::BTreeMap<String, String>,
    /// Each country's shape, by its ISO 3166-1 alpha-2 code.
    pub countries: std::collections::BTreeMap<String, String>,
    /// A point inside each country, for a dot where its shape is too small to see.
    #[serde(default)]
    pub points: std::collections::BTreeMap<String, [f64; 2]>,
    /// A point for each subregion whose shape is too small to see or to click.
    #[serde(default)]
    pub markers: std::collections::BTreeMap<String, [f64; 2]>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Geometry {
    /// Reads `tools/map.mjs`'s output.
    pub fn parse(json: &str) -> Result<Geometry, String> {
        let geometry: Geometry = serde_json::from_str(json).map_err(|e| format!("map: {e}"))?;
        if geometry.width == 0 || geometry.height == 0 {
            return Err("map: no width or height".into());
        }
        Ok(geometry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_member_shades_a_region_and_the_largest_is_darkest() {
        assert_eq!(shade(0, 10), 0);
        assert_eq!(shade(0, 0), 0);
        assert_eq!(shade(1, 1000), 1);
        assert_eq!(shade(10, 10), SHADES);
        assert_eq!(shade(5, 10), 3);
        for max in 1..50 {
            let shades: Vec<usize> = (0..=max).map(|n| shade(n, max)).collect();
            assert!(shades.windows(2).all(|w| w[0] <= w[1]), "more members never lighter: {shades:?}");
        }
    }
}
