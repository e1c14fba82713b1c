//! Text as a terminal shows it: made inert, measured in columns, cut and wrapped between
//! grapheme clusters. Every place that prints, measures, cuts or wraps text goes through here.

use std::borrow::Cow;

use ratatui::buffer::CellWidth;
use unicode_segmentation::GraphemeCursor;

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

/// The grapheme clusters of `text` (extended, as ratatui draws them), with the byte at
/// which each starts.
///
/// The same clusters as `unicode_segmentation`'s, found sooner: an ASCII character other
/// than CR followed by another ASCII character (or nothing) is a cluster of its own under
/// every rule of UAX #29, since no ASCII character extends, joins or prepends; so are the
/// characters that `stand_alone` beside ASCII or one another. Only around
/// other characters is the full segmentation run; most of the screen's text is ASCII, and
/// segmenting it was the largest cost of a first frame.
pub fn grapheme_indices(text: &str) -> GraphemeIndices<'_> {
    GraphemeIndices { text, at: 0 }
}

/// The iterator of [`grapheme_indices`].
pub struct GraphemeIndices<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for GraphemeIndices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let (text, start) = (self.text, self.at);
        let bytes = text.as_bytes();
        let &byte = bytes.get(start)?;
        let alone = if byte.is_ascii() {
            let next_alone = || {
                bytes.get(start + 1).is_none_or(u8::is_ascii)
                    || text[start + 1..].chars().next().is_some_and(stands_alone)
            };
            (byte != b'\r' && next_alone()).then_some(1)
        } else {
            let mut chars = text[start..].chars();
            chars
                .next()
                .filter(|&c| stands_alone(c))
                .filter(|_| {
                    chars
                        .next()
                        .is_none_or(|next| next.is_ascii() || stands_alone(next))
                })
                .map(char::len_utf8)
        };
        self.at = if let Some(length) = alone {
            start + length
        } else {
            // The whole text as the chunk: the cursor never asks for context it lacks.
            GraphemeCursor::new(start, text.len(), true)
                .next_boundary(text, 0)
                .ok()
                .flatten()
                .unwrap_or(text.len())
        };
        Some((start, &text[start..self.at]))
    }
}

/// Whether `c` is, beside ASCII or another such character, a cluster of its own: the
/// characters of the screen's text and of European and Chinese names that no rule of UAX #29
/// joins to a neighbour (Latin letters, punctuation, arrows, box drawing, shapes, CJK
/// ideographs), since none of them extends, joins, prepends or pairs. (A test checks every
/// one of them against `unicode_segmentation`.)
fn stands_alone(c: char) -> bool {
    matches!(c,
        '\u{a0}'..='\u{2ff}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205e}'
        | '\u{2190}'..='\u{21ff}'
        | '\u{2500}'..='\u{25ff}'
        | '\u{4e00}'..='\u{9fff}'
    )
}

/// The grapheme clusters of `text`: see [`grapheme_indices`].
pub fn graphemes(text: &str) -> impl Iterator<Item = &str> {
    grapheme_indices(text).map(|(_, grapheme)| grapheme)
}

/// A piece of text as it is measured and drawn: see [`pieces`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Printable ASCII: a cluster and a column per byte.
    Ascii(&'a str),
    /// One grapheme cluster of anything else.
    Cluster(&'a str),
}

/// `text` as runs of printable ASCII and the clusters between them, in order: what is
/// measured or drawn a byte at a time, and what must be segmented. A run's last byte goes
/// with what follows it, which may be a mark it carries.
pub fn pieces(text: &str) -> impl Iterator<Item = Piece<'_>> {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let rest = bytes.get(from..).filter(|rest| !rest.is_empty())?;
        let mut run = rest.iter().take_while(|&&byte| printable(byte)).count();
        if run < rest.len() {
            run = run.saturating_sub(1);
        }
        let start = from;
        if run > 0 {
            from += run;
            return Some(Piece::Ascii(&text[start..from]));
        }
        let (_, cluster) = grapheme_indices(&text[start..]).next()?;
        from += cluster.len();
        Some(Piece::Cluster(cluster))
    })
}

/// Whether `byte` is printable ASCII: a character, a cluster and a column of its own, in
/// ratatui as in every terminal.
pub fn printable(byte: u8) -> bool {
    (b' '..=b'~').contains(&byte)
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
    pieces(text)
        .map(|piece| match piece {
            Piece::Ascii(run) => run.len(),
            Piece::Cluster(cluster) => grapheme_width(cluster),
        })
        .sum()
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
    /// Printable ASCII (and maybe its `\n`): a byte a column, and only spaces to break at.
    ascii: bool,
}

