//! `secu undo STEP`: un-ticks the last done step; its number is kept.

use clap::Args;

use super::{CommandError, Context, announce, save};
use crate::procedure::{Change, Step};

#[derive(Debug, Args)]
pub struct UndoArgs {
    #[arg(value_parser = super::values::steps(), ignore_case = true, hide_possible_values = true)]
    pub step: Step,
}

pub fn run(args: UndoArgs, ctx: Context) -> Result<(), CommandError> {
    let step = args.step;
    let document = save(&ctx, &Change::Untick { step })?;
    announce(&ctx, &document.progress, step);
    Ok(())
}
