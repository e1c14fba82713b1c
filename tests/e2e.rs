//! `secu` as a person meets it: the built binary in a real pseudo-terminal, keys typed, the
//! screen read back through a terminal emulator. Waits are on what the screen shows, with a
//! generous upper bound, never fixed sleeps.

// Unix only: a shell, job control and signals, and /proc to find the process; Windows has
// none of them (its console sends Ctrl-C as a key, and closing it ends the process).
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use tempfile::TempDir;

const PATIENCE: Duration = Duration::from_secs(15);
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const UP: &str = "\x1b[A";
const DOWN: &str = "\x1b[B";
const CTRL_C: &str = "\x03";
/// After `secu` in a shell: its exit status and the terminal's settings.
const SHOW_EXIT: &str = "; echo \"exit=$?\"; stty -a";
const CTRL_U: &str = "\x15";
const HOME: &str = "\x1b[H";
const DELETE: &str = "\x1b[3~";

/// A program running in a pseudo-terminal, its screen kept by a terminal emulator.
struct Term {
    screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, for what the emulator does not keep (hyperlinks).
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
}

impl Term {
    fn spawn(
        program: &Path,
        args: &[&str],
        config: &Path,
        size: (u16, u16),
        clock: Option<&Path>,
    ) -> Term {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: size.0,
                cols: size.1,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        for var in [
            "SECU_FILE",
            "SECU_LANG",
            "SECU_TODAY",
            "LC_ALL",
            "LC_CTYPE",
            "LC_MESSAGES",
            "NO_COLOR",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("XDG_CONFIG_HOME", config);
        cmd.env("XDG_STATE_HOME", config.join("state"));
        cmd.env("LANG", "C.UTF-8");
        cmd.env("TERM", "xterm-256color");
        if let Some(clock) = clock {
            cmd.env("SECU_TODAY_FILE", clock);
        }
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            nonzero(size.0),
            nonzero(size.1),
            0,
        )));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&screen);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let raw_sink = Arc::clone(&raw);
        thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                raw_sink.lock().unwrap().extend_from_slice(&buffer[..n]);
                sink.lock().unwrap().process(&buffer[..n]);
            }
        });
        let writer = pty.master.take_writer().unwrap();
        Term {
            screen,
            raw,
            writer,
            master: pty.master,
            child,
        }
    }

    /// `secu ARGS`; a leading `--today DATE` becomes the clock file's date instead, so that
    /// each opening counts as a real day's visit (a day given with `--today` is not one).
    fn secu(args: &[&str], config: &Path, size: (u16, u16)) -> Term {
        let secu = assert_cmd::cargo::cargo_bin("secu");
        match args {
            ["--today", today, rest @ ..] => {
                let clock = config.join("clock");
                std::fs::write(&clock, today).unwrap();
                Term::spawn(&secu, rest, config, size, Some(&clock))
            }
            _ => Term::spawn(&secu, args, config, size, None),
        }
    }

    /// `secu ARGS` run by a shell, after `ENV` (`NAME='value' …`) and followed by `AFTER`
    /// (`; echo "exit=$?"`): for what the shell sees around it.
    fn shell(env: &str, args: &str, after: &str, config: &Path) -> Term {
        let secu = assert_cmd::cargo::cargo_bin("secu");
        let script = format!("{env} '{}' {args}{after}", secu.display());
        Term::spawn(
            Path::new("/bin/sh"),
            &["-c", &script],
            config,
            (24, 80),
            None,
        )
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen satisfies `ready`, and returns its text.
    fn wait_until(&self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) -> String {
        let started = Instant::now();
        loop {
            {
                let parser = self.screen.lock().unwrap();
                if ready(parser.screen()) {
                    return parser.screen().contents();
                }
            }
            assert!(
                started.elapsed() < PATIENCE,
                "waited {PATIENCE:?} for {what}; the screen shows:\n{}",
                self.contents()
            );
            thread::sleep(Duration::from_millis(10));
        }
    }

    fn wait_for(&self, text: &str) -> String {
        self.wait_until(text, |screen| screen.contents().contains(text))
    }

    fn wait_for_all(&self, texts: &[&str]) -> String {
        self.wait_until(&format!("{texts:?}"), |screen| {
            let contents = screen.contents();
            texts.iter().all(|t| contents.contains(t))
        })
    }

    /// Waits for what [`SHOW_EXIT`] prints after `secu` ended with `status`, and checks the
    /// terminal was given back as it was found: cooked mode, the main screen, the cursor
    /// shown. `what` names the way out in a failure.
    fn given_back(&self, status: u8, what: &str) {
        let screen = self.wait_for_all(&[&format!("exit={status}"), "icanon"]);
        assert!(
            !screen.contains("-icanon") && !screen.contains("-echo "),
            "{what}: {screen}"
        );
        let parser = self.screen.lock().unwrap();
        assert!(
            !parser.screen().alternate_screen(),
            "{what}: still on the alternate screen"
        );
        assert!(
            !parser.screen().hide_cursor(),
            "{what}: the cursor is still hidden"
        );
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn resize(&mut self, rows: u16, cols: u16) {
        self.screen
            .lock()
            .unwrap()
            .set_size(nonzero(rows), nonzero(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                started.elapsed() < PATIENCE,
                "still running:\n{}",
                self.contents()
            );
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// Replaces the text of the open field: Ctrl-U, as in a shell, then the text.
    fn retype(&mut self, text: &str) {
        self.send(CTRL_U);
        self.send(text);
    }

    /// Whether the program is still running.
    fn running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// The row (from 0) the screen shows `text` on.
    fn row_of(&self, text: &str) -> u16 {
        let contents = self.contents();
        let row = contents.lines().position(|line| line.contains(text));
        u16::try_from(row.unwrap_or_else(|| panic!("no {text:?} on:\n{contents}"))).unwrap()
    }

    /// A left click at a cell (from 0), as a terminal reports it in SGR mode.
    fn click(&mut self, column: u16, row: u16) {
        let (x, y) = (column + 1, row + 1);
        self.send(&format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m"));
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap()
}

fn args<'a>(today: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["--today", today, "--lang", "en"];
    args.extend_from_slice(extra);
    args
}

/// Set up as a secondary-school assistant, request and NIA ticked on typed dates.
fn first_visit(config: &Path) {
    let mut term = Term::secu(&args("14/11/2026", &[]), config, (24, 80));
    term.wait_for_all(&["Which language should secu speak?", "› English"]);
    term.send(ENTER);
    term.wait_for("Where do you teach?");
    term.send(DOWN);
    term.wait_for("› Secondary school (2nd degré)");
    term.send(ENTER);
    term.wait_for("When does your contract start?");
    term.retype("01/10/2026");
    term.send(ENTER);
    term.wait_for("Do you already have a definitive 15-digit");
    term.send(ENTER);
    term.wait_for_all(&["Your name, as on your contract", "Optional: leave it empty"]);
    term.send("Jane Doe");
    term.send(ENTER);
    term.wait_for("Your school (name and town):");
    term.send(ENTER);
    // Left as it is offered: the e-mail names no title.
    term.wait_for_all(&[
        "In the e-mail to your gestionnaire (in French), you are:",
        "› Neither: leave it out",
    ]);
    term.send(ENTER);
    term.wait_for_all(&["✓ Setup saved.", "!! Next: Registration request"]);

    term.send(" ");
    term.wait_for("Done on which day? (DD/MM/YYYY)");
    term.retype("02/10/2026");
    term.send(ENTER);
    term.wait_for("done 2 Oct 2026");

    term.send(ENTER);
    term.wait_for("Done on which day?");
    term.retype("20/10/2026");
    term.send(ENTER);
    term.wait_for("Your provisional number (NIA), from the CPAM’s letter:");
    term.send("8 84 05 88 321 025 23");
    term.send(ENTER);
    term.wait_for_all(&["done 20 Oct 2026", "8 84 05 •• ••• ••• 23", "2 of 5 done"]);
    term.send("q");
    assert!(term.wait_exit().success());
}

#[test]
fn first_run_setup_ticks_and_reopening() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());

    let mut term = Term::secu(&args("26/11/2026", &[]), config.path(), (24, 80));
    let screen = term.wait_for_all(&[
        "Next: Definitive number (NIR) — due 30 November 2026 (in 4 days)",
        "Last opened on this computer 12 days ago; no deadline passed since.",
    ]);
    assert!(screen.contains("2 of 5 done"), "{screen}");
    term.send("q");
    assert!(term.wait_exit().success());

    // Weeks later, two deadlines have passed.
    let mut term = Term::secu(&args("04/01/2027", &[]), config.path(), (24, 80));
    term.wait_for_all(&[
        "!! Next: Definitive number (NIR) — due 30 November 2026 (35 days late)",
        "Last opened on this computer 39 days ago; 2 deadlines passed since.",
    ]);
    term.send("q");
    assert!(term.wait_exit().success());
}

#[test]
fn looking_ahead_with_today_is_not_a_visit() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    // Not through `Term::secu`, which makes --today the clock: here it is the option itself.
    let secu = assert_cmd::cargo::cargo_bin("secu");
    let ahead = ["--lang", "en", "--today", "10/12/2026"];
    let mut term = Term::spawn(&secu, &ahead, config.path(), (24, 80), None);
    term.wait_for("Last opened on this computer 26 days ago");
    term.send("q");
    assert!(term.wait_exit().success());
    // The next real day still counts from the last real visit.
    let mut term = Term::secu(&args("26/11/2026", &[]), config.path(), (24, 80));
    term.wait_for("Last opened on this computer 12 days ago");
    term.send("q");
    assert!(term.wait_exit().success());
}

#[test]
fn unticking_asks_for_confirmation() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let mut term = Term::secu(&args("26/11/2026", &[]), config.path(), (24, 80));
    term.wait_for("› [ ] 3 Definitive number (NIR)");
    term.send(UP);
    term.send("u");
    term.wait_for("Un-tick “Provisional number (NIA)” (done 20 October 2026)?");
    term.send("n");
    term.wait_until("the question to close", |s| {
        !s.contents().contains("Un-tick “")
    });
    assert!(term.contents().contains("done 20 Oct 2026"));
    term.send("u");
    term.wait_for("Un-tick “Provisional number (NIA)”");
    term.send("y");
    term.wait_for_all(&["✓ “Provisional number (NIA)” un-ticked.", "1 of 5 done"]);
    term.send("q");
    assert!(term.wait_exit().success());
}

