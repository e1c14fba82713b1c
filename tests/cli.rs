//! The `secu` binary from outside: commands on a temporary progress file, a fixed today,
//! exit statuses, and the file left untouched by every refusal.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

use common::Secu;

const DESIGN_EXAMPLE: &str = concat!(
    r#"{"today":"2026-11-26","#,
    r#""next":{"step":"nir","due":"2026-11-30","days_left":4,"late":false},"#,
    r#""steps":[{"step":"request","state":"done","done_on":"2026-10-02","due":"2026-10-15","days_left":null,"late":false},"#,
    r#"{"step":"nia","state":"done","done_on":"2026-10-20","due":null,"days_left":null,"late":false},"#,
    r#"{"step":"nir","state":"open","done_on":null,"due":"2026-11-30","days_left":4,"late":false},"#,
    r#"{"step":"attestation","state":"open","done_on":null,"due":"2026-12-31","days_left":35,"late":false},"#,
    r#"{"step":"ensap","state":"open","done_on":null,"due":"2027-01-31","days_left":66,"late":false}]}"#,
    "\n"
);

#[test]
fn status_without_a_file_shows_the_default_checklist_and_how_to_set_up() {
    let secu = Secu::new();
    secu.run(&["status"])
        .success()
        .stdout(contains("[ ] request      Registration request"))
        .stdout(contains(
            "Next: Registration request — due 15 October 2026 (42 days late)",
        ))
        .stdout(contains("Not set up yet"));
    assert!(!secu.path().exists());
}

#[test]
fn status_json_is_the_documented_object() {
    let secu = Secu::halfway();
    secu.run(&["status", "--json"])
        .success()
        .stdout(DESIGN_EXAMPLE);
}

#[test]
fn status_text_lists_steps_dates_and_what_is_next() {
    let secu = Secu::halfway();
    secu.run(&["status"])
        .success()
        .stdout(contains(
            "[x] request      Registration request      done 2 Oct 2026",
        ))
        .stdout(contains(
            "[x] nia          Provisional number (NIA)  done 20 Oct 2026",
        ))
        .stdout(contains(
            "[ ] nir          Definitive number (NIR)   due 30 Nov 2026   ! in 4 days",
        ))
        .stdout(contains(
            "Next: Definitive number (NIR) — due 30 November 2026 (in 4 days)",
        ));
    secu.cmd(&["status", "--today", "08/12/2026"])
        .assert()
        .success()
        .stdout(contains("(8 days late)"))
        .stdout(contains("!! 8 days late"))
        .stdout(contains("      ! Late: Common: for people born abroad"));
}

