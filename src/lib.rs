//! `secu`: the Sécurité sociale checklist for language assistants in the académie
//! d'Aix-Marseille.

pub mod app;
pub mod cli;
pub mod commands;
pub mod export;
pub mod i18n;
pub mod output;
pub mod pdf;
pub mod procedure;
pub mod report;
pub mod store;
pub mod text;
pub mod tui;
