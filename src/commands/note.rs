//! `secu note STEP TEXT`: writes a step's note ("" removes it).

use clap::Args;

use super::{CommandError, Context, save};
use crate::output::say;
use crate::procedure::{Change, Step};

#[derive(Debug, Args)]
pub struct NoteArgs {
    #[arg(value_parser = super::values::steps(), ignore_case = true, hide_possible_values = true)]
    pub step: Step,
    pub text: String,
}

pub fn run(args: NoteArgs, ctx: Context) -> Result<(), CommandError> {
    let step = args.step;
    let note = Some(args.text);
    save(&ctx, &Change::SetNote { step, note })?;
    say!("{}", ctx.texts.note_saved(&ctx.texts.quoted(step)));
    Ok(())
}
