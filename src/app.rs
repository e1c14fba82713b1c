//! The edge: reads the clock and the environment, runs one command or the checklist, and
//! turns every failure into a one-line message and the exit status of the command-line
//! contract.

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

use std::cell::Cell;
use std::ffi::OsString;

use clap::{FromArgMatches, Parser};

use chrono::{Local, NaiveDate};

use crate::cli::{self, Cli};
use crate::commands::{CommandError, Context, ErrorKind};
use crate::i18n::{Lang, Texts, shown_path};
use crate::output::{self, say_err};
use crate::procedure::{parse_date, since_last_visit};
use crate::store::{Document, Privacy, Store, StoreError, Visit, Visits};
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
    /// `SSH_CONNECTION` or `SSH_TTY`: the desktop, if any, is on another machine.
    pub ssh: bool,
    /// This machine's address as the SSH client reached it (`SSH_CONNECTION`'s third field):
    /// where an exported file is, for `scp`.
    pub ssh_host: Option<String>,
    /// `DISPLAY` or `WAYLAND_DISPLAY`: a desktop session whose clipboard and browser can
    /// be reached.
    pub display: bool,
    /// A terminal that can only show ASCII: `TERM=linux`, or a locale not in UTF-8.
    pub ascii: bool,
    /// `SECU_PLAIN`, set and not `0`: as `--plain`.
    pub plain: bool,
    /// A `TZ` that named something other than a time zone file, set aside (see
    /// [`tame_time_zone`]): to warn about.
    pub bad_time_zone: Option<String>,
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
            ssh: text("SSH_CONNECTION").is_some() || text("SSH_TTY").is_some(),
            ssh_host: text("SSH_CONNECTION").and_then(|c| {
                c.split_whitespace()
                    .nth(2)
                    .map(|host| inert(host).into_owned())
            }),
            display: text("DISPLAY").is_some() || text("WAYLAND_DISPLAY").is_some(),
            ascii: crate::ascii::ascii_terminal(
                text("TERM").as_deref(),
                ["LC_ALL", "LC_CTYPE", "LANG"]
                    .into_iter()
                    .find_map(text)
                    .as_deref(),
            ),
            plain: text("SECU_PLAIN").is_some_and(|value| value != "0"),
            bad_time_zone: None,
        }
    }
}

/// Runs `secu` with the process's arguments and environment.
pub fn main() -> ExitCode {
    let bad_time_zone = tame_time_zone();
    let env = Environment {
        bad_time_zone,
        ..Environment::read()
    };
    crate::output::set_ascii(env.ascii);
    let args: Vec<OsString> = std::env::args_os().collect();
    // A command line clap takes as it is needs no help text: only when clap has something
    // to say (the help, a refusal) is it built again in the user's language — the one asked
    // for, else the saved one, else the locale's.
    let parsed = if args.len() <= 1 {
        Ok(Cli::empty())
    } else {
        Cli::try_parse_from(&args)
    };
    let spoken = Cell::new(Lang::choose(asked_lang(&args, &env), None, &env.locale));
    let code = match parsed {
        Ok(cli) => run(cli, &env, &spoken),
        Err(_) => {
            let saved = saved_lang(&args, &env);
            let lang = Lang::choose(asked_lang(&args, &env), saved.as_deref(), &env.locale);
            spoken.set(lang);
            match parse(&args, lang) {
                Ok(cli) => run(cli, &env, &spoken),
                Err(error) => clap_failure(&error, lang.texts()),
            }
        }
    };
    // Output that could not be written is a failure, whatever the command did: a status
    // saved to a full disk is an empty file, not a status.
    match output::lost() {
        Some(error) => {
            let texts = spoken.get().texts();
            say_err!("secu: {}", texts.output_lost(&inert(&error.to_string())));
            ExitCode::from(ErrorKind::File.exit_code())
        }
        None => code,
    }
}

/// The most a time zone file can sensibly be: the largest in the tz database is a few KiB.
#[cfg(unix)]
const MAX_TIME_ZONE_FILE: u64 = 256 * 1024;

/// The folders chrono looks for a `TZ` name in, in its order.
#[cfg(unix)]
const ZONE_INFO_FOLDERS: [&str; 4] = [
    "/usr/share/zoneinfo",
    "/share/zoneinfo",
    "/etc/zoneinfo",
    "/usr/share/lib/zoneinfo",
];

