//! The edge: reads the clock and the environment, runs one command or the checklist, and
//! turns every failure into a one-line message and the exit status of the command-line
//! contract.

use std::io::{self, IsTerminal};
use std::process::ExitCode;

use chrono::{Local, NaiveDate};

use crate::cli::Cli;
use crate::commands::{CommandError, Context, ErrorKind};
use crate::i18n::{Lang, Texts, shown_path};
use crate::output::say_err;
use crate::procedure::{TransitionError, parse_date, since_last_visit};
use crate::store::{Document, Store, StoreError};
use crate::tui::{self, Clock, Model, Notice};

/// The locale variables, in the order that decides the language.
const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// Runs `secu` as the command line asked.
pub fn run(cli: Cli) -> ExitCode {
    let locale: Vec<Option<String>> = LOCALE_VARS
        .iter()
        .map(|name| std::env::var(name).ok())
        .collect();
    let real_today = Local::now().date_naive();
    match execute(cli, real_today, &locale) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            say_err!("secu: {}", error.message);
            ExitCode::from(error.kind.exit_code())
        }
    }
}

fn execute(cli: Cli, real_today: NaiveDate, locale: &[Option<String>]) -> Result<(), CommandError> {
    let early_texts = Lang::choose(cli.lang, None, locale).texts();
    let (today, clock) = match &cli.today {
        Some(text) => {
            let today = parse_date(text, real_today)
                .map_err(|e| CommandError::input(early_texts.date_error(&e)))?;
            (today, Clock::Fixed(today))
        }
        None => (real_today, Clock::System),
    };
    let path = match cli.file {
        Some(path) => path,
        None => Store::default_path().map_err(|e| CommandError::file(early_texts, &e))?,
    };
    let store = Store::new(path);
    let document = match &cli.command {
        // Repair reads the file its own way: it is for the files `load` refuses.
        Some(command) if command.reads_for_itself() => None,
        Some(command) => load(&store, command.only_looks(), cli.lang, locale)?,
        None => load(&store, false, cli.lang, locale)?,
    };
    let saved_lang = document
        .as_ref()
        .and_then(|doc| doc.progress.profile().language.as_deref());
    let lang = Lang::choose(cli.lang, saved_lang, locale);
    let texts = lang.texts();

    let Some(command) = cli.command else {
        return open_checklist(&store, document, today, clock, lang);
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
    if let Some(notice) = make_private(&store, texts)? {
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

/// Tightens the file to owner-only if it was not, and says so.
fn make_private(store: &Store, texts: &dyn Texts) -> Result<Option<String>, CommandError> {
    let tightened = store
        .make_private()
        .map_err(|e| CommandError::file(texts, &e))?;
    Ok(tightened.then(|| texts.numbers_tightened(&shown_path(store.path()))))
}

/// Opens the checklist screen. A set-up checklist records this visit at once, so that the
/// next opening can say what changed since.
fn open_checklist(
    store: &Store,
    loaded: Option<Document>,
    today: NaiveDate,
    clock: Clock,
    lang: Lang,
) -> Result<(), CommandError> {
    let texts = lang.texts();
    // Checked before the visit is recorded, so that a script calling `secu` by mistake
    // changes nothing.
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        return Err(CommandError::new(
            ErrorKind::NoTerminal,
            texts.terminal_failure(&io::Error::other(
                "standard input or output is not a terminal",
            )),
        ));
    }
    let notice = make_private(store, texts)?;
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
    tui::run(model, store, clock)
        .map_err(|error| CommandError::new(ErrorKind::Terminal, texts.terminal_failure(&error)))
}
