//! The file system under the progress file: the one reader, which takes only regular files and
//! never reads past a limit; the lock; atomic writes; and names beside the file that stay
//! within what file systems allow.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// The longest file name most file systems take, in bytes.
const NAME_MAX: usize = 255;

/// How many symbolic links to follow before calling it a loop, as Linux does.
const MAX_LINKS: usize = 40;

/// Why a read gave no text.
#[derive(Debug)]
pub(super) enum ReadError {
    /// A folder, a device, a pipe: nothing `secu` should read, or wait on.
    NotAFile,
    TooLarge {
        size: u64,
    },
    Io(io::Error),
}

impl From<io::Error> for ReadError {
    fn from(error: io::Error) -> ReadError {
        ReadError::Io(error)
    }
}

/// The file a path stands for: a symbolic link is followed, link after link, so that a
/// progress file kept in a synced folder and linked from the config folder is read, locked
/// and replaced where it really is, and the link stays a link.
pub(super) fn resolve_links(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::read_link(&current) {
            Ok(target) => {
                current = match current.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            // Not a link (or nothing there yet): this is the file.
            Err(_) => return current,
        }
    }
    // A loop: every operation on it will say so.
    path.to_path_buf()
}

/// Opens `path` without ever waiting: on a pipe, an open for reading would wait for a writer.
fn open_nonblocking(options: &mut OpenOptions, path: &Path) -> io::Result<File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// The bytes of the regular file at `path`, at most `cap` of them; `None` when there is no
/// file. Everything that reads the progress file reads it through here.
pub(super) fn read_capped(path: &Path, cap: u64) -> Result<Option<Vec<u8>>, ReadError> {
    let mut file = match open_nonblocking(OpenOptions::new().read(true), path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        // A folder opens on some systems and not on others: say the same everywhere.
        Err(error) if path.is_dir() => return Err(not_a_file(error)),
        Err(error) => return Err(ReadError::Io(error)),
    };
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(ReadError::NotAFile);
    }
    if metadata.len() > cap {
        return Err(ReadError::TooLarge {
            size: metadata.len(),
        });
    }
    // The size can lie (a file growing, a special file system): the cap holds regardless.
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    (&mut file).take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
        });
    }
    Ok(Some(bytes))
}

fn not_a_file(_: io::Error) -> ReadError {
    ReadError::NotAFile
}

/// Whether `path` holds something other than a regular file (links followed).
pub(super) fn is_special(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|metadata| !metadata.is_file())
}

/// `path`'s file name with `suffix` after it, cut so that the whole stays a name file
/// systems take: a progress file with a 250-byte name still gets its lock and its copies.
pub(super) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let room = NAME_MAX.saturating_sub(suffix.len());
    let mut cut = name.len().min(room);
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut sibling = OsString::from(&name[..cut]);
    sibling.push(suffix);
    path.with_file_name(sibling)
}

/// The beginning of the names of this file's temporary files: short whatever the name, so
/// that a temporary file's name is never too long to create.
pub(super) fn temp_prefix(path: &Path) -> String {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut cut = name.len().min(100);
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!(".{}.", &name[..cut])
}

/// The end of the names of temporary files, so that they can be told from the user's files.
pub(super) const TEMP_SUFFIX: &str = ".tmp";

/// Opens (creating it owner-only) the lock file, refusing anything but a regular file there.
pub(super) fn open_lock(path: &Path) -> Result<File, ReadError> {
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let lock = match open_nonblocking(&mut options, path) {
        Ok(lock) => lock,
        Err(error) if is_special(path) => return Err(not_a_file(error)),
        Err(error) => return Err(ReadError::Io(error)),
    };
    if !lock.metadata()?.is_file() {
        return Err(ReadError::NotAFile);
    }
    Ok(lock)
}

/// Writes `bytes` to `target` atomically: a temporary file in the same folder, flushed to
/// disk, then renamed over the old one, and the folder flushed too. A crash at any instant
/// leaves the old file or the new one, never half of one.
pub(super) fn write_atomically(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    create_private_dir(dir)?;
    let prefix = temp_prefix(target);
    remove_stale_temporaries(dir, &prefix);
    // Created owner-only (0600), and removed if anything below fails.
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(target).map_err(|err| err.error)?;
    sync_dir(dir);
    Ok(())
}

