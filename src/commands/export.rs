//! `secu export ics|sheet`: the open deadlines as a calendar, or the académie's sheet filled
//! in, to the standard output or a file.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};

use chrono::Utc;
use clap::{Args, Subcommand};

use super::{CommandError, Context};
use crate::export::{self, Draft};
use crate::i18n::shown_path;
use crate::output::{say, say_err};
use crate::procedure::Step;
use crate::store::{Document, Store, StoreError, replace_file, write_new};

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub what: ExportWhat,
}

#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    Ics {
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    Sheet {
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    Mail {
        #[arg(long)]
        mailto: bool,
    },
}

pub fn run(args: ExportArgs, ctx: Context) -> Result<(), CommandError> {
    let texts = ctx.texts;
    let progress = ctx.progress();
    match args.what {
        ExportWhat::Ics { output } => {
            let events = export::open_deadlines(&progress, ctx.today).len();
            let exported = (ctx.document.as_ref()).map_or_else(Vec::new, Document::exported);
            let cancelled = export::done_deadlines(&progress, ctx.today, &exported).len();
            // A calendar must hold one event at least: with none, nothing is written.
            if events + cancelled == 0 {
                say_err!("{}", texts.nothing_to_export());
                return Ok(());
            }
            // A refused -o changes nothing, the calendar's record included.
            if let Some(path) = &output {
                refuse_progress_file(&ctx, path)?;
            }
            let record = ctx
                .store
                .record_calendar(|previous| {
                    export::next_record(texts, &progress, ctx.today, previous)
                })
                .map_err(|error| CommandError::file(texts, &error))?;
            // The clock, read here at the edge, only stamps the events.
            let calendar = export::calendar(texts, &progress, ctx.today, Utc::now(), &record);
            let path = match output {
                Some(path) => {
                    write(&ctx, &path, &calendar)?;
                    path
                }
                // Into a terminal, iCalendar text helps nobody: a file in Downloads does.
                // Piped or redirected, the text goes where it was sent.
                None if io::stdout().is_terminal() => to_downloads(&ctx, &calendar)?,
                None => {
                    crate::output::print_document(&calendar);
                    return Ok(());
                }
            };
            say!("{}", texts.ics_written_to(&shown_path(&path), events));
            if cancelled > 0 {
                say!("{}", texts.ics_cancelled_count(cancelled));
            }
            say!("{}", texts.calendar_hint());
        }
        ExportWhat::Mail { mailto } => {
            let profile = progress.profile();
            let draft =
                Draft::attestation(profile, progress.record(Step::Attestation).pdf.as_deref());
            if mailto {
                crate::output::print_as_is(&format!("{}\n", draft.mailto()));
            } else {
                let to = draft.to.as_deref().unwrap_or("?");
                crate::output::print_as_is(&format!("→ {to}\n{}\n\n{}", draft.subject, draft.body));
            }
            // What the draft cannot do by itself, on the error stream so that the draft
            // stays whole for a pipe: a mailto: cannot carry the PDF.
            say_err!("! {}", texts.mail_attach());
            if draft.missing_name {
                say_err!("! {}", texts.mail_no_name());
            }
            if draft.to.is_none() {
                say_err!("{}", texts.mail_no_address_cli());
            }
        }
        ExportWhat::Sheet { output } => {
            let sheet = export::filled_sheet(&progress, ctx.today);
            let Some(path) = output else {
                crate::output::print_as_is(&sheet);
                return Ok(());
            };
            write(&ctx, &path, &sheet)?;
            say!("{}", texts.sheet_written(&shown_path(&path)));
        }
    }
    Ok(())
}

/// Writes the calendar to the Downloads folder, next to what is there.
fn to_downloads(ctx: &Context, text: &str) -> Result<PathBuf, CommandError> {
    let texts = ctx.texts;
    let dir = Store::downloads_folder()
        .ok_or_else(|| CommandError::input(texts.no_downloads().to_owned()))?;
    write_new(&dir, export::CALENDAR_FILE, text.as_bytes()).map_err(|source| {
        CommandError::file(
            texts,
            &StoreError::Write {
                path: dir.join(export::CALENDAR_FILE),
                source,
            },
        )
    })
}

/// Writes an export, never over the progress file under any of its names, and never half:
/// the old file stays whole until the new one is complete.
fn write(ctx: &Context, path: &Path, text: &str) -> Result<(), CommandError> {
    let texts = ctx.texts;
    refuse_progress_file(ctx, path)?;
    replace_file(path, text.as_bytes()).map_err(|source| {
        CommandError::file(
            texts,
            &StoreError::Write {
                path: path.to_owned(),
                source,
            },
        )
    })
}

/// Refuses an export to the progress file, under any of its names.
fn refuse_progress_file(ctx: &Context, path: &Path) -> Result<(), CommandError> {
    if ctx.store.is_named_by(path) {
        return Err(CommandError::input(
            ctx.texts.export_over_progress(&shown_path(path)),
        ));
    }
    Ok(())
}
