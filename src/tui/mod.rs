//! The checklist in the terminal, in The Elm Architecture: [`Model`], [`Message`],
//! [`update`], [`view`], and a runtime that feeds them inputs through a [`Session`].

pub mod bindings;
mod clipboard;
mod clock;
mod field;
mod keys;
mod model;
mod refusal;
mod screen;
mod session;
mod signals;
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
use ratatui::backend::{Backend, ClearType, CrosstermBackend};

pub use crate::details::{DetailField, FieldKind};
pub use clipboard::{Clipboard, Desktop};
pub use clock::{Clock, next_midnight};
pub use field::Edit;
pub use keys::{handle_event, handle_key};
pub use model::{
    Choice, Colour, Confirm, Leave, MIN_HEIGHT, MIN_WIDTH, Mode, Model, Notice, Purpose, Question,
    Reading, Setup, SetupAt, TextField,
};
pub use screen::{CHECKBOX_COLUMNS, Measure, Regions};
pub use session::{Input, Platform, Session};
pub use update::{ClipboardText, Copying, Effect, Export, Message, Opened, update};
pub use view::layout::regions;
pub use view::{Timeline, view};

/// Where the checklist's frames go: ratatui's `Terminal` on crossterm, each frame written
/// whole, in one write, rather than in the pieces `Stdout`'s line buffer would cut it into.
type Output = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

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
    /// Over SSH, this machine's address: where an export is, for `scp`.
    pub remote_host: Option<String>,
    /// A terminal that can only show ASCII (the Linux console, a locale not in UTF-8).
    pub ascii: bool,
    /// `--plain`: words where symbols read badly aloud.
    pub plain: bool,
}

/// Runs the checklist until the user quits. The terminal is restored on every way out:
/// panics, and every signal that ends the process; a stop (Ctrl-Z) gives it back until `fg`.
pub fn run(session: Session, outside: Outside) -> io::Result<()> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    signals::install(restore);
    let terminal = enter().inspect_err(|_| restore())?;
    let result = event_loop(terminal, session, outside);
    restore();
    result
}

/// Raw mode and the alternate screen, with the reports the checklist reads, and the output
/// its frames go through.
fn enter() -> io::Result<Output> {
    take_terminal()?;
    let output = BufWriter::with_capacity(FRAME_BYTES, io::stdout());
    Terminal::new(CrosstermBackend::new(output))
}

/// Raw mode and the alternate screen, with the reports the checklist reads, in one write:
/// focus reports let the screen catch up with changes made from another window as soon as
/// the user comes back; bracketed paste brings a pasted path or number whole; mouse reports
/// make clicks and the wheel work (Shift still selects text in most terminals). Terminals
/// without them simply send none.
fn take_terminal() -> io::Result<()> {
    crossterm::terminal::enable_raw_mode()?;
    crossterm::execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableFocusChange,
        EnableBracketedPaste,
        EnableMouseCapture
    )
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

/// Stops like any program in a shell: the terminal given back as it was found, the process
/// stopped until `fg`, then the terminal taken again and the next frame drawn whole over
/// whatever the shell left on the screen meanwhile. The model is untouched: a field's text
/// is still there.
fn suspend<B: Backend>(terminal: &mut Terminal<B>) -> io::Result<()>
where
    B::Error: Into<io::Error>,
{
    restore();
    signals::stop_now();
    take_terminal()?;
    terminal
        .backend_mut()
        .clear_region(ClearType::All)
        .map_err(Into::into)?;
    // Both buffers blank, as the screen now is, so that the next frame is drawn whole.
    // (`Terminal::clear` does the same, but first asks the terminal where its cursor is,
    // which not every terminal answers.)
    terminal.swap_buffers();
    Ok(())
}

fn event_loop(mut terminal: Output, mut session: Session, outside: Outside) -> io::Result<()> {
    let Outside {
        clock,
        colour,
        desktop,
        remote_host,
        ascii,
        plain,
    } = outside;
    let mut platform = System {
        clock,
        desktop,
        clipboards: clipboard::Clipboards::default(),
    };
    session.model.colour = colour;
    session.model.ascii = ascii;
    session.model.plain = plain;
    session.model.remote_host = remote_host;
    // The mouse and the "too small" line need the window's size before the first event:
    // the one the terminal was just opened with.
    let size = terminal.size()?;
    session.handle(
        Input::Event(Event::Resize(size.width, size.height)),
        &mut platform,
    );
    if !session.model.running {
        return Ok(());
    }
    draw(&mut terminal, &session.model)?;
    // Nothing that can wait runs before the user sees the checklist, nor while the terminal
    // is still reading and drawing the first frame: they run at the first quiet moment, or
    // before the first input.
    event::poll(SETTLE)?;
    session.after_first_frame();
    loop {
        let input = next_input(&platform.clock)?;
        if signals::stop_asked() {
            suspend(&mut terminal)?;
        }
        session.handle(input, &mut platform);
        if !session.model.running {
            return Ok(());
        }
        draw(&mut terminal, &session.model)?;
    }
}

/// Draws a frame, then puts the cursor, which ratatui hides when no field has it, on the
/// selection: hidden, it still tells a braille display or a screen reader what is current.
fn draw<B: ratatui::backend::Backend>(
    terminal: &mut ratatui::Terminal<B>,
    model: &Model,
) -> Result<(), B::Error> {
    let drawn = terminal.draw(|frame| view(model, frame))?;
    match view::resting_cursor(model, drawn.buffer) {
        Some(at) => terminal.set_cursor_position(at),
        None => Ok(()),
    }
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

    fn suspend(&mut self) {
        signals::ask_to_stop();
    }

    fn open(&mut self, address: &str) -> Opened {
        if self.desktop.reachable() && open::that_detached(address).is_ok() {
            Opened::InBrowser
        } else {
            Opened::NoBrowser
        }
    }
}
