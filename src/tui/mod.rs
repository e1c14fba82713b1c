//! The checklist in the terminal, in The Elm Architecture: [`Model`], [`Message`],
//! [`update`], [`view`], and a runtime that feeds them inputs through a [`Session`].

mod backend;
pub mod bindings;
mod clipboard;
mod clock;
mod details;
mod field;
mod keys;
mod model;
mod session;
mod update;
mod view;

use std::io::{self, BufWriter, Stdout};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use crossterm::event::{
    self, DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste,
    EnableFocusChange, EnableMouseCapture, Event,
};
use crossterm::terminal::EnterAlternateScreen;
use ratatui::Terminal;

pub use clipboard::{Clipboard, Desktop};
pub use clock::{Clock, next_midnight};
pub use details::{DetailField, FieldKind, detail_fields};
pub use field::Edit;
pub use keys::{handle_event, handle_key};
pub use model::{
    Choice, Confirm, Leave, MIN_HEIGHT, MIN_WIDTH, Mode, Model, Notice, Purpose, Question, Reading,
    Setup, SetupAt, TextField,
};
pub use session::{Input, Platform, Session};
pub use update::{ClipboardText, Copying, Effect, Export, Message, Opened, update};
pub use view::layout::{CHECKBOX_COLUMNS, Regions, regions};
pub use view::{Timeline, view};

/// The terminal the checklist draws on: each frame is written whole, in one write, rather
/// than in the pieces `Stdout`'s line buffer would cut it into.
type Screen = Terminal<backend::Direct<BufWriter<Stdout>>>;

/// Room for a whole frame of a large window, styles and hyperlinks included.
const FRAME_BYTES: usize = 1 << 16;

/// How long the terminal is left to show the first frame before what can wait runs: about
/// one refresh of a 60 Hz screen; an input cuts it short.
const SETTLE: Duration = Duration::from_millis(16);

/// What the runtime takes from the edge: where today comes from, whether to draw colours,
/// and what the desktop around the terminal offers.
pub struct Outside {
    pub clock: Clock,
    pub colour: Colour,
    pub desktop: Desktop,
}

/// Runs the checklist until the user quits. The terminal is restored on every way out:
/// panics, and the signals a closed window or a `kill` sends.
pub fn run(session: Session, outside: Outside) -> io::Result<()> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    // Held until the first frame; on a way out before it, let through only once the
    // terminal is restored, so that a signal held back cannot end the process before.
    let mut held = Some(Held::back());
    let mut terminal = enter().inspect_err(|_| restore())?;
    let result = event_loop(&mut terminal, session, outside, &mut held);
    restore();
    drop(held);
    result
}

/// Raw mode and the alternate screen, with the reports the checklist reads, in one write:
/// focus reports let the screen catch up with changes made from another window as soon as
/// the user comes back; bracketed paste brings a pasted path or number whole; mouse reports
/// make clicks and the wheel work (Shift still selects text in most terminals). Terminals
/// without them simply send none.
fn enter() -> io::Result<Screen> {
    crossterm::terminal::enable_raw_mode()?;
    crossterm::execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableFocusChange,
        EnableBracketedPaste,
        EnableMouseCapture
    )?;
    let output = BufWriter::with_capacity(FRAME_BYTES, io::stdout());
    Terminal::new(backend::Direct::new(output))
}

/// Leaves the terminal as it was found: no focus, paste or mouse reports, the cursor shown,
/// the main screen, cooked mode.
fn restore() {
    leave_modes();
    let _ = crossterm::execute!(io::stdout(), crossterm::cursor::Show);
    ratatui::restore();
}

/// Turns off the reports `run` turned on.
fn leave_modes() {
    let _ = crossterm::execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        DisableFocusChange
    );
}

/// SIGTERM, SIGHUP (a closed terminal window) and SIGINT sent from outside (raw mode turns
/// Ctrl-C into a key): the signals after which the terminal is restored before exiting.
#[cfg(unix)]
const RESTORING: [nix::sys::signal::Signal; 3] = {
    use nix::sys::signal::Signal;
    [Signal::SIGTERM, Signal::SIGHUP, Signal::SIGINT]
};

/// The signals that restore the terminal, held back from before it changes until they are
/// handled (see [`restore_on`]): one that comes in between stays pending, and is handled
/// then. Blocking them is one system call, where installing their handlers before the first
/// frame delayed it by 0.02 ms. Dropped, it lets them through again.
struct Held {
    #[cfg(unix)]
    blocked: Option<nix::sys::signal::SigSet>,
}

