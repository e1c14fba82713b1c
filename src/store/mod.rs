//! The progress file: where it lives, how it is read, and how it is written without ever
//! losing what was in it.

mod fields;
mod file;
mod salvage;
mod visits;

use std::fmt;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use file::{read_small, read_small_bytes, replace_file, write_new};
pub use salvage::{Dropped, Kept, SalvageReport};
pub use visits::{Visit, Visits};

use crate::export::CalendarRecord;
use crate::procedure::{
    Inconsistency, NumberError, Profile, Progress, SocialSecurityNumber, Step, StepRecords,
};
use file::{Access, ReadError};

/// The file format this build reads and writes.
pub const VERSION: u32 = 1;

/// A progress file is a few kilobytes at most, whatever its notes: anything larger is not a
/// progress file, and reading it whole would only slow down the error message. The limit
/// holds for what is written too, measured on the text about to be written: pretty-printed
/// when that fits, else compact (see [`Store::text_of`]), so that a file that loads also
/// saves.
pub const MAX_FILE_SIZE: u64 = 1024 * 1024;

/// How much `repair` reads of a file too large for the rest of `secu`, to keep what it can.
const REPAIR_CAP: u64 = 64 * 1024 * 1024;

/// How long to wait for another `secu` that holds the lock before giving up.
const LOCK_PATIENCE: Duration = Duration::from_secs(1);

/// Everything that can go wrong with the progress file. Each names the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no configuration folder could be found for this user: choose a file with --file")]
    NoConfigDir,
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    /// A folder, a device or a pipe where the file should be.
    #[error("{} is not a regular file", path.display())]
    NotAFile { path: PathBuf },
    #[error("{} is {size} bytes, too large to be a progress file", path.display())]
    TooLarge { path: PathBuf, size: u64 },
    /// Not JSON (`field` is `None`), or a field whose value cannot be read. serde's own
    /// message is left out on purpose: it can quote the value, a number included.
    #[error("{} is damaged (line {line}, column {column})", path.display())]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        field: Option<String>,
    },
    /// A social security number in the file that fails its checks.
    #[error("{} holds an invalid number on {step}: {error}", path.display())]
    InvalidNumber {
        path: PathBuf,
        step: Step,
        error: NumberError,
    },
    #[error("{} does not follow the procedure: {problem}", path.display())]
    Inconsistent {
        path: PathBuf,
        problem: Inconsistency,
    },
    #[error("{} was written by a newer secu (version {version})", path.display())]
    NewerVersion { path: PathBuf, version: u32 },
    /// The file holds what this build could not write back whole (JSON nested deeper than
    /// serde_json reads): writing would lose it, so nothing is written.
    #[error("{} holds data secu cannot keep whole", path.display())]
    CannotKeep { path: PathBuf },
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
    #[error("{} is in use by another secu; try again in a moment", path.display())]
    Locked { path: PathBuf },
    /// A symbolic link on the way to the file points to nothing: no folder can be made there.
    #[error("{} is a link to {}, which does not exist", path.display(), target.display())]
    BrokenLink { path: PathBuf, target: PathBuf },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The content of the progress file.
#[derive(Clone, Default, PartialEq)]
pub struct Document {
    pub progress: Progress,
    /// The day the checklist was last opened, as files written before the last visit moved
    /// to the state folder ([`Visits`]) kept it: read, and kept as it is.
    pub last_opened: Option<NaiveDate>,
    /// What the last calendar export was, so that the next one updates its events.
    pub calendar: Option<CalendarRecord>,
    /// The file as it was read, so that a save keeps the keys this build does not know.
    original: Option<Value>,
}

/// By hand, so that the file as read — numbers included — stays out of `Debug`.
impl fmt::Debug for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Document")
            .field("progress", &self.progress)
            .field("last_opened", &self.last_opened)
            .field("calendar", &self.calendar)
            .finish_non_exhaustive()
    }
}

impl Document {
    pub fn new(progress: Progress) -> Document {
        Document {
            progress,
            ..Document::default()
        }
    }

    /// The steps the last calendar export held as open: a calendar app may still ring for
    /// them.
    pub fn exported(&self) -> Vec<Step> {
        self.calendar
            .as_ref()
            .map(|record| record.steps.clone())
            .unwrap_or_default()
    }
}

