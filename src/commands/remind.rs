//! `secu remind`: one line for a shell's startup file, only when a step is due within a week
//! or late; nothing otherwise. Never writes.

use super::{CommandError, Context};
use crate::output::say;
use crate::procedure::Urgency;
use crate::report;

pub fn run(ctx: Context) -> Result<(), CommandError> {
    let Some(progress) = ctx.document.map(|doc| doc.progress) else {
        return Ok(());
    };
    // Before the setup the dates are the default contract's, a guess: a line at every
    // shell start would nag someone who installed secu and never opened it.
    if !progress.profile().is_set_up() {
        return Ok(());
    }
    // The next step's urgency counts the deadlines behind it: the steps are done in order.
    let urgency = progress.next_urgency(ctx.today);
    if matches!(urgency, Some(Urgency::Overdue | Urgency::Soon)) {
        let mark = report::mark(urgency);
        say!(
            "secu · {mark}{}",
            report::next_line(ctx.texts, &progress, ctx.today)
        );
    }
    Ok(())
}
