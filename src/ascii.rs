//! ASCII for terminals that can show nothing else: the Linux console's font, a locale whose
//! character set is not UTF-8. Look-alikes for symbols, letters without their accents.

use std::borrow::Cow;

/// Whether a terminal can only be trusted with ASCII: the Linux console's built-in font
/// has no `›`, `’`, `—`, `…`, `✓` or `✗` and draws `□`, `✓` and `◆` alike (`TERM=linux`),
/// and a locale whose character set is not UTF-8 (`LANG=C`, a Latin-1 xterm) turns every
/// other character into bytes of another meaning. `locale` is the first of `LC_ALL`,
/// `LC_CTYPE` and `LANG` that is set; none set is taken as UTF-8, as terminals are today.
pub fn ascii_terminal(term: Option<&str>, locale: Option<&str>) -> bool {
    let utf8 = |locale: &str| {
        let locale = locale.to_ascii_lowercase();
        locale.contains("utf-8") || locale.contains("utf8")
    };
    term == Some("linux") || locale.is_some_and(|locale| !utf8(locale))
}

/// What an ASCII terminal shows for a character it cannot draw: a symbol's look-alike, a
/// letter without its accent. `None` for what has none (a Chinese character).
fn ascii_of(c: char) -> Option<&'static str> {
    const LETTERS: [(&str, &str); 22] = [
        ("àáâãäåā", "a"),
        ("ÀÁÂÃÄÅĀ", "A"),
        ("çćč", "c"),
        ("ÇĆČ", "C"),
        ("èéêëēę", "e"),
        ("ÈÉÊËĒĘ", "E"),
        ("ìíîïī", "i"),
        ("ÌÍÎÏĪ", "I"),
        ("ñń", "n"),
        ("ÑŃ", "N"),
        ("òóôõöøō", "o"),
        ("ÒÓÔÕÖØŌ", "O"),
        ("ùúûüū", "u"),
        ("ÙÚÛÜŪ", "U"),
        ("ýÿ", "y"),
        ("ÝŸ", "Y"),
        ("šś", "s"),
        ("ŠŚ", "S"),
        ("žźż", "z"),
        ("ŽŹŻ", "Z"),
        ("ł", "l"),
        ("Ł", "L"),
    ];
    let symbol = match c {
        '✓' | '✔' => "+",
        '✗' | '✘' => "x",
        '›' | '→' => ">",
        '‹' | '←' => "<",
        '↑' => "^",
        '↓' => "v",
        '’' | '‘' | '′' => "'",
        '“' | '”' | '«' | '»' => "\"",
        '—' | '–' | '─' | '━' | '‐' => "-",
        '…' => "...",
        '■' => "#",
        '□' => "-",
        '◆' => "*",
        '•' => "*",
        '·' => ".",
        '│' | '┃' => "|",
        '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '┼' => "+",
        '\u{a0}' | '\u{202f}' | '\u{2009}' => " ",
        'ß' => "ss",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        '°' => "o",
        '€' => "EUR",
        _ => "",
    };
    if !symbol.is_empty() {
        return Some(symbol);
    }
    LETTERS
        .iter()
        .find(|(accented, _)| accented.contains(c))
        .map(|&(_, plain)| plain)
}

/// `text` in ASCII, for a terminal that can show nothing else: look-alikes for symbols,
/// letters without accents, `?` for the rest, combining accents left out.
pub fn to_ascii(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            c if c.is_ascii() => out.push(c),
            '\u{300}'..='\u{36f}' => {}
            c => out.push_str(ascii_of(c).unwrap_or("?")),
        }
    }
    Cow::Owned(out)
}

/// A cell of a drawn screen in ASCII: one character, since a cell cannot grow (`…` becomes
/// `.`), `?` for what has no look-alike; a wide character keeps its two columns with the
/// blank cell after it.
pub fn ascii_cell(symbol: &str) -> Option<char> {
    if symbol.is_ascii() {
        return None;
    }
    let first = symbol.chars().next()?;
    Some(
        ascii_of(first)
            .and_then(|plain| plain.chars().next())
            .unwrap_or('?'),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Linux console and a locale that is not UTF-8 get ASCII; a UTF-8 locale, or none
    /// set, does not.
    #[test]
    fn ascii_terminals_are_told_apart() {
        assert!(ascii_terminal(Some("linux"), Some("fr_FR.UTF-8")));
        assert!(ascii_terminal(Some("xterm"), Some("C")));
        assert!(ascii_terminal(Some("xterm"), Some("POSIX")));
        assert!(ascii_terminal(Some("xterm"), Some("de_DE.ISO-8859-1")));
        assert!(!ascii_terminal(Some("xterm-256color"), Some("C.UTF-8")));
        assert!(!ascii_terminal(Some("xterm"), Some("en_US.utf8")));
        assert!(!ascii_terminal(Some("tmux-256color"), None));
    }

    #[test]
    fn ascii_keeps_the_meaning() {
        assert_eq!(
            to_ascii("› [x] Sécurité sociale — done ✓, late ✗ … «Noël» 8 84 05 •• 23 ■■□"),
            "> [x] Securite sociale - done +, late x ... \"Noel\" 8 84 05 ** 23 ##-"
        );
        assert_eq!(to_ascii("Zhang Wei 张伟"), "Zhang Wei ??");
        assert_eq!(to_ascii("e\u{301}te\u{301}"), "ete");
        assert_eq!(ascii_cell("…"), Some('.'));
        assert_eq!(ascii_cell("┌"), Some('+'));
        assert_eq!(ascii_cell("a"), None);
        assert_eq!(ascii_cell("张"), Some('?'));
    }

    proptest::proptest! {
        /// Whatever the text, ASCII comes out.
        #[test]
        fn to_ascii_gives_ascii(text in "\\PC{0,60}") {
            proptest::prop_assert!(to_ascii(&text).is_ascii());
        }
    }
}
