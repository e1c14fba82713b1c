//! The values the command line takes for the domain's kinds (a step, a level, a language):
//! declared to clap, so that every shell's completion offers them and a refusal lists them.

use std::str::FromStr;

use clap::builder::{PossibleValuesParser, TypedValueParser};

use crate::i18n::Lang;
use crate::procedure::{Civility, Department, Level, Step, SubTask, Title};

/// A value parser for one of the domain's kinds (a step, a level, a language): the values it
/// takes are declared to clap, so that every shell's completion offers them and a refusal
/// lists them (in the user's words: see `app`), and the domain's own `FromStr` reads the one
/// given. Case does not matter (`--lang FR`), as the domain reads it.
fn one_of<T>(values: impl IntoIterator<Item = &'static str>) -> impl TypedValueParser<Value = T>
where
    T: FromStr + Clone + Send + Sync + 'static,
    T::Err: Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
{
    PossibleValuesParser::new(values).try_map(|value| value.parse::<T>())
}

/// A value the command line can also remove, with `none`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrNone<T>(pub Option<T>);

/// [`one_of`] with `none`, which removes the value.
fn one_of_or_none<T>(
    values: impl IntoIterator<Item = &'static str>,
) -> impl TypedValueParser<Value = OrNone<T>>
where
    T: FromStr + Clone + Send + Sync + 'static,
    T::Err: Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
{
    PossibleValuesParser::new(values.into_iter().chain(["none"])).try_map(|value| {
        match value.as_str() {
            "none" => Ok(OrNone(None)),
            value => value.parse::<T>().map(|v| OrNone(Some(v))),
        }
    })
}

/// « assistant » or « assistante », or none.
pub fn titles() -> impl TypedValueParser<Value = OrNone<Title>> {
    one_of_or_none(Title::ALL.map(Title::id))
}

/// Madame or Monsieur, or none.
pub fn civilities() -> impl TypedValueParser<Value = OrNone<Civility>> {
    one_of_or_none(Civility::ALL.map(Civility::id))
}

/// The steps, as the command line names them.
pub fn steps() -> impl TypedValueParser<Value = Step> {
    one_of(Step::ALL.map(Step::id))
}

/// The NIR's small tasks, as the command line names them.
pub fn tasks() -> impl TypedValueParser<Value = SubTask> {
    one_of(SubTask::ALL.map(SubTask::id))
}

/// The levels, as the command line names them.
pub fn levels() -> impl TypedValueParser<Value = Level> {
    one_of([Level::Primary, Level::Secondary].map(Level::id))
}

/// The départements, by their codes.
pub fn departments() -> impl TypedValueParser<Value = Department> {
    one_of(Department::ALL.map(Department::code))
}

/// The languages, by their codes.
pub fn languages() -> impl TypedValueParser<Value = Lang> {
    one_of(Lang::ALL.map(Lang::code))
}
