//! `secu done STEP`: ticks a step, on a date and with its letter's number if given.

use clap::Args;

use super::{CommandError, Context, announce, parse_number, save};
use crate::procedure::{Change, Step, parse_date};

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// request, nia, nir, attestation or ensap
    pub step: Step,
    /// The day it was done [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// The number on the CPAM's letter, for nia and nir
    // Read as text and checked by secu, so that an error never echoes the number.
    #[arg(long, value_name = "NUMBER")]
    pub number: Option<String>,
}

pub fn run(args: DoneArgs, ctx: Context) -> Result<(), CommandError> {
    let texts = ctx.texts;
    let (step, today) = (args.step, ctx.today);
    let on = parse_date(args.on.as_deref().unwrap_or("today"), today)
        .map_err(|e| CommandError::input(texts.date_error(&e)))?;
    let number = args
        .number
        .as_deref()
        .map(|n| parse_number(texts, n))
        .transpose()?;
    let document = save(ctx.store, texts, |progress| {
        progress.apply(&Change::Tick { step, on, number }, today)
    })?;
    announce(texts, &document.progress, step, today);
    Ok(())
}