/// Sets aside a `TZ` naming a file chrono would read without bound or wait on (`/dev/zero`,
/// a pipe, a huge file): the system's zone is used instead. Returns the value set aside.
/// chrono opens `TZ` (`:` stripped) as a path, absolute or within the zone folders, before
/// reading it as a rule like `CET-1CEST`; the first candidate that exists is the one it reads.
fn tame_time_zone() -> Option<String> {
    #[cfg(unix)]
    {
        let value = std::env::var("TZ").ok()?;
        let name = value.strip_prefix(':').unwrap_or(&value);
        if name.is_empty() || name == "localtime" {
            return None;
        }
        let path = std::path::Path::new(name);
        let first = if path.is_absolute() {
            Some(path.to_path_buf())
        } else {
            ZONE_INFO_FOLDERS
                .iter()
                .map(|folder| std::path::Path::new(folder).join(path))
                .find(|candidate| std::fs::metadata(candidate).is_ok())
        }?;
        if crate::store::read_small_bytes(&first, MAX_TIME_ZONE_FILE).is_some() {
            return None;
        }
        // SAFETY: the first thing `main` does, before any other thread exists: nothing can
        // be reading the environment meanwhile.
        unsafe { std::env::remove_var("TZ") };
        Some(value)
    }
    #[cfg(not(unix))]
    None
}

/// The command line read with its help in `lang`.
fn parse(args: &[OsString], lang: Lang) -> Result<Cli, clap::Error> {
    let matches = cli::command(lang.texts()).try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// The language asked for before clap reads anything: `--lang` among the arguments, else
/// `SECU_LANG`. A value that is not a language is left for clap, or `run`, to refuse.
fn asked_lang(args: &[OsString], env: &Environment) -> Option<Lang> {
    flag_value(args, "--lang")
        .and_then(|value| value.to_str().and_then(|v| v.parse().ok()))
        .or_else(|| env.lang.as_deref().and_then(|code| code.parse().ok()))
}

/// The language saved in the progress file the arguments or the environment name, if it can
/// be read at all.
fn saved_lang(args: &[OsString], env: &Environment) -> Option<String> {
    saved_lang_in(flag_value(args, "--file").map(PathBuf::from), env)
}

/// The language saved in the progress file at `file`, else the environment's, else the
/// default one.
fn saved_lang_in(file: Option<PathBuf>, env: &Environment) -> Option<String> {
    let path = file
        .or_else(|| env.file.clone())
        .or_else(|| Store::default_path().ok())?;
    let document = Store::new(path).load().ok()??;
    document.progress.profile().language.clone()
}

/// The value of `--flag VALUE` or `--flag=VALUE` among the arguments.
fn flag_value(args: &[OsString], flag: &str) -> Option<OsString> {
    let prefix = format!("{flag}=");
    args.iter().enumerate().skip(1).find_map(|(i, arg)| {
        let text = arg.to_str()?;
        if text == flag {
            args.get(i + 1).cloned()
        } else {
            text.strip_prefix(&prefix).map(OsString::from)
        }
    })
}

/// Says what clap refused (or prints the help it was asked for), in the user's language where
/// the refusal is a common one, through the output choke point: a bad value typed on the
/// command line is echoed inert, never raw.
fn clap_failure(error: &clap::Error, texts: &dyn Texts) -> ExitCode {
    let code = ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    if !error.use_stderr() {
        output::print(&error.render().to_string());
        return code;
    }
    match clap_message(error, texts) {
        Some(message) => say_err!("secu: {message}"),
        None => output::eprint(&error.render().to_string()),
    }
    code
}

/// A clap refusal in the user's words, where clap gives what it needs.
fn clap_message(error: &clap::Error, texts: &dyn Texts) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind as Kind};
    let text = |kind: ContextKind| match error.get(kind)? {
        ContextValue::String(value) => Some(inert(value).into_owned()),
        ContextValue::Strings(values) => Some(inert(&values.join(", ")).into_owned()),
        _ => None,
    };
    let help = "secu --help";
    Some(match error.kind() {
        Kind::UnknownArgument => {
            let argument = text(ContextKind::InvalidArg)?;
            if argument.starts_with('-') {
                texts.cli_unknown_argument(&argument, help)
            } else {
                texts.cli_unexpected_value(&argument, help)
            }
        }
        Kind::InvalidSubcommand => {
            texts.cli_unknown_command(&text(ContextKind::InvalidSubcommand)?, help)
        }
        Kind::InvalidValue => texts.cli_invalid_value(
            &text(ContextKind::InvalidValue)?,
            &text(ContextKind::InvalidArg)?,
            &text(ContextKind::ValidValue)?,
        ),
        Kind::MissingRequiredArgument => texts.cli_missing(&text(ContextKind::InvalidArg)?, help),
        Kind::ArgumentConflict => texts.cli_repeated(&text(ContextKind::InvalidArg)?, help),
        _ => return None,
    })
}

