//! `secu`: the Sécurité sociale checklist for language assistants in the académie
//! d'Aix-Marseille.

pub mod action;
pub mod app;
pub mod ascii;
pub mod cli;
pub mod commands;
pub mod details;
pub mod export;
pub mod i18n;
pub mod output;
pub mod pdf;
pub mod procedure;
pub mod report;
pub mod store;
pub mod text;
pub mod tui;

/// What the unit tests of every module share.
#[cfg(test)]
mod testing {
    use chrono::NaiveDate;

    /// A date that exists, written as a test reads it.
    pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }
}
