//! Text as a terminal shows it: made inert, measured in columns, cut and wrapped between
//! grapheme clusters. Every place that prints, measures, cuts or wraps text goes through here.

use std::borrow::Cow;

use ratatui::buffer::CellWidth;
use unicode_segmentation::{GraphemeIndices, UnicodeSegmentation};

/// Whether `c` could act on a terminal rather than be read: C0 and C1 controls, DEL, and the
/// bidirectional overrides and isolates that can make text read differently from what it is.
///
/// Joiners and zero-width spaces (ZWJ, ZWNJ, U+200B) are text: emoji sequences and Persian
/// need them, and they move nothing.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape_unsafe(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) && !keep(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text from a file, an argument or the environment, made safe to show on one line: every
/// character that could drive the terminal (newlines included) is written out as `\u{1b}`.
pub fn inert(text: &str) -> Cow<'_, str> {
    escape_unsafe(text, |_| false)
}

/// A whole message or document for the terminal: as [`inert`], but new lines and tabs stay
/// what they are, since the message means them.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    escape_unsafe(text, |c| c == '\n' || c == '\t')
}

/// Text from outside as a field shows it for editing: as [`inert`], every character that
/// could drive the terminal written out, but the line breaks of a note kept, since the
/// editor shows them as lines.
pub fn editable(text: &str, multiline: bool) -> Cow<'_, str> {
    escape_unsafe(text, |c| multiline && c == '\n')
}

/// Text from outside made inert and cut to `max` columns: how a name, a note or a path is
/// shown on one line.
pub fn inert_cut(text: &str, max: usize) -> String {
    truncate(&inert(text), max).into_owned()
}

/// The grapheme clusters of `text` (extended, as ratatui draws them).
pub fn graphemes(text: &str) -> impl Iterator<Item = &str> {
    text.graphemes(true)
}

/// The columns one grapheme cluster takes, as ratatui draws it: 0 for what it leaves out
/// (controls, lone combining marks), 2 for wide characters and emoji.
pub fn grapheme_width(grapheme: &str) -> usize {
    if let [byte] = grapheme.as_bytes() {
        return usize::from(!byte.is_ascii_control());
    }
    if grapheme.contains(char::is_control) {
        return 0;
    }
    usize::from(grapheme.cell_width())
}

/// The columns `text` takes on one line.
pub fn width(text: &str) -> usize {
    graphemes(text).map(grapheme_width).sum()
}

/// `text` padded with spaces to `columns` columns (never cut).
pub fn pad(text: &str, columns: usize) -> String {
    let mut out = text.to_owned();
    out.extend(std::iter::repeat_n(
        ' ',
        columns.saturating_sub(width(text)),
    ));
    out
}

/// `text` cut to at most `max` columns between grapheme clusters, with `…` where it was cut.
pub fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    if width(text) <= max {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut used = 0;
    for grapheme in graphemes(text) {
        let w = grapheme_width(grapheme);
        if used + w + 1 > max {
            break;
        }
        out.push_str(grapheme);
        used += w;
    }
    if max > 0 {
        out.push('…');
    }
    Cow::Owned(out)
}

/// `text` cut to at most `max` columns at a word boundary, with `…`: never inside a word, a
/// number or a date ("30 novembre 2026" stays whole or goes whole), and without a dangling
/// separator before the `…`. A first word longer than `max` is cut between clusters.
pub fn truncate_words(text: &str, max: usize) -> Cow<'_, str> {
    if width(text) <= max {
        return Cow::Borrowed(text);
    }
    let numeric = |word: &str| word.chars().next().is_some_and(|c| c.is_ascii_digit());
    let alphabetic = |word: &str| word.chars().next().is_some_and(char::is_alphabetic);
    let words: Vec<&str> = text.split(' ').collect();
    let mut best = None;
    let mut end = 0;
    for (i, word) in words.iter().enumerate() {
        end += word.len() + usize::from(i > 0);
        let next = words.get(i + 1).copied().unwrap_or_default();
        let before = i
            .checked_sub(1)
            .and_then(|b| words.get(b))
            .copied()
            .unwrap_or_default();
        // "30 | novembre", "novembre | 2026", "4 | jours": a number and its word, a date's
        // month and its year, stay together.
        let keeps_together = (numeric(word) && (alphabetic(next) || numeric(next)))
            || (alphabetic(word) && numeric(next) && numeric(before));
        // Without what only separates or marks (" · ", " │", " :") at the end.
        let mut kept = text[..end.min(text.len())].trim_end();
        while let Some((head, last)) = kept.rsplit_once(' ')
            && !last.chars().any(char::is_alphanumeric)
        {
            kept = head.trim_end();
        }
        if width(kept) + 1 > max {
            break;
        }
        if !keeps_together && !kept.is_empty() {
            best = Some(kept);
        }
    }
    match best {
        Some(kept) => Cow::Owned(format!("{kept}…")),
        None => truncate(text, max),
    }
}

