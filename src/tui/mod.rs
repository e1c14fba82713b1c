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
use ratatui::backend::{Backend, ClearType};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect, Size};
use ratatui::{Frame, Terminal};

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

/// Where the checklist's frames go, through ratatui's `Terminal` from the second one on (see
/// [`first_frame`]): each is written whole, in one write, rather than in the pieces
/// `Stdout`'s line buffer would cut it into.
type Output = backend::Direct<BufWriter<Stdout>>;

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
/// panics, and every signal that ends the process; a stop (Ctrl-Z) gives it back until `fg`.
pub fn run(session: Session, outside: Outside) -> io::Result<()> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    signals::install(restore);
    let output = enter().inspect_err(|_| restore())?;
    let result = event_loop(output, session, outside);
    restore();
    result
}

/// Raw mode and the alternate screen, with the reports the checklist reads, and the output
/// its frames go through.
fn enter() -> io::Result<Output> {
    take_terminal()?;
    let output = BufWriter::with_capacity(FRAME_BYTES, io::stdout());
    Ok(backend::Direct::new(output))
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

/// Whether the screen draws colours: `NO_COLOR` says never (reverse video and bold stay,
/// since they are not colours).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    Always,
    Never,
}

fn event_loop(mut output: Output, mut session: Session, outside: Outside) -> io::Result<()> {
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
    let size = output.size()?;
    session.handle(
        Input::Event(Event::Resize(size.width, size.height)),
        &mut platform,
    );
    if !session.model.running {
        return Ok(());
    }
    let first = first_frame(&mut output, &session.model, colour, size)?;
    // Nothing that can wait runs before the user sees the checklist, nor while the terminal
    // is still reading and drawing the first frame: they run at the first quiet moment, or
    // before the first input.
    event::poll(SETTLE)?;
    session.after_first_frame();
    let mut terminal = terminal_after(output, first)?;
    loop {
        let input = next_input(&platform.clock)?;
        if signals::stop_asked() {
            suspend(&mut terminal)?;
        }
        session.handle(input, &mut platform);
        if !session.model.running {
            return Ok(());
        }
        terminal.draw(|frame| draw_frame(frame, &session.model, colour))?;
    }
}

/// Draws the model on a frame of ratatui's `Terminal`, as [`draw_on`] does, the cursor
/// placed where it shows.
fn draw_frame(frame: &mut Frame, model: &Model, colour: Colour) {
    if let Some(position) = draw_on(frame.buffer_mut(), model, colour) {
        frame.set_cursor_position(position);
    }
}

/// Draws the model on `buffer` as the screen shows it: addresses made links, colours taken
/// out under `NO_COLOR`. Returns where the cursor shows, if anywhere.
fn draw_on(buffer: &mut Buffer, model: &Model, colour: Colour) -> Option<Position> {
    let mut canvas = view::Canvas::new(buffer);
    view::paint(model, &mut canvas);
    let cursor = canvas.cursor();
    view::hyperlinks(buffer);
    if colour == Colour::Never {
        view::without_colour(buffer);
    }
    cursor
}

/// The first frame, drawn before ratatui's `Terminal` exists: on a buffer of its own, its
/// cells written as ratatui's diff against the blank alternate screen gives them
/// ([`backend::on_blank`]). The terminal's two buffers — the second one there only to be
/// compared with — are made once it is on screen ([`terminal_after`]): on a window of
/// 80x24, the frame reached the screen 0.06–0.08 ms sooner. Returns the frame's buffer.
fn first_frame<B: Backend>(
    output: &mut B,
    model: &Model,
    colour: Colour,
    size: Size,
) -> Result<Buffer, B::Error> {
    let mut buffer = Buffer::empty(Rect::from((Position::ORIGIN, size)));
    let cursor = draw_on(&mut buffer, model, colour);
    output.draw(backend::on_blank(&buffer))?;
    match cursor {
        None => output.hide_cursor()?,
        Some(position) => {
            output.show_cursor()?;
            output.set_cursor_position(position)?;
        }
    }
    Backend::flush(output)?;
    Ok(buffer)
}

