//! Helpers every module of the directory uses: text folding for search and comparison,
//! and list clean-up. The directory's modules import them from here, never from one
//! another, so that they depend one way; this module depends on nothing in the directory.

use crate::site::text::{decompose, lower};

/// Lower case, without diacritics: "Adébáyọ̀" → "adebayo", "Ɗanjuma" → "danjuma".
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    lower(&decompose(text))
        .chars()
        .filter(|c| !matches!(*c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F))
        .map(|c| match c {
            'ɓ' => 'b',
            'ɗ' => 'd',
            'ƙ' => 'k',
            'ƴ' => 'y',
            'ß' => 's',
            'ø' => 'o',
            'ł' => 'l',
            'đ' => 'd',
            'ı' => 'i',
            // A word-final sigma is the same letter.
            'ς' => 'σ',
            c => c,
        })
        .collect()
}

/// Sorts a list of facet values (skills, regions, `open_to`) and drops repeats, by
/// inserting each distinct value once into a sorted list: there are at most a few dozen
/// distinct values, however long a URL repeats them. The standard library's sort would be
/// compiled anew for each element type, at about 3 KB of the download each.
pub fn sort_and_dedup<T: Ord>(list: &mut Vec<T>) {
    let mut sorted: Vec<T> = Vec::new();
    for value in list.drain(..) {
        if let Err(at) = sorted.binary_search(&value) {
            sorted.insert(at, value);
        }
    }
    *list = sorted;
}

/// The items of a list typed with commas, semicolons, spaces or line breaks between them.
pub fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ';', ' ', '\n']).map(str::trim).filter(|l| !l.is_empty())
}