/// Where a line may break: at white space, but never at a no-break space, which French puts
/// before « : ; ? ! » and inside « ».
fn breaks_at(grapheme: &str) -> bool {
    grapheme
        .chars()
        .all(|c| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}' && c != '\n')
}

/// Chinese, Japanese and Korean are written without spaces: a line may break between any
/// two wide characters.
fn breaks_between(before: &str, after: &str) -> bool {
    grapheme_width(before) == 2 && grapheme_width(after) == 2
}

/// The one wrapping function: `text` cut into lines of at most `columns` columns, greedily,
/// at white space or between wide characters; a word longer than a line is cut between
/// grapheme clusters. `\n` starts a new line.
///
/// Each line is a slice of `text`, and the white space a line breaks at hangs at the end of
/// the line it ends: the lines put end to end are exactly `text`. Draw them with
/// [`shown`], which leaves the hanging space out.
pub fn wrap(text: &str, columns: usize) -> Vec<&str> {
    wrap_lines(text, columns).collect()
}

/// The lines of [`wrap`], found one at a time: text below the window is never wrapped only
/// to be left out.
pub fn wrap_lines(text: &str, columns: usize) -> impl Iterator<Item = &str> {
    let columns = columns.max(1);
    let mut paragraphs = text.split_inclusive('\n');
    let mut paragraph: Option<Breaker> = None;
    // No text at all is one empty line.
    let mut empty = Some(text);
    std::iter::from_fn(move || {
        loop {
            if let Some(line) = paragraph.as_mut().and_then(|p| p.next_line(columns)) {
                empty = None;
                return Some(line);
            }
            match paragraphs.next() {
                Some(next) => paragraph = Some(Breaker::new(next)),
                None => return empty.take(),
            }
        }
    })
}

/// Where one paragraph (no `\n` but maybe a last one) is being cut into lines.
struct Breaker<'a> {
    paragraph: &'a str,
    graphemes: GraphemeIndices<'a>,
    /// A grapheme that did not fit on the line just cut: the first of the next one.
    pending: Option<(usize, &'a str)>,
    previous: Option<&'a str>,
    /// Where the current line starts, and where the next one may start at the latest break
    /// opportunity seen on it.
    start: usize,
    last_break: Option<usize>,
    /// The width of `paragraph[start..]` so far, kept as the line grows rather than measured
    /// again at each grapheme: wrapping stays linear in the text.
    used: usize,
    finished: bool,
}