/// Ratatui's `Terminal`, made once the first frame is on screen, with that frame as the one
/// the next is compared with. A window resized in between is cleared instead, for the next
/// frame to be drawn whole.
fn terminal_after<B: Backend>(output: B, first: Buffer) -> Result<Terminal<B>, B::Error> {
    let mut terminal = Terminal::new(output)?;
    if terminal.get_frame().area() == first.area {
        *terminal.current_buffer_mut() = first;
        terminal.swap_buffers();
    } else {
        terminal.backend_mut().clear_region(ClearType::All)?;
    }
    Ok(terminal)
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

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use ratatui::backend::TestBackend;

    use ratatui::buffer::Cell;

    use super::*;
    use crate::i18n::Lang;
    use crate::procedure::{Level, Profile, Progress, Step};

    /// A checklist with its setup done, and one without: the form, at a question typed in,
    /// with the cursor in its field.
    fn models() -> [Model; 2] {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let progress = Progress::new(Profile {
            level: Some(Level::Secondary),
            contract_start: NaiveDate::from_ymd_opt(2026, 10, 1),
            ..Profile::default()
        });
        let mut checklist = Model::new(progress, today, Lang::En, None);
        checklist.selected = Step::Nir;
        let mut setup = Model::new(Progress::default(), today, Lang::Fr, None);
        if let Mode::Setup(form) = &mut setup.mode {
            form.at = SetupAt::Asking {
                question: Question::Start,
                walking: true,
            };
        }
        [checklist, setup]
    }

    fn draw(terminal: &mut Terminal<TestBackend>, model: &Model) {
        terminal
            .draw(|frame| draw_frame(frame, model, Colour::Always))
            .unwrap();
    }

    /// A blank screen of `size`, its cursor showing, as a terminal's starts.
    fn screen(size: Size) -> TestBackend {
        let mut backend = TestBackend::new(size.width, size.height);
        backend.show_cursor().unwrap();
        backend
    }

    /// `model` drawn by ratatui's `Terminal` on a blank screen of `size`.
    fn drawn_by_the_terminal(model: &Model, size: Size) -> TestBackend {
        let mut terminal = Terminal::new(screen(size)).unwrap();
        draw(&mut terminal, model);
        terminal.backend().clone()
    }

    fn first(model: &Model, size: Size) -> (TestBackend, Buffer) {
        let mut backend = screen(size);
        let first = first_frame(&mut backend, model, Colour::Always, size).unwrap();
        (backend, first)
    }

    /// The first frame, drawn without ratatui's `Terminal`, shows what its `draw` shows, the
    /// cursor included.
    #[test]
    fn the_first_frame_is_the_terminals() {
        let [_, setup] = models();
        let mut buffer = Buffer::empty(Rect::new(0, 0, 80, 24));
        assert!(
            draw_on(&mut buffer, &setup, Colour::Always).is_some(),
            "a cursor"
        );
        for model in models() {
            for size in [Size::new(40, 12), Size::new(60, 20), Size::new(80, 24)] {
                let (ours, first) = first(&model, size);
                let theirs = drawn_by_the_terminal(&model, size);
                // The screen, the cursor's place and whether it shows.
                assert_eq!(ours, theirs, "at {size}");
                assert_eq!(&first, theirs.buffer());
            }
        }
    }

    /// The terminal made after the first frame compares the next frame with it: the same
    /// frame again sends nothing (a terminal made blank would send every cell of it).
    #[test]
    fn the_terminal_made_after_the_first_frame_starts_from_it() {
        for model in models() {
            let size = Size::new(80, 24);
            let (_, first) = first(&model, size);
            let mut terminal = terminal_after(TestBackend::new(80, 24), first).unwrap();
            draw(&mut terminal, &model);
            let blank = Buffer::empty(Rect::from((Position::ORIGIN, size)));
            assert_eq!(terminal.backend().buffer(), &blank);
        }
    }

    /// A window resized between the first frame and the terminal's making is cleared, and
    /// the next frame drawn whole at its new size.
    #[test]
    fn a_window_resized_before_the_terminal_is_made_is_drawn_whole() {
        let [model, _] = models();
        let (_, first) = first(&model, Size::new(80, 24));
        let whole = drawn_by_the_terminal(&model, Size::new(60, 20));
        // Left on the screen, where the frame has nothing to draw.
        let blank = whole
            .buffer()
            .content
            .iter()
            .position(|cell| cell == &Cell::EMPTY);
        let (x, y) = whole.buffer().pos_of(blank.unwrap());
        let mut stale = Cell::EMPTY;
        stale.set_symbol("x");
        let mut backend = TestBackend::new(60, 20);
        backend.draw([(x, y, &stale)].into_iter()).unwrap();
        let mut terminal = terminal_after(backend, first).unwrap();
        draw(&mut terminal, &model);
        assert_eq!(terminal.backend().buffer(), whole.buffer());
    }
}
