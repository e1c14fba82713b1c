//! The checklist in the terminal, in The Elm Architecture: [`Model`], [`Message`],
//! [`update`], [`view`], and a runtime that feeds them inputs through a [`Session`].

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

use std::io;

use chrono::{DateTime, NaiveDate, Utc};
use crossterm::event::{
    self, DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste,
    EnableFocusChange, EnableMouseCapture, Event,
};
use ratatui::DefaultTerminal;

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

/// Runs the checklist until the user quits. The terminal is restored on every way out:
/// panics (ratatui's hook, with ours before it for focus reporting), and the signals a
/// closed window or a `kill` sends.
pub fn run(session: Session, clock: Clock, colour: Colour) -> io::Result<()> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave_modes();
        previous(info);
    }));
    restore_on_signals();
    let mut terminal = ratatui::try_init()?;
    // Focus reports let the screen catch up with changes made from another window as soon
    // as the user comes back; bracketed paste brings a pasted path or number whole; mouse
    // reports make clicks and the wheel work (Shift still selects text in most terminals).
    // Terminals without them simply send none.
    let _ = crossterm::execute!(
        io::stdout(),
        EnableFocusChange,
        EnableBracketedPaste,
        EnableMouseCapture
    );
    let result = event_loop(&mut terminal, session, clock, colour);
    restore();
    result
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

/// On SIGTERM, SIGHUP (a closed terminal window) or SIGINT sent from outside (raw mode
/// turns Ctrl-C into a key), restores the terminal before exiting, as a shell expects of a
/// full-screen program. Every change is already saved; only an unsaved note is lost.
fn restore_on_signals() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                restore();
                std::process::exit(128 + signal);
            }
        });
    }
}

/// Whether the screen draws colours: `NO_COLOR` says never (reverse video and bold stay,
/// since they are not colours).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    Always,
    Never,
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    mut session: Session,
    clock: Clock,
    colour: Colour,
) -> io::Result<()> {
    let mut platform = System {
        clock,
        desktop: Desktop::read(),
        clipboards: clipboard::Clipboards::default(),
    };
    // The mouse and the "too small" line need the window's size before the first event.
    let size = terminal.size()?;
    session.handle(
        Input::Event(Event::Resize(size.width, size.height)),
        &mut platform,
    );
    let mut first = true;
    while session.model.running {
        terminal.draw(|frame| {
            view(&session.model, frame);
            view::hyperlinks(frame.buffer_mut());
            if colour == Colour::Never {
                view::without_colour(frame.buffer_mut());
            }
        })?;
        // Nothing that can wait runs before the user sees the checklist.
        if std::mem::take(&mut first) {
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
