//! The command line: flags, commands and their help, as clap reads them, and the help put
//! into the user's language.

use std::path::PathBuf;

use clap::{Arg, ArgAction, Parser};

use crate::commands::Command;
use crate::commands::values::languages;
use crate::i18n::{Help, Lang, Texts};

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
    #[arg(long, global = true, value_name = "PATH")]
    pub file: Option<PathBuf>,

    #[arg(long, global = true, value_name = "CODE", value_parser = languages(), ignore_case = true, hide_possible_values = true)]
    pub lang: Option<Lang>,

    #[arg(long, global = true, value_name = "DATE")]
    pub today: Option<String>,

    #[arg(long, global = true)]
    pub plain: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The command line with nothing on it, as clap reads it: the checklist, on the file
    /// the environment or the config folder gives. Built without clap, since it is how
    /// `secu` is opened most, and clap's parser, cold, costs as much as drawing the first
    /// frame.
    pub fn empty() -> Cli {
        Cli {
            file: None,
            lang: None,
            today: None,
            plain: false,
            command: None,
        }
    }
}

/// The command line in the language of `texts`: every help line, heading and flag of clap's
/// own (`--help`, `--version`) in the language's words for its place ([`Help`]).
pub fn command(texts: &dyn Texts) -> clap::Command {
    let say = |key: &str| Help::of_key(key).map(|help| texts.help(help));
    let command = <Cli as clap::CommandFactory>::command()
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(say("@version").unwrap_or("Print version")),
        );
    localize(command, "", &say)
}

/// Puts one command, its arguments and its subcommands into the language of `say`.
fn localize(
    command: clap::Command,
    path: &str,
    say: &dyn Fn(&str) -> Option<&'static str>,
) -> clap::Command {
    let key = |name: &str| {
        if path.is_empty() {
            name.to_owned()
        } else {
            format!("{path}.{name}")
        }
    };
    let heading = |name: &str, default: &'static str| say(name).unwrap_or(default);
    let usage = heading("@usage", "Usage:");
    let mut command = command
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(heading("@help", "Print help")),
        )
        .subcommand_help_heading(heading("@commands", "Commands"))
        .help_template(format!(
            "{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ));
    let about = if path.is_empty() {
        "about".to_owned()
    } else {
        path.to_owned()
    };
    if let Some(text) = say(&about) {
        command = command.about(text).long_about(None);
    }
    if path.is_empty()
        && let Some(text) = say("long_about")
    {
        command = command.long_about(text);
    }
    let options = heading("@options", "Options");
    let arguments = heading("@arguments", "Arguments");
    // Value names (`<DATE>`) are words too: the help's sentences name them.
    let value_name = |name: &str| -> clap::builder::Str {
        match say(&format!("@value.{name}")) {
            Some(text) => text.into(),
            None => name.to_owned().into(),
        }
    };
    command = command.mut_args(|arg| {
        let id = arg.get_id().as_str().to_owned();
        let group = if arg.is_positional() {
            arguments
        } else {
            options
        };
        let names = value_names(&arg);
        let mut arg = arg.help_heading(group);
        if !names.is_empty() {
            arg = arg.value_names(names.iter().map(|name| value_name(name)));
        }
        match say(&key(&id)) {
            Some(text) if !matches!(id.as_str(), "help" | "version") => {
                arg.help(text).long_help(None)
            }
            _ => arg,
        }
    });
    let line = usage_line(&command, path, &heading);
    command = command.override_usage(line);
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        let sub_path = key(&name);
        command = command.mut_subcommand(&name, |sub| localize(sub, &sub_path, say));
    }
    command
}