/// The file as serde sees it.
#[derive(Serialize, Deserialize)]
struct FileFormat {
    version: u32,
    #[serde(default)]
    profile: Profile,
    #[serde(default)]
    steps: StepRecords,
    #[serde(default)]
    last_opened: Option<NaiveDate>,
    /// Read leniently: a calendar record that does not read only costs the next export a
    /// new one, never the file.
    #[serde(
        default,
        deserialize_with = "lenient",
        skip_serializing_if = "Option::is_none"
    )]
    calendar: Option<CalendarRecord>,
}

/// `T` if the value reads as one, `None` otherwise.
fn lenient<'de, D, T>(deserializer: D) -> std::result::Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let value = Value::deserialize(deserializer)?;
    Ok(serde_json::from_value(value).ok())
}

/// Only the version, read first so that a newer file is recognised even when its shape
/// changed.
#[derive(Deserialize)]
struct VersionOnly {
    version: Option<u32>,
}

/// Identifies one version of the file on disk, to notice a change made by another `secu`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    inode: u64,
    len: u64,
    modified: Option<std::time::SystemTime>,
}

/// What `repair` did.
#[derive(Debug)]
pub enum Repair {
    NoFile,
    /// The file reads fine: nothing was touched.
    Healthy,
    Repaired {
        /// Where the damaged file now is.
        aside: PathBuf,
        report: SalvageReport,
    },
}

/// A failed read-modify-write: either the file or the change itself.
#[derive(Debug, thiserror::Error)]
pub enum UpdateError<E> {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Refused(E),
}

/// Whether the file could be made readable by its owner only.
#[derive(Debug)]
pub enum Privacy {
    /// It already was, or there is no file yet.
    Private,
    /// It was readable by others and is not any more.
    Tightened,
    /// It is readable by others and could not be changed (a read-only or FAT file system, a
    /// file owned by someone else): worth a warning, never a reason to stop.
    Open(io::Error),
}

/// The progress file at one path.
#[derive(Debug, Clone)]
pub struct Store {
    /// As given: what messages name.
    path: PathBuf,
    /// Where the file really is, links followed: what is read, locked and replaced.
    target: PathBuf,
}

impl Store {
    pub fn new(path: impl Into<PathBuf>) -> Store {
        let path = path.into();
        let target = file::resolve_links(&path);
        Store { path, target }
    }

    /// `<config dir>/secu/progress.json`: `$XDG_CONFIG_HOME/secu` on Linux,
    /// `~/Library/Application Support/secu` on macOS, `%APPDATA%\secu\config` on Windows.
    pub fn default_path() -> Result<PathBuf> {
        directories::ProjectDirs::from("", "", "secu")
            .map(|dirs| dirs.config_dir().join("progress.json"))
            .ok_or(StoreError::NoConfigDir)
    }

    /// Where exports go: the user's Downloads folder, else their home folder.
    pub fn downloads_folder() -> Option<PathBuf> {
        let dirs = directories::UserDirs::new()?;
        Some(
            dirs.download_dir()
                .unwrap_or_else(|| dirs.home_dir())
                .to_path_buf(),
        )
    }

    /// The path as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file the path stands for, symbolic links followed.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Whether `path` names the progress file: the same file by what it is (device and
    /// inode, or volume and index on Windows), so that a hard link is caught as well as a
    /// symbolic one; or, before the file exists, the same place.
    pub fn is_named_by(&self, path: &Path) -> bool {
        match fs::metadata(path) {
            // Only a regular file can be the progress file; anything else is never opened
            // here (opening a pipe waits for a writer).
            Ok(metadata) if !metadata.is_file() => false,
            Ok(_) if same_file::is_same_file(&self.target, path).unwrap_or(false) => true,
            _ => matches!(
                (canonical(&self.target), canonical(path)),
                (Some(a), Some(b)) if a == b
            ),
        }
    }

    fn lock_path(&self) -> PathBuf {
        file::sibling(&self.target, ".lock")
    }

    /// Refuses a path that names a folder (`x/`, `.`, `..`) before anything is read or
    /// created: its lock would otherwise land beside the folder, as `x.lock`.
    fn check_name(&self) -> Result<()> {
        let ends_in_separator = self
            .path
            .as_os_str()
            .as_encoded_bytes()
            .last()
            .is_some_and(|&byte| std::path::is_separator(char::from(byte)));
        if ends_in_separator || self.path.file_name().is_none() {
            return Err(StoreError::NotAFile {
                path: self.path.clone(),
            });
        }
        Ok(())
    }

