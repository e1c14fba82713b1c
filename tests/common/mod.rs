//! The harness the binary's tests share: a temporary folder, a progress file in it, and
//! `secu` run on it on 26/11/2026 in English, with nothing of the user's environment.

// Each test binary uses its own part of the harness.
#![allow(dead_code, clippy::unwrap_used)]

pub mod screen;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use assert_cmd::assert::Assert;
use predicates::str::contains;
use tempfile::TempDir;

/// The environment variables that would let the user's own settings in.
const USER_VARS: [&str; 7] = [
    "SECU_FILE",
    "SECU_LANG",
    "SECU_TODAY",
    "LC_ALL",
    "LC_CTYPE",
    "LC_MESSAGES",
    "LANG",
];

/// The flags of every run but `--file`.
pub const FLAGS: [&str; 4] = ["--today", "26/11/2026", "--lang", "en"];

pub fn secu_path() -> PathBuf {
    assert_cmd::cargo::cargo_bin("secu")
}

pub struct Secu {
    pub dir: TempDir,
}

impl Secu {
    pub fn new() -> Secu {
        Secu {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("progress.json")
    }

    /// `secu` with nothing of the user's environment: no real config folder, no locale.
    pub fn bare(&self) -> Command {
        let mut cmd = Command::cargo_bin("secu").unwrap();
        for var in USER_VARS {
            cmd.env_remove(var);
        }
        cmd.env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("HOME", self.dir.path().join("home"));
        cmd
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        self.cmd_on(&self.path(), args)
    }

    /// `secu` on another file than the usual one.
    pub fn cmd_on(&self, file: &Path, args: &[&str]) -> Command {
        let mut cmd = self.bare();
        cmd.arg("--file").arg(file).args(FLAGS).args(args);
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Assert {
        self.cmd(args).assert()
    }

    /// A plain process, to start several at once or kill one.
    pub fn process(&self, args: &[&str]) -> Process {
        let mut cmd = Process::new(secu_path());
        for var in USER_VARS {
            cmd.env_remove(var);
        }
        cmd.arg("--file")
            .arg(self.path())
            .args(FLAGS)
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    }

    pub fn write(&self, text: &str) {
        fs::write(self.path(), text).unwrap();
    }

    pub fn read(&self) -> Vec<u8> {
        fs::read(self.path()).unwrap()
    }

    pub fn set_up(&self) -> &Secu {
        self.run(&["setup", "--level", "secondary", "--start", "01/10/2026"])
            .success();
        self
    }

    /// A secondary-school profile with the request and the NIA done: the example of
    /// docs/design.md ("status --json").
    pub fn halfway() -> Secu {
        let secu = Secu::new();
        secu.set_up();
        secu.run(&["done", "request", "--on", "02/10/2026"])
            .success();
        secu.run(&["done", "nia", "--on", "20/10/2026"]).success();
        secu
    }

    /// Runs a command that must be refused with exit 2, and checks the file did not move.
    pub fn refused(&self, args: &[&str], message: &str) {
        let before = self.path().exists().then(|| self.read());
        self.run(args).code(2).stdout("").stderr(contains(message));
        assert_eq!(
            self.path().exists().then(|| self.read()),
            before,
            "{args:?}"
        );
    }

    /// The files in the folder other than the progress file and its lock.
    pub fn strays(&self) -> Vec<String> {
        fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != "progress.json" && n != "progress.json.lock")
            .collect()
    }
}

/// A character device like `/dev/{name}` (`null`, `full`, `zero`) for a test to point `secu`
/// at: as root (CI), a node of our own in `dir`, so that a bug — or a mutant of
/// `scripts/mutants.sh` — that replaces the file it is given replaces ours, never the
/// system's; otherwise the system's, which a user cannot replace.
pub fn device(dir: &Path, name: &str) -> PathBuf {
    let minor = match name {
        "null" => "3",
        "zero" => "5",
        "full" => "7",
        other => panic!("no device {other}"),
    };
    let ours = dir.join(format!("dev-{name}"));
    let made = Process::new("mknod")
        .args(["-m", "666"])
        .arg(&ours)
        .args(["c", "1", minor])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if made {
        ours
    } else {
        PathBuf::from(format!("/dev/{name}"))
    }
}

/// A named pipe (FIFO) at `dir/name`, made with `mkfifo`.
pub fn make_fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let made = Process::new("mkfifo").arg(&path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
    path
}

/// A tiny file system of our own, when the tests run as root (as CI does): a read-only one,
/// and a full one. Unmounted on drop.
pub struct Mount(PathBuf);

impl Mount {
    pub fn tmpfs(at: &Path, options: &str) -> Option<Mount> {
        fs::create_dir_all(at).ok()?;
        let ok = Process::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(at)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Mount(at.to_owned()))
    }

    /// A read-only file system holding a copy of the files of `dir`.
    pub fn readonly_copy(dir: &Path) -> Option<Mount> {
        let mount = Mount::tmpfs(&dir.join("readonly"), "size=1m")?;
        for entry in fs::read_dir(dir).ok()?.flatten() {
            if entry.file_type().ok()?.is_file() {
                fs::copy(entry.path(), mount.path().join(entry.file_name())).ok()?;
            }
        }
        mount.remount("ro");
        Some(mount)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    pub fn remount(&self, options: &str) {
        let ok = Process::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(&self.0)
            .status()
            .unwrap()
            .success();
        assert!(ok);
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Process::new("umount").arg("-l").arg(&self.0).status();
    }
}
