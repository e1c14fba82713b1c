//! The command line: flags, commands and their help, as clap reads them.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::i18n::Lang;
use crate::procedure::{Department, Level, Step, SubTask};

/// The Sécurité sociale checklist for language assistants in the académie d'Aix-Marseille.
///
/// With no command, opens the checklist in the terminal; the first run asks the setup
/// questions.
#[derive(Debug, Parser)]
#[command(name = "secu", version)]
pub struct Cli {
    /// The progress file [default: <config dir>/secu/progress.json]
    #[arg(long, global = true, env = "SECU_FILE", value_name = "PATH")]
    pub file: Option<PathBuf>,

    /// Language: fr or en [default: the saved choice, else the system locale, else en]
    #[arg(long, global = true, env = "SECU_LANG", value_name = "CODE")]
    pub lang: Option<Lang>,

    /// Take DATE as today, to look ahead at deadlines (DD/MM/YYYY, YYYY-MM-DD or "today")
    #[arg(long, global = true, env = "SECU_TODAY", value_name = "DATE")]
    pub today: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the steps, their dates and what comes next
    Status {
        /// Print one JSON object instead (documented in the README)
        #[arg(long)]
        json: bool,
        /// Show social security numbers in full instead of masked
        #[arg(long)]
        show_numbers: bool,
    },
    /// Change the profile; with no flags, print it
    Setup {
        /// primary (1er degré) or secondary (2nd degré)
        #[arg(long, value_name = "LEVEL")]
        level: Option<Level>,
        /// The département of your school: 04, 05, 13 or 84
        #[arg(long, value_name = "CODE")]
        department: Option<Department>,
        /// The first day of your contract
        #[arg(long, value_name = "DATE")]
        start: Option<String>,
        /// You already have a definitive number: the CPAM steps are skipped
        /// (--already-registered=false to undo)
        #[arg(
            long,
            value_name = "BOOL",
            num_args = 0..=1,
            default_missing_value = "true",
            require_equals = true
        )]
        already_registered: Option<bool>,
        /// Your name, for the e-mail to your gestionnaire ("" to remove)
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// Your school, for the same e-mail ("" to remove)
        #[arg(long, value_name = "SCHOOL")]
        school: Option<String>,
        /// Your gestionnaire's name at the DSDEN ("" to remove)
        #[arg(long, value_name = "NAME")]
        gestionnaire_name: Option<String>,
        /// Your gestionnaire's e-mail ("" to remove)
        #[arg(long, value_name = "EMAIL")]
        gestionnaire_email: Option<String>,
    },
    /// Tick a step
    Done {
        /// request, nia, nir, attestation or ensap
        step: Step,
        /// The day it was done [default: today]
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// The number on the CPAM's letter, for nia and nir
        // Read as text and checked by secu, so that an error never echoes the number.
        #[arg(long, value_name = "NUMBER")]
        number: Option<String>,
    },
    /// Give or correct the number of a done step (nia or nir)
    Number {
        /// nia or nir
        step: Step,
        /// The number on the CPAM's letter; spaces and dots are fine
        number: String,
    },
    /// Un-tick the last done step
    Undo {
        /// request, nia, nir, attestation or ensap
        step: Step,
    },
    /// Move a damaged progress file aside and keep what can be read from it
    Repair,
    /// Write a note on a step ("" removes it)
    Note {
        /// request, nia, nir, attestation or ensap
        step: Step,
        /// The note; several lines are fine
        text: String,
    },
    /// Keep the path of the attestation's PDF that was sent (checked to be a PDF)
    Pdf { path: PathBuf },
    /// Tick one of the small tasks under nir
    Task {
        /// ameli-account or attestation-downloaded
        task: SubTask,
        /// Un-tick it instead
        #[arg(long)]
        undo: bool,
    },
    /// Write the deadlines to a calendar file, or the filled-in sheet
    Export {
        #[command(subcommand)]
        what: Export,
    },
}

#[derive(Debug, Subcommand)]
pub enum Export {
    /// An iCalendar file (.ics) of the open deadlines, each with a reminder 3 days before
    Ics {
        /// Write to FILE instead of the standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// The académie's sheet with its blanks filled in, as Markdown, in French
    Sheet {
        /// Write to FILE instead of the standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn already_registered_takes_an_optional_value() {
        let parse = |args: &[&str]| match Cli::try_parse_from(args).unwrap().command {
            Some(Command::Setup {
                already_registered, ..
            }) => already_registered,
            other => panic!("{other:?}"),
        };
        assert_eq!(parse(&["secu", "setup"]), None);
        assert_eq!(
            parse(&["secu", "setup", "--already-registered"]),
            Some(true)
        );
        assert_eq!(
            parse(&["secu", "setup", "--already-registered=false"]),
            Some(false)
        );
    }
}