    fn error(&self, error: ReadError) -> StoreError {
        let path = self.path.clone();
        match error {
            ReadError::NotAFile => StoreError::NotAFile { path },
            ReadError::TooLarge { size } => StoreError::TooLarge { path, size },
            ReadError::Io(source) => StoreError::Read { path, source },
        }
    }

    fn write_error(&self, source: io::Error) -> StoreError {
        StoreError::Write {
            path: self.path.clone(),
            source,
        }
    }

    /// Makes the file readable by its owner only, if it was not: it holds social security
    /// numbers. Best effort: a file that cannot be changed is still read.
    pub fn make_private(&self) -> Privacy {
        match file::make_private(&self.target) {
            Ok(true) => Privacy::Tightened,
            Ok(false) => Privacy::Private,
            Err(error) if error.kind() == io::ErrorKind::NotFound => Privacy::Private,
            Err(error) => Privacy::Open(error),
        }
    }

    /// Reads the file; `None` when there is none yet.
    pub fn load(&self) -> Result<Option<Document>> {
        self.read_text(MAX_FILE_SIZE)?
            .map(|text| self.parse(&text))
            .transpose()
    }

    /// Reads the file to change it: also as untyped JSON, so that the save keeps the keys this
    /// build does not know. Readers that only show the file skip that second parse.
    fn load_for_update(&self) -> Result<Document> {
        match self.read_text(MAX_FILE_SIZE)? {
            Some(text) => self.for_update(&text),
            None => Ok(Document::default()),
        }
    }

    /// The document `text` holds, with the file as read, for a save that keeps what this
    /// build does not know.
    fn for_update(&self, text: &str) -> Result<Document> {
        let mut document = self.parse(text)?;
        // The typed read succeeded; if the untyped one cannot keep everything (nesting
        // deeper than serde_json reads), writing would lose it: refuse instead.
        let original = serde_json::from_str(text).map_err(|_| StoreError::CannotKeep {
            path: self.path.clone(),
        })?;
        document.original = Some(original);
        Ok(document)
    }

    /// The file's text, read through the one reader: a regular file, at most `cap` bytes, a
    /// UTF-8 byte order mark left out. `None` when there is no file yet.
    fn read_text(&self, cap: u64) -> Result<Option<String>> {
        self.check_name()?;
        let Some(bytes) = file::read_capped(&self.target, cap).map_err(|e| self.error(e))? else {
            return Ok(None);
        };
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
        match String::from_utf8(bytes.to_vec()) {
            Ok(text) => Ok(Some(text)),
            Err(error) => {
                let valid = &bytes[..error.utf8_error().valid_up_to()];
                let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
                let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
                Err(StoreError::Parse {
                    path: self.path.clone(),
                    line,
                    column,
                    field: None,
                })
            }
        }
    }

    /// Says where the file is damaged and what cannot be read there, in our own words: a
    /// value that does not fit is named by its field, a number by what is wrong with it.
    fn parse_error(&self, err: &serde_json::Error, text: &str) -> StoreError {
        let path = self.path.clone();
        let (line, column) = (err.line(), err.column());
        if !err.is_data() {
            return StoreError::Parse {
                path,
                line,
                column,
                field: None,
            };
        }
        let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
        let field = salvage::first_unreadable(&value);
        if let Some((step, Value::String(number))) = field
            .as_deref()
            .and_then(|field| number_field(&value, field))
            && let Err(error) = SocialSecurityNumber::parse(number)
        {
            return StoreError::InvalidNumber { path, step, error };
        }
        StoreError::Parse {
            path,
            line,
            column,
            field,
        }
    }

    fn parse(&self, text: &str) -> Result<Document> {
        let format: FileFormat = match serde_json::from_str(text) {
            Ok(format) => format,
            Err(err) => {
                // A newer file may have a shape this build cannot read: say so rather than
                // calling it damaged.
                if let Ok(VersionOnly {
                    version: Some(version),
                }) = serde_json::from_str(text)
                    && version > VERSION
                {
                    return Err(StoreError::NewerVersion {
                        path: self.path.clone(),
                        version,
                    });
                }
                return Err(self.parse_error(&err, text));
            }
        };
        if format.version > VERSION {
            return Err(StoreError::NewerVersion {
                path: self.path.clone(),
                version: format.version,
            });
        }
        let progress = Progress::from_parts(format.profile, format.steps);
        progress
            .check()
            .map_err(|problem| StoreError::Inconsistent {
                path: self.path.clone(),
                problem,
            })?;
        Ok(Document {
            progress,
            last_opened: format.last_opened,
            calendar: format.calendar,
            original: None,
        })
    }

