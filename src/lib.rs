//! `secu`: the Sécurité sociale checklist for language assistants in the académie
//! d'Aix-Marseille.

pub mod procedure;
pub mod i18n;
pub mod store;
