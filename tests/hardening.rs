//! Every trick a file, an argument or the environment can play on `secu`, each tried on the
//! built binary: nothing from outside drives the terminal, and the file survives.

// Unix only: devices, pipes, symbolic links, modes, signals and TZ files; Windows has other
// ones for each, not tested yet.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::time::{Duration, Instant};

use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

use common::{Secu, device, make_fifo};

/// Whether any byte of `output` could act on a terminal: C0 but new line and tab, DEL, C1.
fn drives_the_terminal(output: &[u8]) -> bool {
    let text = String::from_utf8_lossy(output);
    text.chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || ('\u{80}'..='\u{9f}').contains(&c))
}

/// Runs `secu` with these arguments and says whether its output is inert.
fn inert_run(secu: &Secu, args: &[&str]) -> (Vec<u8>, Vec<u8>) {
    let output = secu.cmd(args).output().unwrap();
    assert!(
        !drives_the_terminal(&output.stdout) && !drives_the_terminal(&output.stderr),
        "{args:?}: {:?} {:?}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.stdout, output.stderr)
}

#[test]
fn a_hostile_value_in_the_file_cannot_drive_the_terminal() {
    let secu = Secu::new();
    for file in [
        r#"{"version":1,"profile":{"level":"\u001b[2J\u001b]0;pwned\u0007X"}}"#,
        r#"{"version":1,"profile":{"department":"\u001b]0;pwned\u0007"}}"#,
        r#"{"version":1,"steps":{"nir":{"tasks":["\u009b31m"]}}}"#,
    ] {
        secu.write(file);
        let (_, stderr) = inert_run(&secu, &["status"]);
        let stderr = String::from_utf8_lossy(&stderr);
        assert!(stderr.contains("is damaged at line 1"), "{stderr}");
        assert!(stderr.contains("cannot be read"), "{stderr}");
    }
}

#[test]
fn a_number_stored_as_a_json_integer_is_never_printed() {
    let secu = Secu::new();
    for number in [
        "295109912611193",
        "295109912611193.5",
        "2.95109912611193e14",
    ] {
        secu.write(&format!(
            r#"{{"version":1,"profile":{{"level":"secondary"}},"steps":{{"request":{{"done_on":"2026-10-02"}},"nia":{{"done_on":"2026-10-20","number":{number}}}}}}}"#
        ));
        for command in [&["status"][..], &["done", "nir"], &["export", "sheet"]] {
            let output = secu.cmd(command).output().unwrap();
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            assert_eq!(output.status.code(), Some(1), "{all}");
            assert!(all.contains("steps.nia.number"), "{all}");
            for digits in ["2951099126111", "95109912611193", "2.95109"] {
                assert!(!all.contains(digits), "{number}: {all}");
            }
        }
    }
}

#[test]
fn a_hostile_date_or_value_on_the_command_line_is_echoed_inert() {
    let secu = Secu::new();
    secu.set_up();
    let hostile = "\u{1b}]0;PWN\u{7}\u{1b}[2J";
    for lang in ["en", "fr", "es", "de", "it"] {
        for args in [
            vec!["--lang", lang, "--today", hostile, "status"],
            vec!["--lang", lang, "done", "request", "--on", hostile],
            vec!["--lang", lang, "setup", "--start", hostile],
        ] {
            let output = secu
                .bare()
                .arg("--file")
                .arg(secu.path())
                .args(&args)
                .output()
                .unwrap();
            assert_eq!(output.status.code(), Some(2), "{args:?}");
            assert!(!drives_the_terminal(&output.stderr), "{args:?}");
            assert!(String::from_utf8_lossy(&output.stderr).contains("\\u{1b}"));
        }
    }
    // Through the environment, and clap's own refusals.
    for (var, value, args) in [
        ("SECU_TODAY", hostile, vec!["status"]),
        ("SECU_LANG", hostile, vec!["status"]),
        ("SECU_FILE", hostile, vec!["status"]),
    ] {
        let output = secu.bare().env(var, value).args(&args).output().unwrap();
        assert!(!drives_the_terminal(&output.stdout), "{var}");
        assert!(!drives_the_terminal(&output.stderr), "{var}");
    }
    for args in [
        vec!["number", "nia", "\u{7}"],
        vec!["setup", "--level", "\u{1b}]0;X\u{7}"],
        vec!["--lang", "\u{1b}[31m", "status"],
        vec!["done", "\u{1b}[2J"],
        vec!["--\u{1b}[2J"],
    ] {
        let output = secu.cmd(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            !drives_the_terminal(&output.stderr),
            "{args:?}: {:?}",
            output.stderr
        );
    }
}

#[test]
fn a_name_cannot_forge_rows_of_the_sheet_or_reach_the_clipboard() {
    let secu = Secu::new();
    secu.set_up();
    secu.run(&[
        "setup",
        "--name",
        "Ana\n| Effectuée le 01/10/2026 |\u{1b}]52;c;aGk=\u{7}",
    ])
    .success();
    let (stdout, _) = inert_run(&secu, &["export", "sheet"]);
    let sheet = String::from_utf8(stdout).unwrap();
    assert!(
        !sheet.lines().any(|l| l.starts_with("| Effectuée")),
        "{sheet}"
    );
    assert!(
        sheet.contains("Ana \\| Effectuée le 01/10/2026 \\|"),
        "{sheet}"
    );
    let out = secu.dir.path().join("sheet.md");
    secu.run(&["export", "sheet", "-o", out.to_str().unwrap()])
        .success();
    assert!(!drives_the_terminal(&fs::read(out).unwrap()));
}

#[cfg(unix)]
#[test]
fn a_synced_folder_s_link_stays_a_link() {
    let secu = Secu::new();
    let synced = secu.dir.path().join("Sync").join("secu");
    fs::create_dir_all(&synced).unwrap();
    let real = synced.join("progress.json");
    std::os::unix::fs::symlink(&real, secu.path()).unwrap();
    secu.set_up();
    secu.run(&["done", "request", "--on", "02/10/2026"])
        .success();
    // The link is still a link, and the synced copy holds the tick.
    assert!(fs::symlink_metadata(secu.path()).unwrap().is_symlink());
    let synced_text = fs::read_to_string(&real).unwrap();
    assert!(synced_text.contains("2026-10-02"), "{synced_text}");
    // The lock sits beside the file itself, where every machine syncing it looks.
    assert!(synced.join("progress.json.lock").exists());
    assert!(!secu.dir.path().join("progress.json.lock").exists());
    // Repair moves the damaged file aside where it is, and keeps the link.
    fs::write(&real, "{ damaged").unwrap();
    secu.run(&["repair"]).success();
    assert!(fs::symlink_metadata(secu.path()).unwrap().is_symlink());
    let aside: Vec<String> = fs::read_dir(&synced)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".broken-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
}

#[test]
fn keys_another_secu_wrote_are_kept_exactly() {
    let secu = Secu::new();
    secu.write(concat!(
        r#"{"version":1,"profile":{"level":"secondary"},"#,
        r#""future":{"huge":1e400,"big":123456789012345678901234567890,"exact":0.1000000000000000055511151231257827}}"#
    ));
    secu.run(&["done", "request", "--on", "02/10/2026"])
        .success();
    // The same JSON values, to the last digit (serde_json writes 1e400 as 1e+400).
    let saved: serde_json::Value = serde_json::from_slice(&secu.read()).unwrap();
    let future = &saved["future"];
    assert_eq!(future["huge"].to_string(), "1e+400");
    assert_eq!(future["big"].to_string(), "123456789012345678901234567890");
    assert_eq!(
        future["exact"].to_string(),
        "0.1000000000000000055511151231257827"
    );
    // Nested deeper than can be read back whole: refused rather than lost.
    let deep = format!(
        r#"{{"version":1,"profile":{{"level":"secondary"}},"x":{}1{}}}"#,
        "[".repeat(127),
        "]".repeat(127)
    );
    secu.write(&deep);
    secu.run(&["status"]).success();
    secu.cmd(&["done", "request"])
        .assert()
        .code(1)
        .stderr(contains("cannot keep").or(contains("nested too deeply")));
    assert_eq!(secu.read(), deep.as_bytes());
}

#[test]
fn a_long_note_never_makes_the_file_unreadable() {
    let secu = Secu::new();
    secu.set_up();
    let long = "x".repeat(100_000);
    secu.refused(&["note", "nia", &long], "too long");
    secu.refused(&["setup", "--name", &"n".repeat(300)], "too long");
    // Every field at its longest still makes a file secu reads.
    let note = "é".repeat(secu::procedure::MAX_NOTE_CHARS);
    for step in ["request", "nia", "nir", "attestation", "ensap"] {
        secu.run(&["note", step, &note]).success();
    }
    secu.run(&["status"]).success();
    // A file made large elsewhere is refused, and repair keeps what it can from it.
    let text = String::from_utf8(secu.read()).unwrap();
    let huge = text.replacen(&note, &"é".repeat(600_000), 1);
    secu.write(&huge);
    secu.cmd(&["status"])
        .assert()
        .code(1)
        .stderr(contains("too large"));
    secu.run(&["repair"])
        .success()
        .stdout(contains("kept: profile.level"))
        .stdout(contains("in part"));
    secu.run(&["status"]).success();
}

#[cfg(unix)]
#[test]
fn looking_works_where_the_file_cannot_be_made_private() {
    use std::os::unix::fs::PermissionsExt;
    // A read-only file system refuses chmod, as vfat, SMB and some sync mounts do; only root
    // can mount one (as CI runs), so elsewhere the file is owned by us and this is moot.
    let secu = Secu::new();
    secu.set_up();
    fs::set_permissions(secu.path(), fs::Permissions::from_mode(0o644)).unwrap();
    let Some(mount) = common::Mount::readonly_copy(secu.dir.path()) else {
        eprintln!("not root: a read-only mount is needed to refuse chmod; checked in CI");
        return;
    };
    let file = mount.path().join("progress.json");
    for args in [&["status"][..], &["export", "sheet"], &["setup"]] {
        secu.cmd_on(&file, args)
            .assert()
            .success()
            .stderr(contains("could not be made private"));
    }
}

#[cfg(unix)]
#[test]
fn a_device_or_a_pipe_is_never_read_or_renamed() {
    let secu = Secu::new();
    let started = Instant::now();
    let (zero, null) = (
        device(secu.dir.path(), "zero"),
        device(secu.dir.path(), "null"),
    );
    secu.cmd_on(&zero, &["status"])
        .assert()
        .code(1)
        .stderr(contains("not a file"));
    secu.cmd_on(&null, &["repair"])
        .assert()
        .code(1)
        .stderr(contains("not a file"));
    use std::os::unix::fs::FileTypeExt;
    assert!(fs::metadata(&null).unwrap().file_type().is_char_device());
    let fifo = make_fifo(secu.dir.path(), "fifo.json");
    for args in [&["status"][..], &["done", "request"], &["repair"]] {
        secu.cmd_on(&fifo, args)
            .timeout(Duration::from_secs(10))
            .assert()
            .code(1)
            .stderr(contains("not a file"));
    }
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
    // A pipe where the lock goes.
    secu.set_up();
    let _ = fs::remove_file(secu.dir.path().join("progress.json.lock"));
    make_fifo(secu.dir.path(), "progress.json.lock");
    secu.cmd(&["done", "request"])
        .timeout(Duration::from_secs(10))
        .assert()
        .code(1);
    assert!(started.elapsed() < Duration::from_secs(30));
}

#[test]
fn a_file_saved_with_a_byte_order_mark_still_reads() {
    let secu = Secu::halfway();
    let mut text = b"\xef\xbb\xbf".to_vec();
    text.extend(secu.read());
    fs::write(secu.path(), &text).unwrap();
    secu.run(&["status"])
        .success()
        .stdout(contains("done 20 Oct 2026"));
    secu.run(&["done", "nir"]).success();
}

#[cfg(unix)]
#[test]
fn the_copy_repair_sets_aside_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let secu = Secu::new();
    secu.write(
        r#"{"version":1,"steps":{"nia":{"done_on":"2026-10-20","number":"884058832102523"}}}"#,
    );
    fs::set_permissions(secu.path(), fs::Permissions::from_mode(0o644)).unwrap();
    secu.run(&["repair"]).success();
    let aside = fs::read_dir(secu.dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains(".broken-"))
        .unwrap();
    let mode = fs::metadata(aside).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn a_file_with_a_long_name_is_saved_like_any_other() {
    let secu = Secu::new();
    for length in [242, 250, 255] {
        let file = secu.dir.path().join("p".repeat(length));
        secu.cmd_on(&file, &["setup", "--level", "secondary"])
            .assert()
            .success();
        secu.cmd_on(&file, &["done", "request"]).assert().success();
        fs::write(&file, "{ damaged").unwrap();
        secu.cmd_on(&file, &["repair"]).assert().success();
        secu.cmd_on(&file, &["status"]).assert().success();
    }
}

#[test]
fn an_empty_variable_counts_as_unset() {
    let secu = Secu::halfway();
    for var in ["SECU_TODAY", "SECU_LANG", "SECU_FILE"] {
        let mut cmd = secu.cmd(&["status"]);
        cmd.env(var, "");
        cmd.assert().success().stdout(contains("done 2 Oct 2026"));
    }
    let mut cmd = secu.bare();
    cmd.env("SECU_FILE", secu.path())
        .env("SECU_TODAY", "")
        .env("SECU_LANG", "")
        .args(["status"]);
    cmd.assert().success();
}

/// Under any of its names: the path itself, a symbolic link, a hard link (which a path
/// comparison cannot see), a path through `..`.
#[test]
fn an_export_never_overwrites_the_progress_file() {
    let secu = Secu::halfway();
    let before = secu.read();
    let dir = secu.dir.path();
    let hard = dir.join("hard.json");
    fs::hard_link(secu.path(), &hard).unwrap();
    let soft = dir.join("soft.json");
    std::os::unix::fs::symlink("progress.json", &soft).unwrap();
    fs::create_dir(dir.join("sub")).unwrap();
    let around = dir.join("sub").join("..").join("progress.json");
    for path in [secu.path(), hard.clone(), soft, around] {
        for what in ["sheet", "ics"] {
            secu.cmd(&["export", what, "-o", path.to_str().unwrap()])
                .assert()
                .code(2)
                .stderr(contains("is your progress file"));
            assert_eq!(secu.read(), before, "{}", path.display());
        }
    }
    assert_eq!(fs::read(&hard).unwrap(), before);
}

/// Before the progress file exists, its place is refused all the same: an export there would
/// be read as a damaged progress file. By its whole path, and by a bare name in the current
/// folder.
#[test]
fn an_export_never_takes_the_place_of_a_progress_file_not_there_yet() {
    let secu = Secu::new();
    secu.cmd(&["export", "sheet", "-o", secu.path().to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(contains("is your progress file"));
    let mut bare = secu.bare();
    bare.current_dir(secu.dir.path())
        .args(["--lang", "en", "--file", "progress.json"])
        .args(["export", "sheet", "-o", "progress.json"]);
    bare.assert()
        .code(2)
        .stderr(contains("is your progress file"));
    assert!(!secu.path().exists());
    // The same name in another folder is another file.
    let elsewhere = secu.dir.path().join("exports");
    fs::create_dir(&elsewhere).unwrap();
    let other = elsewhere.join("progress.json");
    secu.cmd(&["export", "sheet", "-o", other.to_str().unwrap()])
        .assert()
        .success();
    assert!(other.exists());
}

/// A number typed in the wrong place comes back in the refusal masked, as on screen: never
/// whole in a terminal's scrollback.
#[test]
fn a_number_typed_in_the_wrong_place_is_masked_in_the_refusal() {
    let secu = Secu::halfway();
    let before = secu.read();
    let number = "295109912611193";
    for args in [
        vec!["done", "nia", number],
        vec!["number", number, "nir"],
        vec!["note", number, "x"],
        vec!["task", number],
        vec!["undo", number],
        vec!["done", "--on", "2 95 10 99 126 111 93", "nir"],
        vec!["--lang", "fr", "undo", "2951099126111"],
    ] {
        let output = secu.cmd(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{args:?}");
        assert!(stderr.contains('•'), "{args:?}: {stderr}");
        for part in ["99126111", "99 126 111", "912611"] {
            assert!(!stderr.contains(part), "{args:?}: {stderr}");
        }
        assert_eq!(secu.read(), before, "{args:?}");
    }
    // A value given where none is taken is not called an option.
    secu.cmd(&["done", "nia", number])
        .assert()
        .stderr(contains("was not expected here").and(contains("no option").not()));
}

/// Output that cannot be written (a full disk under a redirection, `/dev/full`) fails the
/// command with a one-line message; a closed pipe stays silent and successful.
#[test]
fn output_that_cannot_be_written_fails_the_command() {
    let secu = Secu::halfway();
    for args in [
        vec!["status"],
        vec!["status", "--json"],
        vec!["export", "sheet"],
        vec!["export", "ics"],
        vec!["man"],
        vec!["completions", "bash"],
        vec!["--help"],
    ] {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = secu
            .process(&args)
            .stdout(full)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("could not be written") && stderr.lines().count() == 1,
            "{args:?}: {stderr}"
        );
    }
    // `-o /dev/full`: the same, through a device written into, and left a device.
    let full = device(secu.dir.path(), "full");
    secu.cmd(&["export", "sheet", "-o", full.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(contains("Cannot write"));
    use std::os::unix::fs::FileTypeExt;
    assert!(fs::metadata(&full).unwrap().file_type().is_char_device());
    // A reader that stops early (`secu man | head -1`) is not a failure.
    let mut child = secu
        .process(&["man"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    assert!(child.wait().unwrap().success());
}

/// Files the environment names are read only when they are regular files of a sane size: a
/// device or a pipe in `TZ` or `SECU_TODAY_FILE` is never read without end, nor waited on.
#[test]
fn files_the_environment_names_are_read_within_bounds() {
    let secu = Secu::halfway();
    let fifo = make_fifo(secu.dir.path(), "fifo");
    for tz in ["/dev/zero", ":/dev/zero", fifo.to_str().unwrap()] {
        for args in [vec!["status", "--json"], vec!["remind"]] {
            secu.cmd(&args)
                .env("TZ", tz)
                .timeout(Duration::from_secs(10))
                .assert()
                .success()
                .stderr(contains(format!("TZ={tz} is not a time zone file")));
        }
    }
    // A real zone is used as it is, without a word.
    secu.cmd(&["status"])
        .env("TZ", "Europe/Paris")
        .assert()
        .success()
        .stderr("");
    for file in ["/dev/zero", fifo.to_str().unwrap()] {
        secu.bare()
            .arg("--file")
            .arg(secu.path())
            .args(["--lang", "en", "status", "--json"])
            .env("SECU_TODAY_FILE", file)
            .timeout(Duration::from_secs(10))
            .assert()
            .success();
    }
}

/// A path that names a folder, or a config folder that is a link to nothing: the message
/// names the real problem, and nothing is created.
#[test]
fn a_folder_path_or_a_broken_link_is_named_and_creates_nothing() {
    let secu = Secu::new();
    let dir = secu.dir.path();
    let before = fs::read_dir(dir).unwrap().count();
    for path in ["x/", "."] {
        secu.bare()
            .current_dir(dir)
            .args(["--lang", "en", "--file", path, "done", "request"])
            .assert()
            .code(1)
            .stderr(contains("it is not a file"));
    }
    assert_eq!(
        fs::read_dir(dir).unwrap().count(),
        before,
        "something was created"
    );
    let config = dir.join("config");
    fs::create_dir(&config).unwrap();
    std::os::unix::fs::symlink("/nowhere/secu", config.join("secu")).unwrap();
    secu.bare()
        .args(["--lang", "en", "setup", "--level", "secondary"])
        .assert()
        .code(1)
        .stderr(contains("is a link to /nowhere/secu, which does not exist"));
}

#[test]
fn a_refused_tick_creates_nothing_at_all() {
    let secu = Secu::new();
    let folder = secu.dir.path().join("fresh");
    let file = folder.join("progress.json");
    secu.cmd_on(&file, &["done", "nia"]).assert().code(2);
    secu.cmd_on(&file, &["undo", "request"]).assert().code(2);
    assert!(
        !folder.exists(),
        "{:?}",
        fs::read_dir(secu.dir.path()).unwrap().count()
    );
    // Nor beside an existing file.
    let secu = Secu::halfway();
    let _ = fs::remove_file(secu.dir.path().join("progress.json.lock"));
    secu.refused(&["done", "ensap"], "first");
    assert!(!secu.dir.path().join("progress.json.lock").exists());
}

mod everything_printed {
    //! The class, not the instances: whatever string reaches `secu`, nothing it prints can
    //! drive a terminal.

    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    /// Text of any kind, hostile often: C0, C1, DEL, escapes, bidi overrides, joiners.
    fn hostile() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            any::<char>().prop_map(String::from),
            prop::sample::select(vec![
                "\u{1b}[2J",
                "\u{1b}]52;c;aGk=\u{7}",
                "\u{9b}31m",
                "\u{7}",
                "\r",
                "\n",
                "\u{7f}",
                "\u{202e}",
                "\u{2066}",
                "\u{200d}",
                "é",
                "山",
                "|",
                "2026-10-02",
            ])
            .prop_map(str::to_owned),
        ];
        prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
    }

    /// A progress file whose every string is either a valid value or `text`.
    fn file(text: &str, mask: u32) -> String {
        let pick = |bit: u32, good: &str| {
            if mask & (1 << bit) != 0 {
                text.to_owned()
            } else {
                good.to_owned()
            }
        };
        json!({
            "version": 1,
            "profile": {
                "level": pick(0, "secondary"),
                "department": if mask & 2 != 0 { json!(text) } else { json!(null) },
                "contract_start": pick(2, "2026-10-01"),
                "language": pick(3, "en"),
                "name": pick(4, "Ana"),
                "school": pick(5, "Lycée"),
                "gestionnaire_name": pick(6, "Mme M"),
                "gestionnaire_email": pick(7, "m@a.fr"),
            },
            "steps": {
                "request": {"done_on": pick(8, "2026-10-02"), "note": pick(9, "ok")},
                "nia": {"done_on": pick(10, "2026-10-20"), "number": pick(11, "884058832102523")},
                "nir": {"tasks": [pick(12, "ameli-account")], "note": pick(13, "n")},
                "attestation": {"pdf": pick(14, "/tmp/a.pdf")},
            },
            "last_opened": pick(15, "2026-11-01"),
            "unknown": text,
        })
        .to_string()
    }

    fn check(name: &str, output: &std::process::Output) -> Result<(), TestCaseError> {
        // RFC 5545's CR LF ends the lines of a calendar piped on: a CR right before a LF
        // moves nothing.
        let stdout = String::from_utf8_lossy(&output.stdout).replace("\r\n", "\n");
        prop_assert!(
            !drives_the_terminal(stdout.as_bytes()),
            "{}: stdout {:?}",
            name,
            stdout
        );
        prop_assert!(
            !drives_the_terminal(&output.stderr),
            "{}: stderr {:?}",
            name,
            String::from_utf8_lossy(&output.stderr)
        );
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(40))]

        #[test]
        fn nothing_secu_prints_can_drive_the_terminal(text in hostile(), mask in any::<u32>()) {
            let secu = Secu::new();
            let arg = text.replace('\0', "");
            let commands: Vec<Vec<&str>> = vec![
                vec!["status"],
                vec!["status", "--json", "--show-numbers"],
                vec!["setup"],
                vec!["export", "sheet"],
                vec!["export", "ics"],
                vec!["done", "request", "--on", &arg],
                vec!["done", &arg],
                vec!["note", "nia", &arg],
                vec!["number", "nia", &arg],
                vec!["setup", "--name", &arg, "--school", &arg],
                vec!["setup", "--start", &arg],
                vec!["setup", "--level", &arg],
                vec!["pdf", &arg],
                vec!["task", &arg],
                vec!["undo", "nia"],
                vec!["repair"],
                vec!["--today", &arg, "status"],
                vec!["--lang", &arg, "status"],
            ];
            for args in &commands {
                secu.write(&file(&text, mask));
                let output = secu
                    .bare()
                    .arg("--file")
                    .arg(secu.path())
                    .args(args)
                    .output()
                    .unwrap();
                check(&format!("{args:?}"), &output)?;
            }
            for var in ["SECU_TODAY", "SECU_LANG", "SECU_FILE"] {
                secu.write(&file(&text, mask));
                let output = secu.bare().env(var, &arg).arg("status").output().unwrap();
                check(var, &output)?;
            }
        }
    }
}

#[cfg(unix)]
#[test]
fn a_pdf_path_that_is_not_text_is_refused_for_what_it_is() {
    use std::os::unix::ffi::OsStrExt;
    let secu = Secu::halfway();
    let name = std::ffi::OsStr::from_bytes(b"attestation-\xff.pdf");
    let pdf = secu.dir.path().join(name);
    fs::write(&pdf, b"%PDF-1.4").unwrap();
    let before = secu.read();
    let mut cmd = secu.bare();
    cmd.arg("--file")
        .arg(secu.path())
        .args(common::FLAGS)
        .arg("pdf")
        .arg(&pdf);
    cmd.assert()
        .code(2)
        .stderr(contains("this path is not valid UTF-8 text"))
        .stderr(contains("Cannot write").not());
    assert_eq!(secu.read(), before);
}

/// `-o` naming a pipe or a device is written into, as a shell's `>` would: the standard output
/// when it is a pipe (`/dev/stdout` is a link whose text names no file), a FIFO with a reader
/// (never opened to be compared with the progress file, which would wait for a writer).
#[test]
fn an_export_into_a_pipe_or_a_device_is_written_into() {
    let secu = Secu::halfway();
    secu.cmd(&["export", "sheet", "-o", "/dev/stdout"])
        .timeout(Duration::from_secs(10))
        .assert()
        .success()
        .stdout(contains("Procédure d’affiliation"));
    let fifo = make_fifo(secu.dir.path(), "fifo");
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    secu.cmd(&["export", "ics", "-o", fifo.to_str().unwrap()])
        .timeout(Duration::from_secs(10))
        .assert()
        .success();
    assert!(reader.join().unwrap().starts_with("BEGIN:VCALENDAR"));
}