/// The usage line in clap's shape (`secu done [OPTIONS] <STEP>`), with the language's words:
/// clap writes "[OPTIONS]" and "[COMMAND]" in English whatever the help's language.
fn usage_line(
    command: &clap::Command,
    path: &str,
    heading: &dyn Fn(&str, &'static str) -> &'static str,
) -> String {
    let mut usage = format!("secu {}", path.replace('.', " "))
        .trim_end()
        .to_owned();
    usage.push_str(&format!(" [{}]", heading("@value.OPTIONS", "OPTIONS")));
    for positional in command.get_positionals() {
        let name = positional
            .get_value_names()
            .and_then(|names| names.first())
            .map_or_else(
                || positional.get_id().as_str().to_uppercase(),
                ToString::to_string,
            );
        if positional.is_required_set() {
            usage.push_str(&format!(" <{name}>"));
        } else {
            usage.push_str(&format!(" [{name}]"));
        }
    }
    if command.has_subcommands() {
        let name = heading("@value.COMMAND", "COMMAND");
        if command.is_subcommand_required_set() {
            usage.push_str(&format!(" <{name}>"));
        } else {
            usage.push_str(&format!(" [{name}]"));
        }
    }
    usage
}

/// The names an argument's values are shown with (`<DATE>`), none for a flag.
fn value_names(arg: &Arg) -> Vec<String> {
    if !arg.get_action().takes_values() {
        return Vec::new();
    }
    match arg.get_value_names() {
        Some(names) => names.iter().map(ToString::to_string).collect(),
        None => vec![arg.get_id().as_str().to_uppercase()],
    }
}

/// Every place of the command line that has a help text, as the language tables key it.
pub fn help_keys() -> Vec<String> {
    fn walk(command: &clap::Command, path: &str, keys: &mut Vec<String>) {
        let key = |name: &str| {
            if path.is_empty() {
                name.to_owned()
            } else {
                format!("{path}.{name}")
            }
        };
        for arg in command.get_arguments() {
            if !matches!(arg.get_id().as_str(), "help" | "version") {
                keys.push(key(arg.get_id().as_str()));
            }
            for name in value_names(arg) {
                let value = format!("@value.{name}");
                if !keys.contains(&value) {
                    keys.push(value);
                }
            }
        }
        for sub in command.get_subcommands() {
            let sub_path = key(sub.get_name());
            keys.push(sub_path.clone());
            walk(sub, &sub_path, keys);
        }
    }
    let mut keys: Vec<String> = [
        "about",
        "long_about",
        "@usage",
        "@options",
        "@arguments",
        "@commands",
        "@help",
        "@version",
        "@value.OPTIONS",
        "@value.COMMAND",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    walk(&<Cli as clap::CommandFactory>::command(), "", &mut keys);
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every place of the command line has a `Help`, and every `Help` a place: the languages
    /// say each one (their matches are exhaustive).
    #[test]
    fn every_help_place_is_on_the_command_line_and_no_other() {
        let mut keys = help_keys();
        let mut places: Vec<String> = Help::ALL.map(|h| h.key().to_owned()).to_vec();
        keys.sort();
        places.sort();
        assert_eq!(keys, places);
        for lang in Lang::ALL {
            command(lang.texts()).debug_assert();
        }
    }

    #[test]
    fn the_empty_command_line_is_what_clap_reads_from_nothing() {
        // Debug shows every field: one added with a default of its own fails here until
        // `Cli::empty` gives it too.
        let parsed = Cli::try_parse_from(["secu"]).unwrap();
        assert_eq!(format!("{parsed:?}"), format!("{:?}", Cli::empty()));
    }

    #[test]
    fn every_value_of_the_domain_is_declared_and_a_wrong_one_refused_with_the_list() {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        for args in [
            &["secu", "setup", "--level", "x"][..],
            &["secu", "setup", "--department", "x"],
            &["secu", "--lang", "x", "status"],
            &["secu", "done", "x"],
            &["secu", "undo", "x"],
            &["secu", "note", "x", "text"],
            &["secu", "number", "x", "1"],
            &["secu", "task", "x"],
        ] {
            let error = Cli::try_parse_from(args).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidValue, "{args:?}");
            let Some(ContextValue::Strings(valid)) = error.get(ContextKind::ValidValue) else {
                panic!("{args:?}: no values listed");
            };
            assert!(valid.len() >= 2, "{args:?}: {valid:?}");
        }
        // Every value declared is one the domain reads, whatever its case.
        for (args, value) in [
            (&["secu", "done", "NIR"][..], "nir"),
            (&["secu", "--lang", "FR", "status"], "fr"),
            (&["secu", "setup", "--level", "Primary"], "primary"),
        ] {
            let parsed = Cli::try_parse_from(args).unwrap();
            assert!(
                format!("{parsed:?}").to_lowercase().contains(value),
                "{args:?}"
            );
        }
    }

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
