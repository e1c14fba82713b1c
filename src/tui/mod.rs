//! The checklist in the terminal, in The Elm Architecture: [`Model`], [`Message`],
//! [`update`], [`view`], and a runtime that feeds them keys and saves.

mod keys;
mod model;
mod update;
mod view;

use std::io;
use std::time::Duration;

use chrono::{Local, NaiveDate, TimeZone};
use crossterm::event::{self, DisableFocusChange, EnableFocusChange, Event};
use ratatui::DefaultTerminal;

pub use keys::handle_key;
pub use model::{Mode, Model, Notice, Question, Setup, TextField};
pub use update::{ClipboardText, Effect, Message, Opened, update};
pub use view::{DetailField, FieldKind, MIN_HEIGHT, MIN_WIDTH, Timeline, detail_fields, view};

use crate::pdf::check_pdf;
use crate::procedure::Change;
use crate::store::Store;

/// Where today comes from: the system clock, which rolls over at midnight, or a date fixed
/// by `--today`, which does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(NaiveDate),
}

/// Runs the checklist until the user quits. The terminal is restored on every way out,
/// panics included (ratatui's hook, with ours before it for focus reporting).
pub fn run(model: Model, store: &Store, clock: Clock) -> io::Result<()> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(io::stdout(), DisableFocusChange);
        previous(info);
    }));
    let mut terminal = ratatui::try_init()?;
    // Focus reports let the screen catch up with changes made from another window as soon
    // as the user comes back; terminals without them simply send none.
    let _ = crossterm::execute!(io::stdout(), EnableFocusChange);
    let result = event_loop(&mut terminal, model, store, clock);
    let _ = crossterm::execute!(io::stdout(), DisableFocusChange);
    let _ = terminal.show_cursor();
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    mut model: Model,
    store: &Store,
    clock: Clock,
) -> io::Result<()> {
    let mut stamp = store.stamp();
    while model.running {
        terminal.draw(|frame| view(&model, frame))?;
        let event = next_event(clock)?;
        // Before acting on a key, make sure the screen shows the file as it is now: another
        // `secu` may have changed it.
        if matches!(event, Some(Event::Key(_) | Event::FocusGained)) {
            let now = store.stamp();
            if now != stamp {
                stamp = now;
                update(&mut model, Message::Reloaded(store.load()));
            }
        }
        let Some(mut message) = (match event {
            Some(Event::Key(key)) => handle_key(&model, key),
            None => Some(Message::NewDay(Local::now().date_naive())),
            // A resize only needs the redraw that follows every event.
            Some(_) => None,
        }) else {
            continue;
        };
        // An effect's outcome is itself a message; loop until the model settles.
        while let Some(effect) = update(&mut model, message) {
            let saves = matches!(effect, Effect::Apply(_) | Effect::AttachPdf(_));
            message = perform(effect, store, model.today);
            if saves {
                stamp = store.stamp();
            }
        }
    }
    Ok(())
}

/// Blocks until the next event; `None` when local midnight passed first, the only timed
/// wake-up, so that days left roll over while the screen stays open. No polling: an idle
/// checklist costs no CPU.
fn next_event(clock: Clock) -> io::Result<Option<Event>> {
    match clock {
        Clock::Fixed(_) => event::read().map(Some),
        Clock::System => {
            if event::poll(until_midnight())? {
                event::read().map(Some)
            } else {
                Ok(None)
            }
        }
    }
}

/// Time left until the next local midnight, plus a second so that the wake-up lands on the
/// new day. Falls back to an hour where the local time zone skips or repeats midnight.
fn until_midnight() -> Duration {
    let now = Local::now();
    now.date_naive()
        .succ_opt()
        .and_then(|tomorrow| tomorrow.and_hms_opt(0, 0, 1))
        .and_then(|midnight| Local.from_local_datetime(&midnight).earliest())
        .and_then(|midnight| (midnight - now).to_std().ok())
        .unwrap_or(Duration::from_secs(3600))
}

/// Carries out an effect and reports its outcome as the next message.
pub fn perform(effect: Effect, store: &Store, today: NaiveDate) -> Message {
    match effect {
        Effect::Apply(change) => {
            let result = store
                .update(|document| {
                    document.progress.apply(&change, today)?;
                    // The first save of a fresh checklist is also its first visit.
                    document.last_opened = document.last_opened.max(Some(today));
                    Ok(())
                })
                .map(|(document, ())| document.progress);
            Message::Applied { change, result }
        }
        Effect::Copy(ClipboardText(text)) => Message::Copied(copy(&text)),
        Effect::Open(address) => {
            if can_open_programs() && open::that_detached(&address).is_ok() {
                Message::Opened(Opened::InBrowser)
            } else {
                let _ = copy(&address);
                Message::Opened(Opened::Copied)
            }
        }
        Effect::AttachPdf(path) => match check_pdf(&path) {
            Ok(path) => perform(Effect::Apply(Change::SetPdf(path)), store, today),
            Err(error) => Message::PdfRefused(error),
        },
    }
}

/// Puts text on the clipboard with the terminal's OSC 52 sequence, which also works over SSH.
fn copy(text: &str) -> Result<(), String> {
    crossterm::execute!(
        io::stdout(),
        crossterm::clipboard::CopyToClipboard::to_clipboard_from(text)
    )
    .map_err(|error| error.to_string())
}

/// Whether a browser or a mail program can be opened for the user: not over SSH, and on Linux
/// and the BSDs only with a display. Otherwise `xdg-open` may start a text browser inside
/// this very terminal, or fail after a delay.
fn can_open_programs() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if set("SSH_CONNECTION") || set("SSH_TTY") {
        return false;
    }
    cfg!(any(target_os = "macos", windows)) || set("DISPLAY") || set("WAYLAND_DISPLAY")
}
