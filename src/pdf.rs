//! Checking the PDF of the attestation de droits when its path is given: it must exist and
//! be a PDF, so that the proof kept is the real one.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Why a path was refused as the attestation's PDF.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error("no file at this path")]
    NotFound,
    #[error("this is a folder, not a file")]
    NotAFile,
    #[error("cannot be read: {0}")]
    Unreadable(String),
    /// The file does not start with `%PDF`.
    #[error("not a PDF")]
    NotPdf,
    /// The path is not UTF-8, which JSON cannot hold: said about the path, before the
    /// progress file would be blamed for it.
    #[error("the path is not UTF-8 text")]
    NotText(PathBuf),
}

/// Checks that `path` is a readable PDF and returns it made absolute, so that it still
/// names the file when `secu` runs from another folder.
pub fn check_pdf(path: &Path) -> Result<PathBuf, PdfError> {
    let metadata = std::fs::metadata(path).map_err(|error| match error.kind() {
        io::ErrorKind::NotFound => PdfError::NotFound,
        _ => PdfError::Unreadable(error.to_string()),
    })?;
    if !metadata.is_file() {
        return Err(PdfError::NotAFile);
    }
    let mut head = [0u8; 4];
    File::open(path)
        .and_then(|mut file| file.read_exact(&mut head))
        .map_err(|error| match error.kind() {
            io::ErrorKind::UnexpectedEof => PdfError::NotPdf,
            _ => PdfError::Unreadable(error.to_string()),
        })?;
    if &head != b"%PDF" {
        return Err(PdfError::NotPdf);
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    if absolute.to_str().is_none() {
        return Err(PdfError::NotText(absolute));
    }
    Ok(absolute)
}

/// The path a user typed or pasted, as the file system names it: terminals paste a dragged
/// file quoted (`'/home/a/My File.pdf'`, `"…"`), with backslash escapes (`My\ File.pdf`) or
/// as a `file://` address, and people type `~` for their home folder. `None` when nothing
/// was given.
pub fn normalize_path(text: &str, home: Option<&Path>) -> Option<PathBuf> {
    let text = text.trim();
    let unquoted = if let Some(inner) = quoted(text, '\'') {
        // A shell writes a quote inside single quotes as '\''.
        inner.replace("'\\''", "'")
    } else if let Some(inner) = quoted(text, '"') {
        inner.replace("\\\"", "\"")
    } else if let Some(address) = text.strip_prefix("file://") {
        // file:///home/a/My%20File.pdf, or file://localhost/home/…
        let path = address.strip_prefix("localhost").unwrap_or(address);
        percent_decode(path)
    } else if cfg!(unix) {
        unescape(text)
    } else {
        // Backslashes separate folders on Windows: nothing to unescape.
        text.to_owned()
    };
    if unquoted.is_empty() {
        return None;
    }
    let path = match (unquoted.strip_prefix('~'), home) {
        (Some(""), Some(home)) => home.to_owned(),
        (Some(rest), Some(home)) if rest.starts_with(std::path::is_separator) => {
            home.join(rest.trim_start_matches(std::path::is_separator))
        }
        _ => PathBuf::from(unquoted),
    };
    Some(path)
}

/// The text between a pair of `quote`s, when it is wrapped in them.
fn quoted(text: &str, quote: char) -> Option<&str> {
    text.strip_prefix(quote)?.strip_suffix(quote)
}

/// `My\ File\(1\).pdf` as the shell reads it.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

/// `%20` and the like as the bytes they stand for; text that is not valid UTF-8 once decoded
/// is kept as written.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pasted_or_typed_path_is_read_as_the_shell_would() {
        let home = Path::new("/home/ana");
        let read = |text: &str| normalize_path(text, Some(home));
        let expected = Some(PathBuf::from("/home/ana/My File.pdf"));
        assert_eq!(read("'/home/ana/My File.pdf'"), expected);
        assert_eq!(read(" \"/home/ana/My File.pdf\" "), expected);
        assert_eq!(read("/home/ana/My\\ File.pdf"), expected);
        assert_eq!(read("~/My File.pdf"), expected);
        assert_eq!(read("file:///home/ana/My%20File.pdf"), expected);
        assert_eq!(
            read("'/home/ana/Ana'\\''s.pdf'"),
            Some(PathBuf::from("/home/ana/Ana's.pdf"))
        );
        assert_eq!(read("~"), Some(PathBuf::from("/home/ana")));
        // Only a leading ~ followed by a separator is the home folder.
        assert_eq!(read("~ana/x.pdf"), Some(PathBuf::from("~ana/x.pdf")));
        assert_eq!(
            normalize_path("~/x.pdf", None),
            Some(PathBuf::from("~/x.pdf"))
        );
        assert_eq!(read("relative.pdf"), Some(PathBuf::from("relative.pdf")));
        assert_eq!(read("  "), None);
        assert_eq!(read("''"), None);
    }

    #[test]
    fn only_a_readable_pdf_is_taken() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("attestation.pdf");
        std::fs::write(&pdf, b"%PDF-1.7\n...").unwrap();
        assert_eq!(check_pdf(&pdf), Ok(pdf.clone()));
        let text = dir.path().join("attestation.txt");
        std::fs::write(&text, b"hello").unwrap();
        assert_eq!(check_pdf(&text), Err(PdfError::NotPdf));
        let tiny = dir.path().join("tiny.pdf");
        std::fs::write(&tiny, b"%P").unwrap();
        assert_eq!(check_pdf(&tiny), Err(PdfError::NotPdf));
        assert_eq!(
            check_pdf(&dir.path().join("missing.pdf")),
            Err(PdfError::NotFound)
        );
        assert_eq!(check_pdf(dir.path()), Err(PdfError::NotAFile));
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let bytes = dir
                .path()
                .join(std::ffi::OsStr::from_bytes(b"\xffname.pdf"));
            std::fs::write(&bytes, b"%PDF-1.4").unwrap();
            assert!(matches!(check_pdf(&bytes), Err(PdfError::NotText(_))));
        }
    }
}
