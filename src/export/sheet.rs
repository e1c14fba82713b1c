//! The académie's one-page sheet with its blanks filled in, as Markdown: something to print or
//! to show a gestionnaire. In French, like the sheet, and with every sentence of it.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::i18n::sheet;
use crate::procedure::{Level, Progress, Step, StepState, SubTask, format_date};
use crate::text::is_unsafe;

/// The filled-in sheet. `today` only fills in the default contract start.
pub fn filled_sheet(progress: &Progress, today: NaiveDate) -> String {
    let profile = progress.profile();
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", sheet::TITLE);
    let _ = writeln!(out, "{} · {}\n", sheet::HEADER, sheet::BUREAU);
    let mut who = Vec::new();
    for text in [&profile.name, &profile.school].into_iter().flatten() {
        let text = markdown(text);
        if !text.is_empty() {
            who.push(text);
        }
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
    let _ = writeln!(out, "> {}\n", sheet::INTRO);
    // The sheet's months are for an October start: what they mean for this contract is
    // secu's reading, and says so.
    if let Some(deadline) = progress.deadline(Step::Nir, today) {
        let _ = writeln!(
            out,
            "Lecture de secu pour ce contrat\u{a0}: numéro définitif {}.\n",
            sheet::reading(Step::Nir, Some(&deadline))
        );
    }
    let _ = writeln!(out, "> {}\n", sheet::ALREADY_REGISTERED);
    if profile.already_registered {
        let sent = match progress.done_on(Step::Attestation) {
            Some(on) => format!("transmise le {}", format_date(on)),
            None => "à transmettre dès l’installation".to_owned(),
        };
        let _ = writeln!(
            out,
            "Numéro définitif déjà attribué\u{a0}: attestation de droits {sent}.\n"
        );
    }
    let _ = writeln!(out, "## {}\n", sheet::STEPS_HEADING);
    let _ = writeln!(
        out,
        "| Démarche | Quand (fiche) | Échéance (lecture de secu) | Date |"
    );
    let _ = writeln!(out, "| --- | --- | --- | --- |");
    for step in Step::ALL {
        let state = progress.state(step);
        let deadline = progress.deadline(step, today);
        let (when, reading) = match state {
            StepState::Skipped => ("—", "—".to_owned()),
            // The sheet's sentence for them stands above the steps, without a month.
            _ if profile.already_registered && step == Step::Attestation => {
                ("", sheet::reading(step, deadline.as_ref()))
            }
            _ => (
                sheet::when(step).unwrap_or_default(),
                sheet::reading(step, deadline.as_ref()),
            ),
        };
        let date = match (state, sheet::blank(step)) {
            (StepState::Skipped, _) => "Sans objet (numéro définitif déjà attribué)".to_owned(),
            (StepState::Done(on), Some(blank)) => format!("{blank} {}", format_date(on)),
            (StepState::Open, Some(blank)) => format!("{blank} …/…/…"),
            // The sheet has no blank for ENSAP: none is added.
            (_, None) => String::new(),
        };
        // The small tasks get rows of their own, under the step that carries them.
        let items = match step {
            Step::Nir => Vec::new(),
            _ => sheet::items(step, profile.level),
        };
        let sentence = match items.as_slice() {
            [] => format!("**{}**", sheet::heading(step)),
            items => format!("**{}**\u{a0}: {}", sheet::heading(step), items.join(" ; ")),
        };
        let _ = writeln!(out, "| {sentence} | {when} | {reading} | {date} |");
        if step == progress.tasks_step() {
            for (task, text) in SubTask::ALL.into_iter().zip(sheet::items(Step::Nir, None)) {
                let mark = if progress.task_done(task) { "x" } else { " " };
                let _ = writeln!(out, "| &nbsp;&nbsp;[{mark}] {text} | | | |");
            }
        }
    }
    out
}

/// Text from the profile made plain Markdown: control characters dropped, line breaks made
/// spaces, and every character that Markdown or a table would read as markup escaped, so
/// that a name cannot add a row ("Effectuée le …") to a document shown to a gestionnaire.
fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if is_unsafe(c) => {}
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' | '&' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::{Change, Department, Profile};

    use crate::testing::date;

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
        p.tick(Step::Nir, date(2026, 11, 20), TODAY).unwrap();
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
            sheet.contains(
                "| Début octobre | début octobre, au plus tard le 15/10/2026 | Effectuée le 02/10/2026 |"
            ),
            "{sheet}"
        );
        assert!(
            sheet.contains(
                "|  | à réception du courrier de la CPAM | N° provisoire reçu le 20/10/2026 |"
            ),
            "{sheet}"
        );
        assert!(
            sheet.contains("| Dans les 3 mois suivant l’affiliation | avant le mois de décembre, au plus tard le 30/11/2026 | Reçu le 20/11/2026 |"),
            "{sheet}"
        );
        assert!(
            sheet.contains("[x] Je crée mon compte sur le site AMELI.FR"),
            "{sheet}"
        );
        assert!(
            sheet.contains("[ ] Je télécharge mon attestation de droits"),
            "{sheet}"
        );
        // The NIR's tasks once, as their own rows.
        assert_eq!(
            sheet
                .matches("Je crée mon compte sur le site AMELI.FR")
                .count(),
            1
        );
        assert!(
            sheet.contains(
                "| En décembre | en décembre, au plus tard le 31/12/2026 | Transmis le …/…/… |"
            ),
            "{sheet}"
        );
        assert!(
            sheet.contains("par mon gestionnaire à la DSDEN (1er degré)"),
            "{sheet}"
        );
        assert!(
            sheet.contains(
                "| En janvier (si attestation transmise en décembre au gestionnaire) | en janvier (attestation transmise en décembre), au plus tard le 31/01/2027 |  |"
            ),
            "{sheet}"
        );
        assert!(sheet.contains(sheet::INTRO), "{sheet}");
        assert!(
            sheet.contains("Je me connecte et peux consulter et télécharger mes bulletins de paie"),
            "{sheet}"
        );
    }

    #[test]
    fn the_already_registered_path_says_sans_objet_and_transmits_only_once_ticked() {
        let mut p = Progress::new(Profile {
            level: Some(Level::Secondary),
            already_registered: true,
            ..Profile::default()
        });
        let before = filled_sheet(&p, TODAY);
        assert!(!before.contains("transmise le"), "{before}");
        assert!(before.contains("attestation de droits à transmettre dès l’installation"));
        assert!(
            before.contains(
                "|  | dès mon installation, au plus tard le 15/10/2026 | Transmis le …/…/… |"
            ),
            "{before}"
        );
        p.tick(Step::Attestation, date(2026, 10, 5), TODAY).unwrap();
        let sheet = filled_sheet(&p, TODAY);
        assert_eq!(sheet.matches("Sans objet").count(), 3, "{sheet}");
        assert!(sheet.contains("Transmis le 05/10/2026"), "{sheet}");
        assert!(sheet.contains("attestation de droits transmise le 05/10/2026"));
        // The tasks come under the attestation, since there is no NIR step to do.
        let attestation = sheet.find("**J’envoie").unwrap();
        let task = sheet.find("[ ] Je crée mon compte").unwrap();
        assert!(task > attestation, "{sheet}");
    }

    #[test]
    fn a_january_contract_quotes_the_sheet_and_labels_secu_s_reading() {
        let p = Progress::new(Profile {
            level: Some(Level::Secondary),
            contract_start: Some(date(2027, 1, 5)),
            ..Profile::default()
        });
        let sheet = filled_sheet(&p, TODAY);
        // The sheet's words stay its own, December included…
        assert!(sheet.contains(sheet::INTRO), "{sheet}");
        assert!(sheet.contains("| En décembre | en mars, au plus tard le 31/03/2027 |"));
        // …and what they mean for this contract is said as secu's.
        assert!(
            sheet.contains(
                "Lecture de secu pour ce contrat\u{a0}: numéro définitif avant le mois de mars, au plus tard le 28/02/2027."
            ),
            "{sheet}"
        );
    }

    #[test]
    fn names_cannot_forge_rows_or_drive_the_terminal() {
        let p = Progress::new(Profile {
            level: Some(Level::Secondary),
            name: Some("Ana\n| Effectuée le 01/10/2026 |\u{1b}]52;c;aGk=\u{7}".to_owned()),
            school: Some("*École* [x](http://evil)".to_owned()),
            ..Profile::default()
        });
        let sheet = filled_sheet(&p, TODAY);
        assert!(
            !sheet.chars().any(|c| is_unsafe(c) && c != '\n'),
            "{sheet:?}"
        );
        let who = sheet.lines().nth(4).unwrap();
        assert!(
            who.starts_with("Ana \\| Effectuée le 01/10/2026 \\|\\]52;c;aGk="),
            "{who}"
        );
        assert!(who.contains("\\*École\\* \\[x\\](http://evil)"), "{who}");
        // No row of the table begins with the forged text.
        assert!(
            !sheet.lines().any(|l| l.starts_with("| Effectuée")),
            "{sheet}"
        );
    }
}
