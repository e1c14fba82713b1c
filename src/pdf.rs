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
    Ok(std::path::absolute(path).unwrap_or_else(|_| path.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
