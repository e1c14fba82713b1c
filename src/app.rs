//! The edge: reads the clock and the environment, runs one command or the checklist, and
//! turns every failure into a one-line message and the exit status of the command-line
//! contract.

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use chrono::{Local, NaiveDate};

use crate::cli::Cli;
use crate::commands::{CommandError, Context, ErrorKind};
use crate::i18n::{Lang, Texts, shown_path};
use crate::output::{self, say_err};
use crate::procedure::{TransitionError, parse_date, since_last_visit};
use crate::store::{Document, Privacy, Store, StoreError};
use crate::text::{inert, truncate};
use crate::tui::{self, Clock, Model, Notice, Session};

/// The locale variables, in the order that decides the language.
const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// What the environment says, read once at the edge. A variable set to nothing counts as
/// unset, as `SECU_LANG=` in a shell script means "none".
#[derive(Debug, Default)]
pub struct Environment {
    pub file: Option<PathBuf>,
    pub lang: Option<String>,
    pub today: Option<String>,
    /// A file whose date the checklist reads as today at every event: a clock tests and
    /// demonstrations can move while the screen is open.
    pub today_file: Option<PathBuf>,
    pub locale: Vec<Option<String>>,
    /// `TERM`: `dumb` cannot draw the checklist.
    pub term: Option<String>,
    /// `NO_COLOR` (no-color.org): set and not empty, the screen draws no colour, and keeps
    /// its reverse video and bold.
    pub no_color: bool,
}

impl Environment {
    pub fn read() -> Environment {
        let text = |name: &str| {
            std::env::var_os(name)
                .filter(|value| !value.is_empty())
                .map(|value| value.to_string_lossy().into_owned())
        };
        Environment {
            file: std::env::var_os("SECU_FILE")
                .filter(|value| !value.is_empty())
                .map(PathBuf::from),
            lang: text("SECU_LANG"),
            today: text("SECU_TODAY"),
            today_file: std::env::var_os("SECU_TODAY_FILE")
                .filter(|value| !value.is_empty())
                .map(PathBuf::from),
            locale: LOCALE_VARS.iter().map(|name| text(name)).collect(),
            term: text("TERM"),
            no_color: text("NO_COLOR").is_some(),
        }
    }
}

/// Runs `secu` with the process's arguments and environment.
pub fn main() -> ExitCode {
    let env = Environment::read();
    match Cli::try_parse() {
        Ok(cli) => run(cli, &env),
        Err(error) => clap_failure(&error),
    }
}

/// Says what clap refused (or prints the help it was asked for), through the output choke
/// point: a bad value typed on the command line is echoed inert, never raw.
fn clap_failure(error: &clap::Error) -> ExitCode {
    let text = error.render().to_string();
    if error.use_stderr() {
        output::eprint(&text);
    } else {
        output::print(&text);
    }
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

/// Runs `secu` as the command line asked.
pub fn run(cli: Cli, env: &Environment) -> ExitCode {
    let real_today = Local::now().date_naive();
    match execute(cli, env, real_today) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            say_err!("secu: {}", error.message);
            ExitCode::from(error.kind.exit_code())
        }
    }
}

fn execute(cli: Cli, env: &Environment, real_today: NaiveDate) -> Result<(), CommandError> {
    let locale = &env.locale;
    let asked = match (cli.lang, &env.lang) {
        (Some(lang), _) => Some(lang),
        (None, Some(code)) => Some(code.parse::<Lang>().map_err(|_| {
            let texts = Lang::choose(None, None, locale).texts();
            CommandError::input(texts.lang_invalid(&truncate(&inert(code), 20)))
        })?),
        (None, None) => None,
    };
    let early_texts = Lang::choose(asked, None, locale).texts();
    let (today, clock) = match cli.today.as_ref().or(env.today.as_ref()) {
        Some(text) => {
            let today = parse_date(text, real_today)
                .map_err(|e| CommandError::input(early_texts.date_error(&e)))?;
            (today, Clock::Fixed(today))
        }
        None => match &env.today_file {
            Some(file) => {
                let clock = Clock::File(file.clone());
                (clock.today(), clock)
            }
            None => (real_today, Clock::System),
        },
    };
    let path = match cli.file.or_else(|| env.file.clone()) {
        Some(path) => path,
        None => Store::default_path().map_err(|e| CommandError::file(early_texts, &e))?,
    };
    let store = Store::new(path);
    let document = match &cli.command {
        // Repair reads the file its own way: it is for the files `load` refuses.
        Some(command) if command.reads_for_itself() => None,
        Some(command) => load(&store, command.only_looks(), asked, locale)?,
        None => load(&store, false, asked, locale)?,
    };
    let saved_lang = document
        .as_ref()
        .and_then(|doc| doc.progress.profile().language.as_deref());
    let lang = Lang::choose(asked, saved_lang, locale);
    let texts = lang.texts();

    let Some(command) = cli.command else {
        return open_checklist(&store, document, Screen { today, clock, lang }, env);
    };
    let ctx = Context {
        store: &store,
        today,
        lang,
        texts,
        document,
    };
    command.run(ctx)?;
    // Only once the command succeeded: one that fails changes nothing on disk.
    if let Some(notice) = make_private(&store, texts) {
        say_err!("secu: {notice}");
    }
    Ok(())
}

