//! The day the checklist was last opened, for the "since last time" line: machine-local
//! state, not progress. It lives in the state folder (`$XDG_STATE_HOME/secu`, else the cache
//! folder), one small file per progress file keyed by its canonical path, so that looking at
//! the checklist never writes the progress file — which may be in a synced folder, where a
//! look on one machine must not undo a tick made on another.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::file::{fnv1a, read_small};

/// Where the last visits are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visits {
    dir: PathBuf,
}

impl Visits {
    /// The user's state folder for `secu`; `None` where there is none (no home folder).
    pub fn for_user() -> Option<Visits> {
        let dirs = directories::ProjectDirs::from("", "", "secu")?;
        let dir = dirs.state_dir().unwrap_or_else(|| dirs.cache_dir());
        Some(Visits::in_dir(dir.join("visits")))
    }

    pub fn in_dir(dir: impl Into<PathBuf>) -> Visits {
        Visits { dir: dir.into() }
    }

    /// The visits of the progress file at `progress`, kept in a file named after a hash of
    /// its canonical path, so that two names of one file share it. The path is made
    /// canonical here, once for a whole opening: reading the last visit and recording this
    /// one use the same file.
    pub fn of(&self, progress: &Path) -> Visit {
        let canonical = fs::canonicalize(progress).unwrap_or_else(|_| progress.to_owned());
        let name = format!("{:016x}", fnv1a(canonical.as_os_str().as_encoded_bytes()));
        Visit {
            file: self.dir.join(name),
            progress: progress.to_owned(),
        }
    }
}

/// The visits of one progress file: where they are kept, and the path they belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    file: PathBuf,
    progress: PathBuf,
}

impl Visit {
    /// The day the checklist on this progress file was last opened here, if it was.
    pub fn last(&self) -> Option<NaiveDate> {
        // "2026-11-26", then the path it belongs to, for whoever looks in the folder.
        let text = read_small(&self.file, 4096)?;
        text.lines().next()?.trim().parse().ok()
    }

    /// Records a visit on `today`, never moving the last visit backwards (a look at an
    /// earlier `--today` is not a later visit, and the file is read again: another `secu`
    /// may have recorded a later one since). Writes nothing when the day did not change.
    pub fn record(&self, today: NaiveDate) -> io::Result<()> {
        if self.last().is_some_and(|last| last >= today) {
            return Ok(());
        }
        if let Some(dir) = self.file.parent() {
            fs::create_dir_all(dir)?;
        }
        let temporary = self.file.with_extension("tmp");
        let text = format!("{today}\n{}\n", self.progress.display());
        fs::write(&temporary, text)?;
        fs::rename(&temporary, &self.file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn a_visit_is_kept_per_file_and_never_moves_back() {
        let dir = tempfile::tempdir().unwrap();
        let visits = Visits::in_dir(dir.path().join("visits"));
        let one = dir.path().join("one.json");
        let two = dir.path().join("two.json");
        fs::write(&one, "{}").unwrap();
        assert_eq!(visits.of(&one).last(), None);
        visits.of(&one).record(date(14)).unwrap();
        assert_eq!(visits.of(&one).last(), Some(date(14)));
        assert_eq!(visits.of(&two).last(), None);
        visits.of(&one).record(date(10)).unwrap();
        assert_eq!(visits.of(&one).last(), Some(date(14)));
        visits.of(&one).record(date(26)).unwrap();
        assert_eq!(visits.of(&one).last(), Some(date(26)));
        // Another name of the same file shares its visits.
        let other_name = dir.path().join(".").join("one.json");
        assert_eq!(visits.of(&other_name).last(), Some(date(26)));
    }

    #[test]
    fn the_hash_is_the_same_from_one_build_to_the_next() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
