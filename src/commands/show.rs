//! `secu show STEP`: a step's details as labelled lines, as the checklist's details pane
//! has them — for a screen reader, a braille display or a script. Never writes.

use clap::Args;

use super::{CommandError, Context};
use crate::details::{Source, detail_fields};
use crate::output::say;
use crate::procedure::Step;

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[arg(value_parser = super::values::steps(), ignore_case = true, hide_possible_values = true)]
    pub step: Step,
    #[arg(long)]
    pub show_numbers: bool,
}

pub fn run(args: ShowArgs, ctx: Context) -> Result<(), CommandError> {
    let texts = ctx.texts;
    let step = args.step;
    let progress = ctx.progress();
    let numbers = ctx.numbers(args.show_numbers);
    let number = progress
        .number_for(step)
        .map(|number| numbers.show(texts, number));
    let source = Source {
        texts,
        progress: &progress,
        today: ctx.today,
        number,
    };
    say!("{} {}", step.index() + 1, texts.step_title(step));
    for field in detail_fields(&source, step) {
        // A label starts a line of its own; the rows it goes on with are indented under it.
        if field.label.is_empty() {
            say!("  {}", field.text);
        } else {
            say!("{}", texts.labelled(field.label, &field.text));
        }
    }
    Ok(())
}