#[test]
fn help_overlay_and_resizing() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let mut term = Term::secu(&args("26/11/2026", &[]), config.path(), (24, 80));
    term.wait_for("Registration request");
    term.send("?");
    term.wait_for_all(&["Keys", "On the list", "un-tick the last ticked step"]);
    term.send(ESC);
    term.wait_until("the help to close", |s| {
        !s.contents().contains("On the list")
    });

    term.resize(12, 40);
    let narrow = term.wait_for_all(&["› [ ] NIR", "! in 4 days", "? help"]);
    assert!(!narrow.contains("Registration request"), "{narrow}");
    term.resize(8, 30);
    term.wait_for("Window too small");
    term.resize(24, 80);
    term.wait_for_all(&["3 Definitive number (NIR)", "Space tick"]);
    term.send("q");
    assert!(term.wait_exit().success());
}

#[test]
fn the_terminal_is_left_as_it_was() {
    let config = TempDir::new().unwrap();
    let mut term = Term::shell("", "--today 26/11/2026 --lang en", SHOW_EXIT, config.path());
    term.wait_for("Which language should secu speak?");
    {
        let parser = term.screen.lock().unwrap();
        let screen = parser.screen();
        assert!(screen.alternate_screen());
        assert!(screen.bracketed_paste(), "no bracketed paste");
        assert_ne!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "no mouse reports"
        );
    }
    // Esc on the first question never quits; Ctrl-C does.
    term.send(ESC);
    term.wait_for("This is the first question");
    assert!(term.running());
    term.send(CTRL_C);
    term.given_back(0, "Ctrl-C");
    let parser = term.screen.lock().unwrap();
    assert!(
        !parser.screen().bracketed_paste(),
        "bracketed paste left on"
    );
    assert_eq!(
        parser.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse reports left on"
    );
}