    /// What identifies the file's current content cheaply: a new save is a new file (renamed
    /// into place), so its inode changes, and so do its size and time. `None` when absent.
    pub fn stamp(&self) -> Option<FileStamp> {
        let metadata = fs::metadata(&self.target).ok()?;
        #[cfg(unix)]
        let inode = {
            use std::os::unix::fs::MetadataExt;
            metadata.ino()
        };
        #[cfg(not(unix))]
        let inode = 0;
        Some(FileStamp {
            inode,
            len: metadata.len(),
            modified: metadata.modified().ok(),
        })
    }

    /// Reads a file written by a newer `secu` as far as this build understands it, to show
    /// it; such a file is never written.
    pub fn read_newer(&self) -> Result<(Document, u32)> {
        let text = self
            .read_text(MAX_FILE_SIZE)?
            .ok_or_else(|| self.error(ReadError::Io(io::ErrorKind::NotFound.into())))?;
        let value: Value =
            serde_json::from_str(&text).map_err(|err| self.parse_error(&err, &text))?;
        let version = value
            .get("version")
            .and_then(Value::as_u64)
            .and_then(|v| u32::try_from(v).ok())
            .unwrap_or(VERSION);
        let (progress, last_opened, _) = salvage::salvage(&value);
        Ok((
            Document {
                progress,
                last_opened,
                calendar: salvage::calendar(&value),
                original: None,
            },
            version,
        ))
    }

