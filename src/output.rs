//! The one way out to the terminal for the command line: everything written to the standard
//! output and error passes here and is made inert, whatever file, argument or variable it
//! came from.

use std::io::{self, Write};

use crate::text::terminal_safe;

/// Writes to a stream without ever panicking: a closed pipe (`secu status | head -1`) or a
/// full disk under a redirection is not worth a crash, and the exit status already says what
/// matters.
fn write_to(mut stream: impl Write, text: &str) {
    let _ = stream.write_all(terminal_safe(text).as_bytes());
    let _ = stream.flush();
}

/// Writes `text` to the standard output as it is (no new line added).
pub fn print(text: &str) {
    write_to(io::stdout().lock(), text);
}

/// Writes `text` to the standard error as it is (no new line added).
pub fn eprint(text: &str) {
    write_to(io::stderr().lock(), text);
}

/// Writes a document meant for another program (an iCalendar file piped on) to the standard
/// output: RFC 5545 ends its lines with CR LF, which cannot move text on a terminal; any
/// other control character is made inert like everywhere else.
pub fn print_document(text: &str) {
    let mut out = io::stdout().lock();
    for (i, line) in text.split("\r\n").enumerate() {
        if i > 0 {
            let _ = out.write_all(b"\r\n");
        }
        let _ = out.write_all(terminal_safe(line).as_bytes());
    }
    let _ = out.flush();
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
