//! `secu new-year`: keeps the school year that ended aside, beside the file, and starts the
//! next on the same file, with the profile and the definitive number kept.

use clap::Args;

use super::{CommandError, Context};
use crate::i18n::{school_years, shown_path};
use crate::output::say;
use crate::procedure::{default_contract_start, parse_date, school_year};
use crate::report;

#[derive(Debug, Args)]
pub struct NewYearArgs {
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
}

pub fn run(args: NewYearArgs, ctx: Context) -> Result<(), CommandError> {
    let texts = ctx.texts;
    let set_up = ctx
        .document
        .as_ref()
        .is_some_and(|doc| doc.progress.profile().is_set_up());
    // Nothing to keep aside: the setup is what starts a year.
    if !set_up {
        return Err(CommandError::input(
            texts.not_set_up(&shown_path(ctx.store.path())),
        ));
    }
    let start = match args.start.as_deref() {
        Some(text) => {
            parse_date(text, ctx.today).map_err(|e| CommandError::input(texts.date_error(&e)))?
        }
        None => default_contract_start(ctx.today),
    };
    // The year kept aside, as the file under the lock has it.
    let mut ended = school_year(start) - 1;
    let (kept, document) = ctx
        .store
        .start_new_year(|document| {
            let progress = &document.progress;
            let next = progress.next_year(start, ctx.today)?;
            // Named after the year it holds, beside the file: progress-2026-2027.json.
            let year = school_year(progress.profile().contract_start_or_default(ctx.today));
            let stem = ctx
                .store
                .target()
                .file_stem()
                .map_or_else(|| "progress".into(), |stem| stem.to_string_lossy());
            ended = year;
            Ok((format!("{stem}-{year}-{}.json", year + 1), next))
        })
        .map_err(|e| CommandError::update(texts, &e))?;
    let progress = &document.progress;
    say!(
        "{}",
        texts.new_year_kept(&school_years(ended), &shown_path(&kept), &texts.date(start))
    );
    if progress.profile().already_registered {
        say!("{}", texts.new_year_registered());
    } else {
        say!("{}", texts.new_year_again());
    }
    say!("{}", report::next_line(texts, progress, ctx.today));
    Ok(())
}
