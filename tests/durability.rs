//! Breaking things on purpose: killed saves, two `secu` at once, failing disks, damaged and
//! newer files. The progress file must always read back whole, and every refusal must leave
//! it byte for byte as it was.

// Unix only: read-only and full file systems are mounted, modes changed, files given to
// another user and saves killed with SIGKILL; Windows has other means for each, not tested yet.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use assert_cmd::Command;
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

use common::{FLAGS, Mount, Secu, secu_path};

/// A small random source without a dependency: xorshift seeded by the clock.
struct Random(u64);

impl Random {
    fn new() -> Random {
        let seed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64);
        Random(seed | 1)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn a_save_killed_at_any_instant_leaves_a_whole_file() {
    let secu = Secu::new();
    secu.set_up();
    let mut random = Random::new();
    let mut kills = 0;
    for round in 0..120 {
        let args: &[&str] = if round % 2 == 0 {
            &["done", "request", "--on", "02/10/2026"]
        } else {
            &["undo", "request"]
        };
        let mut child = secu.process(args).spawn().unwrap();
        std::thread::sleep(Duration::from_micros(random.below(4000)));
        if child.try_wait().unwrap().is_none() {
            kills += 1;
        }
        // SIGKILL on Unix: no destructor, no cleanup, as a power cut would leave it.
        let _ = child.kill();
        let _ = child.wait();
        secu.cmd(&["status", "--json"])
            .assert()
            .success()
            .stdout(contains(r#""step":"request","state""#));
    }
    // Stale temporary files from killed saves are swept by the next save.
    secu.cmd(&["setup", "--department", "13"])
        .assert()
        .success();
    assert_eq!(secu.strays(), Vec::<String>::new());
    assert!(
        kills > 0,
        "no save was ever interrupted; the test proved nothing"
    );
}

#[test]
fn two_secu_changing_different_things_at_once_both_land() {
    let secu = Secu::new();
    secu.set_up();
    secu.cmd(&["done", "request", "--on", "02/10/2026"])
        .assert()
        .success();
    for round in 0..15 {
        let department = if round % 2 == 0 { "84" } else { "13" };
        let mut a = secu
            .process(&["setup", "--department", department])
            .spawn()
            .unwrap();
        let mut b = secu
            .process(&[
                "done",
                "nia",
                "--on",
                "20/10/2026",
                "--number",
                "884058832102523",
            ])
            .spawn()
            .unwrap();
        assert!(a.wait().unwrap().success());
        assert!(b.wait().unwrap().success());
        let file = String::from_utf8(secu.read()).unwrap();
        assert!(
            file.contains(&format!("\"department\": \"{department}\"")),
            "{file}"
        );
        assert!(file.contains("\"done_on\": \"2026-10-20\""), "{file}");
        secu.cmd(&["undo", "nia"]).assert().success();
    }
}

#[test]
fn a_busy_lock_is_reported_and_changes_nothing() {
    let secu = Secu::new();
    secu.set_up();
    let before = secu.read();
    let lock = fs::OpenOptions::new()
        .write(true)
        .open(secu.dir.path().join("progress.json.lock"))
        .unwrap();
    lock.lock().unwrap();
    let started = Instant::now();
    secu.cmd(&["done", "request"])
        .assert()
        .code(1)
        .stderr(contains("is being changed by another secu"));
    assert!(started.elapsed() >= Duration::from_millis(900));
    assert_eq!(secu.read(), before);
    drop(lock);
    secu.cmd(&["done", "request"]).assert().success();
}

#[test]
fn a_file_replaced_by_a_folder_is_reported() {
    let secu = Secu::new();
    fs::create_dir(secu.path()).unwrap();
    for args in [&["status"][..], &["done", "request"], &["repair"]] {
        secu.cmd(args)
            .assert()
            .code(1)
            .stderr(contains("Cannot read"))
            .stderr(contains(secu.path().display().to_string()));
        assert!(secu.path().is_dir());
    }
}

#[test]
fn a_folder_that_cannot_be_written_keeps_the_old_file() {
    let secu = Secu::new();
    let folder = secu.dir.path().join("ro");
    let file = folder.join("progress.json");
    let mount = Mount::tmpfs(&folder, "size=1m");
    fs::create_dir_all(&folder).unwrap();
    let run = |args: &[&str]| secu.cmd_on(&file, args).assert();
    run(&["setup", "--level", "secondary"]).success();
    let before = fs::read(&file).unwrap();
    // Root writes through permissions: a read-only file system is the real thing then.
    let _permissions_guard;
    match &mount {
        Some(mount) => mount.remount("ro"),
        None => {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&folder, fs::Permissions::from_mode(0o500)).unwrap();
            _permissions_guard = RestoreMode(folder.clone());
        }
    }
    run(&["done", "request"])
        .code(1)
        .stderr(contains("Cannot write").and(contains("Nothing was changed")));
    assert_eq!(fs::read(&file).unwrap(), before);
}

struct RestoreMode(PathBuf);

impl Drop for RestoreMode {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(&self.0, fs::Permissions::from_mode(0o700));
    }
}

#[test]
fn a_full_disk_keeps_the_old_file_and_leaves_no_temporary() {
    let secu = Secu::new();
    let folder = secu.dir.path().join("full");
    let file = folder.join("progress.json");
    let mount = Mount::tmpfs(&folder, "size=8k");
    fs::create_dir_all(&folder).unwrap();
    secu.cmd_on(&file, &["setup", "--level", "secondary"])
        .assert()
        .success();
    let before = fs::read(&file).unwrap();
    let mut failing = secu.cmd_on(&file, &["done", "request"]);
    if mount.is_some() {
        // Fill the file system, so that the next save gets ENOSPC.
        let filler = folder.join("filler");
        let _ = fs::write(&filler, vec![0u8; 64 * 1024]);
    } else {
        // Without root, a file size limit of zero makes every write fail the same way.
        let mut shell = Command::new("sh");
        shell
            .arg("-c")
            .arg(r#"trap "" XFSZ; ulimit -f 0; exec "$@""#)
            .arg("sh");
        shell
            .arg(secu_path())
            .args(FLAGS)
            .arg("--file")
            .arg(&file)
            .args(["done", "request"]);
        failing = shell;
    }
    failing
        .assert()
        .code(1)
        .stderr(contains("Cannot write").and(contains("Nothing was changed")));
    assert_eq!(fs::read(&file).unwrap(), before);
    assert_eq!(temporaries(&folder), Vec::<String>::new());
}

/// The temporary files left in a folder.
fn temporaries(folder: &std::path::Path) -> Vec<String> {
    fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

/// Each kind of damage: the commands that read refuse with exit 1, name the file and the
/// problem, point at `secu repair`, and leave the file byte for byte.
#[test]
fn damaged_files_are_refused_and_left_as_they_are() {
    let cases = [
        (
            "{\"version\": 1, \"steps\": {",
            "is damaged at line 1, column 25",
        ),
        ("[1, 2, 3]", "is damaged at line 1"),
        (
            "{\"version\": 1, \"profile\": {\"level\": \"college\"}}",
            "is damaged at line 1",
        ),
        (
            "{\"version\": 1, \"steps\": {\"nia\": {\"done_on\": \"20/10/2026\"}}}",
            "is damaged at line 1",
        ),
        (
            "{\"version\": 1, \"steps\": {\"nia\": {\"done_on\": \"2026-10-20\"}}}",
            "does not follow the procedure: “Provisional number (NIA)” is done but “Registration request” before it is not",
        ),
        ("", "is damaged at line 1, column 0"),
    ];
    for (text, problem) in cases {
        let secu = Secu::new();
        fs::write(secu.path(), text).unwrap();
        for args in [
            &["status"][..],
            &["done", "request"],
            &["setup", "--level", "primary"],
            &[],
        ] {
            secu.cmd(args)
                .assert()
                .code(1)
                .stdout("")
                .stderr(contains(secu.path().display().to_string()))
                .stderr(contains(problem))
                .stderr(contains("secu repair"));
            assert_eq!(secu.read(), text.as_bytes(), "{text}: {args:?}");
        }
    }
}

#[test]
fn a_ten_megabyte_file_is_refused_unread() {
    let secu = Secu::new();
    let big = format!(
        "{{\"version\": 1, \"padding\": \"{}\"}}",
        "x".repeat(10 * 1024 * 1024)
    );
    fs::write(secu.path(), &big).unwrap();
    secu.cmd(&["status"])
        .assert()
        .code(1)
        .stderr(contains("too large to be a secu progress file"));
    assert_eq!(secu.read().len(), big.len());
}

#[test]
fn repair_sets_the_file_aside_and_keeps_what_it_can_read() {
    let secu = Secu::new();
    let damaged = r#"{"version": 1,
      "profile": {"level": "secondary", "contract_start": "2026-10-01"},
      "steps": {"request": {"done_on": "2026-10-02"},
                "nia": {"done_on": "2026-02-31", "number": "884058832102523"},
                "nir": {"done_on": "2026-11-10"}}}"#;
    fs::write(secu.path(), damaged).unwrap();
    let output = secu
        .cmd(&["repair"])
        .assert()
        .success()
        .stdout(contains("The damaged file was moved to"))
        .stdout(contains("kept: “Registration request” done 2 Oct 2026"))
        .stdout(contains("kept: the number of “Provisional number (NIA)”"))
        .stdout(contains(
            "not kept: steps.nia.done_on, which could not be read",
        ))
        .stdout(contains(
            "not kept: the date of “Definitive number (NIR)”, which broke the order",
        ))
        .get_output()
        .stdout
        .clone();
    let output = String::from_utf8(output).unwrap();
    assert!(!output.contains("884058832102523"), "{output}");
    let aside: Vec<PathBuf> = fs::read_dir(secu.dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("progress.json.broken-")
        })
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(fs::read(&aside[0]).unwrap(), damaged.as_bytes());
    let name = aside[0].file_name().unwrap().to_string_lossy().into_owned();
    let stamp = name.trim_start_matches("progress.json.broken-");
    assert!(
        stamp.len() == 15 && stamp.as_bytes()[8] == b'-',
        "{name} is not progress.json.broken-YYYYMMDD-HHMMSS"
    );
    secu.cmd(&["status", "--json"])
        .assert()
        .success()
        .stdout(contains(r#""next":{"step":"nia""#));
    // A second repair finds nothing to do and touches nothing.
    let repaired = secu.read();
    secu.cmd(&["repair"])
        .assert()
        .success()
        .stdout(contains("Nothing to repair"));
    assert_eq!(secu.read(), repaired);
}

#[test]
fn repair_of_text_that_is_not_json_starts_afresh_and_keeps_the_original() {
    let secu = Secu::new();
    fs::write(secu.path(), "not json at all").unwrap();
    secu.cmd(&["repair"])
        .assert()
        .success()
        .stdout(contains("nothing could be read"));
    secu.cmd(&["status"]).assert().success();
    let kept_aside = fs::read_dir(secu.dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .any(|p| fs::read(&p).is_ok_and(|bytes| bytes == b"not json at all"));
    assert!(kept_aside);
}

#[test]
fn a_newer_file_is_shown_but_never_written() {
    let secu = Secu::new();
    let newer = r#"{"version": 2, "profile": {"level": "secondary"},
      "steps": {"request": {"done_on": "2026-10-02", "evidence": {"kind": "letter"}}},
      "reminders": [1, 2]}"#;
    fs::write(secu.path(), newer).unwrap();
    secu.cmd(&["status"])
        .assert()
        .success()
        .stdout(contains("[x] request"))
        .stderr(contains("written by a newer secu (version 2)"));
    for args in [
        &["done", "nia"][..],
        &["setup", "--level", "primary"],
        &["repair"],
        &[],
    ] {
        secu.cmd(args)
            .assert()
            .code(1)
            .stderr(contains("was written by a newer secu (version 2)"));
        assert_eq!(secu.read(), newer.as_bytes());
    }
}

#[test]
fn keys_this_build_does_not_know_survive_a_tick() {
    let secu = Secu::new();
    fs::write(
        secu.path(),
        r#"{"version": 1, "theme": "dark",
            "profile": {"level": "secondary", "mentor": "M. Arnaud"},
            "steps": {"request": {"done_on": null, "proof": "mail of 02/10"}}}"#,
    )
    .unwrap();
    secu.cmd(&["done", "request", "--on", "02/10/2026"])
        .assert()
        .success();
    let file: serde_json::Value = serde_json::from_slice(&secu.read()).unwrap();
    assert_eq!(file["theme"], "dark");
    assert_eq!(file["profile"]["mentor"], "M. Arnaud");
    assert_eq!(file["steps"]["request"]["proof"], "mail of 02/10");
    assert_eq!(file["steps"]["request"]["done_on"], "2026-10-02");
    let text = String::from_utf8(secu.read()).unwrap();
    assert!(text.starts_with("{\n  \"version\": 1,"), "{text}");
}

#[test]
fn hostile_text_in_the_file_is_shown_inert() {
    let secu = Secu::new();
    fs::write(
        secu.path(),
        "{\"version\": 1, \"profile\": {\"level\": \"secondary\", \"language\": \"\\u001b]52;c;ZXZpbA==\\u0007\\u001b[2J\"}}",
    )
    .unwrap();
    let out = secu
        .cmd(&["setup"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("\\u{1b}]52;c;"), "{out}");
}

/// Whether the tests run as root: mounts, and giving a file to another user, need it.
fn root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}

/// An export over an existing file on a full disk: the old file stays whole (the new one is
/// written beside it, then renamed), and nothing is left behind.
#[test]
fn an_export_onto_a_full_disk_leaves_the_old_file_whole() {
    let secu = Secu::halfway();
    let folder = secu.dir.path().join("full");
    let Some(_mount) = Mount::tmpfs(&folder, "size=16k") else {
        eprintln!("skipped: mounting a small file system needs root (CI runs as root)");
        return;
    };
    let export = folder.join("sheet.md");
    let old = "the sheet as it was\n".repeat(40);
    fs::write(&export, &old).unwrap();
    let _ = fs::write(folder.join("filler"), vec![0u8; 64 * 1024]);
    for what in ["sheet", "ics"] {
        secu.cmd(&["export", what, "-o", export.to_str().unwrap()])
            .assert()
            .code(1)
            .stderr(contains("Cannot write").and(contains("Nothing was changed")));
        assert_eq!(fs::read_to_string(&export).unwrap(), old, "{what}");
    }
    assert_eq!(temporaries(&folder), Vec::<String>::new());
}

/// `repair` killed at any instant: there is always a progress file, damaged or repaired,
/// and the damaged text is never lost (in the file, or in the copy set aside).
#[test]
fn repair_killed_at_any_instant_always_leaves_a_progress_file() {
    let secu = Secu::new();
    let damaged = r#"{"version": 1, "profile": {"level": "secondary"}, "steps": {"nia": 3}}"#;
    let mut random = Random::new();
    let mut kills = 0;
    for _ in 0..150 {
        fs::write(secu.path(), damaged).unwrap();
        let mut child = secu.process(&["repair"]).spawn().unwrap();
        std::thread::sleep(Duration::from_micros(random.below(3000)));
        if child.try_wait().unwrap().is_none() {
            kills += 1;
        }
        let _ = child.kill();
        let _ = child.wait();
        assert!(
            secu.path().exists(),
            "no progress file after a killed repair"
        );
        let text = fs::read_to_string(secu.path()).unwrap();
        let kept_aside = fs::read_dir(secu.dir.path())
            .unwrap()
            .any(|e| fs::read_to_string(e.unwrap().path()).is_ok_and(|aside| aside == damaged));
        assert!(text == damaged || kept_aside, "the damaged text was lost");
        secu.cmd(&["status"])
            .assert()
            .stderr(contains("Not set up").not());
        for entry in fs::read_dir(secu.dir.path()).unwrap() {
            let path = entry.unwrap().path();
            if path != secu.path() {
                let _ = fs::remove_file(path);
            }
        }
    }
    assert!(
        kills > 0,
        "no repair was ever interrupted; the test proved nothing"
    );
}

/// A file with a large unknown key (a compact 600 KB array that pretty-printing would make
/// three times larger) reads, and so it saves: compact, within the limit, the key kept.
#[test]
fn a_file_that_loads_also_saves() {
    let secu = Secu::new();
    secu.set_up();
    let text = fs::read_to_string(secu.path()).unwrap();
    let zeros = vec!["0"; 300_000].join(",");
    let big = text.replacen('{', &format!("{{\"from_the_future\":[{zeros}],"), 1);
    fs::write(secu.path(), &big).unwrap();
    secu.run(&["done", "request", "--on", "02/10/2026"])
        .success();
    let saved = fs::read_to_string(secu.path()).unwrap();
    assert!(
        saved.len() as u64 <= secu::store::MAX_FILE_SIZE,
        "{}",
        saved.len()
    );
    assert!(saved.contains(&zeros), "the unknown key was not kept whole");
    secu.run(&["status", "--json"])
        .success()
        .stdout(contains(r#""step":"request","state":"done""#));
}

/// A change that would itself take a file past the limit is refused, and the file left as
/// it was.
#[test]
fn a_save_past_the_limit_is_refused_and_changes_nothing() {
    let secu = Secu::new();
    secu.set_up();
    let text = fs::read_to_string(secu.path()).unwrap();
    let room = usize::try_from(secu::store::MAX_FILE_SIZE).unwrap() - text.len() - 100;
    let big = text.replacen('{', &format!("{{\"pad\":\"{}\",", "x".repeat(room)), 1);
    fs::write(secu.path(), &big).unwrap();
    secu.run(&["status"]).success();
    secu.run(&["note", "request", &"a long note ".repeat(300)])
        .code(1)
        .stderr(contains("too large"));
    assert_eq!(fs::read_to_string(secu.path()).unwrap(), big);
}

/// Saving removes only the progress file's own stale temporaries: never a sibling's
/// (`progress.json.b`'s) or a file of the user's that happens to end in `.tmp`.
#[test]
fn saving_sweeps_only_its_own_stale_temporaries() {
    let secu = Secu::new();
    secu.set_up();
    let dir = secu.dir.path();
    let keep = [
        ".progress.json.b.Ab12Cd.tmp",
        "notes.tmp",
        ".progress.json.x",
    ];
    for name in keep.iter().chain(&[".progress.json.Zy98Xw.tmp"]) {
        fs::write(dir.join(name), "x").unwrap();
    }
    secu.run(&["done", "request", "--on", "02/10/2026"])
        .success();
    let mut left = secu.strays();
    left.sort();
    let mut expected: Vec<String> = keep.iter().map(|n| (*n).to_owned()).collect();
    expected.sort();
    assert_eq!(left, expected);
}

/// Saves of `progress.json` and of `progress.json.b` side by side, as two users of one
/// folder would: neither ever deletes the other's temporary in the middle of its save.
#[test]
fn saves_of_two_files_in_one_folder_never_break_each_other() {
    let secu = Secu::new();
    let other = secu.dir.path().join("progress.json.b");
    secu.set_up();
    secu.cmd_on(&other, &["setup", "--level", "secondary"])
        .assert()
        .success();
    let run = |file: PathBuf| {
        std::thread::spawn(move || {
            for round in 0..60 {
                let args: &[&str] = if round % 2 == 0 {
                    &["done", "request", "--on", "02/10/2026"]
                } else {
                    &["undo", "request"]
                };
                let status = Command::cargo_bin("secu")
                    .unwrap()
                    .arg("--file")
                    .arg(&file)
                    .args(FLAGS)
                    .args(args)
                    .output()
                    .unwrap();
                assert!(status.status.success(), "{status:?}");
            }
        })
    };
    let a = run(secu.path());
    let b = run(other);
    a.join().unwrap();
    b.join().unwrap();
}

/// A save by root, of a file that belongs to a user, leaves it the user's: owner-only and
/// readable by them, not by root alone.
#[test]
fn a_save_by_root_keeps_the_owner_of_the_file() {
    use std::os::unix::fs::MetadataExt;
    if !root() {
        eprintln!("skipped: giving a file to another user needs root (CI runs as root)");
        return;
    }
    let secu = Secu::new();
    secu.set_up();
    let given = std::process::Command::new("chown")
        .arg("65534:65534")
        .arg(secu.path())
        .status()
        .unwrap();
    assert!(given.success());
    secu.run(&["done", "request", "--on", "02/10/2026"])
        .success();
    let metadata = fs::metadata(secu.path()).unwrap();
    assert_eq!((metadata.uid(), metadata.gid()), (65534, 65534));
    assert_eq!(metadata.mode() & 0o777, 0o600);
}
