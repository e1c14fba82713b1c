//! The one way out to the terminal for the command line: everything written to the standard
//! output and error passes here and is made inert, whatever file, argument or variable it
//! came from.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::ascii::to_ascii;
use crate::procedure::mask_numbers;
use crate::text::{terminal_safe, width, wrap};

/// The first write to the standard output or error that failed other than on a closed pipe:
/// a full disk or `/dev/full` under a redirection, where the output is lost and the exit
/// status must say so (see [`lost`]).
static LOST: OnceLock<io::Error> = OnceLock::new();

/// Whether the terminal can only show ASCII (see [`crate::ascii::ascii_terminal`]): what is
/// written to it is put into ASCII; what is piped or redirected stays whole.
static ASCII: AtomicBool = AtomicBool::new(false);

/// Says, once at the start, whether the terminal can only show ASCII.
pub fn set_ascii(ascii: bool) {
    ASCII.store(ascii, Ordering::Relaxed);
}

/// `text` as a terminal stream shows it: in ASCII where that is all it can show.
fn for_stream<'a>(text: &'a str, terminal: bool) -> Cow<'a, str> {
    if terminal && ASCII.load(Ordering::Relaxed) {
        to_ascii(text)
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes to a stream without ever panicking. A closed pipe (`secu status | head -1`) is the
/// reader's choice, and stays silent and successful; any other failure is kept for the exit
/// status.
fn write_to(mut stream: impl Write, text: &str) {
    note(stream.write_all(terminal_safe(text).as_bytes()));
    note(stream.flush());
}

/// Keeps the first failure that is not a closed pipe.
fn note(result: io::Result<()>) {
    if let Err(error) = result
        && error.kind() != io::ErrorKind::BrokenPipe
    {
        let _ = LOST.set(error);
    }
}

/// Why some of the output could not be written, if it could not.
pub fn lost() -> Option<&'static io::Error> {
    LOST.get()
}

/// The width of the terminal the standard output is, if it is one: lines are wrapped there at
/// word boundaries, as the checklist wraps them, rather than cut inside a word by the
/// terminal. Piped or redirected, the output stays as it is, for the programs that read it.
fn terminal_width() -> Option<usize> {
    static WIDTH: OnceLock<Option<usize>> = OnceLock::new();
    *WIDTH.get_or_init(|| {
        io::stdout()
            .is_terminal()
            .then(crossterm::terminal::size)
            .and_then(Result::ok)
            .map(|(columns, _)| usize::from(columns))
            .filter(|&columns| columns > 0)
    })
}

/// `text` with each line longer than `columns` wrapped between words, its continuations
/// indented as the line was.
fn fitted(text: &str, columns: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (line, end) = match line.strip_suffix('\n') {
            Some(line) => (line, "\n"),
            None => (line, ""),
        };
        let content = line.trim_start_matches(' ');
        let indent = (line.len() - content.len()).min(columns / 2);
        let room = columns - indent;
        // A word longer than the line (an address, a path) is left to the terminal, which
        // wraps it without a line break, so that it is copied whole.
        let long_word = content.split_whitespace().any(|word| width(word) > room);
        if width(line) <= columns || long_word {
            out.push_str(line);
        } else {
            for (i, piece) in wrap(content, room).into_iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str(&" ".repeat(indent));
                out.push_str(piece.trim_end());
            }
        }
        out.push_str(end);
    }
    out
}

/// Writes `text` to the standard output (no new line added), wrapped to the terminal's width
/// when it is one.
pub fn print(text: &str) {
    match terminal_width() {
        Some(columns) => {
            let text = for_stream(text, true);
            write_to(io::stdout().lock(), &fitted(&text, columns));
        }
        None => write_to(io::stdout().lock(), text),
    }
}

/// Writes `text` to the standard error (no new line added), any social security number in it
/// masked: what goes there is a message, never a number the user asked to see, and a number
/// typed in the wrong place comes back in it (`secu done 295109912611193`).
pub fn eprint(text: &str) {
    let text = mask_numbers(text);
    write_to(
        io::stderr().lock(),
        &for_stream(&text, io::stderr().is_terminal()),
    );
}

/// Writes text the user copies or saves as it is (an e-mail, the sheet) to the standard
/// output: never wrapped, so that a copy from the terminal keeps its lines; in ASCII only
/// where the terminal needs it.
pub fn print_as_is(text: &str) {
    let terminal = terminal_width().is_some();
    write_to(io::stdout().lock(), &for_stream(text, terminal));
}

/// Writes a document meant for another program (an iCalendar file piped on) to the standard
/// output: RFC 5545 ends its lines with CR LF, which cannot move text on a terminal; any
/// other control character is made inert like everywhere else.
pub fn print_document(text: &str) {
    let mut out = io::stdout().lock();
    let mut written = Ok(());
    for (i, line) in text.split("\r\n").enumerate() {
        if i > 0 {
            written = written.and_then(|()| out.write_all(b"\r\n"));
        }
        written = written.and_then(|()| out.write_all(terminal_safe(line).as_bytes()));
    }
    note(written.and_then(|()| out.flush()));
}

/// `println!` through [`print`].
macro_rules! say {
    ($($arg:tt)*) => {{
        let mut line = format!($($arg)*);
        line.push('\n');
        $crate::output::print(&line);
    }};
}

/// `eprintln!` through [`eprint`].
macro_rules! say_err {
    ($($arg:tt)*) => {{
        let mut line = format!($($arg)*);
        line.push('\n');
        $crate::output::eprint(&line);
    }};
}

pub(crate) use {say, say_err};

#[cfg(test)]
mod tests {
    use super::*;

    /// A line too long is wrapped between words, its continuation indented as it was;
    /// shorter lines and the text's own line breaks stay.
    #[test]
    fn long_lines_wrap_between_words() {
        let text = "short\n      [ ] attestation  Attestation sent  due 31 Dec 2026\nend";
        let wrapped = fitted(text, 30);
        assert_eq!(
            wrapped,
            "short\n      [ ] attestation\n      Attestation sent  due 31\n      Dec 2026\nend"
        );
        for line in wrapped.lines() {
            assert!(width(line) <= 30, "{line:?}");
        }
        assert!(wrapped.split_whitespace().eq(text.split_whitespace()));
        // An address longer than the line stays whole, for the terminal to wrap.
        let link = format!("Link: https://example.org/{}", "a".repeat(40));
        assert_eq!(fitted(&link, 30), link);
    }
}
