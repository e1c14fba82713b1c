//! The `secu` binary: parses the command line and hands it to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    secu::app::run(secu::cli::Cli::parse())
}
