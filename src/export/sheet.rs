//! The académie's one-page sheet with its blanks filled in, as Markdown: something to print or
//! to show a gestionnaire. In French, like the sheet.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::i18n::sheet;
use crate::procedure::{Level, Progress, Step, StepState, SubTask, format_date};

/// The filled-in sheet. `today` only fills in the default contract start.
pub fn filled_sheet(progress: &Progress, today: NaiveDate) -> String {
    let profile = progress.profile();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Procédure d’affiliation à la Sécurité sociale française\n"
    );
    let _ = writeln!(
        out,
        "Assistants de langues étrangères — Académie d’Aix-Marseille\n"
    );
    let mut who = Vec::new();
    if let Some(name) = profile.name.as_deref().filter(|n| !n.trim().is_empty()) {
        who.push(name.trim().to_owned());
    }
    if let Some(school) = profile.school.as_deref().filter(|s| !s.trim().is_empty()) {
        who.push(school.trim().to_owned());
    }
    match (profile.level, profile.department) {
        (Some(Level::Primary), Some(d)) => who.push(format!("1er degré, DSDEN {d}")),
        (Some(Level::Primary), None) => who.push("1er degré".to_owned()),
        (Some(Level::Secondary), _) => who.push("2nd degré".to_owned()),
        (None, _) => {}
    }
    who.push(format!(
        "contrat à partir du {}",
        format_date(profile.contract_start_or_default(today))
    ));
    let _ = writeln!(out, "{}\n", who.join(" — "));
    if profile.already_registered {
        let _ = writeln!(
            out,
            "Numéro définitif déjà attribué : attestation de droits transmise dès l’installation.\n"
        );
    }
    let _ = writeln!(out, "| Démarche | Quand | Date |");
    let _ = writeln!(out, "| --- | --- | --- |");
    for step in Step::ALL {
        let (when, blank) = sheet_columns(step);
        let date = match progress.state(step) {
            StepState::Done(on) => format!("{blank} {}", format_date(on)),
            StepState::Skipped => "Sans objet (numéro définitif déjà attribué)".to_owned(),
            StepState::Open => format!("{blank} …/…/…"),
        };
        let _ = writeln!(
            out,
            "| {} | {when} | {} |",
            escape(sheet::wording(step, profile.level)),
            date.trim()
        );
        if step == Step::Nir {
            for (task, text) in [
                (
                    SubTask::AmeliAccount,
                    "Je crée mon compte sur le site AMELI.FR",
                ),
                (
                    SubTask::AttestationDownloaded,
                    "Je télécharge mon attestation de droits",
                ),
            ] {
                let mark = if progress.task_done(task) { "x" } else { " " };
                let _ = writeln!(out, "| &nbsp;&nbsp;[{mark}] {text} | | |");
            }
        }
    }
    out
}

/// The sheet's date column for a step: when it happens, and the words before the blank.
fn sheet_columns(step: Step) -> (&'static str, &'static str) {
    match step {
        Step::Request => ("Début octobre", "Effectuée le"),
        Step::Nia => ("", "N° provisoire reçu le"),
        Step::Nir => ("Dans les 3 mois suivant l’affiliation", "Reçu le"),
        Step::Attestation => ("En décembre", "Transmis le"),
        Step::Ensap => ("En janvier (si attestation transmise en décembre)", ""),
    }
}

/// Keeps a cell's text from breaking the table.
fn escape(text: &str) -> String {
    text.replace('|', "\\\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::{Change, Department, Profile};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();

    #[test]
    fn the_blanks_are_filled_with_the_dates_done() {
        let mut p = Progress::new(Profile {
            level: Some(Level::Primary),
            department: Some(Department::BouchesDuRhone),
            name: Some("Jane Doe".to_owned()),
            school: Some("École Jules Ferry".to_owned()),
            ..Profile::default()
        });
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        p.tick(Step::Nia, date(2026, 10, 20), TODAY).unwrap();
        p.apply(
            &Change::SetTask {
                task: SubTask::AmeliAccount,
                done: true,
            },
            TODAY,
        )
        .unwrap();
        let sheet = filled_sheet(&p, TODAY);
        assert!(sheet.starts_with("# Procédure d’affiliation à la Sécurité sociale française\n"));
        assert!(sheet.contains("Jane Doe — École Jules Ferry — 1er degré, DSDEN 13 Bouches-du-Rhône — contrat à partir du 01/10/2026"), "{sheet}");
        assert!(
            sheet.contains("| Début octobre | Effectuée le 02/10/2026 |"),
            "{sheet}"
        );
        assert!(
            sheet.contains("| N° provisoire reçu le 20/10/2026 |"),
            "{sheet}"
        );
        assert!(sheet.contains("| Reçu le …/…/… |"), "{sheet}");
        assert!(
            sheet.contains("[x] Je crée mon compte sur le site AMELI.FR"),
            "{sheet}"
        );
        assert!(
            sheet.contains("[ ] Je télécharge mon attestation de droits"),
            "{sheet}"
        );
        assert!(
            sheet.contains("| En décembre | Transmis le …/…/… |"),
            "{sheet}"
        );
        assert!(
            sheet.contains("par mon gestionnaire à la DSDEN (1er degré)"),
            "{sheet}"
        );
    }

    #[test]
    fn the_already_registered_path_says_sans_objet() {
        let mut p = Progress::new(Profile {
            level: Some(Level::Secondary),
            already_registered: true,
            ..Profile::default()
        });
        p.tick(Step::Attestation, date(2026, 10, 5), TODAY).unwrap();
        let sheet = filled_sheet(&p, TODAY);
        assert_eq!(sheet.matches("Sans objet").count(), 3, "{sheet}");
        assert!(sheet.contains("Transmis le 05/10/2026"), "{sheet}");
    }
}