impl Held {
    fn back() -> Held {
        #[cfg(unix)]
        {
            let set = RESTORING.into_iter().collect::<nix::sys::signal::SigSet>();
            // Only this thread exists yet, and the threads started later inherit its mask:
            // blocked here, the signals wait for the process as a whole.
            Held {
                blocked: set.thread_block().is_ok().then_some(set),
            }
        }
        #[cfg(not(unix))]
        Held {}
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(set) = self.blocked.take() {
            let _ = set.thread_unblock();
        }
    }
}

/// On one of the [`RESTORING`] signals, restores the terminal before exiting, as a shell
/// expects of a full-screen program. Every change is already saved; only an unsaved note is
/// lost.
///
/// It runs after the first frame (see [`SETTLE`]), which installing the handlers and starting
/// the thread that waits for them would only delay. The handlers come first, then the
/// signals are let through: one held back since before the terminal changed is handled at
/// once. No program is started from the checklist before, so none inherits them blocked.
fn restore_on(held: Option<Held>) {
    #[cfg(unix)]
    {
        let signals = signal_hook::iterator::Signals::new(RESTORING.map(|s| s as i32)).ok();
        drop(held);
        if let Some(mut signals) = signals {
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    restore();
                    std::process::exit(128 + signal);
                }
            });
        }
    }
    #[cfg(not(unix))]
    drop(held);
}

/// Whether the screen draws colours: `NO_COLOR` says never (reverse video and bold stay,
/// since they are not colours).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    Always,
    Never,
}

fn event_loop(
    terminal: &mut Screen,
    mut session: Session,
    outside: Outside,
    held: &mut Option<Held>,
) -> io::Result<()> {
    let Outside {
        clock,
        colour,
        desktop,
    } = outside;
    let mut platform = System {
        clock,
        desktop,
        clipboards: clipboard::Clipboards::default(),
    };
    // The mouse and the "too small" line need the window's size before the first event:
    // the one the terminal was just opened with.
    let size = terminal.get_frame().area();
    session.handle(
        Input::Event(Event::Resize(size.width, size.height)),
        &mut platform,
    );
    while session.model.running {
        terminal.draw(|frame| {
            view(&session.model, frame);
            view::hyperlinks(frame.buffer_mut());
            if colour == Colour::Never {
                view::without_colour(frame.buffer_mut());
            }
        })?;
        // Nothing that can wait runs before the user sees the checklist, nor while the
        // terminal is still reading and drawing the first frame: the thread and the write
        // would compete with it for the processor (the frame reached the screen 0.06 ms
        // later, in bench/frame's pseudo-terminal). They run at the first quiet moment, or
        // before the first input.
        if held.is_some() {
            // Taken only now: a failed poll leaves the signals held until `run` has
            // restored the terminal.
            event::poll(SETTLE)?;
            restore_on(held.take());
            session.after_first_frame();
        }
        let input = next_input(&platform.clock)?;
        session.handle(input, &mut platform);
    }
    Ok(())
}

/// Blocks until the next terminal event or, with a clock that moves, until it is time to read
/// it again (local midnight, or a few minutes for a laptop that may sleep): so that days left
/// roll over while the screen stays open. No busy polling: an idle checklist costs no CPU.
fn next_input(clock: &Clock) -> io::Result<Input> {
    match clock.wait() {
        None => event::read().map(Input::Event),
        Some(wait) => {
            if event::poll(wait)? {
                event::read().map(Input::Event)
            } else {
                Ok(Input::Timer)
            }
        }
    }
}

/// The real world: the system clock (or `--today`), the system's clipboard or the
/// terminal's, the default browser, the Downloads folder.
struct System {
    clock: Clock,
    desktop: Desktop,
    clipboards: clipboard::Clipboards,
}

impl Platform for System {
    fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn copy(&mut self, text: &str) -> Result<Clipboard, String> {
        self.clipboards.copy(text, self.desktop)
    }

    fn downloads(&self) -> Option<std::path::PathBuf> {
        crate::store::Store::downloads_folder()
    }

    fn open(&mut self, address: &str) -> Opened {
        if self.desktop.reachable() && open::that_detached(address).is_ok() {
            Opened::InBrowser
        } else {
            Opened::NoBrowser
        }
    }
}