/// The pid of the `secu` process whose parent is `parent`, from `/proc`.
fn child_secu(parent: u32) -> Option<u32> {
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            // "pid (comm) state ppid …"
            let (comm, rest) = stat.split_once(") ")?;
            let ppid: u32 = rest.split_whitespace().nth(1)?.parse().ok()?;
            (comm.ends_with("(secu") && ppid == parent).then_some(pid)
        })
}

/// The pid of the `secu` a shell started, once it is running.
fn secu_under(term: &Term) -> u32 {
    let shell = term.child.process_id().unwrap();
    let started = Instant::now();
    loop {
        if let Some(pid) = child_secu(shell) {
            return pid;
        }
        assert!(started.elapsed() < PATIENCE, "secu never started");
        thread::sleep(Duration::from_millis(5));
    }
}

fn signal(pid: u32, name: &str) {
    let sent = std::process::Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .status()
        .unwrap();
    assert!(sent.success(), "kill -{name} {pid}");
}

/// Every signal whose default action ends a process: the terminal is given back first, and
/// the exit status is the signal's, as a shell expects.
#[test]
fn every_signal_that_ends_secu_gives_the_terminal_back_first() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let signals = [
        ("TERM", 15),
        ("HUP", 1),
        ("INT", 2),
        ("QUIT", 3),
        ("USR1", 10),
        ("USR2", 12),
        ("ALRM", 14),
        ("PWR", 30),
        ("VTALRM", 26),
    ];
    for (name, number) in signals {
        let term = Term::shell("", "--today 26/11/2026 --lang en", SHOW_EXIT, config.path());
        term.wait_for("Next: Definitive number (NIR)");
        signal(secu_under(&term), name);
        term.given_back(128 + number, name);
    }
}