/// Runs `secu` as the command line asked; `spoken` follows the language chosen, for what is
/// said after the command.
pub fn run(cli: Cli, env: &Environment, spoken: &Cell<Lang>) -> ExitCode {
    let real_today = Local::now().date_naive();
    match execute(cli, env, real_today, spoken) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            say_err!("secu: {}", error.message);
            ExitCode::from(error.kind.exit_code())
        }
    }
}

fn execute(
    mut cli: Cli,
    env: &Environment,
    real_today: NaiveDate,
    spoken: &Cell<Lang>,
) -> Result<(), CommandError> {
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
    let plain = cli.plain || env.plain;
    let (today, clock) = match cli.today.as_ref().or(env.today.as_ref()) {
        Some(text) => {
            let today = parse_date(text, real_today).map_err(|e| {
                // Refused in the language the user reads, saved in the file if not asked.
                let saved = saved_lang_in(cli.file.clone(), env);
                let texts = Lang::choose(asked, saved.as_deref(), locale).texts();
                CommandError::input(texts.date_error(&e))
            })?;
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
    if let Some(command) = cli.command.take_if(|command| command.needs_no_file()) {
        let ctx = Context {
            store: &Store::new(PathBuf::new()),
            today,
            lang: Lang::choose(asked, None, locale),
            texts: early_texts,
            document: None,
            command_line: cli::command,
            plain,
        };
        return command.run(ctx);
    }
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
    spoken.set(lang);
    let texts = lang.texts();
    let time_zone_warning = env
        .bad_time_zone
        .as_deref()
        .map(|tz| texts.time_zone_set_aside(&truncate(&inert(tz), 60)));

    let Some(command) = cli.command else {
        let screen = Screen {
            today,
            clock,
            lang,
            warning: time_zone_warning,
            plain,
        };
        return open_checklist(&store, document, screen, env);
    };
    if let Some(warning) = time_zone_warning {
        say_err!("secu: {warning}");
    }
    let ctx = Context {
        store: &store,
        today,
        lang,
        texts,
        document,
        command_line: cli::command,
        plain,
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
    /// A warning from the edge for the footer, if the file gives none.
    warning: Option<String>,
    /// `--plain` or `SECU_PLAIN`.
    plain: bool,
}

/// Opens the checklist screen. Looking writes nothing to the progress file: the visit is
/// recorded in the state folder once the first frame is on screen, for the next opening to
/// say what changed since.
fn open_checklist(
    store: &Store,
    loaded: Option<Document>,
    screen: Screen,
    env: &Environment,
) -> Result<(), CommandError> {
    let Screen {
        today,
        clock,
        lang,
        warning,
        plain,
    } = screen;
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
            texts.not_a_terminal().to_owned(),
        ));
    }
    let document = loaded.unwrap_or_default();
    let clock_wrong = document
        .progress
        .clock_behind(today)
        .map(|latest| texts.clock_behind(&texts.date(today), &texts.date(latest)));
    // Once the contract is over and a new school year has begun, the checklist offers the
    // next year, under any warning.
    let new_year = (document.progress)
        .year_over(today)
        .then(|| texts.new_year_notice_of(&document.progress, today));
    let notice = make_private(store, texts)
        .or(warning)
        .or(clock_wrong)
        .map(Notice::Warning)
        .or(new_year.map(Notice::Hint));
    // The last visit is kept in the state folder; a file written before that keeps its own,
    // read here and left as it is.
    let visit = Visits::for_user().map(|visits| visits.of(store.path()));
    let last = visit
        .as_ref()
        .and_then(Visit::last)
        .max(document.last_opened);
    let since = since_last_visit(&document.progress, last, today);
    let exported = document.exported();
    let mut model = Model::new(document.progress, today, lang, since);
    model.exported = exported;
    model.last_visit = last;
    model.notice = notice;
    let mut session = Session::new(model, store.clone());
    // A day given with --today looks ahead (or back): it is not a visit, and recording it
    // would hide the next real one's "Last opened".
    if let Some(visit) = visit.filter(|_| !matches!(clock, Clock::Fixed(_))) {
        session = session.recording_visit(visit, today);
    }
    let colour = if env.no_color {
        tui::Colour::Never
    } else {
        tui::Colour::Always
    };
    let outside = tui::Outside {
        clock,
        colour,
        desktop: tui::Desktop::new(env.ssh, env.display),
        remote_host: env.ssh_host.clone(),
        ascii: env.ascii,
        plain,
    };
    tui::run(session, outside)
        .map_err(|error| CommandError::new(ErrorKind::Terminal, texts.terminal_failure(&error)))
}
