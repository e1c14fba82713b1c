//! `secu done STEP`: ticks a step, on a date and with its letter's number if given.

use clap::Args;

use super::{CommandError, Context, announce, parse_number, save};
use crate::output::say;
use crate::procedure::{Change, Step, parse_date};
use crate::report;

#[derive(Debug, Args)]
pub struct DoneArgs {
    #[arg(value_parser = super::values::steps(), ignore_case = true, hide_possible_values = true)]
    pub step: Step,
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
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
    // A done step given a date has it corrected, without un-ticking what came after.
    let was = ctx
        .document
        .as_ref()
        .and_then(|doc| doc.progress.done_on(step));
    let change = match was {
        Some(_) if args.on.is_some() && number.is_none() => Change::Redate { step, on },
        _ => Change::Tick { step, on, number },
    };
    let document = save(&ctx, &change)?;
    match (&change, was) {
        (Change::Redate { .. }, Some(was)) => {
            let redated = texts.redated(&texts.quoted(step), &texts.date(on), &texts.date(was));
            say!("{redated}");
            say!("{}", report::next_line(texts, &document.progress, today));
        }
        _ => announce(&ctx, &document.progress, step),
    }
    if let Some(start) = document.progress.before_start(on, today) {
        say!("! {}", texts.before_start(&texts.date(start)));
    }
    // A calendar imported while the step was open still rings for it.
    if matches!(change, Change::Tick { .. }) && document.exported().contains(&step) {
        say!("! {}", texts.calendar_stale("secu export ics"));
    }
    Ok(())
}