/// A kill at any moment of the start, before or after the terminal changes: the handlers
/// are installed before it changes, so the terminal is always given back.
#[test]
fn a_kill_at_any_moment_of_the_start_gives_the_terminal_back() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    for delay in [0, 1, 2, 4, 8, 16, 32] {
        let term = Term::shell("", "--today 26/11/2026 --lang en", SHOW_EXIT, config.path());
        let pid = secu_under(&term);
        thread::sleep(Duration::from_millis(delay));
        signal(pid, "TERM");
        term.given_back(143, &format!("TERM after {delay} ms"));
    }
}

/// Whether the process is stopped, from `/proc`.
fn stopped(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| Some(stat.split_once(") ")?.1.starts_with('T')))
        .unwrap_or(false)
}

/// Waits until a stopped `secu` has given the terminal back to the shell, which says so: the
/// main screen, no mouse reports, the cursor shown, the process stopped.
fn wait_stopped(term: &Term, pid: u32, what: &str) {
    term.wait_until(what, |screen| {
        !screen.alternate_screen()
            && !screen.hide_cursor()
            && screen.mouse_protocol_mode() == vt100::MouseProtocolMode::None
            && screen.contents().contains("Stopped")
    });
    // The shell reports its own child stopped; secu, in the same process group, may reach
    // its stop a moment later.
    let started = Instant::now();
    while !stopped(pid) && started.elapsed() < PATIENCE {
        thread::sleep(Duration::from_millis(10));
    }
    assert!(stopped(pid), "{what}: secu is not stopped");
}

/// Ctrl-Z in the checklist and `kill -TSTP` from outside stop `secu` as they stop any program
/// in an interactive shell — run directly, or through a program that waits for it (`sh -c`,
/// as `cargo run` does), which must stop too or the shell would wait for it forever: the
/// terminal is given back, the shell says "Stopped", and `fg` brings the checklist back,
/// redrawn whole over what the shell printed, the note being typed kept, the keys acting.
#[test]
fn a_stop_gives_the_terminal_back_and_fg_redraws_it_as_it_was() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let secu = assert_cmd::cargo::cargo_bin("secu");
    for wrapper in ["", "sh -c "] {
        let mut term = Term::spawn(
            Path::new("bash"),
            &["--norc", "--noprofile", "-i"],
            config.path(),
            (24, 80),
            None,
        );
        let line = format!("'{}' --today 26/11/2026 --lang en", secu.display());
        let line = if wrapper.is_empty() {
            line
        } else {
            format!("{wrapper}\"{line}\"")
        };
        term.send(&format!("PS1='$ '; {line}\r"));
        term.wait_for("› [ ] 3 Definitive number (NIR)");
        let pid = secu_under_shell(&term);
        term.send("e");
        term.wait_for("Your note on");
        term.send("called the CPAM");
        term.wait_for("called the CPAM");
        for (way, stop) in [("Ctrl-Z", None), ("kill -TSTP", Some("TSTP"))] {
            let what = format!("{way} {wrapper}");
            match stop {
                None => term.send("\x1a"),
                Some(name) => signal(pid, name),
            }
            wait_stopped(&term, pid, &what);
            term.send("fg\r");
            term.wait_until(&format!("the checklist back after {what}"), |screen| {
                let text = screen.contents();
                screen.alternate_screen()
                    && text.contains("Your note on")
                    && text.contains("called the CPAM")
                    && !text.contains("Stopped")
            });
        }
        term.send(" twice");
        term.wait_for("called the CPAM twice");
        term.send("\x13");
        term.wait_for("Note saved");
        term.send("q");
        // `fg`'s status is the job's: secu quit normally.
        term.wait_until("the prompt", |screen| !screen.alternate_screen());
        term.send("echo \"status=$?\"\r");
        term.wait_for("status=0");
    }
}

/// The `secu` running under an interactive shell's pseudo-terminal: the one process of that
/// name among the shell's descendants.
fn secu_under_shell(term: &Term) -> u32 {
    let shell = term.child.process_id().unwrap();
    let started = Instant::now();
    loop {
        if let Some(pid) = child_secu(shell) {
            return pid;
        }
        // Through `sh -c`: the shell's child is sh, and secu is its child.
        let grandchild = std::fs::read_dir("/proc").ok().and_then(|entries| {
            entries.flatten().find_map(|entry| {
                let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
                let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
                let ppid: u32 = stat
                    .split_once(") ")?
                    .1
                    .split_whitespace()
                    .nth(1)?
                    .parse()
                    .ok()?;
                (ppid == shell).then_some(pid)
            })
        });
        if let Some(pid) = grandchild.and_then(child_secu) {
            return pid;
        }
        assert!(started.elapsed() < PATIENCE, "secu never started");
        thread::sleep(Duration::from_millis(5));
    }
}

