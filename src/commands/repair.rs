//! `secu repair`: sets a damaged file aside and writes in its place what could be read.

use chrono::Local;

use super::{CommandError, Context};
use crate::i18n::{repaired_lines, shown_path};
use crate::output::say;
use crate::store::Repair;

pub fn run(ctx: Context) -> Result<(), CommandError> {
    let texts = ctx.texts;
    let path = shown_path(ctx.store.path());
    // The clock is read here, at the edge, for the name of the file set aside.
    match ctx
        .store
        .repair(Local::now().naive_local())
        .map_err(|e| CommandError::file(texts, &e))?
    {
        Repair::NoFile => say!("{}", texts.repair_no_file(&path)),
        Repair::Healthy => say!("{}", texts.repair_healthy(&path)),
        Repair::Repaired { aside, report } => {
            for line in repaired_lines(texts, &path, &shown_path(&aside), &report) {
                say!("{line}");
            }
        }
    }
    Ok(())
}
