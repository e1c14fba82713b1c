//! The command line: flags, commands and their help, as clap reads them.

use std::path::PathBuf;

use clap::Parser;

use crate::commands::Command;
use crate::i18n::Lang;

/// The Sécurité sociale checklist for language assistants in the académie d'Aix-Marseille.
///
/// With no command, opens the checklist in the terminal; the first run asks the setup
/// questions.
#[derive(Debug, Parser)]
#[command(name = "secu", version)]
pub struct Cli {
    // The environment variables standing for these flags (SECU_FILE, SECU_LANG, SECU_TODAY)
    // are read by `app`, not by clap: an empty one counts as unset, and a bad one gets a
    // message of ours, never a raw echo.
    /// The progress file (env SECU_FILE) [default: <config dir>/secu/progress.json]
    #[arg(long, global = true, value_name = "PATH")]
    pub file: Option<PathBuf>,

    /// Language: en, fr, es, de or it (env SECU_LANG) [default: the saved choice, else the
    /// system locale, else en]
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<Lang>,

    /// Take DATE as today, to look ahead at deadlines: DD/MM/YYYY, YYYY-MM-DD or "today"
    /// (env SECU_TODAY)
    #[arg(long, global = true, value_name = "DATE")]
    pub today: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
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
            Some(Command::Setup(setup)) => setup.already_registered,
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