/// Reads the file before a command. A file written by a newer `secu` can still be looked at
/// (`only_looks`), with a warning, never written.
fn load(
    store: &Store,
    only_looks: bool,
    asked: Option<Lang>,
    locale: &[Option<String>],
) -> Result<Option<Document>, CommandError> {
    let texts = Lang::choose(asked, None, locale).texts();
    match store.load() {
        Err(StoreError::NewerVersion { .. }) if only_looks => {
            let (document, version) = store
                .read_newer()
                .map_err(|e| CommandError::file(texts, &e))?;
            let saved = document.progress.profile().language.as_deref();
            let texts = Lang::choose(asked, saved, locale).texts();
            say_err!("secu: {}", texts.newer_read_only(version));
            Ok(Some(document))
        }
        loaded => loaded.map_err(|e| CommandError::file(texts, &e)),
    }
}

/// Tightens the file to owner-only if it was not, and says so; where it cannot (another
/// owner, a file system without permissions), it warns: looking never fails for it.
fn make_private(store: &Store, texts: &dyn Texts) -> Option<String> {
    let path = shown_path(store.path());
    match store.make_private() {
        Privacy::Private => None,
        Privacy::Tightened => Some(texts.numbers_tightened(&path)),
        Privacy::Open(error) => Some(texts.could_not_tighten(&path, &inert(&error.to_string()))),
    }
}

/// What the checklist opens on: the day, the clock that moves it, the language.
struct Screen {
    today: NaiveDate,
    clock: Clock,
    lang: Lang,
}

/// Opens the checklist screen. A set-up checklist records this visit at once, so that the
/// next opening can say what changed since.
fn open_checklist(
    store: &Store,
    loaded: Option<Document>,
    screen: Screen,
    env: &Environment,
) -> Result<(), CommandError> {
    let Screen { today, clock, lang } = screen;
    let texts = lang.texts();
    // Both checked before anything is written: a script or a console calling `secu` by
    // mistake changes nothing. Emacs' shell and some IDE consoles are terminals that cannot
    // move their cursor.
    if env.term.as_deref() == Some("dumb") {
        return Err(CommandError::new(
            ErrorKind::NoTerminal,
            texts.dumb_terminal().to_owned(),
        ));
    }
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        return Err(CommandError::new(
            ErrorKind::NoTerminal,
            texts.terminal_failure(&io::Error::other(
                "standard input or output is not a terminal",
            )),
        ));
    }
    let notice = make_private(store, texts);
    let document = loaded.unwrap_or_default();
    let since = since_last_visit(&document.progress, document.last_opened, today);
    let progress = if document.progress.profile().is_set_up() {
        let (document, ()) = store
            .update(|doc| {
                // Never backwards: a look at an earlier --today is not a later visit.
                doc.last_opened = doc.last_opened.max(Some(today));
                Ok::<_, TransitionError>(())
            })
            .map_err(|e| CommandError::update(texts, &e))?;
        document.progress
    } else {
        document.progress
    };
    let mut model = Model::new(progress, today, lang, since);
    model.notice = notice.map(Notice::Warning);
    let colour = if env.no_color {
        tui::Colour::Never
    } else {
        tui::Colour::Always
    };
    tui::run(Session::new(model, store.clone()), clock, colour)
        .map_err(|error| CommandError::new(ErrorKind::Terminal, texts.terminal_failure(&error)))
}