/// Removes temporary files that a `secu` killed in the middle of a save left behind. Called
/// under the lock, so no other `secu` is writing one now.
fn remove_stale_temporaries(dir: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(prefix) && name.ends_with(TEMP_SUFFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Creates the folder (and its parents) readable by its owner only: the file holds
/// personal data.
pub(super) fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Makes a rename durable. Best effort: some file systems cannot sync a folder, and the new
/// file is already complete on disk.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Makes a file readable by its owner only. `Ok(true)` when it had to change.
pub(super) fn make_private(path: &Path) -> io::Result<bool> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path)?.permissions().mode();
        if mode & 0o077 != 0 {
            fs::set_permissions(path, fs::Permissions::from_mode(mode & 0o700))?;
            return Ok(true);
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(false)
}

/// Writes `bytes` to a new file named `name` in `dir`, never over an existing file: when the
/// name is taken, `name-1`, `name-2`… (before the extension), as browsers do for downloads.
/// A file left half-written by an error is removed.
pub fn write_new(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let name = Path::new(name);
    let stem = name
        .file_stem()
        .unwrap_or(name.as_os_str())
        .to_string_lossy();
    let extension = name
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()));
    let extension = extension.unwrap_or_default();
    for n in 0..100 {
        let candidate = match n {
            0 => dir.join(format!("{stem}{extension}")),
            n => dir.join(format!("{stem}-{n}{extension}")),
        };
        let mut file = match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(file) => file,
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        };
        return match file.write_all(bytes).and_then(|()| file.sync_all()) {
            Ok(()) => Ok(candidate),
            Err(error) => {
                let _ = fs::remove_file(&candidate);
                Err(error)
            }
        };
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "a hundred files of that name already exist",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_still_get_their_siblings() {
        let name = "é".repeat(125);
        let path = Path::new("/tmp").join(&name);
        let lock = sibling(&path, ".lock");
        let lock_name = lock.file_name().unwrap().len();
        assert!(lock_name <= NAME_MAX, "{lock_name}");
        assert!(lock.to_string_lossy().ends_with(".lock"));
        assert!(temp_prefix(&path).len() <= 102);
        assert_eq!(
            sibling(Path::new("/a/p.json"), ".lock"),
            Path::new("/a/p.json.lock")
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_to_the_file_they_name() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("sync").join("progress.json");
        let link = dir.path().join("progress.json");
        std::os::unix::fs::symlink("sync/progress.json", &link).unwrap();
        assert_eq!(resolve_links(&link), real);
        // A loop is left as it is.
        let a = dir.path().join("a");
        std::os::unix::fs::symlink("a", &a).unwrap();
        assert_eq!(resolve_links(&a), a);
    }

    #[cfg(unix)]
    #[test]
    fn only_regular_files_are_read_and_never_past_the_cap() {
        assert!(matches!(
            read_capped(Path::new("/dev/zero"), 1024),
            Err(ReadError::NotAFile)
        ));
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_capped(dir.path(), 1024),
            Err(ReadError::NotAFile)
        ));
        let file = dir.path().join("f");
        fs::write(&file, vec![b'x'; 2000]).unwrap();
        assert!(matches!(
            read_capped(&file, 1024),
            Err(ReadError::TooLarge { size: 2000 })
        ));
        assert_eq!(read_capped(&file, 4096).unwrap().unwrap().len(), 2000);
        assert!(read_capped(&dir.path().join("none"), 10).unwrap().is_none());
    }

    #[test]
    fn a_new_file_never_replaces_one_already_there() {
        let dir = tempfile::tempdir().unwrap();
        let first = write_new(dir.path(), "secu-calendar.ics", b"one").unwrap();
        let second = write_new(dir.path(), "secu-calendar.ics", b"two").unwrap();
        assert_eq!(first, dir.path().join("secu-calendar.ics"));
        assert_eq!(second, dir.path().join("secu-calendar-1.ics"));
        assert_eq!(fs::read(&first).unwrap(), b"one");
        assert_eq!(fs::read(&second).unwrap(), b"two");
        assert!(write_new(&dir.path().join("missing"), "x.md", b"").is_err());
    }
}
