//! `secu setup`: changes only the profile fields given; with none, prints the profile.

use clap::Args;

use super::{CommandError, Context, print_profile};
use crate::i18n::shown_path;
use crate::output::say;
use crate::procedure::{Department, Level, Profile, parse_date, valid_email};

#[derive(Debug, Default, Args)]
pub struct SetupArgs {
    /// primary (1er degré) or secondary (2nd degré)
    #[arg(long, value_name = "LEVEL")]
    pub level: Option<Level>,
    /// The département of your school: 04, 05, 13 or 84
    #[arg(long, value_name = "CODE")]
    pub department: Option<Department>,
    /// The first day of your contract
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// You already have a definitive number: the CPAM steps are skipped
    /// (--already-registered=false to undo)
    #[arg(
        long,
        value_name = "BOOL",
        num_args = 0..=1,
        default_missing_value = "true",
        require_equals = true
    )]
    pub already_registered: Option<bool>,
    /// Your name, for the e-mail to your gestionnaire ("" to remove)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Your school, for the same e-mail ("" to remove)
    #[arg(long, value_name = "SCHOOL")]
    pub school: Option<String>,
    /// Your gestionnaire's name at the DSDEN ("" to remove)
    #[arg(long, value_name = "NAME")]
    pub gestionnaire_name: Option<String>,
    /// Your gestionnaire's e-mail ("" to remove)
    #[arg(long, value_name = "EMAIL")]
    pub gestionnaire_email: Option<String>,
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
            gestionnaire_name,
            gestionnaire_email,
        } = self;
        level.is_none()
            && department.is_none()
            && start.is_none()
            && already_registered.is_none()
            && name.is_none()
            && school.is_none()
            && gestionnaire_name.is_none()
            && gestionnaire_email.is_none()
    }

    /// Copies the given fields into `profile`; `start` is the contract start already read.
    /// "" removes an optional text field; anything else is kept trimmed.
    pub fn apply_to(&self, profile: &mut Profile, start: Option<chrono::NaiveDate>) {
        fn optional(value: &Option<String>, field: &mut Option<String>) {
            if let Some(value) = value {
                let value = value.trim();
                *field = (!value.is_empty()).then(|| value.to_owned());
            }
        }
        if let Some(level) = self.level {
            profile.level = Some(level);
        }
        if let Some(department) = self.department {
            profile.department = Some(department);
        }
        if let Some(start) = start {
            profile.contract_start = Some(start);
        }
        if let Some(registered) = self.already_registered {
            profile.already_registered = registered;
        }
        optional(&self.name, &mut profile.name);
        optional(&self.school, &mut profile.school);
        optional(&self.gestionnaire_name, &mut profile.gestionnaire_name);
        optional(&self.gestionnaire_email, &mut profile.gestionnaire_email);
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
    let (document, ()) = ctx
        .store
        .update(|doc| {
            let mut profile = doc.progress.profile().clone();
            args.apply_to(&mut profile, start);
            doc.progress.set_profile(profile)
        })
        .map_err(|e| CommandError::update(texts, &e))?;
    print_profile(texts, &document.progress, ctx.today);
    Ok(())
}
