//! `secu pdf PATH`: keeps the path of the attestation's PDF, checked to be a PDF.

use std::path::PathBuf;

use clap::Args;

use super::{CommandError, Context, file_name, save};
use crate::output::say;
use crate::pdf::check_pdf;
use crate::procedure::Change;

#[derive(Debug, Args)]
pub struct PdfArgs {
    pub path: PathBuf,
}

pub fn run(args: PdfArgs, ctx: Context) -> Result<(), CommandError> {
    let texts = ctx.texts;
    let path = check_pdf(&args.path).map_err(|e| CommandError::input(texts.pdf_error(&e)))?;
    let name = file_name(&path);
    save(&ctx, &Change::SetPdf(path))?;
    say!("{}", texts.pdf_saved(&name));
    Ok(())
}