/// The checklist of [`first_visit`], opened on 26/11/2026 at 80x24, the NIR selected.
fn reopened(config: &Path) -> Term {
    let term = Term::secu(&args("26/11/2026", &[]), config, (24, 80));
    term.wait_for("› [ ] 3 Definitive number (NIR)");
    term
}

#[test]
fn esc_closes_every_view_and_never_quits_and_q_does() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let mut term = reopened(config.path());
    // From the NIR: each key, what it opens, and the Esc that closes it.
    let views: [(&str, &str); 12] = [
        ("?", "On the list"),
        ("g", "French words on your letters"),
        ("t", "School year 2026–2027"),
        (" ", "Done on which day?"),
        ("e", "Your note on"),
        ("x", "Export to Downloads"),
        ("s", "Your answers"),
        (UP, "› [x] 2 Provisional number (NIA)"),
        ("n", "Your provisional number (NIA)"),
        ("u", "Un-tick “Provisional number (NIA)”"),
        (DOWN, "› [ ] 3 Definitive number (NIR)"),
        (DOWN, "› [ ] 4 Attestation sent"),
    ];
    for (key, shows) in views {
        term.send(key);
        term.wait_for(shows);
        if key == UP || key == DOWN {
            continue;
        }
        term.send(ESC);
        term.wait_until(&format!("{shows:?} to close"), |s| {
            !s.contents().contains(shows) && s.contents().contains("┌Steps")
        });
        assert!(term.running(), "Esc after {key:?} quit");
    }
    for (key, shows) in [("m", "E-mail to your gestionnaire"), ("o", "1 https://")] {
        term.send(key);
        term.wait_for(shows);
        term.send(ESC);
        term.wait_until(&format!("{shows:?} to close"), |s| {
            !s.contents().contains(shows)
        });
    }
    // A setup question: Esc goes back to the answers, Esc again to the steps.
    term.send("s");
    term.wait_for("Your answers");
    term.send(ENTER);
    term.wait_for("Which language should secu speak?");
    term.send(ESC);
    term.wait_for("Your answers");
    term.send(ESC);
    term.wait_for("┌Steps");
    // Esc on the list says how to quit, and stays.
    term.send(ESC);
    term.wait_for("Nothing to close here: q quits.");
    assert!(term.running());
    term.send("q");
    assert!(term.wait_exit().success());
}

#[test]
fn a_typed_note_survives_esc_and_no_and_is_lost_only_after_yes() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let mut term = reopened(config.path());
    term.send("e");
    term.wait_for("Your note on");
    term.send("called the CPAM");
    term.wait_for("called the CPAM");
    term.send(ESC);
    term.wait_for("Discard your changes?");
    term.send("n");
    term.wait_until("the note back", |s| {
        let text = s.contents();
        !text.contains("Discard")
            && text.contains("Your note on")
            && text.contains("called the CPAM")
    });
    term.send(" twice");
    term.wait_for("called the CPAM twice");
    term.send(ESC);
    term.wait_for("Discard your changes?");
    term.send("y");
    term.wait_until("the note to close", |s| {
        !s.contents().contains("Your note on")
    });
    term.send("q");
    assert!(term.wait_exit().success());
    let file = std::fs::read_to_string(config.path().join("secu/progress.json")).unwrap();
    assert!(!file.contains("called the CPAM"), "{file}");
}

#[test]
fn home_then_typing_edits_the_start_of_a_date_and_d_corrects_a_date() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let mut term = reopened(config.path());
    // Tick the NIR: the field holds today, 26/11/2026; Home, Delete twice, 25.
    term.send(" ");
    term.wait_for("› 26/11/2026");
    term.send(HOME);
    term.send(DELETE);
    term.send(DELETE);
    term.send("25");
    term.wait_for("› 25/11/2026");
    term.send(ENTER);
    term.wait_for("Your definitive number (NIR)");
    term.send(ENTER);
    term.wait_for("done 25 Nov 2026");
    // The request was on the 1st, not the 2nd: d corrects it, the others stay ticked.
    term.send(UP);
    term.send(UP);
    term.send(UP);
    term.wait_for("› [x] 1 Registration request");
    term.send("d");
    term.wait_for("The correct date?");
    term.retype("1/10/26");
    term.send(ENTER);
    term.wait_for_all(&[
        "done 1 Oct 2026",
        "done 20 Oct 2026",
        "done 25 Nov 2026",
        "3 of 5 done",
    ]);
    term.send("q");
    assert!(term.wait_exit().success());
}

