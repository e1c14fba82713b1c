//! The commands of the command line, one module each: its arguments as clap reads them and
//! the one function that carries it out.

mod done;
mod error;
mod export;
mod new_year;
mod note;
mod number;
mod pdf;
mod remind;
mod repair;
mod setup;
mod shell;
mod show;
mod status;
mod task;
mod undo;
pub mod values;

use chrono::NaiveDate;
use clap::Subcommand;

pub use done::DoneArgs;
pub use error::{CommandError, ErrorKind};
pub use export::{ExportArgs, ExportWhat};
pub use new_year::NewYearArgs;
pub use note::NoteArgs;
pub use number::NumberArgs;
pub use pdf::PdfArgs;
pub use setup::SetupArgs;
pub use shell::{CompletionsArgs, MANUAL_DATE};
pub use show::ShowArgs;
pub use status::StatusArgs;
pub use task::TaskArgs;
pub use undo::UndoArgs;

use crate::i18n::{Lang, Texts, profile_lines, shown_path};
use crate::output::say;
use crate::procedure::{Change, Progress, SocialSecurityNumber, Step};
use crate::report;
use crate::store::{Document, Store};

/// What every command runs with: the file, the day, the language, and the file as it was
/// read to choose that language (`None` when there is none yet).
pub struct Context<'a> {
    pub store: &'a Store,
    pub today: NaiveDate,
    pub lang: Lang,
    pub texts: &'static dyn Texts,
    pub document: Option<Document>,
    /// The command line as clap reads it, in a language: what the completions and the manual
    /// page are made from, handed down by the edge that defines it.
    pub command_line: fn(&dyn Texts) -> clap::Command,
    /// `--plain` or `SECU_PLAIN`: words where symbols read badly aloud (a masked number).
    pub plain: bool,
}

impl Context<'_> {
    /// How numbers are shown: whole with `show`, else masked, in words under `--plain`.
    pub fn numbers(&self, show: bool) -> report::Numbers {
        report::Numbers::chosen(show, self.plain)
    }

    /// The progress the file holds, or an empty one where there is no file yet.
    pub fn progress(&self) -> Progress {
        self.document
            .as_ref()
            .map(|doc| doc.progress.clone())
            .unwrap_or_default()
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Status(StatusArgs),
    Show(ShowArgs),
    Setup(SetupArgs),
    Done(DoneArgs),
    Number(NumberArgs),
    Undo(UndoArgs),
    Repair,
    Note(NoteArgs),
    Pdf(PdfArgs),
    Task(TaskArgs),
    Export(ExportArgs),
    Remind,
    NewYear(NewYearArgs),
    Completions(CompletionsArgs),
    Man,
}

impl Command {
    /// Whether the command reads the file its own way rather than through the usual load:
    /// `repair` is for the files that load refuses.
    pub fn reads_for_itself(&self) -> bool {
        matches!(self, Command::Repair)
    }

    /// Whether the command only looks: a file written by a newer `secu` can still be shown.
    pub fn only_looks(&self) -> bool {
        matches!(
            self,
            Command::Status(_) | Command::Show(_) | Command::Remind
        )
    }

    /// Whether the command has nothing to do with the progress file: it runs even where
    /// there is no config folder, and whatever state the file is in.
    pub fn needs_no_file(&self) -> bool {
        matches!(self, Command::Completions(_) | Command::Man)
    }

    pub fn run(self, ctx: Context) -> Result<(), CommandError> {
        match self {
            Command::Status(args) => status::run(args, ctx),
            Command::Show(args) => show::run(args, ctx),
            Command::Setup(args) => setup::run(args, ctx),
            Command::Done(args) => done::run(args, ctx),
            Command::Number(args) => number::run(args, ctx),
            Command::Undo(args) => undo::run(args, ctx),
            Command::Repair => repair::run(ctx),
            Command::Note(args) => note::run(args, ctx),
            Command::Pdf(args) => pdf::run(args, ctx),
            Command::Task(args) => task::run(args, ctx),
            Command::Export(args) => export::run(args, ctx),
            Command::Remind => remind::run(ctx),
            Command::NewYear(args) => new_year::run(args, ctx),
            Command::Completions(args) => shell::completions(args, &ctx),
            Command::Man => shell::man(&ctx),
        }
    }
}

/// Applies a change under the file's lock and returns the file as saved.
fn save(ctx: &Context, change: &Change) -> Result<Document, CommandError> {
    let document = ctx
        .store
        .update(|doc| doc.progress.apply(change, ctx.today))
        .map(|(document, ())| document)
        .map_err(|e| CommandError::update(ctx.texts, &e))?;
    say_start_written(ctx, &document);
    Ok(document)
}

/// Says so when the school year's default contract start was just written into the file
/// (at the setup, or at the first tick of an older file): it no longer follows the calendar.
fn say_start_written(ctx: &Context, after: &Document) {
    let before = ctx
        .document
        .as_ref()
        .and_then(|doc| doc.progress.profile().contract_start);
    if before.is_none()
        && let Some(start) = after.progress.profile().contract_start
        && start == crate::procedure::default_contract_start(ctx.today)
    {
        say!("{}", ctx.texts.start_written(&ctx.texts.date(start)));
    }
}

/// Says what a change did to `step` and what comes next; a number is printed masked.
fn announce(ctx: &Context, progress: &Progress, step: Step) {
    match progress.done_on(step) {
        Some(on) => say!("{}", ctx.texts.ticked_step(step, on)),
        None => say!("{}", ctx.texts.unticked_step(step)),
    }
    announce_number(ctx, progress, step);
}

/// The step's number as saved, masked, what is worth saying about it, and what comes next.
fn announce_number(ctx: &Context, progress: &Progress, step: Step) {
    let texts = ctx.texts;
    if let Some(number) = progress.number(step) {
        let number = ctx.numbers(false).show(texts, number);
        say!("{}", texts.labelled(texts.number_label(), &number));
    }
    for note in progress.number_notes(step) {
        say!("! {}", texts.number_note(note));
    }
    say!("{}", report::next_line(texts, progress, ctx.today));
}

/// Reads a number typed on the command line; the message says what is wrong without
/// repeating the number.
fn parse_number(texts: &dyn Texts, text: &str) -> Result<SocialSecurityNumber, CommandError> {
    SocialSecurityNumber::parse(text).map_err(|e| CommandError::input(texts.number_error(&e)))
}

fn print_profile(texts: &dyn Texts, progress: &Progress, today: NaiveDate) {
    let profile = progress.profile();
    for line in profile_lines(texts, profile, profile.contract_start_or_default(today)) {
        say!("{line}");
    }
}

/// The file name of a path, as shown to the user.
fn file_name(path: &std::path::Path) -> String {
    shown_path(std::path::Path::new(
        path.file_name().unwrap_or(path.as_os_str()),
    ))
}
