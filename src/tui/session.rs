//! One checklist session: the model, the file it shows, and what each input does to them.
//! The terminal's loop and the tests drive the same code; only the [`Platform`] differs.

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use crossterm::event::{Event, KeyEventKind, MouseEventKind};

use super::clipboard::Clipboard;
use super::keys::handle_event;
use super::model::Model;
use super::update::{ClipboardText, Effect, Export, Message, Opened, update};
use crate::export;
use crate::i18n::shown_path;
use crate::pdf::check_pdf;
use crate::procedure::Change;
use crate::store::{FileStamp, Store, Visit, write_new};

/// Something that happened to the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A key, a paste, a click, the window regaining focus or being resized.
    Event(Event),
    /// The wait for the clock ended with nothing else happening (local midnight, or time
    /// to read it again).
    Timer,
}

/// The world outside the screen: the clock, the clipboard, the browser, the Downloads
/// folder. The terminal uses the real ones; tests use their own.
pub trait Platform {
    /// The local date now.
    fn today(&self) -> NaiveDate;
    /// The time now, to stamp a calendar's events.
    fn now(&self) -> DateTime<Utc>;
    /// Puts text on the clipboard, and says which one took it.
    fn copy(&mut self, text: &str) -> Result<Clipboard, String>;
    /// Opens an address (a web page, a `mailto:`) where it can be opened.
    fn open(&mut self, address: &str) -> Opened;
    /// Where exports go: the Downloads folder, or the home folder without one.
    fn downloads(&self) -> Option<PathBuf>;
    /// Stops `secu` until the shell continues it (Ctrl-Z).
    fn suspend(&mut self);
}

/// The model and the file it shows.
#[derive(Debug)]
pub struct Session {
    pub model: Model,
    store: Store,
    /// The file as the screen last saw it, to notice a change made by another `secu`.
    stamp: Option<FileStamp>,
    /// Where this visit is recorded, and the day still to record, once the first frame is
    /// drawn; a new day while the screen is open is a visit of its own.
    visit: Option<(Visit, Option<NaiveDate>)>,
}

impl Session {
    pub fn new(model: Model, store: Store) -> Session {
        let stamp = store.stamp();
        Session {
            model,
            store,
            stamp,
            visit: None,
        }
    }

    /// Records this visit on `today` in `visit` once the first frame is on screen.
    pub fn recording_visit(self, visit: Visit, today: NaiveDate) -> Session {
        Session {
            visit: Some((visit, Some(today))),
            ..self
        }
    }

