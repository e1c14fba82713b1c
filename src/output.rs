//! The one way out to the terminal for the command line: everything written to the standard
//! output and error passes here and is made inert, whatever file, argument or variable it
//! came from.

use std::io::{self, Write};
use std::sync::OnceLock;

use crate::procedure::mask_numbers;
use crate::text::terminal_safe;

/// The first write to the standard output or error that failed other than on a closed pipe:
/// a full disk or `/dev/full` under a redirection, where the output is lost and the exit
/// status must say so (see [`lost`]).
static LOST: OnceLock<io::Error> = OnceLock::new();

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

/// Writes `text` to the standard output as it is (no new line added).
pub fn print(text: &str) {
    write_to(io::stdout().lock(), text);
}

/// Writes `text` to the standard error (no new line added), any social security number in it
/// masked: what goes there is a message, never a number the user asked to see, and a number
/// typed in the wrong place comes back in it (`secu done 295109912611193`).
pub fn eprint(text: &str) {
    write_to(io::stderr().lock(), &mask_numbers(text));
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