impl<'a> Breaker<'a> {
    fn new(paragraph: &'a str) -> Breaker<'a> {
        Breaker {
            paragraph,
            graphemes: paragraph.grapheme_indices(true),
            pending: None,
            previous: None,
            start: 0,
            last_break: None,
            used: 0,
            finished: false,
        }
    }

    fn next_line(&mut self, columns: usize) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        while let Some((at, grapheme)) = self.pending.take().or_else(|| self.graphemes.next()) {
            if grapheme.ends_with('\n') {
                break;
            }
            let w = grapheme_width(grapheme);
            if breaks_at(grapheme) {
                // White space hangs at the end of a line: it never makes one overflow.
                self.last_break = Some(at + grapheme.len());
                self.used += w;
                self.previous = Some(grapheme);
                continue;
            }
            if self
                .previous
                .is_some_and(|previous| breaks_between(previous, grapheme))
            {
                self.last_break = Some(at);
            }
            if at > self.start && self.used + w > columns {
                let cut = self
                    .last_break
                    .filter(|&cut| cut > self.start)
                    .unwrap_or(at);
                let line = &self.paragraph[self.start..cut];
                self.start = cut;
                self.last_break = None;
                // What the new line already holds: the end of the word that did not fit.
                self.used = width(&self.paragraph[cut..at]);
                // The same grapheme again, against the new line.
                self.pending = Some((at, grapheme));
                return Some(line);
            }
            self.used += w;
            self.previous = Some(grapheme);
        }
        self.finished = true;
        Some(&self.paragraph[self.start..])
    }
}

/// A wrapped line as it is drawn: without the white space it broke at, nor its `\n`.
pub fn shown(line: &str) -> &str {
    line.trim_end_matches(|c: char| {
        (c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}') || c == '\n'
    })
}