    /// What waits for the first frame: recording the visit (only when the day changed;
    /// a failure only costs the next "since last time" line).
    pub fn after_first_frame(&mut self) {
        if let Some((visit, day)) = &mut self.visit
            && let Some(today) = day.take()
        {
            let _ = visit.record(today);
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Takes one input through to a settled model.
    pub fn handle(&mut self, input: Input, platform: &mut dyn Platform) {
        let event = match input {
            Input::Timer => {
                self.catch_up(platform);
                return;
            }
            Input::Event(event) => event,
        };
        // The day is read again at every event: a laptop that slept through midnight, or a
        // clock changed meanwhile, shows the right day at the first key.
        if !matches!(event, Event::Resize(..)) {
            self.catch_up(platform);
        }
        match &event {
            // Windows reports releases and repeats too: only presses act.
            Event::Key(key) if key.kind != KeyEventKind::Press => return,
            // Coming back to the window: show what another secu may have changed meanwhile.
            Event::FocusGained => {
                self.refresh();
                return;
            }
            // What the user does dismisses the footer's message: a key, a paste, a click.
            // It goes first, so that what this input brings — a change found on disk
            // included — is what the footer shows next.
            Event::Key(_) | Event::Paste(_) => self.acted(platform),
            Event::Mouse(mouse) if matches!(mouse.kind, MouseEventKind::Down(_)) => {
                self.acted(platform);
            }
            _ => {}
        }
        if let Some(message) = handle_event(&self.model, &event) {
            self.dispatch(message, platform);
        }
    }

    /// Moves the screen to the platform's today, if it changed.
    fn catch_up(&mut self, platform: &mut dyn Platform) {
        let today = platform.today();
        if today != self.model.today {
            self.dispatch(Message::NewDay(today), platform);
            // The screen watched the day change: that day is visited too.
            if let Some((visit, _)) = &self.visit {
                let _ = visit.record(today);
            }
        }
    }

    /// The user did something: the last message is read, and the file is looked at again.
    fn acted(&mut self, platform: &mut dyn Platform) {
        self.dispatch(Message::Dismiss, platform);
        self.refresh();
    }

    /// Reads the file again if it changed on disk since the screen last saw it (its inode,
    /// length and time: no read when nothing changed).
    fn refresh(&mut self) {
        let now = self.store.stamp();
        if now != self.stamp {
            self.stamp = now;
            update(
                &mut self.model,
                Message::Reloaded(self.store.load()),
                super::view::layout::regions,
            );
        }
    }

    /// Updates the model with `message`, and carries out the effects it asks for, each
    /// outcome itself a message, until the model settles.
    pub fn dispatch(&mut self, message: Message, platform: &mut dyn Platform) {
        let mut message = message;
        while let Some(effect) = update(&mut self.model, message, super::view::layout::regions) {
            message = self.perform(effect, platform);
        }
    }

    /// Carries out an effect and reports its outcome as the next message.
    fn perform(&mut self, effect: Effect, platform: &mut dyn Platform) -> Message {
        let today = self.model.today;
        match effect {
            Effect::Apply(change) => {
                let result = self
                    .store
                    .update(|document| document.progress.apply(&change, today))
                    .map(|(document, ())| {
                        self.model.exported = document.exported();
                        document.progress
                    });
                // Our own save is not a change from elsewhere.
                self.stamp = self.store.stamp();
                Message::Applied { change, result }
            }
            Effect::Copy {
                text: ClipboardText(text),
                what,
            } => Message::Copied {
                what,
                result: platform.copy(&text),
                text: ClipboardText(text),
            },
            Effect::Open(address) => {
                let opened = platform.open(&address);
                Message::Opened { address, opened }
            }
            Effect::AttachPdf { path, seen } => match check_pdf(&path) {
                Ok(path) => {
                    let change = Change::SetPdf(path).if_unchanged(seen);
                    self.perform(Effect::Apply(change), platform)
                }
                Err(error) => Message::PdfRefused(error),
            },
            Effect::Export(what) => {
                let result = self.export(what, platform);
                // The calendar's record may have been written: our own save is not a change
                // from elsewhere.
                self.stamp = self.store.stamp();
                Message::Exported(result)
            }
            Effect::Suspend => {
                platform.suspend();
                Message::Suspended
            }
        }
    }

    /// Writes the calendar or the sheet to the Downloads folder, next to what is there.
    fn export(&mut self, what: Export, platform: &dyn Platform) -> Result<PathBuf, String> {
        let texts = self.model.texts();
        let progress = &self.model.progress;
        let today = self.model.today;
        let (name, text) = match what {
            Export::Calendar => {
                // A calendar must hold one event at least: an open deadline, or a done step
                // a calendar app may hold from an earlier export.
                let cancelled = export::done_deadlines(progress, today, &self.model.exported);
                if export::open_deadlines(progress, today).is_empty() && cancelled.is_empty() {
                    return Err(texts.nothing_to_export().to_owned());
                }
                let record = self
                    .store
                    .record_calendar(|previous| {
                        export::next_record(texts, progress, today, previous)
                    })
                    .map_err(|error| texts.store_error(&error))?;
                let text = export::calendar(texts, progress, today, platform.now(), &record);
                self.model.exported = record.steps;
                (export::CALENDAR_FILE, text)
            }
            Export::Sheet => (export::SHEET_FILE, export::filled_sheet(progress, today)),
        };
        let Some(dir) = platform.downloads() else {
            return Err(texts.no_downloads().to_owned());
        };
        write_new(&dir, name, text.as_bytes()).map_err(|error| {
            texts.export_failed(
                &shown_path(&dir.join(name)),
                &crate::text::inert(&error.to_string()),
            )
        })
    }
}