    /// Moves a damaged file aside, to `<name>.broken-YYYYMMDD-HHMMSS` beside it, and writes
    /// in its place everything that could be read from it. Nothing is deleted.
    pub fn repair(&self, now: NaiveDateTime) -> Result<Repair> {
        // Only ever a regular file: a device must never be renamed.
        if file::is_special(&self.target) {
            return Err(StoreError::NotAFile {
                path: self.path.clone(),
            });
        }
        let _lock = self.lock()?;
        match self.load() {
            Ok(None) => return Ok(Repair::NoFile),
            Ok(Some(_)) => return Ok(Repair::Healthy),
            Err(error @ (StoreError::NewerVersion { .. } | StoreError::Read { .. })) => {
                return Err(error);
            }
            Err(_) => {}
        }
        // Too large for the rest of secu, or not JSON at all: read what can be, and keep the
        // file aside all the same.
        let value = self
            .read_text(REPAIR_CAP)
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str::<Value>(&text).ok())
            .unwrap_or(Value::Null);
        let (progress, last_opened, report) = salvage::salvage(&value);
        // There is a readable file at every instant, a kill or a power cut at any point
        // included: the damaged file gets its second name first (a link, else a copy), and
        // only then is the salvage renamed over the first.
        let aside = self.aside_path(now);
        file::keep_aside(&self.target, &aside).map_err(|e| self.write_error(e))?;
        // The copy holds the numbers too: owner only, whatever the original's mode.
        let _ = file::make_private(&aside);
        let document = Document {
            progress,
            last_opened,
            calendar: salvage::calendar(&value),
            original: None,
        };
        if let Err(error) = self.save(&document) {
            // The damaged file is still in its place: the second name is not needed.
            let _ = fs::remove_file(&aside);
            return Err(error);
        }
        Ok(Repair::Repaired { aside, report })
    }

    /// A name beside the file that is not taken yet.
    fn aside_path(&self, now: NaiveDateTime) -> PathBuf {
        let stamp = format!(".broken-{}", now.format("%Y%m%d-%H%M%S"));
        let mut candidate = file::sibling(&self.target, &stamp);
        let mut n = 2;
        while candidate.exists() || candidate.is_symlink() {
            candidate = file::sibling(&self.target, &format!("{stamp}-{n}"));
            n += 1;
        }
        candidate
    }

    /// Reads the file, applies `change` and writes the result, holding the lock throughout so
    /// that another `secu` changing the same file in between is neither lost nor undone.
    /// Nothing is written when `change` refuses — not even the folder or the lock: a change
    /// is tried first on the file as it is, and refused there, creates nothing.
    pub fn update<T, E>(
        &self,
        change: impl Fn(&mut Document) -> Result<T, E>,
    ) -> Result<(Document, T), UpdateError<E>> {
        if !self.lock_path().exists() {
            let mut trial = self.load_for_update()?;
            change(&mut trial).map_err(UpdateError::Refused)?;
        }
        let _lock = self.lock()?;
        let mut document = self.load_for_update()?;
        let before = document.clone();
        let result = change(&mut document).map_err(UpdateError::Refused)?;
        // A change that changes nothing in a file that exists writes nothing: its time and
        // inode stay, so no other secu reads it again for nothing.
        if document.original.is_none() || document != before {
            self.save(&document)?;
        }
        Ok((document, result))
    }

    /// Keeps the file's school year aside, beside it under the name `next` gives (owner only,
    /// never over a file: `-1`, `-2`… when taken), then writes `next`'s progress in its
    /// place, all under the lock. Returns where the year was kept and the new file. The old
    /// file is whole at every instant until the copy is on disk, which holds it byte for byte.
    pub fn start_new_year<E>(
        &self,
        next: impl FnOnce(&Document) -> Result<(String, Progress), E>,
    ) -> Result<(PathBuf, Document), UpdateError<E>> {
        let _lock = self.lock()?;
        // No file, no year to keep: said as a read that found nothing.
        let text = self
            .read_text(MAX_FILE_SIZE)?
            .ok_or_else(|| self.error(ReadError::Io(io::ErrorKind::NotFound.into())))?;
        let (name, progress) = next(&self.for_update(&text)?).map_err(UpdateError::Refused)?;
        let dir = file::folder_of(&self.target);
        let kept = file::write_new_as(dir, &name, text.as_bytes(), Access::OwnerOnly)
            .map_err(|error| self.write_error(error))?;
        let next = Document::new(progress);
        if let Err(error) = self.save(&next) {
            // The year is still in its place: the copy is not needed.
            let _ = fs::remove_file(&kept);
            return Err(error.into());
        }
        Ok((kept, next))
    }

    /// Records a calendar export: `next` makes the new record from the one the file holds.
    /// Nothing is written when the record stays the same.
    pub fn record_calendar(
        &self,
        next: impl Fn(Option<&CalendarRecord>) -> CalendarRecord,
    ) -> Result<CalendarRecord> {
        let (_, record) = self
            .update(|document| {
                let record = next(document.calendar.as_ref());
                document.calendar = Some(record.clone());
                Ok::<_, std::convert::Infallible>(record)
            })
            .map_err(|error| match error {
                UpdateError::Store(error) => error,
                UpdateError::Refused(never) => match never {},
            })?;
        Ok(record)
    }

    /// Takes the lock file beside the progress file; released when the guard drops.
    fn lock(&self) -> Result<File> {
        self.check_name()?;
        if let Some(dir) = self.target.parent() {
            file::create_private_dir(dir).map_err(|error| match file::broken_link(dir) {
                Some((path, target)) => StoreError::BrokenLink { path, target },
                None => self.write_error(error),
            })?;
        }
        let lock = file::open_lock(&self.lock_path()).map_err(|error| match error {
            ReadError::Io(source) => self.write_error(source),
            // The lock is never read, so never too large: only what stands in its place.
            ReadError::NotAFile | ReadError::TooLarge { .. } => StoreError::NotAFile {
                path: self.lock_path(),
            },
        })?;
        let started = Instant::now();
        loop {
            match lock.try_lock() {
                Ok(()) => return Ok(lock),
                Err(fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_PATIENCE => {
                    thread::sleep(Duration::from_millis(20));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(StoreError::Locked {
                        path: self.path.clone(),
                    });
                }
                Err(fs::TryLockError::Error(source)) => return Err(self.write_error(source)),
            }
        }
    }

    /// Writes the whole file atomically, never larger than `secu` agrees to read. Called
    /// under the lock.
    fn save(&self, document: &Document) -> Result<()> {
        let text = self.text_of(document)?;
        file::remove_stale_temporaries(&self.target);
        file::write_atomically(&self.target, text.as_bytes(), Access::OwnerOnly)
            .map_err(|e| self.write_error(e))
    }

    /// The file's text: pretty-printed, for a person who opens it, unless that passes
    /// [`MAX_FILE_SIZE`]; then compact. A file that was read is never longer compact than it
    /// was (whitespace, escapes and repeated keys only shrink), so it can always be written
    /// back; only a change that itself takes it past the limit is refused.
    fn text_of(&self, document: &Document) -> Result<String> {
        let format = FileFormat {
            version: VERSION,
            profile: document.progress.profile().clone(),
            steps: document.progress.records().clone(),
            last_opened: document.last_opened,
            calendar: document.calendar.clone(),
        };
        let encoding = |err| self.write_error(io::Error::other(err));
        let mut value = serde_json::to_value(&format).map_err(encoding)?;
        if let Some(original) = &document.original {
            salvage::keep_unknown_keys(&mut value, original);
        }
        let mut text = serde_json::to_string_pretty(&value).map_err(encoding)?;
        if text.len() as u64 >= MAX_FILE_SIZE {
            text = serde_json::to_string(&value).map_err(encoding)?;
        }
        text.push('\n');
        if text.len() as u64 > MAX_FILE_SIZE {
            return Err(StoreError::TooLarge {
                path: self.path.clone(),
                size: text.len() as u64,
            });
        }
        Ok(text)
    }
}

