//! The checklist screen without a terminal: a session on a store in a temporary folder,
//! driven through the runtime's own loop, and drawn on ratatui's `TestBackend`.

use chrono::NaiveDate;
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;

use secu::i18n::Lang;
use secu::procedure::{Level, Profile, Progress, SocialSecurityNumber, Step};
use secu::store::Store;
use secu::tui::{Clipboard, Input, Mode, Model, Opened, Platform, Session, view};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();

/// The outside world as the tests see it: a fixed day, a clipboard they can read, and no
/// browser (what `o` asked to open is recorded, and copied as on a machine without one).
pub struct Fake {
    pub today: NaiveDate,
    pub clipboard: Option<String>,
    pub opened: Option<String>,
    pub downloads: std::path::PathBuf,
    /// Which clipboard takes a copy: the system's, or only the terminal's (OSC 52).
    pub takes: Clipboard,
    /// How many times Ctrl-Z asked to stop.
    pub suspended: u32,
    /// Whether `o` finds a browser (or a mail program) to open.
    pub browser: bool,
}

impl Platform for Fake {
    fn today(&self) -> NaiveDate {
        self.today
    }

    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        TODAY.and_hms_opt(9, 0, 0).unwrap().and_utc()
    }

    fn downloads(&self) -> Option<std::path::PathBuf> {
        Some(self.downloads.clone())
    }

    fn copy(&mut self, text: &str) -> Result<Clipboard, String> {
        self.clipboard = Some(text.to_owned());
        Ok(self.takes)
    }

    fn open(&mut self, address: &str) -> Opened {
        self.opened = Some(address.to_owned());
        if self.browser {
            Opened::InBrowser
        } else {
            Opened::NoBrowser
        }
    }

    fn suspend(&mut self) {
        self.suspended += 1;
    }
}

/// A session on a store in a temporary folder, driven through the runtime's own loop.
pub struct Screen {
    pub session: Session,
    pub platform: Fake,
    pub dir: TempDir,
}

impl Screen {
    pub fn new(progress: Progress, lang: Lang) -> Screen {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("progress.json"));
        if progress.profile().is_set_up() {
            store
                .update(|doc| {
                    doc.progress = progress.clone();
                    Ok::<_, ()>(())
                })
                .unwrap();
        }
        let downloads = dir.path().join("Downloads");
        std::fs::create_dir(&downloads).unwrap();
        Screen {
            session: Session::new(Model::new(progress, TODAY, lang, None), store),
            platform: Fake {
                today: TODAY,
                clipboard: None,
                opened: None,
                downloads,
                takes: Clipboard::System,
                suspended: 0,
                browser: false,
            },
            dir,
        }
    }

    /// Sends one key event through the loop.
    pub fn key(&mut self, key: KeyEvent) -> &mut Screen {
        self.event(Event::Key(key))
    }

    /// Presses keys as a person would.
    pub fn press(&mut self, keys: &[KeyCode]) -> &mut Screen {
        for &code in keys {
            self.key(KeyEvent::new(code, KeyModifiers::NONE));
        }
        self
    }

    pub fn type_text(&mut self, text: &str) -> &mut Screen {
        let keys: Vec<KeyCode> = text.chars().map(KeyCode::Char).collect();
        self.press(&keys)
    }

    /// Ctrl-U, with the cursor at the end as a field opens: the whole line goes.
    pub fn clear_field(&mut self) -> &mut Screen {
        self.ctrl('u')
    }

    pub fn ctrl(&mut self, c: char) -> &mut Screen {
        self.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
    }

    pub fn mode(&self) -> &Mode {
        &self.session.model.mode
    }

    pub fn saved(&self) -> Progress {
        self.session.store().load().unwrap().unwrap().progress
    }

    /// The window resized, as the terminal reports it.
    pub fn resize(&mut self, width: u16, height: u16) -> &mut Screen {
        self.event(Event::Resize(width, height))
    }

    /// Text pasted into the window (bracketed paste).
    pub fn paste(&mut self, text: &str) -> &mut Screen {
        self.event(Event::Paste(text.to_owned()))
    }

    /// A left click at a cell, press then release.
    pub fn click(&mut self, column: u16, row: u16) -> &mut Screen {
        for kind in [
            MouseEventKind::Down(MouseButton::Left),
            MouseEventKind::Up(MouseButton::Left),
        ] {
            self.event(Event::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers: KeyModifiers::NONE,
            }));
        }
        self
    }

    /// The mouse wheel turned once, over a cell.
    pub fn wheel(&mut self, down: bool, column: u16, row: u16) -> &mut Screen {
        let kind = if down {
            MouseEventKind::ScrollDown
        } else {
            MouseEventKind::ScrollUp
        };
        self.event(Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }))
    }

    fn event(&mut self, event: Event) -> &mut Screen {
        self.session.handle(Input::Event(event), &mut self.platform);
        self
    }

    /// The screen as text, at the model's own size.
    pub fn text(&self) -> String {
        let (width, height) = self.session.model.size;
        self.draw(width, height).backend().to_string()
    }

    pub fn draw(&self, width: u16, height: u16) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| view(&self.session.model, frame))
            .unwrap();
        terminal
    }
}

pub fn secondary() -> Progress {
    Progress::new(Profile {
        level: Some(Level::Secondary),
        contract_start: Some(date(2026, 10, 1)),
        ..Profile::default()
    })
}

/// Request and NIA done: the example of docs/design.md ("status --json").
pub fn halfway() -> Progress {
    let mut p = secondary();
    p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
    p.tick(Step::Nia, date(2026, 10, 20), TODAY).unwrap();
    p
}

pub const NIA: &str = "8 84 05 88 321 025 23";
pub const NIR: &str = "2 95 10 99 126 111 93";

pub fn number(text: &str) -> SocialSecurityNumber {
    SocialSecurityNumber::parse(text).unwrap()
}

/// Request, NIA (with its number) and NIR (with its number) done.
pub fn with_numbers() -> Progress {
    let mut p = halfway();
    p.set_number(Step::Nia, number(NIA)).unwrap();
    p.tick(Step::Nir, date(2026, 11, 20), TODAY).unwrap();
    p.set_number(Step::Nir, number(NIR)).unwrap();
    p
}