impl<'a> Breaker<'a> {
    fn new(paragraph: &'a str) -> Breaker<'a> {
        let text = paragraph.strip_suffix('\n').unwrap_or(paragraph);
        Breaker {
            paragraph,
            graphemes: grapheme_indices(paragraph),
            pending: None,
            previous: None,
            start: 0,
            last_break: None,
            used: 0,
            finished: false,
            ascii: text.bytes().all(printable),
        }
    }

    fn next_line(&mut self, columns: usize) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        if self.ascii {
            return Some(self.next_ascii_line(columns));
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

    /// [`next_line`](Self::next_line) on printable ASCII, the same lines found by bytes: a
    /// line overflows at its first letter past `columns` (spaces hang), and is cut after the
    /// last space before it, or at it when there is none.
    fn next_ascii_line(&mut self, columns: usize) -> &'a str {
        let bytes = self.paragraph.as_bytes();
        let end = bytes.len() - usize::from(bytes.last() == Some(&b'\n'));
        let start = self.start;
        let Some(overflow) = (start + columns..end).find(|&at| bytes[at] != b' ') else {
            self.finished = true;
            return &self.paragraph[start..];
        };
        let cut = bytes[start..overflow]
            .iter()
            .rposition(|&byte| byte == b' ')
            .map_or(overflow, |space| start + space + 1);
        self.start = cut;
        &self.paragraph[start..cut]
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

    /// Every character the fast path takes as a cluster of its own is one under the full
    /// segmentation, before and after anything: ASCII, CR LF, its own kind, combining and
    /// spacing marks, joiners, variation selectors, Hangul, flags, emoji, prepended marks,
    /// the soft hyphen.
    #[test]
    fn what_stands_alone_is_a_cluster_of_its_own() {
        let neighbours = [
            "a", " ", "\r", "\n", "\t", "é", "山", "•", "─", "\u{301}", "\u{200d}", "\u{fe0f}",
            "\u{903}", "\u{1100}", "\u{ac00}", "🇫", "👩", "\u{600}", "\u{ad}", "\u{7f}",
        ];
        let alone = (0..=0x10ffff_u32)
            .filter_map(char::from_u32)
            .filter(|&c| stands_alone(c));
        let mut checked = 0;
        for c in alone {
            for n in neighbours {
                for text in [format!("{c}{n}"), format!("{n}{c}"), format!("{n}{c}{n}")] {
                    let fast: Vec<(usize, &str)> = grapheme_indices(&text).collect();
                    let full: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
                    assert_eq!(fast, full, "{text:?}");
                }
            }
            checked += 1;
        }
        assert!(checked > 20_000, "{checked}");
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

        /// Measuring by pieces gives the width of the clusters `unicode_segmentation` finds.
        #[test]
        fn width_is_the_sum_of_the_clusters(
            text in "([a-z \\r\\n\\t\\x00\\x7f]|\u{301}|\u{200d}|\u{fe0f}|👩|🇫|🇷|山|é|•|\\PC){0,40}",
        ) {
            let clusters: usize = text.graphemes(true).map(grapheme_width).sum();
            prop_assert_eq!(width(&text), clusters);
            // The pieces are the text, cut only between clusters.
            let pieces: Vec<&str> = pieces(&text)
                .map(|piece| match piece {
                    Piece::Ascii(run) => run,
                    Piece::Cluster(cluster) => cluster,
                })
                .collect();
            prop_assert_eq!(pieces.concat(), text.clone());
            let mut at = 0;
            for piece in pieces {
                prop_assert!(is_cluster_start(&text, at), "{:?} at {}", text, at);
                at += piece.len();
            }
        }

        /// Printable ASCII is wrapped by bytes: into the lines the general path finds.
        #[test]
        fn ascii_wraps_as_any_text(
            text in "([a-z~!]{1,12}| {1,3}|\n){0,30}",
            columns in 0usize..20,
        ) {
            let columns = columns.max(1);
            for paragraph in text.split_inclusive('\n') {
                let mut fast = Breaker::new(paragraph);
                prop_assert!(fast.ascii);
                let mut general = Breaker { ascii: false, ..Breaker::new(paragraph) };
                let fast: Vec<&str> = std::iter::from_fn(|| fast.next_line(columns)).collect();
                let general: Vec<&str> =
                    std::iter::from_fn(|| general.next_line(columns)).collect();
                prop_assert_eq!(fast, general);
            }
        }

        /// The fast path finds exactly the clusters of the full segmentation, around
        /// CR LF, combining marks after ASCII, emoji sequences and flags.
        #[test]
        fn clusters_are_those_of_unicode_segmentation(
            text in "([a-z \\r\\n\\t\\x00\\x7f]|\u{301}|\u{200d}|\u{fe0f}|👩|🏫|🇫|🇷|山|\u{a0}|é|«|•|─|↓|■|\u{ad}|\\PC){0,40}",
        ) {
            let fast: Vec<(usize, &str)> = grapheme_indices(&text).collect();
            let full: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
            prop_assert_eq!(fast, full);
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