#[test]
fn done_creates_the_file_owner_only() {
    let secu = Secu::new();
    secu.run(&["done", "request", "--on", "2/10/2026"])
        .success()
        .stdout(contains(
            "“Registration request” ticked, done 2 October 2026.",
        ))
        .stdout(contains("Next: Provisional number (NIA)"));
    let text = String::from_utf8(secu.read()).unwrap();
    assert!(text.starts_with("{\n  \"version\": 1,"), "{text}");
    assert!(text.contains("\"done_on\": \"2026-10-02\""), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(secu.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn done_defaults_to_today_and_undo_reverts_the_last_step() {
    let secu = Secu::halfway();
    secu.run(&["done", "nir"])
        .success()
        .stdout(contains("done 26 November 2026"));
    secu.run(&["undo", "nir"])
        .success()
        .stdout(contains("“Definitive number (NIR)” un-ticked."));
    secu.run(&["status", "--json"])
        .success()
        .stdout(DESIGN_EXAMPLE);
}

#[test]
fn done_on_a_done_step_corrects_its_date_and_leaves_the_others_ticked() {
    let secu = Secu::halfway();
    secu.run(&["done", "request", "--on", "1/10/26"])
        .success()
        .stdout(contains(
            "Date of “Registration request” corrected: done 1 October 2026 (was 2 October 2026).",
        ));
    secu.run(&["status", "--json"])
        .success()
        .stdout(contains("\"done_on\":\"2026-10-01\""))
        .stdout(contains("\"done_on\":\"2026-10-20\""));
    // Never past the next done step, nor into the future.
    secu.refused(
        &["done", "request", "--on", "21/10/2026"],
        "21 October 2026 is after “Provisional number (NIA)” (done 20 October 2026)",
    );
    secu.refused(&["done", "nia", "--on", "27/11/2026"], "is in the future");
}

#[test]
fn a_contract_starts_from_2000_to_2100_and_every_date_is_written_with_four_digits() {
    let secu = Secu::halfway();
    secu.refused(
        &["setup", "--start", "01/10/9999"],
        "9999 is not a year secu takes: give a date from 2000 to 2100.",
    );
    secu.refused(&["setup", "--start", "1999-10-01"], "from 2000 to 2100");
    secu.run(&["setup", "--start", "01/10/2100"]).success();
    // The latest deadline of the latest contract is still a four-digit year, in JSON and in
    // the calendar.
    let json = secu
        .run(&["status", "--json", "--today", "31/12/2100"])
        .success();
    let json = String::from_utf8(json.get_output().stdout.clone()).unwrap();
    assert!(json.contains("\"due\":\"2101-"), "{json}");
    assert!(!json.contains("\"+"), "{json}");
    let ics = secu
        .run(&["export", "ics", "--today", "31/12/2100"])
        .success();
    let ics = String::from_utf8(ics.get_output().stdout.clone()).unwrap();
    assert!(!ics.contains(":+"), "{ics}");
}

#[test]
fn refused_transitions_exit_2_and_leave_the_file_byte_for_byte() {
    let secu = Secu::halfway();
    secu.refused(
        &["done", "attestation"],
        "Tick “Definitive number (NIR)” first",
    );
    secu.refused(&["done", "nir", "--on", "27/11/2026"], "is in the future");
    secu.refused(
        &["done", "nir", "--on", "19/10/2026"],
        "19 October 2026 is before “Provisional number (NIA)” (done 20 October 2026)",
    );
    secu.refused(
        &["done", "nir", "--on", "31/02/2027"],
        "31/02/2027 does not exist",
    );
    secu.refused(&["done", "nir", "--on", "next week"], "is not a date");
    secu.refused(&["done", "nia"], "is already ticked");
    secu.refused(
        &["undo", "request"],
        "Un-tick “Provisional number (NIA)” first",
    );
    secu.refused(&["undo", "nir"], "is not ticked");
    secu.refused(
        &["done", "nirr"],
        "nirr is not a value <STEP> takes: request, nia, nir",
    );
    secu.refused(
        &["setup", "--department", "06"],
        "06 is not a value --department <CODE> takes: 04, 05, 13, 84.",
    );
    secu.refused(&["setup", "--start", "32/10/2026"], "does not exist");
}

#[test]
fn refusals_on_a_missing_file_create_nothing() {
    let secu = Secu::new();
    secu.refused(&["done", "nia"], "Tick “Registration request” first");
    secu.refused(&["undo", "request"], "is not ticked");
    assert!(!secu.path().exists());
}

#[test]
fn setup_changes_only_the_fields_given_and_never_the_steps() {
    let secu = Secu::halfway();
    secu.run(&["setup", "--level", "primary", "--department", "84"])
        .success()
        .stdout(contains(
            "School:                Primary school (1er degré)",
        ))
        .stdout(contains("Département:           84 Vaucluse"))
        .stdout(contains("Contract start:        1 October 2026\n"));
    secu.run(&["status", "--json"])
        .success()
        .stdout(DESIGN_EXAMPLE);
    secu.run(&["setup"])
        .success()
        .stdout(contains("84 Vaucluse"))
        .stdout(contains("Already registered:    no"));
}

#[test]
fn the_already_registered_path_skips_the_cpam_steps_and_can_be_undone() {
    let secu = Secu::new();
    secu.run(&["setup", "--level", "secondary", "--already-registered"])
        .success();
    secu.run(&["status", "--json"])
        .success()
        .stdout(contains(
            r#""next":{"step":"attestation","due":"2026-10-15","days_left":-42,"late":true}"#,
        ))
        .stdout(contains(
            r#"{"step":"nir","state":"skipped","done_on":null,"due":null,"days_left":null,"late":false}"#,
        ));
    secu.refused(&["done", "nir"], "is not needed");
    secu.run(&["setup", "--already-registered=false"]).success();
    secu.run(&["status", "--json"])
        .success()
        .stdout(contains(r#""next":{"step":"request""#));
    secu.run(&["setup", "--already-registered"]).success();
    secu.run(&["done", "attestation", "--on", "05/10/2026"])
        .success();
    secu.refused(
        &["setup", "--already-registered=false"],
        "Your attestation is already sent",
    );
}

#[test]
fn an_unparsable_file_is_never_overwritten() {
    let secu = Secu::new();
    let damaged =
        "{\n  \"version\": 1,\n  \"steps\": {\n    \"request\": {\"done_on\": \"2026-10-02\"\n}\n";
    secu.write(damaged);
    for args in [
        &["status"][..],
        &["done", "request"],
        &["undo", "request"],
        &["setup", "--level", "primary"],
        &[],
    ] {
        secu.run(args)
            .code(1)
            .stdout("")
            .stderr(contains(secu.path().display().to_string()))
            .stderr(contains("is damaged at line 6, column 0"));
        assert_eq!(secu.read(), damaged.as_bytes(), "{args:?}");
    }
}

#[test]
fn a_date_that_is_not_a_date_in_the_file_is_reported_with_its_position() {
    let secu = Secu::new();
    let damaged = "{\"version\": 1, \"steps\": {\"request\": {\"done_on\": \"2026-02-31\"}}}";
    secu.write(damaged);
    secu.run(&["status"])
        .code(1)
        .stderr(contains("is damaged at line 1, column"));
    assert_eq!(secu.read(), damaged.as_bytes());
}

#[test]
fn a_bad_today_is_bad_input() {
    let secu = Secu::new();
    secu.refused(
        &["status", "--today", "31/02/2027"],
        "31/02/2027 does not exist",
    );
}

#[test]
fn environment_variables_stand_for_the_flags() {
    let secu = Secu::halfway();
    secu.bare()
        .env("SECU_FILE", secu.path())
        .env("SECU_TODAY", "2026-12-30")
        .env("SECU_LANG", "fr")
        .arg("status")
        .assert()
        .success()
        .stdout(contains(
            "À faire\u{a0}: Numéro définitif (NIR) — au plus tard le 30 novembre 2026 (30 jours de retard)",
        ));
}

#[test]
fn the_default_file_is_in_the_config_folder() {
    let secu = Secu::new();
    secu.bare()
        .args(["--today", "26/11/2026", "done", "request"])
        .assert()
        .success();
    let expected: &Path = &secu.dir.path().join("config/secu/progress.json");
    assert!(expected.exists());
}

#[test]
fn the_language_follows_flag_then_file_then_locale() {
    let secu = Secu::halfway();
    let status = |cmd: &mut Command| cmd.arg("status").assert().success();
    let mut cmd = secu.bare();
    cmd.arg("--file")
        .arg(secu.path())
        .args(["--today", "26/11/2026"]);
    status(cmd.env("LANG", "fr_FR.UTF-8")).stdout(contains("À faire"));
    let mut cmd = secu.bare();
    cmd.arg("--file")
        .arg(secu.path())
        .args(["--today", "26/11/2026"]);
    status(cmd.env("LANG", "pt_BR.UTF-8")).stdout(contains("Next:"));
    let mut cmd = secu.bare();
    cmd.arg("--file")
        .arg(secu.path())
        .args(["--today", "26/11/2026"]);
    status(cmd.env("LANG", "de_AT.UTF-8")).stdout(contains("Als Nächstes:"));
    let mut cmd = secu.bare();
    cmd.arg("--file")
        .arg(secu.path())
        .args(["--today", "26/11/2026", "--lang", "en"]);
    status(cmd.env("LC_ALL", "fr_FR.UTF-8")).stdout(contains("Next:"));
    // A language saved in the file wins over the locale.
    let text = String::from_utf8(secu.read())
        .unwrap()
        .replace("\"language\": null", "\"language\": \"fr\"");
    secu.write(&text);
    let mut cmd = secu.bare();
    cmd.arg("--file")
        .arg(secu.path())
        .args(["--today", "26/11/2026"]);
    status(cmd.env("LANG", "en_GB.UTF-8")).stdout(contains("À faire"));
}

#[test]
fn a_date_before_the_contract_s_start_is_accepted_with_a_word() {
    let secu = Secu::new();
    secu.set_up();
    secu.run(&["done", "request", "--on", "28/09/2026"])
        .success()
        .stdout(contains(
            "! That day is before your contract’s start (1 October 2026): a school may act early, but check the date.",
        ));
    secu.run(&["done", "nia", "--on", "02/10/2026"])
        .success()
        .stdout(contains("before your contract’s start").not());
}

/// Set up without a start: the school year's default is written down, and said; a year later
/// the checklist in progress keeps its year.
#[test]
fn the_default_start_is_written_down_and_the_year_never_moves_under_a_checklist() {
    let secu = Secu::new();
    secu.run(&["setup", "--level", "secondary"])
        .success()
        .stdout(contains("Contract start written down: 1 October 2026"));
    secu.run(&["done", "request", "--on", "02/10/2026"])
        .success();
    let august = secu
        .bare()
        .arg("--file")
        .arg(secu.path())
        .args(["--today", "01/08/2027", "--lang", "en", "remind"])
        .assert()
        .success();
    august.stdout(contains("due 30 November 2026"));
}

/// A clock set back: status says so, and the next step can still be ticked on a recorded day.
#[test]
fn a_clock_set_back_is_said_and_never_blocks_a_tick() {
    let secu = Secu::halfway();
    secu.run(&["done", "nir", "--on", "25/11/2026"]).success();
    let back = |args: &[&str]| {
        let mut cmd = secu.bare();
        cmd.arg("--file")
            .arg(secu.path())
            .args(["--today", "20/11/2026", "--lang", "en"])
            .args(args);
        cmd.assert()
    };
    back(&["status"]).success().stdout(contains(
        "! This computer’s clock says 20 November 2026, before a date already recorded (25 November 2026)",
    ));
    back(&["done", "attestation", "--on", "25/11/2026"]).success();
}

/// Every message in the language read, whichever way it was chosen: the saved one for a bad
/// `--today`, and clap's own refusals, usage line and value names.
#[test]
fn refusals_and_help_speak_the_language_chosen_in_any_way() {
    let secu = Secu::halfway();
    let text = String::from_utf8(secu.read())
        .unwrap()
        .replace("\"language\": null", "\"language\": \"es\"");
    secu.write(&text);
    let saved = || {
        let mut cmd = secu.bare();
        cmd.arg("--file").arg(secu.path());
        cmd
    };
    saved()
        .args(["--today", "32/13/2026", "status"])
        .assert()
        .code(2)
        .stderr("secu: El 32/13/2026 no existe: revisa el día y el mes.\n");
    saved()
        .args(["--lang", "es", "--lang", "fr", "status"])
        .assert()
        .code(2)
        .stderr("secu: --lang <CÓDIGO> aparece más de una vez: deja solo uno (secu --help lista las opciones).\n");
    saved()
        .args(["--lang", "es", "done", "--help"])
        .assert()
        .success()
        .stdout(contains("Uso: secu done [OPCIONES] <PASO>"))
        .stdout(contains("--on <FECHA>"))
        .stdout(contains("OPTIONS").not());
    // English keeps clap's own words.
    saved()
        .args(["--lang", "en", "done", "--help"])
        .assert()
        .success()
        .stdout(contains("Usage: secu done [OPTIONS] <STEP>"));
}

#[test]
fn the_checklist_needs_a_terminal_and_says_so() {
    let secu = Secu::halfway();
    secu.refused(&[], "This is not a terminal");
    secu.refused(&[], "secu status");
    secu.bare()
        .arg("--file")
        .arg(secu.path())
        .env("SECU_LANG", "es")
        .assert()
        .code(2)
        .stderr(contains("secu: Esto no es una terminal"));
    // A terminal that cannot draw (Emacs' shell): exit 2, the commands to use, nothing
    // written, not even a first file.
    let fresh = Secu::new();
    fresh
        .cmd(&[])
        .env("TERM", "dumb")
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(
            "This terminal (TERM=dumb) cannot draw the checklist: use secu status",
        ));
    assert!(!fresh.path().exists());
}

const NIA: &str = "8 84 05 88 321 025 23";
const NIR: &str = "2 95 10 99 126 111 93";

/// No output or message may hold a whole number, with or without its spaces.
fn holds_no_number(text: &str) -> bool {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    ![
        "884058832102523",
        "295109912611193",
        "8840588321025",
        "2951099126111",
    ]
    .iter()
    .any(|number| compact.contains(number))
}

#[test]
fn numbers_are_given_with_done_and_shown_masked() {
    let secu = Secu::halfway();
    secu.run(&["undo", "nia"]).success();
    let out = secu
        .run(&["done", "nia", "--on", "20/10/2026", "--number", NIA])
        .success()
        .stdout(contains("Number: 8 84 05 •• ••• ••• 23"))
        .get_output()
        .stdout
        .clone();
    assert!(holds_no_number(&String::from_utf8_lossy(&out)));
    secu.run(&["done", "nir", "--number", "2.95.10.99.126.111.93"])
        .success();
    let file = String::from_utf8(secu.read()).unwrap();
    assert!(file.contains("\"number\": \"884058832102523\""), "{file}");
    assert!(file.contains("\"number\": \"295109912611193\""), "{file}");
    let status = secu.run(&["status"]).success().get_output().stdout.clone();
    let status = String::from_utf8(status).unwrap();
    assert!(status.contains("Number: 2 95 10 •• ••• ••• 93"), "{status}");
    assert!(holds_no_number(&status), "{status}");
    secu.run(&["status", "--show-numbers"])
        .success()
        .stdout(contains("Number: 2 95 10 99 126 111 93"))
        .stdout(contains("Number: 8 84 05 88 321 025 23"));
    let json = secu
        .run(&["status", "--json"])
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(!String::from_utf8(json).unwrap().contains("number"));
    secu.run(&["status", "--json", "--show-numbers"])
        .success()
        .stdout(contains(r#""number":"295109912611193""#))
        .stdout(contains(r#""number":"884058832102523""#));
}

#[test]
fn bad_numbers_exit_2_name_the_problem_and_change_nothing() {
    let secu = Secu::halfway();
    for (number, message) in [
        (
            "2 95 10 99 126 111 39",
            "a digit is probably mistyped. Compare with the CPAM’s letter.",
        ),
        ("", "Type the number"),
        ("2951099126111", "the 2-digit key at the end is missing"),
        ("29510991261119", "14 characters"),
        ("2951099126111933", "16 characters"),
        ("2951099126111😀3", "cannot be part of a number"),
        ("29510991261A193", "is the letter “A” where a digit goes"),
        ("2A5109912611193", "is the letter “A” where a digit goes"),
        ("295139912611193", "not a month of birth"),
    ] {
        secu.refused(&["done", "nir", "--number", number], message);
        secu.refused(&["done", "nir", "--number", number], "");
        let out = secu
            .run(&["done", "nir", "--number", number])
            .get_output()
            .clone();
        assert!(
            holds_no_number(&String::from_utf8_lossy(&out.stderr)),
            "{number}"
        );
    }
    secu.refused(
        &["done", "attestation", "--number", NIR],
        "“Attestation sent” has no number",
    );
    secu.refused(&["done", "nia", "--number", NIA], "is already ticked");
}

#[test]
fn number_sets_or_corrects_the_number_of_a_done_step() {
    let secu = Secu::halfway();
    secu.refused(
        &["number", "nir", NIR],
        "Tick “Definitive number (NIR)” before giving its number",
    );
    secu.refused(
        &["number", "request", NIR],
        "has no number: only the NIA and the NIR do",
    );
    secu.run(&["number", "nia", NIA]).success();
    secu.run(&["done", "nir"]).success();
    // The NIA typed again as the NIR: accepted, with one note, and no word of a tick.
    secu.run(&["number", "nir", NIA])
        .success()
        .stdout(predicates::str::starts_with(
            "Number saved on “Definitive number (NIR)”.\n",
        ))
        .stdout(contains("ticked").not())
        .stdout(contains("! This number starts with 7 or 8"))
        .stdout(contains("! This is the same number as your NIA").not());
    secu.run(&["number", "nir", NIR])
        .success()
        .stdout(contains("Number: 2 95 10 •• ••• ••• 93"))
        .stdout(contains("! ").not());
}

#[test]
fn a_file_readable_by_others_is_tightened_with_a_notice() {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let secu = Secu::halfway();
        fs::set_permissions(secu.path(), fs::Permissions::from_mode(0o644)).unwrap();
        secu.run(&["status"]).success().stderr(contains(
            "was readable by others; it is now readable by you only.",
        ));
        let mode = fs::metadata(secu.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        secu.run(&["status"]).success().stderr("");
    }
}

#[test]
fn status_speaks_every_language() {
    let secu = Secu::halfway();
    for (lang, next, done) in [
        (
            "en",
            "Next: Definitive number (NIR) — due 30 November 2026 (in 4 days)",
            "done 2 Oct 2026",
        ),
        (
            "fr",
            "À faire\u{a0}: Numéro définitif (NIR) — au plus tard le 30 novembre 2026 (dans 4 jours)",
            "fait le 2 oct. 2026",
        ),
        (
            "es",
            "Siguiente: Número definitivo (NIR) — a más tardar el 30 de noviembre de 2026 (quedan 4 días)",
            "hecho el 2 oct 2026",
        ),
        (
            "de",
            "Als Nächstes: Endgültige Nummer (NIR) — fällig am 30. November 2026 (in 4 Tagen)",
            "erledigt am 2. Okt. 2026",
        ),
        (
            "it",
            "Prossimo: Numero definitivo (NIR) — entro il 30 novembre 2026 (tra 4 giorni)",
            "fatto il 2 ott 2026",
        ),
    ] {
        let mut cmd = secu.bare();
        cmd.arg("--file").arg(secu.path()).args([
            "--today",
            "26/11/2026",
            "--lang",
            lang,
            "status",
        ]);
        cmd.assert()
            .success()
            .stdout(contains(next))
            .stdout(contains(done));
        // Errors speak it too.
        let mut cmd = secu.bare();
        cmd.arg("--file").arg(secu.path()).args([
            "--today",
            "26/11/2026",
            "--lang",
            lang,
            "done",
            "ensap",
        ]);
        cmd.assert().code(2).stderr(contains("NIR"));
    }
}

#[test]
fn notes_the_pdf_and_the_small_tasks_through_the_command_line() {
    let secu = Secu::halfway();
    secu.run(&["note", "nia", "called the CPAM on 12/11\nref 4567"])
        .success()
        .stdout(contains("Note saved on “Provisional number (NIA)”."));
    let file: serde_json::Value = serde_json::from_slice(&secu.read()).unwrap();
    assert_eq!(
        file["steps"]["nia"]["note"],
        "called the CPAM on 12/11\nref 4567"
    );
    secu.run(&["status"]).success().stdout(contains(
        "      Note: called the CPAM on 12/11\n            ref 4567\n",
    ));
    secu.run(&["note", "nia", ""]).success();
    let file: serde_json::Value = serde_json::from_slice(&secu.read()).unwrap();
    assert!(file["steps"]["nia"].get("note").is_none(), "{file}");

    let pdf = secu.dir.path().join("attestation.pdf");
    fs::write(&pdf, b"%PDF-1.7\n").unwrap();
    let text = secu.dir.path().join("attestation.txt");
    fs::write(&text, b"not a pdf").unwrap();
    secu.refused(&["pdf", text.to_str().unwrap()], "This file is not a PDF");
    secu.refused(
        &["pdf", "/nowhere/attestation.pdf"],
        "There is no file at this path.",
    );
    secu.run(&["pdf", pdf.to_str().unwrap()])
        .success()
        .stdout("PDF kept: attestation.pdf.\n");
    secu.run(&["status"])
        .success()
        .stdout(contains("      PDF sent: attestation.pdf\n"));

    // ameli.fr takes only the definitive number; the download needs the account.
    secu.refused(
        &["task", "ameli-account"],
        "“Account created on ameli.fr” waits for your definitive number",
    );
    secu.run(&["done", "nir"]).success();
    secu.refused(
        &["task", "attestation-downloaded"],
        "The attestation is downloaded from your ameli.fr account",
    );
    secu.run(&["task", "ameli-account"])
        .success()
        .stdout(contains("[x] Account created on ameli.fr"))
        .stdout(contains("[ ] Attestation de droits downloaded"));
    secu.run(&["task", "ameli-account", "--undo"])
        .success()
        .stdout(contains("[ ] Account created on ameli.fr"));
    secu.refused(
        &["task", "ameli"],
        "ameli is not a value <TASK> takes: ameli-account, attestation-downloaded.",
    );
}

#[test]
fn setup_takes_the_contacts_and_checks_the_e_mail() {
    let secu = Secu::halfway();
    secu.refused(
        &["setup", "--gestionnaire-email", "m.martin@ac-aix"],
        "That is not an e-mail address",
    );
    secu.run(&[
        "setup",
        "--level",
        "primary",
        "--department",
        "13",
        "--name",
        "Jane Doe",
        "--school",
        "École Jules Ferry",
        "--gestionnaire-name",
        "Mme Martin",
        "--gestionnaire-email",
        "m.martin@ac-aix-marseille.fr",
    ])
    .success()
    .stdout(contains("Name:                  Jane Doe"))
    .stdout(contains(
        "Gestionnaire’s e-mail: m.martin@ac-aix-marseille.fr",
    ));
    secu.run(&["setup", "--school", ""]).success();
    let file: serde_json::Value = serde_json::from_slice(&secu.read()).unwrap();
    assert!(file["profile"]["school"].is_null(), "{file}");
    assert_eq!(file["profile"]["name"], "Jane Doe");
}

#[test]
fn export_ics_writes_the_open_deadlines() {
    let secu = Secu::halfway();
    let ics = secu.dir.path().join("secu.ics");
    secu.run(&["export", "ics", "-o", ics.to_str().unwrap()])
        .success()
        .stdout(contains("3 deadlines written to"));
    let text = fs::read_to_string(&ics).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR"), "{text}");
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 3);
    for date in [
        "DTSTART;VALUE=DATE:20261130",
        "DTSTART;VALUE=DATE:20261231",
        "DTSTART;VALUE=DATE:20270131",
    ] {
        assert!(text.contains(date), "{date}:\n{text}");
    }
    // To the standard output without -o, under the same UIDs: the file keeps the
    // calendar's id.
    let uid = |text: &str| {
        text.lines()
            .find(|line| line.starts_with("UID:secu-ensap-"))
            .map(str::to_owned)
    };
    let again = secu.run(&["export", "ics"]).success();
    let again = String::from_utf8_lossy(&again.get_output().stdout).into_owned();
    assert!(uid(&text).is_some(), "{text}");
    assert_eq!(uid(&text), uid(&again));
}

/// The calendar follows the checklist across exports, as a calendar app that imports each
/// one sees it: a ticked step comes back cancelled with no reminder under its UID, a moved
/// date comes with a higher SEQUENCE, a corrected contract start keeps every UID, and once
/// all is done the export still cancels what was imported.
#[test]
fn the_calendar_follows_the_checklist_across_exports() {
    let secu = Secu::halfway();
    let export = |today: &str| {
        let out = secu
            .bare()
            .arg("--file")
            .arg(secu.path())
            .args(["--today", today, "--lang", "en", "export", "ics"])
            .assert()
            .success();
        String::from_utf8_lossy(&out.get_output().stdout).into_owned()
    };
    let field = |text: &str, step: &str, name: &str| -> Option<String> {
        let event = text
            .split("BEGIN:VEVENT")
            .find(|e| e.contains(&format!("UID:secu-{step}-")))?;
        event
            .lines()
            .find_map(|line| line.strip_prefix(&format!("{name}:")))
            .map(str::to_owned)
    };
    let first = export("26/11/2026");
    assert_eq!(field(&first, "nir", "SEQUENCE").as_deref(), Some("0"));
    assert_eq!(field(&first, "nir", "STATUS").as_deref(), Some("CONFIRMED"));
    // The same day, nothing changed: the same sequence.
    assert_eq!(
        field(&export("26/11/2026"), "nir", "SEQUENCE").as_deref(),
        Some("0")
    );

    secu.run(&["done", "nir", "--on", "25/11/2026", "--number", NIR])
        .success()
        .stdout(contains(
            "Your calendar still has this step’s reminder: export the calendar again (secu export ics)",
        ));
    let ticked = export("26/11/2026");
    assert_eq!(field(&ticked, "nir", "UID"), field(&first, "nir", "UID"));
    assert_eq!(
        field(&ticked, "nir", "STATUS").as_deref(),
        Some("CANCELLED")
    );
    assert_eq!(field(&ticked, "nir", "SEQUENCE").as_deref(), Some("1"));
    let nir = ticked
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("UID:secu-nir-"))
        .unwrap();
    assert!(!nir.contains("VALARM"), "{nir}");

    secu.run(&["setup", "--start", "01/09/2026"]).success();
    let moved = export("26/11/2026");
    assert_eq!(field(&moved, "ensap", "UID"), field(&first, "ensap", "UID"));
    assert_eq!(field(&moved, "nir", "SEQUENCE").as_deref(), Some("2"));

    secu.run(&["done", "attestation", "--on", "26/11/2026"])
        .success();
    secu.run(&["done", "ensap", "--on", "26/11/2026"]).success();
    let done = export("26/11/2026");
    assert_eq!(done.matches("BEGIN:VEVENT").count(), 3, "{done}");
    assert_eq!(done.matches("STATUS:CANCELLED").count(), 3, "{done}");
    assert!(!done.contains("VALARM"), "{done}");
}

#[test]
fn export_sheet_fills_the_blanks_in_french() {
    let secu = Secu::halfway();
    secu.run(&["export", "sheet"])
        .success()
        .stdout(contains(
            "# Procédure d’affiliation à la Sécurité sociale française",
        ))
        .stdout(contains(
            "| Début octobre | début octobre, au plus tard le 15/10/2026 | Effectuée le 02/10/2026 |",
        ))
        .stdout(contains("| N° provisoire reçu le 20/10/2026 |"))
        .stdout(contains(
            "| En décembre | en décembre, au plus tard le 31/12/2026 | Transmis le …/…/… |",
        ));
}

#[test]
fn the_already_registered_count_two_steps_give_their_number_and_send_nothing_early() {
    let secu = Secu::new();
    secu.run(&["setup", "--level", "secondary", "--already-registered"])
        .success()
        .stdout(contains(
            "Give the definitive number you have with `secu setup --number",
        ));
    secu.run(&["status"])
        .success()
        .stdout(contains("· 0 of 2 done"))
        .stdout(contains(
            "[-] nir          Definitive number (NIR)   not needed",
        ));
    // The number, checked: a typo is refused and changes nothing.
    secu.refused(&["setup", "--number", "295109912611199"], "The key");
    secu.run(&["setup", "--number", "2 95 10 99 126 111 93"])
        .success()
        .stdout(contains("Number: 2 95 10 •• ••• ••• 93"));
    secu.run(&["status", "--json", "--show-numbers"])
        .success()
        .stdout(contains(r#""step":"nir","state":"skipped","done_on":null,"due":null,"days_left":null,"late":false,"number":"295109912611193""#));
    // The sheet says nothing was sent before it is.
    secu.run(&["export", "sheet"])
        .success()
        .stdout(contains(
            "attestation de droits à transmettre dès l’installation",
        ))
        .stdout(contains("Transmis le …/…/…"))
        .stdout(predicates::str::contains("transmise le").not());
    secu.run(&["done", "attestation", "--on", "05/10/2026"])
        .success();
    secu.run(&["status"])
        .success()
        .stdout(contains("· 1 of 2 done"));
    secu.run(&["export", "sheet"])
        .success()
        .stdout(contains("attestation de droits transmise le 05/10/2026"));
}

#[test]
fn an_invalid_number_in_the_file_is_reported_in_the_user_s_language() {
    let secu = Secu::halfway();
    let text = String::from_utf8(secu.read()).unwrap().replace(
        r#""done_on": "2026-10-20""#,
        r#""done_on": "2026-10-20", "number": "884058832102529""#,
    );
    secu.write(&text);
    let before = secu.read();
    let mut cmd = secu.bare();
    cmd.arg("--file")
        .arg(secu.path())
        .args(["--today", "26/11/2026", "--lang", "fr", "status"]);
    cmd.assert()
        .code(1)
        .stderr(contains(
            "le numéro de l’étape «\u{a0}Numéro provisoire (NIA)\u{a0}» n’est pas valide.",
        ))
        .stderr(contains("La clé (les 2 derniers chiffres)"))
        .stderr(contains("secu repair"))
        .stderr(predicates::str::contains("88405883210252").not());
    assert_eq!(secu.read(), before);
}

#[test]
fn remind_says_one_line_only_when_a_step_is_due_within_a_week_or_late() {
    let secu = Secu::halfway();
    // The NIR is due 30 November: 15 days ahead, nothing to say.
    secu.run(&["remind", "--today", "15/11/2026"])
        .success()
        .stdout("");
    secu.run(&["remind"])
        .success()
        .stdout("secu · ! Next: Definitive number (NIR) — due 30 November 2026 (in 4 days)\n");
    secu.run(&["remind", "--today", "08/12/2026", "--lang", "fr"])
        .success()
        .stdout(
            "secu · !! À faire\u{a0}: Numéro définitif (NIR) — au plus tard le 30 novembre 2026 (8 jours de retard)\n",
        );
    // Nothing set up, nothing to remind; a damaged file is said, exit 1.
    Secu::new().run(&["remind"]).success().stdout("");
    secu.write("{ damaged");
    secu.run(&["remind"])
        .code(1)
        .stdout("")
        .stderr(contains("is damaged"));
}

#[test]
fn completions_and_the_manual_page_need_no_progress_file() {
    let secu = Secu::new();
    secu.write("{ damaged");
    let bash = secu.run(&["completions", "bash"]).success();
    let script = String::from_utf8(bash.get_output().stdout.clone()).unwrap();
    assert!(script.contains("_secu()"), "{script}");
    // A script bash accepts.
    let mut check = std::process::Command::new("bash")
        .arg("-n")
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    check
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    assert!(check.wait().unwrap().success());
    for shell in ["zsh", "fish", "powershell"] {
        secu.run(&["completions", shell])
            .success()
            .stdout(contains("secu"));
    }
    secu.run(&["man"])
        .success()
        .stdout(contains(".TH SECU 1"))
        .stdout(contains(".SH NAME"));
    assert_eq!(secu.read(), b"{ damaged");
}

#[test]
fn the_command_line_s_help_and_refusals_speak_the_user_s_language() {
    let secu = Secu::new();
    let help = secu
        .bare()
        .args(["--help"])
        .env("LANG", "fr_FR.UTF-8")
        .assert()
        .success();
    let text = String::from_utf8(help.get_output().stdout.clone()).unwrap();
    for french in [
        "Utilisation\u{a0}: secu [OPTIONS] [COMMANDE]",
        "Commandes\u{a0}:",
        "Options\u{a0}:",
        "Afficher les étapes, leurs dates et la suite",
        "Langue\u{a0}: en, fr, es, de ou it",
    ] {
        assert!(text.contains(french), "{french:?} not in\n{text}");
    }
    // A value the domain refuses is refused in French too, with the values it takes.
    for (args, message) in [
        (
            &["setup", "--level", "3"][..],
            "3 n’est pas une valeur possible pour --level <NIVEAU>\u{a0}: primary, secondary.",
        ),
        (
            &["done", "nia2"][..],
            "nia2 n’est pas une valeur possible pour <ÉTAPE>\u{a0}: request, nia, nir, attestation, ensap.",
        ),
        (
            &["setup", "--department", "99"][..],
            "99 n’est pas une valeur possible pour --department <CODE>\u{a0}: 04, 05, 13, 84.",
        ),
    ] {
        secu.bare()
            .arg("--file")
            .arg(secu.path())
            .args(args)
            .env("LANG", "fr_FR.UTF-8")
            .assert()
            .code(2)
            .stderr(contains(message));
    }
    assert!(!secu.path().exists());
}

/// The completion scripts offer the values each argument takes: bash's, run in a real bash,
/// and those of zsh and fish, read.
#[test]
fn completions_offer_the_values_of_each_argument() {
    let secu = Secu::new();
    let script = |shell: &str| {
        let output = secu
            .run(&["completions", shell])
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(output).unwrap()
    };
    // Bash runs the script on Unix; on Windows `bash` may be WSL's, with no system behind it.
    #[cfg(unix)]
    completed_in_bash(&secu, &script("bash"));
    let zsh = script("zsh");
    assert!(zsh.contains("request nia nir attestation ensap"), "zsh");
    let fish = script("fish");
    for value in ["attestation", "ameli-account", "secondary", "84"] {
        assert!(fish.contains(value), "fish lacks {value}");
    }
}

/// The manual page is one whole page: dated, every command in it with its arguments, no
/// pointer to a page per command that nothing installs; and mandoc finds nothing to warn
/// about (where mandoc is installed: `.ci/run` installs it).
#[test]
fn the_manual_page_is_whole_and_clean() {
    let secu = Secu::new();
    let output = secu.run(&["man"]).success().get_output().stdout.clone();
    let page = String::from_utf8(output).unwrap();
    let title = page.lines().find(|l| l.starts_with(".TH ")).unwrap();
    let date = secu::commands::MANUAL_DATE;
    assert!(
        chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(),
        "{date}"
    );
    assert!(title.contains(date), "{title}");
    assert!(
        !page.contains("secu-status("),
        "a pointer to a page that does not exist"
    );
    for command in [
        "secu status",
        "secu done",
        "secu export",
        "secu repair",
        "secu remind",
    ] {
        assert!(
            page.contains(&format!("\\fB{command}")),
            "{command} missing"
        );
    }
    assert!(
        page.contains("\\fB\\-\\-show\\-numbers\\fR"),
        "a command's option missing"
    );
    let Ok(mut lint) = std::process::Command::new("mandoc")
        .args(["-T", "lint", "-W", "warning"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
    else {
        eprintln!("skipped the mandoc lint: mandoc is not installed (.ci/run installs it)");
        return;
    };
    use std::io::Write as _;
    lint.stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let linted = lint.wait_with_output().unwrap();
    assert!(
        linted.status.success(),
        "{}",
        String::from_utf8_lossy(&linted.stdout)
    );
}

/// Once no open step has a deadline, a calendar would hold no event, which RFC 5545 does not
/// allow: `export ics` says so and writes nothing, to a file or to a pipe.
#[test]
fn a_calendar_with_no_event_is_not_written() {
    let secu = Secu::new();
    secu.run(&[
        "setup",
        "--level",
        "secondary",
        "--start",
        "01/10/2026",
        "--already-registered",
    ])
    .success();
    secu.run(&["done", "attestation", "--on", "10/10/2026"])
        .success();
    secu.run(&["done", "ensap", "--on", "20/10/2026"]).success();
    let file = secu.dir.path().join("deadlines.ics");
    secu.run(&["export", "ics", "-o", file.to_str().unwrap()])
        .success()
        .stdout("")
        .stderr(contains("Nothing to export"));
    assert!(!file.exists());
    secu.run(&["export", "ics"])
        .success()
        .stdout("")
        .stderr(contains("Nothing to export"));
}

/// `secu export mail` prints the e-mail as the checklist shows it, and `--mailto` its
/// address; with no address for a primary school's gestionnaire, it says how to give one.
#[test]
fn export_mail_prints_the_draft_and_its_mailto() {
    let secu = Secu::halfway();
    secu.run(&["export", "mail"])
        .success()
        .stdout(contains(
            "→ assistants-langues@ac-aix-marseille.fr\nAttestation de droits",
        ))
        .stdout(contains("Veuillez trouver ci-joint"))
        .stdout(contains("[NOM Prénom]"))
        // Said apart from the draft, in the user's language, so that a pipe keeps it whole.
        .stderr(
            "! Attach the PDF of your attestation yourself: an e-mail opened or copied from here cannot carry it.\n\
             ! Your name is not set: replace [NOM Prénom] before sending.\n",
        );
    secu.run(&["setup", "--name", "Jane Doe", "--title", "assistante"])
        .success();
    secu.run(&["export", "mail"])
        .success()
        .stdout(contains("Jane Doe, assistante de langue"))
        .stdout(contains("Cordialement,\nJane Doe\nAssistante de langue\n"))
        .stderr(contains("[NOM Prénom]").not());
    secu.run(&["export", "mail", "--mailto"])
        .success()
        .stdout(contains(
            "mailto:assistants-langues@ac-aix-marseille.fr?subject=Attestation",
        ));
    secu.run(&["setup", "--level", "primary", "--department", "13"])
        .success();
    secu.run(&["export", "mail"])
        .success()
        .stdout(contains("→ ?"))
        .stdout(contains("Madame, Monsieur,"))
        .stderr(contains("secu setup --gestionnaire-email"));
    secu.run(&["setup", "--gestionnaire-civility", "monsieur"])
        .success()
        .stdout(contains("Greeting:              Bonjour Monsieur,"));
    secu.run(&["export", "mail"])
        .success()
        .stdout(contains("\n\nBonjour Monsieur,\n\nVeuillez"));
    secu.run(&[
        "setup",
        "--gestionnaire-civility",
        "none",
        "--title",
        "none",
    ])
    .success();
    secu.run(&["export", "mail"])
        .success()
        .stdout(contains("Madame, Monsieur,"))
        .stdout(contains("assistante").not());
}

/// A file named without a folder (`--file progress.json`, `-o sheet.md`) is written in the
/// current folder, its temporary beside it.
#[test]
fn bare_file_names_are_written_in_the_current_folder() {
    let secu = Secu::new();
    let here = secu.dir.path();
    let run = |args: &[&str]| {
        let mut cmd = secu.bare();
        cmd.current_dir(here)
            .args(["--today", "26/11/2026", "--lang", "en"])
            .args(args);
        cmd.assert().success();
    };
    run(&["--file", "mine.json", "setup", "--level", "secondary"]);
    // A temporary a killed save left beside it is swept by the next save, there too.
    let stale = here.join(".mine.json.Ab12Cd.tmp");
    fs::write(&stale, "half a save").unwrap();
    run(&[
        "--file",
        "mine.json",
        "done",
        "request",
        "--on",
        "02/10/2026",
    ]);
    assert!(!stale.exists());
    run(&["--file", "mine.json", "export", "sheet", "-o", "sheet.md"]);
    run(&["--file", "mine.json", "export", "sheet", "-o", "sheet.md"]);
    assert!(
        fs::read_to_string(here.join("mine.json"))
            .unwrap()
            .contains("2026-10-02")
    );
    assert!(
        fs::read_to_string(here.join("sheet.md"))
            .unwrap()
            .contains("02/10/2026")
    );
}

/// Each line completed by bash through the script: the values it offers.
#[cfg(unix)]
fn completed_in_bash(secu: &Secu, script: &str) {
    let bash = secu.dir.path().join("secu.bash");
    fs::write(&bash, script).unwrap();
    let cases = [
        ("secu done ", "request nia nir attestation ensap"),
        ("secu --lang ", "en fr es de it"),
        ("secu setup --level ", "primary secondary"),
        ("secu setup --department ", "04 05 13 84"),
        ("secu task ", "ameli-account attestation-downloaded"),
        ("secu undo ", "request nia nir attestation ensap"),
    ];
    for (line, values) in cases {
        let completed = Command::new("bash")
            .arg("-c")
            .arg(
                r#"source "$1"; read -ra COMP_WORDS <<< "$2"; COMP_WORDS+=("");
                COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$2"; COMP_POINT=${#2};
                _secu secu "" "${COMP_WORDS[COMP_CWORD - 1]}"; echo "${COMPREPLY[*]}""#,
            )
            .arg("bash")
            .arg(&bash)
            .arg(line)
            .output()
            .unwrap();
        let offered = String::from_utf8(completed.stdout).unwrap();
        assert!(offered.contains(values), "{line:?} offers {offered:?}");
    }
}

/// `secu` on the test's file, on another day than the harness's.
fn on(secu: &Secu, today: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    secu.bare()
        .arg("--file")
        .arg(secu.path())
        .args(["--today", today, "--lang", "en"])
        .args(args)
        .assert()
}

/// A second school year: offered once the contract is over and a new school year has begun
/// (1 August), refused before; the year that ended is kept beside the file, owner-only and
/// as it was, never over another file; the new one keeps the profile, the definitive number
/// and the ameli.fr account, on the already-registered path.
#[test]
fn a_new_school_year_keeps_the_last_one_aside() {
    let secu = Secu::halfway();
    secu.run(&["done", "nir", "--on", "20/11/2026", "--number", NIR])
        .success();
    secu.run(&["task", "ameli-account"]).success();
    let year = secu.read();

    let before = secu.read();
    on(&secu, "31/07/2027", &["new-year"])
        .code(2)
        .stderr(contains(
            "still under way: a new year can start from 1 August 2027",
        ));
    assert_eq!(secu.read(), before);
    on(&secu, "31/07/2027", &["status"])
        .success()
        .stdout(contains("secu new-year").not());
    on(&secu, "01/08/2027", &["status"])
        .success()
        .stdout(contains("The 2026–2027 contract is over: secu new-year"));

    let kept = secu.dir.path().join("progress-2026-2027.json");
    on(&secu, "15/09/2027", &["new-year"])
        .success()
        .stdout(contains(format!(
            "The 2026–2027 school year is kept in {}. The new one starts on 1 October 2027.",
            kept.display()
        )))
        .stdout(contains("Your definitive number is kept"))
        .stdout(contains("Next: Attestation sent — due 15 October 2027"));
    assert_eq!(fs::read(&kept).unwrap(), year);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&kept).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let status = on(&secu, "15/09/2027", &["status", "--json"]).success();
    let json: serde_json::Value = serde_json::from_slice(&status.get_output().stdout).unwrap();
    assert_eq!(json["steps"][0]["state"], "skipped", "{json}");
    assert_eq!(json["steps"][3]["due"], "2027-10-15", "{json}");
    let text = String::from_utf8(secu.read()).unwrap();
    let file: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(file["profile"]["already_registered"], true, "{text}");
    assert_eq!(file["profile"]["contract_start"], "2027-10-01", "{text}");
    assert_eq!(file["profile"]["level"], "secondary", "{text}");
    assert!(text.contains("\"ameli-account\""), "{text}");
    assert!(!text.contains("2026-10-02"), "{text}");
    on(&secu, "15/09/2027", &["status"])
        .success()
        .stdout(contains("2 95 10 •• ••• ••• 93"))
        .stdout(contains("secu new-year").not());

    // The same school year again: refused, nothing written.
    let before = secu.read();
    on(&secu, "16/09/2027", &["new-year"]).code(2);
    assert_eq!(secu.read(), before);
    // A name already taken is never overwritten.
    fs::write(secu.dir.path().join("progress-2027-2028.json"), "mine").unwrap();
    on(&secu, "15/09/2028", &["new-year"]).success();
    assert_eq!(
        fs::read_to_string(secu.dir.path().join("progress-2027-2028.json")).unwrap(),
        "mine"
    );
    assert_eq!(
        fs::read(secu.dir.path().join("progress-2027-2028-1.json")).unwrap(),
        before
    );
}

/// Before any setup there is no year to keep: said, and nothing is created.
#[test]
fn a_new_year_needs_a_year() {
    let secu = Secu::new();
    secu.refused(&["new-year"], "secu setup");
    assert!(!secu.path().exists());
}

/// `secu show STEP` prints the details pane's rows as labelled lines, the number masked
/// unless asked; `status` says what comes next before anything else.
#[test]
fn show_prints_a_steps_details_and_status_starts_with_what_is_next() {
    let secu = Secu::halfway();
    secu.run(&["done", "nir", "--on", "20/11/2026", "--number", NIR])
        .success();
    let out = secu.run(&["show", "nir"]).success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "3 Definitive number (NIR)", "{text}");
    for label in [
        "When: done 20 Nov 2026",
        "Number: 2 95 10 •• ••• ••• 93",
        "To do: ",
        "Who: ",
        "Link: https://",
        "Sheet: «",
    ] {
        assert!(
            lines.iter().any(|line| line.starts_with(label)),
            "{label}:\n{text}"
        );
    }
    assert!(
        lines.contains(&"  1 [ ] Account created on ameli.fr"),
        "{text}"
    );
    secu.run(&["show", "nir", "--show-numbers"])
        .success()
        .stdout(contains("Number: 2 95 10 99 126 111 93"));
    secu.run(&["show", "nope"]).code(2).stdout("");
    secu.run(&["status"])
        .success()
        .stdout(predicates::str::starts_with("Next: Attestation sent"));
}

/// `--plain` (or `SECU_PLAIN=1`) says a masked number in words, which a screen reader reads
/// well, where `••` would be read "bullet bullet"; asked to show it, it is whole.
#[test]
fn plain_output_says_numbers_in_words() {
    let secu = Secu::halfway();
    secu.run(&["done", "nir", "--on", "20/11/2026", "--number", NIR])
        .success()
        .stdout(contains("2 95 10 •• ••• ••• 93"));
    for plain in [
        secu.cmd(&["--plain", "status"]),
        {
            let mut cmd = secu.cmd(&["status"]);
            cmd.env("SECU_PLAIN", "1");
            cmd
        },
        secu.cmd(&["--plain", "show", "nir"]),
    ] {
        let mut plain = plain;
        plain
            .assert()
            .success()
            .stdout(contains("2 95 10, 8 digits hidden, 93"))
            .stdout(contains("••").not());
    }
    secu.run(&["--plain", "status", "--show-numbers"])
        .success()
        .stdout(contains("2 95 10 99 126 111 93"));
    let mut off = secu.cmd(&["status"]);
    off.env("SECU_PLAIN", "0");
    off.assert()
        .success()
        .stdout(contains("2 95 10 •• ••• ••• 93"));
}
