//! `secu setup`: changes only the profile fields given; with none, prints the profile.

use clap::Args;

use chrono::NaiveDate;

use super::values::OrNone;
use super::{CommandError, Context, parse_number, print_profile};
use crate::i18n::shown_path;
use crate::output::say;
use crate::procedure::{
    Change, Civility, Department, Level, Profile, ProfileEdit, Step, Title, parse_date, valid_email,
};

#[derive(Debug, Default, Args)]
pub struct SetupArgs {
    #[arg(long, value_name = "LEVEL", value_parser = super::values::levels(), ignore_case = true, hide_possible_values = true)]
    pub level: Option<Level>,
    #[arg(long, value_name = "CODE", value_parser = super::values::departments(), hide_possible_values = true)]
    pub department: Option<Department>,
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    #[arg(
        long,
        value_name = "BOOL",
        num_args = 0..=1,
        default_missing_value = "true",
        require_equals = true
    )]
    pub already_registered: Option<bool>,
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[arg(long, value_name = "SCHOOL")]
    pub school: Option<String>,
    #[arg(long, value_name = "TITLE", value_parser = super::values::titles(), ignore_case = true, hide_possible_values = true)]
    pub title: Option<OrNone<Title>>,
    #[arg(long, value_name = "NAME")]
    pub gestionnaire_name: Option<String>,
    #[arg(long, value_name = "CIVILITY", value_parser = super::values::civilities(), ignore_case = true, hide_possible_values = true)]
    pub gestionnaire_civility: Option<OrNone<Civility>>,
    #[arg(long, value_name = "EMAIL")]
    pub gestionnaire_email: Option<String>,
    // Read as text and checked by secu, so that an error never echoes the number.
    #[arg(long, value_name = "NUMBER")]
    pub number: Option<String>,
}

impl SetupArgs {
    /// No flag given: the command only prints the profile.
    pub fn is_empty(&self) -> bool {
        let SetupArgs {
            level,
            department,
            start,
            already_registered,
            name,
            school,
            title,
            gestionnaire_name,
            gestionnaire_civility,
            gestionnaire_email,
            number,
        } = self;
        level.is_none()
            && department.is_none()
            && start.is_none()
            && already_registered.is_none()
            && name.is_none()
            && school.is_none()
            && title.is_none()
            && gestionnaire_name.is_none()
            && gestionnaire_civility.is_none()
            && gestionnaire_email.is_none()
            && number.is_none()
    }

    /// The profile fields these flags change, and only those; `start` is the contract start
    /// already read. "" removes an optional text field.
    pub fn edit(&self, start: Option<NaiveDate>) -> ProfileEdit {
        ProfileEdit {
            level: self.level,
            department: self.department,
            contract_start: start,
            already_registered: self.already_registered,
            language: None,
            name: self.name.clone().map(Some),
            school: self.school.clone().map(Some),
            title: self.title.map(|OrNone(title)| title),
            gestionnaire_name: self.gestionnaire_name.clone().map(Some),
            gestionnaire_civility: self.gestionnaire_civility.map(|OrNone(civility)| civility),
            gestionnaire_email: self.gestionnaire_email.clone().map(Some),
        }
    }

    /// Copies the given fields into `profile`.
    pub fn apply_to(&self, profile: &mut Profile, start: Option<NaiveDate>) {
        *profile = self.edit(start).applied_to(profile);
    }
}

pub fn run(args: SetupArgs, ctx: Context) -> Result<(), CommandError> {
    let texts = ctx.texts;
    if args.is_empty() {
        let progress = ctx.document.map(|doc| doc.progress).unwrap_or_default();
        print_profile(texts, &progress, ctx.today);
        if !progress.profile().is_set_up() {
            say!("{}", texts.not_set_up(&shown_path(ctx.store.path())));
        }
        return Ok(());
    }
    let start = args
        .start
        .as_deref()
        .map(|text| parse_date(text, ctx.today))
        .transpose()
        .map_err(|e| CommandError::input(texts.date_error(&e)))?;
    if let Some(email) = args.gestionnaire_email.as_deref().map(str::trim)
        && !email.is_empty()
        && !valid_email(email)
    {
        return Err(CommandError::input(texts.email_invalid()));
    }
    let number = args
        .number
        .as_deref()
        .map(|n| parse_number(texts, n))
        .transpose()?;
    let mut change = Change::EditProfile(args.edit(start));
    if let Some(number) = number {
        change = Change::All(vec![
            change,
            Change::SetNumber {
                step: Step::Nir,
                number,
            },
        ]);
    }
    let (document, ()) = ctx
        .store
        .update(|doc| doc.progress.apply(&change, ctx.today))
        .map_err(|e| CommandError::update(texts, &e))?;
    if start.is_none() {
        super::say_start_written(&ctx, &document);
    }
    let progress = &document.progress;
    print_profile(texts, progress, ctx.today);
    if let Some(number) = progress.number(Step::Nir) {
        let number = ctx.numbers(false).show(texts, number);
        say!("{}", texts.labelled(texts.number_label(), &number));
    } else if progress.profile().already_registered {
        say!("{}", texts.give_number_later());
    }
    Ok(())
}
