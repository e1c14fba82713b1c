//! `secu completions SHELL` and `secu man`: what a shell and `man` need, printed to be saved
//! where they look. Neither reads nor writes the progress file.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::CommandError;
use crate::cli::Cli;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell
    pub shell: Shell,
}

/// Prints the completion script of `shell`.
pub fn completions(args: CompletionsArgs) -> Result<(), CommandError> {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "secu", &mut out);
    crate::output::print_document(&String::from_utf8_lossy(&out));
    Ok(())
}

/// Prints the manual page, in roff.
pub fn man() -> Result<(), CommandError> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|error| CommandError::input(error.to_string()))?;
    crate::output::print_document(&String::from_utf8_lossy(&out));
    Ok(())
}