/// A web address that fits in `max` columns: whole when it fits, else its site, `…`, and as
/// much of its end as fits (`https://assure.ameli.fr/…creation_immediate_page`), so that
/// what is shown is never mistaken for the whole address and never breaks inside it.
pub fn shorten_address(address: &str, max: usize) -> Cow<'_, str> {
    if width(address) <= max {
        return Cow::Borrowed(address);
    }
    let site_end = address
        .find("://")
        .and_then(|scheme| address[scheme + 3..].find('/').map(|i| scheme + 3 + i + 1));
    let Some(site_end) = site_end else {
        return truncate(address, max);
    };
    let head = &address[..site_end];
    let room = max.saturating_sub(width(head) + 1);
    if room < 4 {
        return truncate(address, max);
    }
    let graphemes: Vec<&str> = graphemes(&address[site_end..]).collect();
    let mut used = 0;
    let mut tail_start = graphemes.len();
    while tail_start > 0 && used + grapheme_width(graphemes[tail_start - 1]) <= room {
        tail_start -= 1;
        used += grapheme_width(graphemes[tail_start]);
    }
    Cow::Owned(format!("{head}…{}", graphemes[tail_start..].concat()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn wrapped(text: &str, columns: usize) -> Vec<&str> {
        wrap(text, columns).into_iter().map(shown).collect()
    }

    #[test]
    fn controls_and_bidi_overrides_become_visible_escapes() {
        assert_eq!(inert("fr"), "fr");
        assert_eq!(inert("\u{1b}[2Jgone"), "\\u{1b}[2Jgone");
        assert_eq!(inert("a\nb\u{7}"), "a\\u{a}b\\u{7}");
        assert_eq!(inert("right\u{202e}left"), "right\\u{202e}left");
        assert_eq!(inert("\u{9b}31m"), "\\u{9b}31m");
        assert_eq!(terminal_safe("a\nb\tc\u{7f}"), "a\nb\tc\\u{7f}");
        assert_eq!(editable("a\nb\tc\u{202e}", true), "a\nb\\u{9}c\\u{202e}");
        assert_eq!(editable("a\nb", false), "a\\u{a}b");
    }

    #[test]
    fn joiners_are_text_not_controls() {
        for text in ["👩\u{200d}🏫", "می\u{200c}خواهم", "a\u{200b}b"] {
            assert_eq!(inert(text), text);
        }
    }

    #[test]
    fn widths_are_columns_not_characters() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("山田太郎"), 8);
        assert_eq!(width("👩\u{200d}🏫"), 2);
        assert_eq!(width("e\u{301}"), 1);
        assert_eq!(width("بالعالم"), 7);
        assert_eq!(pad("山田", 6), "山田  ");
    }

    #[test]
    fn word_truncation_keeps_words_and_dates_whole() {
        assert_eq!(truncate_words("short", 10), "short");
        assert_eq!(
            truncate_words("due au plus tard le 30 novembre 2026 (dans 4 jours)", 30),
            "due au plus tard le…"
        );
        assert_eq!(
            truncate_words("◆ échéance · ✓ fait · │ aujourd’hui", 25),
            "◆ échéance · ✓ fait…"
        );
        assert_eq!(truncate_words("Supercalifragilistic", 8), "Superca…");
        for (text, max) in [
            ("a 1 b 22 c 333 d", 9),
            ("1er octobre 2026 (par défaut)", 20),
        ] {
            let cut = truncate_words(text, max);
            assert!(width(&cut) <= max, "{cut}");
        }
        assert_eq!(
            truncate_words("1er octobre 2026 (par défaut)", 20),
            "1er octobre 2026…"
        );
    }

    #[test]
    fn truncation_counts_columns_and_keeps_clusters_whole() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(truncate("山田太郎", 5), "山田…");
        // A decomposed é stays with its e.
        assert_eq!(truncate("Lope\u{301}zz", 5), "Lope\u{301}…");
    }

    #[test]
    fn wrap_keeps_words_whole_and_cuts_only_giants() {
        assert_eq!(
            wrapped("due 02/01/2027 in 37 days", 10),
            ["due", "02/01/2027", "in 37 days"]
        );
        assert_eq!(wrapped("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrapped("", 4), [""]);
        assert_eq!(wrapped("a b c", 0), ["a", "b", "c"]);
        assert_eq!(wrapped("fait\u{a0}: oui", 6), ["fait\u{a0}:", "oui"]);
        assert_eq!(wrapped("one\ntwo three", 20), ["one", "two three"]);
    }

    #[test]
    fn wide_characters_wrap_by_columns_and_between_each_other() {
        assert_eq!(
            wrapped("山田太郎に電話した", 8),
            ["山田太郎", "に電話し", "た"]
        );
        assert_eq!(wrapped("Note 山田太郎", 9), ["Note 山田", "太郎"]);
        // A decomposed é stays with its e.
        assert_eq!(wrapped("Lope\u{301}z", 4), ["Lope\u{301}", "z"]);
    }

    fn is_cluster_start(text: &str, at: usize) -> bool {
        at == text.len() || text.grapheme_indices(true).any(|(i, _)| i == at)
    }

    proptest! {
        #[test]
        fn wrapping_loses_nothing_and_never_overflows(
            text in "[a-zé山あ👩\u{200d}\u{301} \u{a0}\n-]{0,60}",
            columns in 2usize..30,
        ) {
            let lines = wrap(&text, columns);
            prop_assert_eq!(lines.concat(), text.clone());
            let mut at = 0;
            for line in &lines {
                prop_assert!(is_cluster_start(&text, at), "{:?} at {}", text, at);
                let shown = shown(line);
                let single = shown.graphemes(true).count() <= 1;
                prop_assert!(width(shown) <= columns || single, "{:?} in {}", shown, columns);
                at += line.len();
            }
        }

        #[test]
        fn truncation_fits_and_is_a_prefix(text in "\\PC{0,40}", max in 1usize..20) {
            let cut = truncate(&text, max);
            prop_assert!(width(&cut) <= max);
            let kept = cut.strip_suffix('…').unwrap_or(&cut);
            prop_assert!(text.starts_with(kept));
        }

        #[test]
        fn nothing_unsafe_survives(text in "\\PC*|[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}\\u{202a}-\\u{202e}]*") {
            prop_assert!(!inert(&text).chars().any(is_unsafe));
            prop_assert!(!terminal_safe(&text).chars().any(|c| is_unsafe(c) && c != '\n' && c != '\t'));
        }
    }

    #[test]
    fn an_address_too_long_keeps_its_site_and_its_end() {
        let address = "https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure?_nfpb=true&_pageLabel=as_creation_immediate_page";
        assert_eq!(shorten_address(address, 200), address);
        let short = shorten_address(address, 50);
        assert_eq!(short, "https://assure.ameli.fr/…s_creation_immediate_page");
        assert_eq!(width(&short), 50);
        assert_eq!(
            shorten_address("https://ensap.gouv.fr/web", 10),
            "https://e…"
        );
        assert_eq!(shorten_address("not an address at all", 10), "not an ad…");
    }
}
