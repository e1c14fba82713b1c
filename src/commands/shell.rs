//! `secu completions SHELL` and `secu man`: what a shell and `man` need, printed to be saved
//! where they look. Neither reads nor writes the progress file.

use clap::Args;
use clap_complete::Shell;

use super::{CommandError, Context};
use crate::i18n::Lang;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    pub shell: Shell,
}

/// Prints the completion script of `shell`.
/// In English, like the manual page: from the same command line as `secu --help`.
pub fn completions(args: CompletionsArgs, ctx: &Context) -> Result<(), CommandError> {
    let mut command = (ctx.command_line)(Lang::En.texts());
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "secu", &mut out);
    let mut script = String::from_utf8_lossy(&out).into_owned();
    if args.shell == Shell::Fish {
        script.push_str(&fish_positionals(&command));
    }
    crate::output::print_document(&script);
    Ok(())
}

/// The values of the commands' positional arguments (`secu done <STEP>`), for fish:
/// clap_complete's fish generator completes only options ("currently only supports named
/// options", its fish.rs says), so fish would offer file names there.
fn fish_positionals(command: &clap::Command) -> String {
    let mut lines = String::new();
    for subcommand in command.get_subcommands() {
        for arg in subcommand.get_positionals() {
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .map(|value| value.get_name().to_owned())
                .collect();
            if !values.is_empty() {
                lines.push_str(&format!(
                    "complete -c secu -n \"__fish_secu_using_subcommand {}\" -f -a \"{}\"\n",
                    subcommand.get_name(),
                    values.join(" ")
                ));
            }
        }
    }
    lines
}

/// The date the manual page carries: this version's. Set it with the version at each release
/// (CONTRIBUTING.md); a test checks that it is a date.
pub const MANUAL_DATE: &str = "2026-12-05";

/// Prints the manual page, in roff: one page, whole. clap_mangen's own commands section
/// points to a page per command (`secu-status(1)`), which are not installed; ours lists each
/// command here, with its usage and its options.
pub fn man(ctx: &Context) -> Result<(), CommandError> {
    let command = (ctx.command_line)(Lang::En.texts());
    let page = clap_mangen::Man::new(command.clone())
        .title("SECU")
        .manual("User Commands")
        .date(MANUAL_DATE);
    let mut out = Vec::new();
    page.render(&mut out)
        .map_err(|error| CommandError::input(error.to_string()))?;
    let rendered = String::from_utf8_lossy(&out);
    crate::output::print_document(&with_commands(&rendered, &commands_section(&command)));
    Ok(())
}

/// The page with clap_mangen's SUBCOMMANDS section replaced by `commands`.
fn with_commands(page: &str, commands: &str) -> String {
    let Some(start) = page.find(".SH SUBCOMMANDS\n") else {
        return format!("{page}{commands}");
    };
    let rest = &page[start + 1..];
    let end = rest
        .find("\n.SH ")
        .map_or(page.len(), |at| start + 1 + at + 1);
    format!("{}{commands}{}", &page[..start], &page[end..])
}

/// COMMANDS: each command's usage, what it does, and its own arguments.
fn commands_section(command: &clap::Command) -> String {
    let mut roff = String::from(".SH COMMANDS\n");
    for sub in command.get_subcommands() {
        let usage = sub
            .clone()
            .bin_name(format!("secu {}", sub.get_name()))
            .render_usage()
            .to_string();
        let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u);
        roff.push_str(&format!(".TP\n\\fB{}\\fR\n", escape(usage)));
        if let Some(about) = sub.get_about() {
            roff.push_str(&format!("{}\n", escape(&about.to_string())));
        }
        for arg in sub.get_arguments().filter(|arg| !arg.is_global_set()) {
            let Some(help) = arg.get_help() else { continue };
            let name = match (arg.get_long(), arg.get_value_names()) {
                (Some(long), _) => format!("--{long}"),
                (None, Some([name, ..])) => format!("<{name}>"),
                (None, _) => arg.get_id().to_string().to_uppercase(),
            };
            roff.push_str(&format!(
                ".RS\n.TP\n\\fB{}\\fR\n{}\n.RE\n",
                escape(&name),
                escape(&help.to_string())
            ));
        }
    }
    roff
}

/// Text made safe for roff: a backslash and a minus written as roff wants them, and a line
/// that would start with a control character protected.
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    escaped
        .lines()
        .map(|line| match line.chars().next() {
            Some('.' | '\'') => format!("\\&{line}"),
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}
