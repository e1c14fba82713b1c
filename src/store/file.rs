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
            // Read from the link's folder: joined, an absolute target stands as it is.
            Ok(target) => {
                current = match current.parent() {
                    Some(dir) => dir.join(target),
                    None => target,
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

/// The text of a small file named by the environment or kept beside the progress file (the
/// `SECU_TODAY_FILE` clock, a visit, a time zone): `None` unless it is a regular file of at
/// most `cap` bytes in UTF-8. A device, a pipe or a huge file is never read, nor waited on.
pub fn read_small(path: &Path, cap: u64) -> Option<String> {
    String::from_utf8(read_small_bytes(path, cap)?).ok()
}

/// The bytes of a small file, as [`read_small`] reads them.
pub fn read_small_bytes(path: &Path, cap: u64) -> Option<Vec<u8>> {
    read_capped(path, cap).ok()?
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

/// The beginning of the names of this file's temporary files: the whole name when it leaves
/// room for the rest, else its first bytes and a hash of it all, so that two long names that
/// begin alike never share temporaries.
pub(super) fn temp_prefix(path: &Path) -> String {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    if name.len() <= TEMP_NAME_ROOM {
        return format!(".{name}.");
    }
    let mut cut = TEMP_NAME_ROOM - 17;
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!(".{}~{:016x}.", &name[..cut], fnv1a(name.as_bytes()))
}

/// How many bytes of a file's name its temporaries repeat (a long name: its beginning and a
/// hash, in as many bytes): a temporary's name is a dot, this, a dot, [`TEMP_RANDOM`]
/// characters and [`TEMP_SUFFIX`], within [`NAME_MAX`].
const TEMP_NAME_ROOM: usize = 200;

/// How many random characters tell one temporary of a file from another.
const TEMP_RANDOM: usize = 6;

/// The end of the names of temporary files, so that they can be told from the user's files.
pub(super) const TEMP_SUFFIX: &str = ".tmp";

/// Whether `name` is one of the temporaries [`write_atomically`] makes with `prefix`: exactly
/// the prefix, the random characters and the suffix. A sibling's (`progress.json.b`'s
/// `.progress.json.b.x7Kp2q.tmp`) has a dot among them, and a user's own `*.tmp` lacks the
/// prefix.
pub(super) fn is_temporary_of(name: &str, prefix: &str) -> bool {
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// FNV-1a, 64 bits: a hash that stays the same from one build to the next, unlike the
/// standard library's.
pub(super) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

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

/// Who may read a file written in place of another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Access {
    /// The progress file: its owner only, whatever it was.
    OwnerOnly,
    /// An export: the permissions the file it replaces had, else the usual ones for a new file
    /// (those the umask leaves).
    AsBefore,
}

/// Writes `bytes` to `target` atomically: a temporary file in the same folder, flushed to
/// disk, then renamed over the old one, and the folder flushed too. A crash, a full disk or a
/// kill at any instant leaves the old file or the new one, never half of one. The file keeps
/// its owner and group (a save by root leaves the user's file the user's), where the system
/// allows it.
pub(super) fn write_atomically(target: &Path, bytes: &[u8], access: Access) -> io::Result<()> {
    let dir = folder_of(target);
    let before = fs::metadata(target).ok();
    let temp = written_temporary(target, bytes, access, before.as_ref())?;
    temp.persist(target).map_err(|err| err.error)?;
    sync_dir(dir);
    Ok(())
}

/// The folder a file is in, `.` for a bare name.
pub(super) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// A temporary file beside `target` holding `bytes`, on disk, with the owner, group and (for
/// an export) permissions of `before`, the file it is to replace. Removed when dropped.
fn written_temporary(
    target: &Path,
    bytes: &[u8],
    access: Access,
    before: Option<&fs::Metadata>,
) -> io::Result<tempfile::NamedTempFile> {
    let prefix = temp_prefix(target);
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM);
    #[cfg(unix)]
    if access == Access::AsBefore {
        use std::os::unix::fs::PermissionsExt;
        // Given to open(2), so the umask applies, as it does to any new file.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    #[cfg(not(unix))]
    let _ = access;
    // Created owner-only (0600) unless said otherwise.
    let mut temp = builder.tempfile_in(folder_of(target))?;
    if let Some(before) = before {
        keep_owner(temp.as_file(), before);
        // Unix modes only: on Windows the one permission is "read-only", which would make
        // the temporary unwritable, and the replaced file inherits its folder's access rules.
        #[cfg(unix)]
        if access == Access::AsBefore {
            temp.as_file().set_permissions(before.permissions())?;
        }
    }
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    Ok(temp)
}

/// Gives the new file the owner and group of the one it replaces. Only root may give a file
/// away: for anyone else this changes nothing, and the file stays theirs as it was.
fn keep_owner(file: &File, before: &fs::Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(now) = file.metadata()
            && (now.uid(), now.gid()) != (before.uid(), before.gid())
        {
            let _ = std::os::unix::fs::fchown(file, Some(before.uid()), Some(before.gid()));
        }
    }
    #[cfg(not(unix))]
    let _ = (file, before);
}

/// Removes the temporary files that a `secu` killed in the middle of a save of `target` left
/// behind: only that file's own (see [`is_temporary_of`]), never a sibling's or the user's.
/// Called under the file's lock, which every writer of those temporaries holds: any there
/// now is stale.
pub(super) fn remove_stale_temporaries(target: &Path) {
    let Ok(entries) = fs::read_dir(folder_of(target)) else {
        return;
    };
    let prefix = temp_prefix(target);
    for entry in entries.flatten() {
        if is_temporary_of(&entry.file_name().to_string_lossy(), &prefix) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes an export to `path`, links followed, without ever leaving it half-written: a
/// regular file (or none yet) is replaced atomically, keeping its permissions and owner; a
/// device or a pipe (`/dev/stdout`, a FIFO) is written into, as a shell's `>` would. What the
/// path is, is asked of the system first: `/dev/stdout` is a link to `/proc/self/fd/1`, whose
/// own link text (`pipe:[…]`) names no file.
pub fn replace_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    match fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => Err(io::ErrorKind::IsADirectory.into()),
        Ok(metadata) if !metadata.is_file() => {
            let mut file = OpenOptions::new().write(true).open(path)?;
            file.write_all(bytes)?;
            file.flush()
        }
        _ => write_atomically(&resolve_links(path), bytes, Access::AsBefore),
    }
}

/// Creates the folder (and its parents) readable by its owner only: the file holds
/// personal data.
pub(super) fn create_private_dir(dir: &Path) -> io::Result<()> {
    // A folder already there needs nothing; so does the current folder (an empty path), which
    // a recursive create takes as done.
    if dir.is_dir() {
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

/// The first symbolic link on the way to `dir` that points to nothing, and what it points
/// to: the real reason a folder cannot be created there ("File exists" says nothing of it).
pub(super) fn broken_link(dir: &Path) -> Option<(PathBuf, PathBuf)> {
    let mut ancestors: Vec<&Path> = dir.ancestors().collect();
    ancestors.reverse();
    ancestors.into_iter().find_map(|ancestor| {
        let target = fs::read_link(ancestor).ok()?;
        (!ancestor.exists()).then(|| (ancestor.to_path_buf(), target))
    })
}

/// Gives `file` a second name, `aside`, never over an existing file: a hard link, so that the
/// file is never without a name; a copy where links cannot be made (FAT, some shares).
pub(super) fn keep_aside(file: &Path, aside: &Path) -> io::Result<()> {
    if fs::hard_link(file, aside).is_ok() {
        return Ok(());
    }
    // No link: a file system without them, or the name taken, which the copy refuses too.
    let mut source = File::open(file)?;
    let mut copy = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(aside)?;
    let copied = io::copy(&mut source, &mut copy).and_then(|_| copy.sync_all());
    if copied.is_err() {
        let _ = fs::remove_file(aside);
    }
    copied
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
/// Written whole to a temporary first, then given its name: no one ever sees half a file
/// under it, and a failure leaves nothing behind.
pub fn write_new(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    write_new_as(dir, name, bytes, Access::AsBefore)
}

/// [`write_new`], with the permissions `access` gives.
pub(super) fn write_new_as(
    dir: &Path,
    name: &str,
    bytes: &[u8],
    access: Access,
) -> io::Result<PathBuf> {
    let name = Path::new(name);
    let stem = name
        .file_stem()
        .unwrap_or(name.as_os_str())
        .to_string_lossy();
    let extension = name
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()));
    let extension = extension.unwrap_or_default();
    let mut temp = written_temporary(&dir.join(name), bytes, access, None)?;
    for n in 0..100 {
        let candidate = match n {
            0 => dir.join(format!("{stem}{extension}")),
            n => dir.join(format!("{stem}-{n}{extension}")),
        };
        match temp.persist_noclobber(&candidate) {
            Ok(_) => {
                sync_dir(dir);
                return Ok(candidate);
            }
            Err(error) if error.error.kind() == io::ErrorKind::AlreadyExists => {
                temp = error.file;
            }
            Err(error) => return Err(error.error),
        }
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
        // Three bytes a character: the cut for ".lock" falls inside one, and moves back.
        let name = "€".repeat(85);
        let path = Path::new("/tmp").join(&name);
        let lock = sibling(&path, ".lock");
        let lock_name = lock.file_name().unwrap().len();
        assert!(lock_name <= NAME_MAX, "{lock_name}");
        assert!(lock.to_string_lossy().ends_with(".lock"));
        let prefix = temp_prefix(&path);
        assert!(
            prefix.len() + 1 + TEMP_RANDOM + TEMP_SUFFIX.len() <= NAME_MAX,
            "{prefix}"
        );
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
        // Exactly the cap is within it.
        assert_eq!(read_capped(&file, 2000).unwrap().unwrap().len(), 2000);
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
        // A folder that is not there is said as such, not as a name taken a hundred times.
        let error = write_new(&dir.path().join("missing"), "x.md", b"").unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
        // A name no file system takes fails as itself, at once, with nothing left behind.
        let long = format!("{}.ics", "x".repeat(300));
        let error = write_new(dir.path(), &long, b"").unwrap_err();
        assert_ne!(error.kind(), io::ErrorKind::AlreadyExists, "{error}");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn a_file_s_temporaries_are_told_from_everyone_else_s() {
        let prefix = temp_prefix(Path::new("/a/progress.json"));
        assert_eq!(prefix, ".progress.json.");
        assert!(is_temporary_of(".progress.json.Ab12Cd.tmp", &prefix));
        for other in [
            ".progress.json.b.Ab12Cd.tmp",
            ".progress.json.Ab12C.tmp",
            ".progress.json.Ab12Cde.tmp",
            ".progress.json.Ab-2Cd.tmp",
            "notes.tmp",
            ".progress.json.Ab12Cd",
        ] {
            assert!(!is_temporary_of(other, &prefix), "{other}");
        }
        // Long names that begin alike get different prefixes, each short enough.
        let long = |end: &str| Path::new("/a").join(format!("{}{end}", "é".repeat(120)));
        let (one, two) = (temp_prefix(&long("1")), temp_prefix(&long("2")));
        assert_ne!(one, two);
        assert!(one.len() <= TEMP_NAME_ROOM + 2, "{}", one.len());
        // As much of the name as the room leaves, for whoever looks in the folder.
        assert!(one.starts_with(&format!(".{}", "é".repeat(90))), "{one}");
        assert!(one.len() + TEMP_RANDOM + TEMP_SUFFIX.len() <= NAME_MAX);
        assert!(!is_temporary_of(&format!("{two}Ab12Cd.tmp"), &one));
    }

    /// Only a missing file is "no file yet": any other failure to open it is an error, so
    /// that a file that exists but cannot be read is never replaced by a fresh one.
    #[cfg(unix)]
    #[test]
    fn a_file_that_cannot_be_opened_is_not_taken_for_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let looped = dir.path().join("progress.json");
        std::os::unix::fs::symlink("progress.json", &looped).unwrap();
        assert!(matches!(read_capped(&looped, 1024), Err(ReadError::Io(_))));
    }

    /// A file whose size lies (`/proc` says 0) is still read no further than the cap.
    #[cfg(target_os = "linux")]
    #[test]
    fn the_cap_holds_when_the_size_lies() {
        let maps = Path::new("/proc/self/maps");
        assert_eq!(fs::metadata(maps).unwrap().len(), 0);
        assert!(matches!(
            read_capped(maps, 16),
            Err(ReadError::TooLarge { size: 17 })
        ));
    }

    /// A replaced file keeps its permissions (an export) or becomes owner-only (the progress
    /// file); a device is written into, never replaced.
    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_what_it_should() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let export = dir.path().join("sheet.md");
        fs::write(&export, "old").unwrap();
        fs::set_permissions(&export, fs::Permissions::from_mode(0o640)).unwrap();
        replace_file(&export, b"new").unwrap();
        assert_eq!(
            (fs::read(&export).unwrap(), mode(&export)),
            (b"new".to_vec(), 0o640)
        );
        write_atomically(&export, b"private", Access::OwnerOnly).unwrap();
        assert_eq!(mode(&export), 0o600);
        assert_eq!(
            replace_file(dir.path(), b"x").unwrap_err().kind(),
            io::ErrorKind::IsADirectory
        );
        // A pipe of our own with a reader: written into, and still a pipe.
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read(fifo).unwrap())
        };
        replace_file(&fifo, b"x").unwrap();
        assert_eq!(reader.join().unwrap(), b"x");
        assert!(is_special(&fifo));
    }

    #[test]
    fn a_second_name_is_never_given_over_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        let aside = dir.path().join("f.broken");
        fs::write(&file, "damaged").unwrap();
        fs::write(&aside, "an earlier copy").unwrap();
        assert!(keep_aside(&file, &aside).is_err());
        assert_eq!(fs::read(&aside).unwrap(), b"an earlier copy");
        let other = dir.path().join("f.broken-2");
        keep_aside(&file, &other).unwrap();
        assert_eq!(fs::read(&other).unwrap(), b"damaged");
        assert_eq!(fs::read(&file).unwrap(), b"damaged");
    }
}