#[test]
fn a_bracketed_paste_lands_whole_in_a_field() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let mut term = reopened(config.path());
    term.send(UP);
    term.wait_for("› [x] 2 Provisional number (NIA)");
    term.send("n");
    term.wait_for("Your provisional number (NIA)");
    // Pasted, "q" and "y" are text, not keys that quit or copy.
    term.send("\x1b[200~qy\x1b[201~");
    term.wait_for("› qy");
    assert!(term.running());
    term.send(CTRL_U);
    term.send("\x1b[200~8 84 05 88 321 025 23\x1b[201~");
    term.wait_for("› 8 84 05 88 321 025 23");
    term.send(ENTER);
    term.wait_for("Number saved");
    term.send("q");
    assert!(term.wait_exit().success());
}

#[test]
fn a_click_selects_a_step_and_a_click_on_its_box_ticks_it() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let mut term = reopened(config.path());
    let row = term.row_of("4 Attestation sent");
    term.click(20, row);
    term.wait_for("› [ ] 4 Attestation sent");
    let row = term.row_of("3 Definitive number (NIR)");
    term.click(4, row);
    term.wait_for_all(&["› [ ] 3 Definitive number (NIR)", "Done on which day?"]);
    // A click outside the box closes it, as Esc does.
    term.click(0, 0);
    term.wait_until("the field to close", |s| {
        !s.contents().contains("Done on which day?")
    });
    assert!(term.running());
    term.send("q");
    assert!(term.wait_exit().success());
}

#[test]
fn a_clock_that_jumps_shows_the_new_day_at_the_next_key() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let clock = config.path().join("today");
    std::fs::write(&clock, "26/11/2026").unwrap();
    let clock_var = format!("SECU_TODAY_FILE='{}'", clock.display());
    let mut term = Term::shell(&clock_var, "--lang en", "", config.path());
    term.wait_for("due 30 November 2026 (in 4 days)");
    // Overnight, asleep: the next key shows the new day.
    std::fs::write(&clock, "27/11/2026").unwrap();
    term.send("k");
    term.wait_for("due 30 November 2026 (in 3 days)");
    term.send("j");
    term.wait_for("› [ ] 3 Definitive number (NIR)");
    term.send(" ");
    term.wait_for("› 27/11/2026");
    term.send(ESC);
    term.wait_until("the field to close", |s| {
        !s.contents().contains("› 27/11/2026")
    });
    term.send("q");
    assert!(term.wait_exit().success());
}

#[test]
fn no_color_keeps_the_reverse_video_of_the_selection_and_drops_every_colour() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let mut term = Term::shell(
        "NO_COLOR=1",
        "--today 26/11/2026 --lang en",
        "",
        config.path(),
    );
    term.wait_for("› [ ] 3 Definitive number (NIR)");
    let row = term.row_of("› [ ] 3 Definitive number (NIR)");
    {
        let parser = term.screen.lock().unwrap();
        let screen = parser.screen();
        let selected = screen.cell(row, 10).unwrap();
        assert!(selected.inverse(), "the selection lost its reverse video");
        for y in 0..24 {
            for x in 0..80 {
                let cell = screen.cell(y, x).unwrap();
                assert_eq!(cell.fgcolor(), vt100::Color::Default, "colour at {x},{y}");
                assert_eq!(cell.bgcolor(), vt100::Color::Default, "colour at {x},{y}");
            }
        }
        // Bold stays too: the title.
        assert!(screen.cell(0, 0).unwrap().bold());
    }
    term.send("q");
    assert!(term.wait_exit().success());
}

#[test]
fn the_addresses_on_screen_are_hyperlinks_to_the_whole_address() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let mut term = Term::secu(&args("26/11/2026", &[]), config.path(), (40, 80));
    term.wait_for("Link     https://assure.ameli.fr/…");
    let raw = String::from_utf8_lossy(&term.raw.lock().unwrap()).into_owned();
    let link = format!(
        "\x1b]8;;{}\x1b\\https://assure.ameli.fr/…",
        secu::procedure::web::AMELI_CREATE
    );
    assert!(raw.contains(&link), "no hyperlink in the output");
    term.send("q");
    assert!(term.wait_exit().success());
}

/// A home with a Downloads folder the desktop knows about, as `xdg-user-dirs` writes it.
fn home_with_downloads(config: &Path) -> std::path::PathBuf {
    let home = config.join("home");
    std::fs::create_dir_all(home.join("Téléchargements")).unwrap();
    std::fs::write(
        config.join("user-dirs.dirs"),
        "XDG_DOWNLOAD_DIR=\"$HOME/Téléchargements\"\n",
    )
    .unwrap();
    home.join("Téléchargements")
}

fn parses_as_a_calendar(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    let calendar: icalendar::Calendar = text.parse().unwrap();
    calendar.components.len()
}

