//! `secu status`: the steps, their dates and what comes next, as text or JSON. Never writes.

use clap::Args;

use super::{CommandError, Context};
use crate::i18n::shown_path;
use crate::output::say;
use crate::report;

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[arg(long)]
    pub json: bool,
    #[arg(long)]
    pub show_numbers: bool,
}

pub fn run(args: StatusArgs, ctx: Context) -> Result<(), CommandError> {
    let progress = ctx.progress();
    if args.json {
        say!(
            "{}",
            report::status_json(&progress, ctx.today, args.show_numbers)
        );
        return Ok(());
    }
    crate::output::print(&report::status_text(
        ctx.texts,
        &progress,
        ctx.today,
        ctx.numbers(args.show_numbers),
    ));
    if !progress.profile().is_set_up() {
        say!("{}", ctx.texts.not_set_up(&shown_path(ctx.store.path())));
    }
    if progress.year_over(ctx.today) {
        say!("{}", ctx.texts.new_year_notice_of(&progress, ctx.today));
    }
    if let Some(latest) = progress.clock_behind(ctx.today) {
        let texts = ctx.texts;
        say!(
            "! {}",
            texts.clock_behind(&texts.date(ctx.today), &texts.date(latest))
        );
    }
    Ok(())
}