/// A path made absolute with its links resolved; for a file not there yet, its folder's.
fn canonical(path: &Path) -> Option<PathBuf> {
    if let Ok(path) = fs::canonicalize(path) {
        return Some(path);
    }
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    Some(fs::canonicalize(parent).ok()?.join(path.file_name()?))
}

/// The step and the value of a number field named like `steps.nir.number`.
fn number_field<'a>(value: &'a Value, field: &str) -> Option<(Step, &'a Value)> {
    let step: Step = field
        .strip_prefix("steps.")?
        .strip_suffix(".number")?
        .parse()
        .ok()?;
    Some((step, value.get("steps")?.get(step.id())?.get("number")?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::{Level, Step};
    use proptest::prelude::*;

    use crate::testing::date;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("secu").join("progress.json"));
        (dir, store)
    }

    /// The calendar's record is kept, read back, and written only when it changes: an export
    /// of the same events leaves the file as it was, inode included. A record that does not
    /// read costs the record, never the file.
    #[test]
    fn the_calendar_record_is_written_only_when_it_changes() {
        let (_dir, store) = store();
        let record = CalendarRecord {
            id: "0123456789abcdef".to_owned(),
            sequence: 3,
            digest: "d".to_owned(),
            steps: vec![Step::Nir],
        };
        assert_eq!(store.record_calendar(|_| record.clone()).unwrap(), record);
        let stamp = store.stamp();
        let read = store.load().unwrap().unwrap().calendar;
        assert_eq!(read.as_ref(), Some(&record));
        let seen = store
            .record_calendar(|previous| previous.cloned().unwrap())
            .unwrap();
        assert_eq!(seen, record);
        assert_eq!(store.stamp(), stamp);

        let text = fs::read_to_string(store.path()).unwrap();
        let hostile = text.replace("\"sequence\": 3", "\"sequence\": \"three\"");
        assert_ne!(hostile, text);
        fs::write(store.path(), hostile).unwrap();
        let document = store.load().unwrap().unwrap();
        assert_eq!(document.calendar, None);
    }

    #[test]
    fn a_missing_file_loads_as_none() {
        let (_dir, store) = store();
        assert!(store.load().unwrap().is_none());
    }

    #[test]
    fn update_creates_the_file_and_load_reads_it_back() {
        let (_dir, store) = store();
        let today = date(2026, 11, 26);
        store
            .update(|doc| {
                doc.progress.set_profile(Profile {
                    level: Some(Level::Secondary),
                    ..Profile::default()
                })?;
                doc.last_opened = Some(today);
                doc.progress.tick(Step::Request, date(2026, 10, 2), today)
            })
            .unwrap();
        let doc = store.load().unwrap().unwrap();
        assert_eq!(doc.progress.done_on(Step::Request), Some(date(2026, 10, 2)));
        assert_eq!(doc.last_opened, Some(today));
        let text = fs::read_to_string(store.path()).unwrap();
        assert!(text.starts_with("{\n  \"version\": 1,"), "{text}");
    }

    #[test]
    fn a_refused_change_writes_nothing() {
        let (_dir, store) = store();
        let result = store.update(|doc| doc.progress.untick(Step::Request));
        assert!(matches!(result, Err(UpdateError::Refused(_))));
        assert!(!store.path().exists());
    }

    #[test]
    fn unknown_keys_survive_a_save() {
        let (_dir, store) = store();
        fs::create_dir_all(store.path().parent().unwrap()).unwrap();
        fs::write(
            store.path(),
            r#"{"version": 1, "future_feature": {"a": [1, 2]}, "steps": {}}"#,
        )
        .unwrap();
        store
            .update(|doc| {
                doc.last_opened = Some(date(2026, 11, 26));
                Ok::<_, ()>(())
            })
            .unwrap();
        let text = fs::read_to_string(store.path()).unwrap();
        assert!(text.contains("\"future_feature\""), "{text}");
    }

    #[test]
    fn a_damaged_file_reports_line_and_column() {
        let (_dir, store) = store();
        fs::create_dir_all(store.path().parent().unwrap()).unwrap();
        fs::write(store.path(), "{\n  \"version\": 1,\n  oops\n}").unwrap();
        match store.load() {
            Err(StoreError::Parse { line, column, .. }) => {
                assert_eq!((line, column), (3, 3));
            }
            other => panic!("expected a parse error, got {other:?}"),
        }
    }

    #[test]
    fn a_newer_version_is_recognised_even_in_another_shape() {
        let (_dir, store) = store();
        fs::create_dir_all(store.path().parent().unwrap()).unwrap();
        fs::write(store.path(), r#"{"version": 2, "steps": [1, 2, 3]}"#).unwrap();
        assert!(matches!(
            store.load(),
            Err(StoreError::NewerVersion { version: 2, .. })
        ));
    }

    #[test]
    fn a_hand_edited_file_that_breaks_the_order_is_refused() {
        let (_dir, store) = store();
        fs::create_dir_all(store.path().parent().unwrap()).unwrap();
        fs::write(
            store.path(),
            r#"{"version": 1, "steps": {"nia": {"done_on": "2026-10-20"}}}"#,
        )
        .unwrap();
        assert!(matches!(store.load(), Err(StoreError::Inconsistent { .. })));
    }

    #[cfg(unix)]
    #[test]
    fn the_file_and_its_folder_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, store) = store();
        store
            .update(|doc| {
                doc.last_opened = Some(date(2026, 11, 26));
                Ok::<_, ()>(())
            })
            .unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(store.path()), 0o600);
        assert_eq!(mode(store.path().parent().unwrap()), 0o700);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_readable_by_others_is_made_private() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, store) = store();
        assert!(matches!(store.make_private(), Privacy::Private));
        store
            .update(|doc| {
                doc.last_opened = Some(date(2026, 11, 26));
                Ok::<_, ()>(())
            })
            .unwrap();
        fs::set_permissions(store.path(), fs::Permissions::from_mode(0o644)).unwrap();
        assert!(matches!(store.make_private(), Privacy::Tightened));
        let mode = fs::metadata(store.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert!(matches!(store.make_private(), Privacy::Private));
    }

    /// Two repairs in the same second set two copies aside, never one over the other.
    #[test]
    fn two_repairs_in_one_second_keep_both_copies() {
        let (_dir, store) = store();
        fs::create_dir_all(store.path().parent().unwrap()).unwrap();
        let now = date(2026, 11, 26).and_hms_opt(9, 0, 0).unwrap();
        let mut asides = Vec::new();
        for damage in ["first damage", "second damage"] {
            fs::write(store.path(), damage).unwrap();
            match store.repair(now).unwrap() {
                Repair::Repaired { aside, .. } => asides.push(aside),
                other => panic!("{other:?}"),
            }
        }
        assert_ne!(asides[0], asides[1]);
        assert_eq!(fs::read(&asides[0]).unwrap(), b"first damage");
        assert_eq!(fs::read(&asides[1]).unwrap(), b"second damage");
    }

    /// Text that is not UTF-8 is damage at a place: its line and column.
    #[test]
    fn a_file_that_is_not_utf8_says_where() {
        let (_dir, store) = store();
        fs::create_dir_all(store.path().parent().unwrap()).unwrap();
        fs::write(store.path(), b"{\n  \"version\": 1,\n  \"x\": \"\xff\"\n}").unwrap();
        match store.load() {
            Err(StoreError::Parse { line, column, .. }) => assert_eq!((line, column), (3, 9)),
            other => panic!("expected a parse error, got {other:?}"),
        }
    }

    /// A pipe where the lock file goes is refused for what it is, never waited on.
    #[cfg(unix)]
    #[test]
    fn a_pipe_in_place_of_the_lock_is_not_a_file() {
        let (_dir, store) = store();
        fs::create_dir_all(store.path().parent().unwrap()).unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(store.lock_path())
            .status()
            .unwrap();
        assert!(made.success());
        let result = store.update(|doc| {
            doc.last_opened = Some(date(2026, 11, 26));
            Ok::<_, ()>(())
        });
        assert!(
            matches!(&result, Err(UpdateError::Store(StoreError::NotAFile { path })) if *path == store.lock_path()),
            "{result:?}"
        );
    }

    /// What `Debug` shows of a file read: the progress, the number masked, never the text as
    /// it was read.
    #[test]
    fn a_document_s_debug_shows_no_number() {
        let (_dir, store) = store();
        fs::create_dir_all(store.path().parent().unwrap()).unwrap();
        fs::write(
            store.path(),
            r#"{"version": 1, "profile": {"level": "secondary"},
                "steps": {"request": {"done_on": "2026-10-02"},
                          "nia": {"done_on": "2026-10-20", "number": "884058832102523"}},
                "other": "884058832102523"}"#,
        )
        .unwrap();
        let document = store.load_for_update().unwrap();
        let debug = format!("{document:?}");
        assert!(
            debug.starts_with("Document {") && debug.contains("progress"),
            "{debug}"
        );
        assert!(!debug.contains("832102"), "{debug}");
    }

    /// The limit holds for the text written, to the byte: exactly [`MAX_FILE_SIZE`] is
    /// written (compact, where the pretty text would pass it), one byte more is refused.
    #[test]
    fn the_text_written_may_reach_the_limit_and_not_pass_it() {
        let (_dir, store) = store();
        let with_pad = |length: usize| {
            let mut document = Document::new(Progress::default());
            let pad = "x".repeat(length);
            document.original = Some(serde_json::json!({ "version": 1, "pad": pad }));
            store.text_of(&document).map(|text| text.len() as u64)
        };
        // What the compact text adds to the pad, from a text surely written compact (and
        // refused): the size the refusal gives.
        let limit = usize::try_from(MAX_FILE_SIZE).unwrap();
        let Err(StoreError::TooLarge { size, .. }) = with_pad(limit) else {
            panic!("a pad of the whole limit fits");
        };
        let fits = limit - usize::try_from(size - MAX_FILE_SIZE).unwrap();
        assert_eq!(with_pad(fits).unwrap(), MAX_FILE_SIZE);
        assert!(matches!(
            with_pad(fits + 1),
            Err(StoreError::TooLarge { .. })
        ));
    }

    #[test]
    fn the_lock_is_refused_while_another_holds_it() {
        let (_dir, store) = store();
        let held = store.lock().unwrap();
        assert!(matches!(store.lock(), Err(StoreError::Locked { .. })));
        drop(held);
        assert!(store.lock().is_ok());
    }

    #[test]
    fn the_stamp_changes_with_every_save() {
        let (_dir, store) = store();
        assert_eq!(store.stamp(), None);
        let save = |day| {
            store
                .update(|doc| {
                    doc.last_opened = Some(date(2026, 11, day));
                    Ok::<_, ()>(())
                })
                .unwrap();
        };
        save(1);
        let first = store.stamp();
        assert!(first.is_some());
        assert_eq!(store.stamp(), first);
        // Same size, same second: the rename still gives a new inode.
        save(2);
        assert_ne!(store.stamp(), first);
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            "[a-z0-9:-]{0,12}".prop_map(Value::String),
            Just(Value::String("2026-10-02".to_owned())),
            Just(Value::String("884058832102523".to_owned())),
            Just(Value::String("secondary".to_owned())),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            let keys = prop::sample::select(vec![
                "version",
                "profile",
                "steps",
                "request",
                "nia",
                "nir",
                "done_on",
                "number",
                "level",
                "department",
                "last_opened",
                "other",
            ]);
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec((keys, inner), 0..6).prop_map(|entries| {
                    Value::Object(
                        entries
                            .into_iter()
                            .map(|(k, v)| (k.to_owned(), v))
                            .collect(),
                    )
                }),
            ]
        })
    }

    proptest! {
        /// Whatever the file holds, reading it gives a progress or an error, never a panic;
        /// and whatever it holds, repair's salvage gives a progress that follows the rules.
        #[test]
        fn the_loader_never_panics_on_text(text in "\\PC{0,200}") {
            let (_dir, store) = store();
            let _ = store.parse(&text);
        }

        #[test]
        fn the_loader_never_panics_on_json(value in json_value()) {
            let (_dir, store) = store();
            let text = value.to_string();
            if let Ok(document) = store.parse(&text) {
                prop_assert!(document.progress.check().is_ok());
            }
            let (progress, _, _) = salvage::salvage(&value);
            prop_assert!(progress.check().is_ok());
        }
    }
}