#[test]
fn x_and_export_ics_write_a_calendar_to_downloads_and_never_over_a_file() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let downloads = home_with_downloads(config.path());
    std::fs::write(downloads.join("secu-calendar.ics"), "mine").unwrap();
    let home = config.path().join("home");
    // From the checklist: x, 1.
    let home_var = format!("HOME='{}'", home.display());
    let mut term = Term::shell(&home_var, "--today 26/11/2026 --lang en", "", config.path());
    term.wait_for("┌Steps");
    term.send("x");
    term.wait_for("Export to Downloads");
    term.send("1");
    term.wait_for("secu-calendar-1.ics");
    term.send("q");
    assert!(term.wait_exit().success());
    assert_eq!(
        std::fs::read_to_string(downloads.join("secu-calendar.ics")).unwrap(),
        "mine"
    );
    assert!(parses_as_a_calendar(&downloads.join("secu-calendar-1.ics")) >= 3);
    // From a shell, in a terminal: a file, not iCalendar text poured on the screen.
    let args = "--today 26/11/2026 --lang en export ics";
    let mut term = Term::shell(&home_var, args, "", config.path());
    let screen = term.wait_for("phones add .ics files to their calendar");
    assert!(screen.contains("secu-calendar-2.ics"), "{screen}");
    assert!(!screen.contains("BEGIN:VCALENDAR"), "{screen}");
    assert!(term.wait_exit().success());
    assert!(parses_as_a_calendar(&downloads.join("secu-calendar-2.ics")) >= 3);
}

/// The progress file's bytes and modification time, and the names in its folder.
fn snapshot(config: &Path) -> (Vec<u8>, std::time::SystemTime, Vec<std::ffi::OsString>) {
    let file = config.join("secu/progress.json");
    let mut names: Vec<_> = std::fs::read_dir(config.join("secu"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    names.sort();
    let modified = std::fs::metadata(&file).unwrap().modified().unwrap();
    (std::fs::read(&file).unwrap(), modified, names)
}

#[test]
fn opening_and_quitting_leaves_the_progress_file_untouched() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let before = snapshot(config.path());
    // The same day, then weeks later: the line says what changed, the file is not written.
    for (today, since) in [
        ("14/11/2026", None),
        (
            "26/11/2026",
            Some("Last opened on this computer 12 days ago; no deadline passed since."),
        ),
        (
            "04/01/2027",
            Some("Last opened on this computer 39 days ago; 2 deadlines passed since."),
        ),
    ] {
        std::thread::sleep(Duration::from_millis(20));
        let mut term = Term::secu(&args(today, &[]), config.path(), (24, 80));
        let screen = term.wait_for("┌Steps");
        if let Some(since) = since {
            assert!(screen.contains(since), "{today}:\n{screen}");
        }
        term.send("j");
        term.send("q");
        assert!(term.wait_exit().success());
        assert!(
            snapshot(config.path()) == before,
            "{today}: the progress file was written"
        );
    }
}

/// A box opened over wide characters keeps its left border on every row, whichever column
/// the characters' halves fall on: ratatui clears the cell under the border, but a terminal
/// draws a wide character from the cell before it (vt100 models that, TestBackend does not).
#[test]
fn a_box_over_wide_characters_keeps_its_left_border() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let note = "山田太郎に電話した、".repeat(30);
    let status = std::process::Command::new(assert_cmd::cargo::cargo_bin("secu"))
        .args([
            "--today",
            "26/11/2026",
            "--lang",
            "en",
            "note",
            "request",
            &note,
        ])
        .env("XDG_CONFIG_HOME", config.path())
        .env_remove("SECU_FILE")
        .status()
        .unwrap();
    assert!(status.success());
    // Two widths, so that both parities of the border's column are met.
    for width in [80, 81] {
        let mut term = Term::secu(&args("26/11/2026", &[]), config.path(), (24, width));
        term.wait_for("Next:");
        // The request's details scrolled to its note, then the date box over them.
        term.send("kk");
        term.send("\x1b[6~\x1b[6~\x1b[6~");
        term.wait_for("山田");
        term.send("d");
        term.wait_for("The correct date?");
        {
            let parser = term.screen.lock().unwrap();
            let screen = parser.screen();
            let cell = |row: u16, col: u16| {
                screen
                    .cell(row, col)
                    .map(|c| c.contents().to_owned())
                    .unwrap_or_default()
            };
            // The box's corner: the one not in the first column, where the list's frame is.
            let (top, left) = (0..24u16)
                .find_map(|row| {
                    (1..width)
                        .find(|&col| cell(row, col) == "┌")
                        .map(|col| (row, col))
                })
                .unwrap();
            let bottom = (top + 1..24).find(|&row| cell(row, left) == "└").unwrap();
            for row in top + 1..bottom {
                assert_eq!(
                    cell(row, left),
                    "│",
                    "row {row} at width {width}:\n{}",
                    screen.contents()
                );
            }
        }
        term.send("\x1b");
        term.wait_for("? help");
        term.send("q");
        assert!(term.wait_exit().success());
    }
}

