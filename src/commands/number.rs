//! `secu number STEP NUMBER`: gives or corrects the number of a done `nia` or `nir`.

use clap::Args;

use super::{CommandError, Context, announce_number, parse_number, save};
use crate::output::say;
use crate::procedure::{Change, Step};

#[derive(Debug, Args)]
pub struct NumberArgs {
    #[arg(value_parser = super::values::steps(), ignore_case = true, hide_possible_values = true)]
    pub step: Step,
    pub number: String,
}

pub fn run(args: NumberArgs, ctx: Context) -> Result<(), CommandError> {
    let step = args.step;
    let number = parse_number(ctx.texts, &args.number)?;
    let document = save(&ctx, &Change::SetNumber { step, number })?;
    say!("{}", ctx.texts.number_saved(&ctx.texts.quoted(step)));
    announce_number(&ctx, &document.progress, step);
    Ok(())
}
