//! `secu task TASK [--undo]`: ticks or un-ticks one of the NIR's small tasks.

use clap::Args;

use super::{CommandError, Context, save};
use crate::procedure::{Change, SubTask};
use crate::report;

#[derive(Debug, Args)]
pub struct TaskArgs {
    #[arg(value_parser = super::values::tasks(), ignore_case = true, hide_possible_values = true)]
    pub task: SubTask,
    #[arg(long)]
    pub undo: bool,
}

pub fn run(args: TaskArgs, ctx: Context) -> Result<(), CommandError> {
    let change = Change::SetTask {
        task: args.task,
        done: !args.undo,
    };
    let document = save(&ctx, &change)?;
    crate::output::print(&report::tasks_text(ctx.texts, &document.progress));
    Ok(())
}
