//! The edge: reads the clock and the environment, runs one command, and turns every
//! failure into a one-line message and the exit status of the command-line contract.

use std::io::{self, IsTerminal};
use std::process::ExitCode;

use chrono::{Local, NaiveDate, Utc};

use crate::cli::{Cli, Command, Export};
use crate::export;
use crate::i18n::{Lang, Texts, profile_lines, repaired_lines, shown_path};
use crate::pdf::check_pdf;
use crate::procedure::{
    Change, Progress, SocialSecurityNumber, Step, TransitionError, parse_date, since_last_visit,
    valid_email,
};
use crate::report;
use crate::store::{Document, Repair, Store, StoreError, UpdateError};
use crate::tui::{self, Clock, Model, Notice};

// Output that cannot panic: a closed pipe (`secu status | head -1`) or a full disk under a
// redirection is not worth a crash, and the exit status already says what matters.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

macro_rules! say_raw {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}

macro_rules! say_err {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// Why a command stopped, already in the user's words.
#[derive(Debug)]
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    /// Exit 1: the progress file cannot be read, parsed or written.
    fn file(texts: &dyn Texts, error: &StoreError) -> Failure {
        Failure {
            code: 1,
            message: texts.store_error(error),
        }
    }

    /// Exit 2: bad input, or a step that cannot be ticked now.
    fn input(message: String) -> Failure {
        Failure { code: 2, message }
    }

    fn update(texts: &dyn Texts, error: &UpdateError<TransitionError>) -> Failure {
        match error {
            UpdateError::Store(error) => Failure::file(texts, error),
            UpdateError::Refused(error) => Failure::input(texts.transition_error(error)),
        }
    }
}

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
        Err(failure) => {
            say_err!("secu: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

fn execute(cli: Cli, real_today: NaiveDate, locale: &[Option<String>]) -> Result<(), Failure> {
    let early_texts = Lang::choose(cli.lang, None, locale).texts();
    let (today, clock) = match &cli.today {
        Some(text) => {
            let today = parse_date(text, real_today)
                .map_err(|e| Failure::input(early_texts.date_error(&e)))?;
            (today, Clock::Fixed(today))
        }
        None => (real_today, Clock::System),
    };
    let path = match cli.file {
        Some(path) => path,
        None => Store::default_path().map_err(|e| Failure::file(early_texts, &e))?,
    };
    let store = Store::new(path);
    // Repair reads the file its own way: it is for the files `load` refuses.
    if let Some(Command::Repair) = cli.command {
        return repair(&store, Lang::choose(cli.lang, None, locale).texts());
    }
    let loaded = match store.load() {
        // A newer file can still be looked at, never written.
        Err(StoreError::NewerVersion { .. })
            if matches!(cli.command, Some(Command::Status { .. })) =>
        {
            let (document, version) = store
                .read_newer()
                .map_err(|e| Failure::file(early_texts, &e))?;
            let texts = Lang::choose(
                cli.lang,
                document.progress.profile().language.as_deref(),
                locale,
            )
            .texts();
            say_err!("secu: {}", texts.newer_read_only(version));
            Some(document)
        }
        loaded => loaded.map_err(|e| Failure::file(early_texts, &e))?,
    };
    let saved_lang = loaded
        .as_ref()
        .and_then(|doc| doc.progress.profile().language.as_deref());
    let lang = Lang::choose(cli.lang, saved_lang, locale);
    let texts = lang.texts();

    let Some(command) = cli.command else {
        return open_checklist(&store, loaded, today, clock, lang);
    };
    run_command(command, &store, loaded, today, texts)?;
    // Only once the command succeeded: one that fails changes nothing on disk.
    if let Some(notice) = make_private(&store, texts)? {
        say_err!("secu: {notice}");
    }
    Ok(())
}

/// `secu repair`: sets a damaged file aside and writes what could be read from it.
fn repair(store: &Store, texts: &dyn Texts) -> Result<(), Failure> {
    let path = shown_path(store.path());
    // The clock is read here, at the edge, for the name of the file set aside.
    match store
        .repair(Local::now().naive_local())
        .map_err(|e| Failure::file(texts, &e))?
    {
        Repair::NoFile => say!("{}", texts.repair_no_file(&path)),
        Repair::Healthy => say!("{}", texts.repair_healthy(&path)),
        Repair::Repaired { aside, report } => {
            for line in repaired_lines(texts, &path, &shown_path(&aside), &report) {
                say!("{line}");
            }
        }
    }
    Ok(())
}

/// Tightens the file to owner-only if it was not, and says so.
fn make_private(store: &Store, texts: &dyn Texts) -> Result<Option<String>, Failure> {
    let tightened = store.make_private().map_err(|e| Failure::file(texts, &e))?;
    Ok(tightened.then(|| texts.numbers_tightened(&shown_path(store.path()))))
}

fn run_command(
    command: Command,
    store: &Store,
    loaded: Option<Document>,
    today: NaiveDate,
    texts: &dyn Texts,
) -> Result<(), Failure> {
    match command {
        Command::Status { json, show_numbers } => {
            let progress = loaded.map(|doc| doc.progress).unwrap_or_default();
            if json {
                say!("{}", report::status_json(&progress, today, show_numbers));
            } else {
                say_raw!(
                    "{}",
                    report::status_text(texts, &progress, today, show_numbers)
                );
                if !progress.profile().is_set_up() {
                    say!("{}", texts.not_set_up(&shown_path(store.path())));
                }
            }
            Ok(())
        }
        Command::Setup {
            level,
            department,
            start,
            already_registered,
            name,
            school,
            gestionnaire_name,
            gestionnaire_email,
        } => {
            if level.is_none()
                && department.is_none()
                && start.is_none()
                && already_registered.is_none()
                && name.is_none()
                && school.is_none()
                && gestionnaire_name.is_none()
                && gestionnaire_email.is_none()
            {
                let progress = loaded.map(|doc| doc.progress).unwrap_or_default();
                print_profile(texts, &progress, today);
                if !progress.profile().is_set_up() {
                    say!("{}", texts.not_set_up(&shown_path(store.path())));
                }
                return Ok(());
            }
            let start = start
                .map(|text| parse_date(&text, today))
                .transpose()
                .map_err(|e| Failure::input(texts.date_error(&e)))?;
            if let Some(email) = gestionnaire_email.as_deref().map(str::trim)
                && !email.is_empty()
                && !valid_email(email)
            {
                return Err(Failure::input(texts.email_invalid().to_owned()));
            }
            // "" removes an optional field; anything else is kept trimmed.
            let optional = |value: Option<String>, field: &mut Option<String>| {
                if let Some(value) = value {
                    let value = value.trim();
                    *field = (!value.is_empty()).then(|| value.to_owned());
                }
            };
            let (document, ()) = store
                .update(|doc| {
                    let mut profile = doc.progress.profile().clone();
                    if let Some(level) = level {
                        profile.level = Some(level);
                    }
                    if let Some(department) = department {
                        profile.department = Some(department);
                    }
                    if let Some(start) = start {
                        profile.contract_start = Some(start);
                    }
                    if let Some(registered) = already_registered {
                        profile.already_registered = registered;
                    }
                    optional(name, &mut profile.name);
                    optional(school, &mut profile.school);
                    optional(gestionnaire_name, &mut profile.gestionnaire_name);
                    optional(gestionnaire_email, &mut profile.gestionnaire_email);
                    doc.progress.set_profile(profile)
                })
                .map_err(|e| Failure::update(texts, &e))?;
            print_profile(texts, &document.progress, today);
            Ok(())
        }
        Command::Done { step, on, number } => {
            let on = parse_date(on.as_deref().unwrap_or("today"), today)
                .map_err(|e| Failure::input(texts.date_error(&e)))?;
            let number = number
                .as_deref()
                .map(|n| parse_number(texts, n))
                .transpose()?;
            change(store, texts, today, step, |progress| {
                progress.apply(&Change::Tick { step, on, number }, today)
            })
        }
        Command::Number { step, number } => {
            let number = parse_number(texts, &number)?;
            change(store, texts, today, step, |progress| {
                progress.apply(&Change::SetNumber { step, number }, today)
            })
        }
        Command::Undo { step } => {
            change(store, texts, today, step, |progress| progress.untick(step))
        }
        // Handled before the file is loaded.
        Command::Repair => Ok(()),
        Command::Note { step, text } => {
            let note = Some(text);
            save(store, texts, |p| {
                p.apply(&Change::SetNote { step, note }, today)
            })?;
            say!("{}", texts.note_saved(step));
            Ok(())
        }
        Command::Pdf { path } => {
            let path = check_pdf(&path).map_err(|e| Failure::input(texts.pdf_error(&e)))?;
            let name = file_name(&path);
            save(store, texts, |p| p.apply(&Change::SetPdf(path), today))?;
            say!("{}", texts.pdf_saved(&name));
            Ok(())
        }
        Command::Task { task, undo } => {
            let change = Change::SetTask { task, done: !undo };
            let document = save(store, texts, |p| p.apply(&change, today))?;
            say_raw!("{}", report::tasks_text(texts, &document.progress));
            Ok(())
        }
        Command::Export { what } => {
            let progress = loaded.map(|doc| doc.progress).unwrap_or_default();
            let (text, output, events) = match what {
                Export::Ics { output } => {
                    let events = export::open_deadlines(&progress, today).len();
                    // The clock, read here at the edge, only stamps the events.
                    (
                        export::calendar(texts, &progress, today, Utc::now()),
                        output,
                        Some(events),
                    )
                }
                Export::Sheet { output } => (export::filled_sheet(&progress, today), output, None),
            };
            match output {
                None => say_raw!("{text}"),
                Some(path) => {
                    std::fs::write(&path, text).map_err(|source| {
                        Failure::file(
                            texts,
                            &StoreError::Write {
                                path: path.clone(),
                                source,
                            },
                        )
                    })?;
                    match events {
                        Some(n) => say!("{}", texts.ics_written(&shown_path(&path), n)),
                        None => say!("{}", texts.sheet_written(&shown_path(&path))),
                    }
                }
            }
            Ok(())
        }
    }
}

/// Applies a change under the file's lock and returns the file as saved.
fn save(
    store: &Store,
    texts: &dyn Texts,
    apply: impl FnOnce(&mut Progress) -> Result<(), TransitionError>,
) -> Result<Document, Failure> {
    store
        .update(|doc| apply(&mut doc.progress))
        .map(|(document, ())| document)
        .map_err(|e| Failure::update(texts, &e))
}

/// The file name of a path, as shown to the user.
fn file_name(path: &std::path::Path) -> String {
    shown_path(std::path::Path::new(
        path.file_name().unwrap_or(path.as_os_str()),
    ))
}

/// Applies one change to a step under the file's lock, then says what was done and what
/// comes next.
fn change(
    store: &Store,
    texts: &dyn Texts,
    today: NaiveDate,
    step: Step,
    apply: impl FnOnce(&mut Progress) -> Result<(), TransitionError>,
) -> Result<(), Failure> {
    let document = save(store, texts, apply)?;
    let progress = &document.progress;
    match progress.done_on(step) {
        Some(on) => say!("{}", texts.ticked(step, on)),
        None => say!("{}", texts.unticked(step)),
    }
    if let Some(number) = progress.number(step) {
        say!("{}: {}", texts.number_label(), number.masked());
    }
    for note in progress.number_notes(step) {
        say!("! {}", texts.number_note(note));
    }
    say!("{}", report::next_line(texts, progress, today));
    Ok(())
}

/// Reads a number typed on the command line; the message says what is wrong without
/// repeating the number.
fn parse_number(texts: &dyn Texts, text: &str) -> Result<SocialSecurityNumber, Failure> {
    SocialSecurityNumber::parse(text).map_err(|e| Failure::input(texts.number_error(&e)))
}

fn print_profile(texts: &dyn Texts, progress: &Progress, today: NaiveDate) {
    let profile = progress.profile();
    for line in profile_lines(texts, profile, profile.contract_start_or_default(today)) {
        say!("{line}");
    }
}

/// Opens the checklist screen. A set-up checklist records this visit at once, so that the
/// next opening can say what changed since.
fn open_checklist(
    store: &Store,
    loaded: Option<Document>,
    today: NaiveDate,
    clock: Clock,
    lang: Lang,
) -> Result<(), Failure> {
    let texts = lang.texts();
    // Checked before the visit is recorded, so that a script calling `secu` by mistake
    // changes nothing.
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        return Err(Failure::input(texts.terminal_error(&io::Error::other(
            "standard input or output is not a terminal",
        ))));
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
            .map_err(|e| Failure::update(texts, &e))?;
        document.progress
    } else {
        document.progress
    };
    let mut model = Model::new(progress, today, lang, since);
    model.notice = notice.map(Notice::Warning);
    tui::run(model, store, clock).map_err(|error| Failure {
        code: 1,
        message: texts.terminal_error(&error),
    })
}