/// Once the contract is over and a new school year has begun, the checklist says how to
/// start the next one; before that it does not.
#[test]
fn the_checklist_offers_the_next_year_once_this_one_is_over() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let mut term = Term::secu(&args("31/07/2027", &[]), config.path(), (24, 80));
    term.wait_for("2 of 5 done");
    assert!(!term.contents().contains("new-year"), "{}", term.contents());
    term.send("q");
    assert!(term.wait_exit().success());
    let mut term = Term::secu(&args("15/09/2027", &[]), config.path(), (24, 80));
    term.wait_for("The 2026–2027 contract is over: secu new-year keeps");
    term.send("q");
    assert!(term.wait_exit().success());
}

/// The hidden cursor rests on the selected row, where braille displays and screen readers
/// look for what is current, and follows the selection.
#[test]
fn the_hidden_cursor_follows_the_selection() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let mut term = Term::secu(&args("26/11/2026", &[]), config.path(), (24, 80));
    term.wait_for("› [ ] 3 Definitive number (NIR)");
    let at = |term: &Term| {
        let parser = term.screen.lock().unwrap();
        let screen = parser.screen();
        (screen.hide_cursor(), screen.cursor_position())
    };
    let row = term.row_of("› [ ] 3 Definitive number (NIR)");
    term.wait_until("the cursor on the NIR's row", |s| {
        s.cursor_position().0 == row
    });
    let (hidden, (_, column)) = at(&term);
    assert!(hidden, "the cursor is shown");
    assert!(column <= 1, "column {column}");
    term.send("k");
    term.wait_for("› [x] 2 Provisional number (NIA)");
    let row = term.row_of("› [x] 2 Provisional number (NIA)");
    term.wait_until("the cursor on the NIA's row", |s| {
        s.cursor_position().0 == row
    });
    term.send("q");
    assert!(term.wait_exit().success());
    // The setup's answers too: on the highlighted one.
    let fresh = TempDir::new().unwrap();
    let mut term = Term::secu(&args("26/11/2026", &[]), fresh.path(), (24, 80));
    term.wait_for("› English");
    term.send(DOWN);
    term.wait_for("› Français");
    let row = term.row_of("› Français");
    term.wait_until("the cursor on the highlighted answer", |s| {
        s.cursor_position().0 == row && s.hide_cursor()
    });
}

/// `status` in a narrow terminal wraps between words, never inside one.
#[test]
fn status_in_a_narrow_terminal_breaks_between_words() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    let mut term = Term::secu(&args("26/11/2026", &["status"]), config.path(), (40, 40));
    assert!(term.wait_exit().success());
    term.wait_for("Next:");
    // Row by row: a row the terminal wrapped itself is one `secu` left too long.
    let parser = term.screen.lock().unwrap();
    let screen = parser.screen();
    let contents = screen.rows(0, 40).collect::<Vec<_>>().join("\n");
    for row in 0..40 {
        assert!(
            !screen.row_wrapped(row),
            "row {row} wrapped by the terminal:\n{contents}"
        );
    }
    assert!(contents.contains("Definitive number (NIR)"), "{contents}");
}

/// On the Linux console and in a locale that is not UTF-8, the checklist and `status` are in
/// ASCII: `+-|` boxes, `>` for the selection, letters without accents; nothing else reaches
/// the terminal.
#[test]
fn a_terminal_that_shows_only_ascii_gets_only_ascii() {
    let config = TempDir::new().unwrap();
    first_visit(config.path());
    for env in ["TERM=linux", "LANG=C", "LC_ALL=fr_FR.ISO-8859-1"] {
        let mut term = Term::shell(env, "--today 26/11/2026 --lang fr", "", config.path());
        term.wait_for("|> [ ] NIR");
        let contents = term.contents();
        assert!(contents.is_ascii(), "{env}:\n{contents}");
        assert!(contents.contains("+Etapes---"), "{env}:\n{contents}");
        assert!(
            contents.contains("2 etapes sur 5 faites [##---]"),
            "{env}:\n{contents}"
        );
        assert!(
            term.raw.lock().unwrap().is_ascii(),
            "{env}: bytes beyond ASCII reached the terminal"
        );
        term.send("q");
        assert!(term.wait_exit().success());
        let mut status = Term::shell(
            env,
            "--today 26/11/2026 --lang fr status",
            "",
            config.path(),
        );
        assert!(status.wait_exit().success());
        status.wait_for("Securite sociale");
        assert!(
            status.contents().is_ascii(),
            "{env}:\n{}",
            status.contents()
        );
    }
}
