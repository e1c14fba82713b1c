//! Times programs in an 80x24 pseudo-terminal, as a person sees them: from spawn to their
//! complete first frame, alternating `secu` and the bare program; then `secu`'s redraw after
//! a key, from the key to the last changed cell. Prints medians, in milliseconds:
//!
//!     frametime SECU BARE PROGRESS.json RUNS KEYS
//!     → secu_first_frame_ms bare_first_frame_ms key_to_redraw_ms

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 24;
const COLS: u16 = 80;
const PATIENCE: Duration = Duration::from_secs(10);

struct Run {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    screen: vt100::Parser,
    _master: Box<dyn MasterPty + Send>,
}

impl Run {
    fn spawn(program: &Path, args: &[&str], env: &[(&str, &str)]) -> (Run, Instant) {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.env("TERM", "xterm-256color");
        for (name, value) in env {
            command.env(name, value);
        }
        let mut reader = pty.master.try_clone_reader().expect("a reader");
        let (sender, output) = channel();
        thread::spawn(move || {
            let mut buffer = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 || sender.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let writer = pty.master.take_writer().expect("a writer");
        let started = Instant::now();
        let child = pty.slave.spawn_command(command).expect("the program");
        drop(pty.slave);
        let run = Run {
            child,
            writer,
            output,
            screen: vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0),
            _master: pty.master,
        };
        (run, started)
    }

    /// Reads output until `done` holds of the screen; the instant the last byte arrived.
    fn until(&mut self, done: impl Fn(&vt100::Screen) -> bool) -> Instant {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let bytes = self.output.recv_timeout(left).expect("the frame in time");
            let arrived = Instant::now();
            self.screen.process(&bytes);
            if done(self.screen.screen()) {
                return arrived;
            }
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("a key sent");
        self.writer.flush().expect("a key sent");
    }

    fn quit(mut self, key: &str) {
        self.send(key);
        let deadline = Instant::now() + PATIENCE;
        while self.child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(1));
        }
        let _ = self.child.kill();
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap_or(std::num::NonZeroU16::MIN)
}

fn row(screen: &vt100::Screen, row: u16) -> String {
    screen.contents_between(row, 0, row, COLS)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, secu, bare, progress, runs, keys] = args.as_slice() else {
        eprintln!("usage: frametime SECU BARE PROGRESS.json RUNS KEYS");
        std::process::exit(2);
    };
    let runs: usize = runs.parse().expect("RUNS is a number");
    let keys: usize = keys.parse().expect("KEYS is a number");
    let state = std::env::temp_dir().join(format!("frametime-{}", std::process::id()));
    let state = state.to_string_lossy().into_owned();
    let env = [
        ("SECU_FILE", progress.as_str()),
        ("SECU_TODAY", "2027-01-20"),
        ("SECU_LANG", "en"),
        ("XDG_STATE_HOME", state.as_str()),
    ];
    // secu's frame ends with its footer; the bare one with its bottom-right corner.
    let secu_done = |s: &vt100::Screen| row(s, ROWS - 1).contains("q quit");
    let bare_done = |s: &vt100::Screen| {
        s.cell(ROWS - 1, COLS - 1)
            .is_some_and(|c| c.contents() == "┘")
    };
    let (mut secu_ms, mut bare_ms) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let (mut run, started) = Run::spawn(Path::new(secu), &[], &env);
        secu_ms.push(ms(run.until(secu_done) - started));
        run.quit("q");
        let (mut run, started) = Run::spawn(Path::new(bare), &[progress], &[]);
        bare_ms.push(ms(run.until(bare_done) - started));
        run.quit("q");
    }
    // A key that moves the selection, up and down in turn, to the end of the redraw: the
    // selection mark on its new row.
    let (mut run, _) = Run::spawn(Path::new(secu), &[], &env);
    run.until(secu_done);
    let selected = |s: &vt100::Screen| (0..ROWS).find(|&r| row(s, r).contains("│› ["));
    let mut key_ms = Vec::new();
    for i in 0..keys {
        let before = selected(run.screen.screen());
        let key = if i % 2 == 0 { "k" } else { "j" };
        let pressed = Instant::now();
        run.send(key);
        let redrawn = run.until(|s| selected(s).is_some() && selected(s) != before);
        key_ms.push(ms(redrawn - pressed));
    }
    run.quit("q");
    let _ = std::fs::remove_dir_all(&state);
    println!("{} {} {}", median(secu_ms), median(bare_ms), median(key_ms));
}
