//! `secu export ics|sheet`: the open deadlines as a calendar, or the académie's sheet filled
//! in, to the standard output or a file.

use std::path::{Path, PathBuf};

use chrono::Utc;
use clap::{Args, Subcommand};

use super::{CommandError, Context};
use crate::export;
use crate::i18n::shown_path;
use crate::output::say;
use crate::store::StoreError;

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub what: ExportWhat,
}

#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// An iCalendar file (.ics) of the open deadlines, each with a reminder 3 days before
    Ics {
        /// Write to FILE instead of the standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// The académie's sheet with its blanks filled in, as Markdown, in French
    Sheet {
        /// Write to FILE instead of the standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

pub fn run(args: ExportArgs, ctx: Context) -> Result<(), CommandError> {
    let texts = ctx.texts;
    let progress = ctx.document.map(|doc| doc.progress).unwrap_or_default();
    match args.what {
        ExportWhat::Ics { output } => {
            // The clock, read here at the edge, only stamps the events.
            let calendar = export::calendar(texts, &progress, ctx.today, Utc::now());
            let Some(path) = output else {
                crate::output::print_document(&calendar);
                return Ok(());
            };
            write(texts, &path, &calendar)?;
            let events = export::open_deadlines(&progress, ctx.today).len();
            say!("{}", texts.ics_written_to(&shown_path(&path), events));
        }
        ExportWhat::Sheet { output } => {
            let sheet = export::filled_sheet(&progress, ctx.today);
            let Some(path) = output else {
                crate::output::print(&sheet);
                return Ok(());
            };
            write(texts, &path, &sheet)?;
            say!("{}", texts.sheet_written(&shown_path(&path)));
        }
    }
    Ok(())
}

fn write(texts: &dyn crate::i18n::Texts, path: &Path, text: &str) -> Result<(), CommandError> {
    std::fs::write(path, text).map_err(|source| {
        CommandError::file(
            texts,
            &StoreError::Write {
                path: path.to_owned(),
                source,
            },
        )
    })
}
