//! One checklist session: the model, the file it shows, and what each input does to them.
//! The terminal's loop and the tests drive the same code; only the [`Platform`] differs.

use chrono::NaiveDate;
use crossterm::event::{Event, KeyEventKind};

use super::keys::handle_key;
use super::model::Model;
use super::update::{ClipboardText, Effect, Message, Opened, update};
use crate::pdf::check_pdf;
use crate::procedure::Change;
use crate::store::{FileStamp, Store};

/// Something that happened to the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A key, a paste, a click, the window regaining focus or being resized.
    Event(Event),
    /// Local midnight passed while nothing else happened.
    Midnight,
}

/// The world outside the screen: the clock, the clipboard, the browser. The terminal uses
/// the real ones; tests use their own.
pub trait Platform {
    /// The local date now.
    fn today(&self) -> NaiveDate;
    /// Puts text on the clipboard.
    fn copy(&mut self, text: &str) -> Result<(), String>;
    /// Opens an address (a web page, a `mailto:`) where it can be opened.
    fn open(&mut self, address: &str) -> Opened;
}

/// The model and the file it shows.
#[derive(Debug)]
pub struct Session {
    pub model: Model,
    store: Store,
    /// The file as the screen last saw it, to notice a change made by another `secu`.
    stamp: Option<FileStamp>,
}

impl Session {
    pub fn new(model: Model, store: Store) -> Session {
        let stamp = store.stamp();
        Session {
            model,
            store,
            stamp,
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Takes one input through to a settled model.
    pub fn handle(&mut self, input: Input, platform: &mut dyn Platform) {
        match input {
            Input::Midnight => {
                let today = platform.today();
                self.dispatch(Message::NewDay(today), platform);
            }
            // Windows reports releases and repeats too: only presses act.
            Input::Event(Event::Key(key)) if key.kind == KeyEventKind::Press => {
                // The footer's message lasts until the next key, whatever that key does; it
                // goes first, so that what this key brings — a change found on disk
                // included — is what the footer shows next.
                self.dispatch(Message::Dismiss, platform);
                self.refresh();
                if let Some(message) = handle_key(&self.model, key) {
                    self.dispatch(message, platform);
                }
            }
            // Coming back to the window: show what another secu may have changed meanwhile.
            Input::Event(Event::FocusGained) => self.refresh(),
            // A resize only needs the redraw that follows every input.
            Input::Event(_) => {}
        }
    }

    /// Reads the file again if it changed on disk since the screen last saw it (its inode,
    /// length and time: no read when nothing changed).
    fn refresh(&mut self) {
        let now = self.store.stamp();
        if now != self.stamp {
            self.stamp = now;
            update(&mut self.model, Message::Reloaded(self.store.load()));
        }
    }

    /// Updates the model with `message`, and carries out the effects it asks for, each
    /// outcome itself a message, until the model settles.
    pub fn dispatch(&mut self, message: Message, platform: &mut dyn Platform) {
        let mut message = message;
        while let Some(effect) = update(&mut self.model, message) {
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
                    .update(|document| {
                        document.progress.apply(&change, today)?;
                        // The first save of a fresh checklist is also its first visit.
                        document.last_opened = document.last_opened.max(Some(today));
                        Ok(())
                    })
                    .map(|(document, ())| document.progress);
                // Our own save is not a change from elsewhere.
                self.stamp = self.store.stamp();
                Message::Applied { change, result }
            }
            Effect::Copy(ClipboardText(text)) => Message::Copied(platform.copy(&text)),
            Effect::Open(address) => Message::Opened(platform.open(&address)),
            Effect::AttachPdf(path) => match check_pdf(&path) {
                Ok(path) => self.perform(Effect::Apply(Change::SetPdf(path)), platform),
                Err(error) => Message::PdfRefused(error),
            },
        }
    }
}
