//! `secu remind`: one line for a shell's startup file, only when a step is due within a week
//! or late; nothing otherwise. Never writes.

use super::{CommandError, Context};
use crate::output::say;
use crate::procedure::{DaysLeft, Step, StepState};
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
    let pressing = Step::ALL.into_iter().any(|step| {
        let status = progress.status(step, ctx.today);
        status.state == StepState::Open
            && status
                .days_left
                .is_some_and(|days| days.0 <= DaysLeft::SOON)
    });
    if pressing {
        let next = progress.next().map(|step| progress.status(step, ctx.today));
        let mark = next.as_ref().map(report::urgency_mark).unwrap_or_default();
        say!(
            "secu · {mark}{}",
            report::next_line(ctx.texts, &progress, ctx.today)
        );
    }
    Ok(())
}
