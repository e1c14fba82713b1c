//! Reading what can be read from a damaged or newer progress file, field by field, and
//! keeping unknown keys across saves. The file's keys are never listed here by hand: they
//! are serde's own, read from the structs (`fields.rs`).

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::FileFormat;
use super::fields::field_names;
use crate::export::CalendarRecord;
use crate::procedure::{
    Inconsistency, MAX_NOTE_CHARS, Profile, Progress, Step, StepRecord, StepRecords,
};

/// What a salvage kept and what it had to leave out, for the user to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SalvageReport {
    pub kept: Vec<Kept>,
    pub dropped: Vec<Dropped>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// A profile field, by its name in the file.
    Profile(&'static str),
    StepDate(Step, NaiveDate),
    Number(Step),
    LastOpened,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dropped {
    /// A field whose value could not be read, by its path in the file (`steps.nia.done_on`).
    Field(String),
    /// A step date that broke the order of the procedure.
    OutOfOrder(Step),
    /// A text kept only in part, by its path: its beginning, as long as `secu` keeps.
    Cut(String),
}

/// The calendar record, when it reads whole: a missing one only costs the next export a new
/// one.
pub fn calendar(value: &Value) -> Option<CalendarRecord> {
    serde_json::from_value(value.get("calendar")?.clone()).ok()
}

/// Everything usable in `value`, which may be anything JSON.
pub fn salvage(value: &Value) -> (Progress, Option<NaiveDate>, SalvageReport) {
    let mut report = SalvageReport::default();
    let empty = Map::new();
    let root = value.as_object().unwrap_or(&empty);
    let (profile, kept) = read_struct::<Profile>(root, "profile", "profile", &mut report);
    report.kept.extend(kept.into_iter().map(Kept::Profile));
    let steps = object(root, "steps", "steps", &mut report).unwrap_or(&empty);
    let mut records = StepRecords::default();
    for step in Step::ALL {
        let path = format!("steps.{}", step.id());
        let (record, _) = read_struct::<StepRecord>(steps, step.id(), &path, &mut report);
        *records.get_mut(step) = record;
    }
    let progress = follow_the_rules(Progress::from_parts(profile, records), &mut report);
    for step in Step::ALL {
        if let Some(on) = progress.record(step).done_on {
            report.kept.push(Kept::StepDate(step, on));
        }
        if progress.number(step).is_some() {
            report.kept.push(Kept::Number(step));
        }
    }
    let last_opened = match root.get("last_opened") {
        None | Some(Value::Null) => None,
        Some(value) => match serde_json::from_value::<NaiveDate>(value.clone()) {
            Ok(on) => {
                report.kept.push(Kept::LastOpened);
                Some(on)
            }
            Err(_) => {
                report
                    .dropped
                    .push(Dropped::Field("last_opened".to_owned()));
                None
            }
        },
    };
    (progress, last_opened, report)
}

/// Drops what breaks the rules, one thing at a time, until the rest follows the procedure.
fn follow_the_rules(mut progress: Progress, report: &mut SalvageReport) -> Progress {
    while let Err(problem) = progress.check() {
        let (mut profile, mut records) = (progress.profile().clone(), progress.records().clone());
        match problem {
            Inconsistency::DoneAfterOpen { step, .. }
            | Inconsistency::DatesOutOfOrder { step, .. } => {
                records.get_mut(step).done_on = None;
                report.dropped.push(Dropped::OutOfOrder(step));
            }
            Inconsistency::OutOfRange { step: Some(step) } => {
                records.get_mut(step).done_on = None;
                report
                    .dropped
                    .push(Dropped::Field(format!("steps.{}.done_on", step.id())));
            }
            Inconsistency::OutOfRange { step: None } => {
                profile.contract_start = None;
                report
                    .dropped
                    .push(Dropped::Field("profile.contract_start".to_owned()));
            }
            Inconsistency::TooLong { step } => {
                // Keep the beginning of a note too long to keep whole.
                let note = &mut records.get_mut(step).note;
                *note = note
                    .as_deref()
                    .map(|n| n.chars().take(MAX_NOTE_CHARS).collect());
                report
                    .dropped
                    .push(Dropped::Cut(format!("steps.{}.note", step.id())));
            }
        }
        progress = Progress::from_parts(profile, records);
    }
    progress
}

/// The first field of a progress file whose value cannot be read, by its path
/// (`profile.level`, `steps.nir.number`), to say where a file is damaged.
pub fn first_unreadable(value: &Value) -> Option<String> {
    let version_ok = value
        .get("version")
        .and_then(Value::as_u64)
        .is_some_and(|v| u32::try_from(v).is_ok());
    if !version_ok {
        return Some("version".to_owned());
    }
    let (_, _, report) = salvage(value);
    report
        .dropped
        .into_iter()
        .find_map(|dropped| match dropped {
            Dropped::Field(field) => Some(field),
            Dropped::OutOfOrder(_) | Dropped::Cut(_) => None,
        })
}

/// The object under `key`, if it is one; anything else there is reported as unreadable.
fn object<'a>(
    parent: &'a Map<String, Value>,
    key: &str,
    path: &str,
    report: &mut SalvageReport,
) -> Option<&'a Map<String, Value>> {
    match parent.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::Object(object)) => Some(object),
        Some(_) => {
            report.dropped.push(Dropped::Field(path.to_owned()));
            None
        }
    }
}

/// The object under `key` read as a `T`, one field at a time: each field that reads is kept,
/// each one that does not is reported by its path and left at its default. Returns the
/// fields kept.
fn read_struct<T: DeserializeOwned + Default>(
    parent: &Map<String, Value>,
    key: &str,
    path: &str,
    report: &mut SalvageReport,
) -> (T, Vec<&'static str>) {
    let Some(object) = object(parent, key, path, report) else {
        return (T::default(), Vec::new());
    };
    let mut readable = Map::new();
    let mut kept = Vec::new();
    for &field in field_names::<T>() {
        let Some(value) = object.get(field).filter(|v| !v.is_null()) else {
            continue;
        };
        // Every field has a default: an object of this one field alone reads if it does.
        let alone = Value::Object(Map::from_iter([(field.to_owned(), value.clone())]));
        if serde_json::from_value::<T>(alone).is_ok() {
            readable.insert(field.to_owned(), value.clone());
            kept.push(field);
        } else {
            report
                .dropped
                .push(Dropped::Field(format!("{path}.{field}")));
        }
    }
    let value = serde_json::from_value(Value::Object(readable)).unwrap_or_default();
    (value, kept)
}

/// Where a key sits in the file: each place has the keys this build knows there.
#[derive(Debug, Clone, Copy)]
enum Place {
    File,
    Profile,
    Steps,
    Step,
}

impl Place {
    fn known(self) -> &'static [&'static str] {
        match self {
            Place::File => field_names::<FileFormat>(),
            Place::Profile => field_names::<Profile>(),
            Place::Steps => field_names::<StepRecords>(),
            Place::Step => field_names::<StepRecord>(),
        }
    }

    /// The level of the object under a known key, if it holds known keys of its own.
    fn child(self, key: &str) -> Option<Place> {
        match (self, key) {
            (Place::File, "profile") => Some(Place::Profile),
            (Place::File, "steps") => Some(Place::Steps),
            (Place::Steps, _) => Some(Place::Step),
            _ => None,
        }
    }
}

/// Copies into `new` every key of `old` that this build does not know, at every level, so
/// that a save loses nothing a newer `secu` or a hand edit put in the file.
pub fn keep_unknown_keys(new: &mut Value, old: &Value) {
    merge(new, old, Place::File);
}

fn merge(new: &mut Value, old: &Value, level: Place) {
    let (Value::Object(new), Value::Object(old)) = (new, old) else {
        return;
    };
    for (key, old_value) in old {
        if !level.known().contains(&key.as_str()) {
            new.entry(key.clone()).or_insert_with(|| old_value.clone());
        } else if let (Some(child), Some(new_value)) = (level.child(key), new.get_mut(key)) {
            merge(new_value, old_value, child);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::Level;
    use serde_json::json;

    use crate::testing::date;

    #[test]
    fn salvage_keeps_what_reads_and_names_what_does_not() {
        let value = json!({
            "version": 1,
            "profile": {"level": "secondary", "department": "06", "contract_start": "2026-10-01"},
            "steps": {
                "request": {"done_on": "2026-10-02"},
                "nia": {"done_on": "2026-02-31", "number": "884058832102523"},
                "nir": {"done_on": "2026-11-01", "number": "295109912611199"}
            },
            "last_opened": 12
        });
        let (progress, last_opened, report) = salvage(&value);
        assert_eq!(progress.profile().level, Some(Level::Secondary));
        assert_eq!(progress.profile().department, None);
        assert_eq!(progress.done_on(Step::Request), Some(date(2026, 10, 2)));
        // The NIA's date is not a date, so the NIR's cannot stand after it.
        assert_eq!(progress.done_on(Step::Nir), None);
        assert!(progress.number(Step::Nia).is_some());
        assert_eq!(progress.number(Step::Nir), None);
        assert_eq!(last_opened, None);
        assert!(progress.check().is_ok());
        for dropped in [
            Dropped::Field("profile.department".to_owned()),
            Dropped::Field("steps.nia.done_on".to_owned()),
            Dropped::Field("steps.nir.number".to_owned()),
            Dropped::OutOfOrder(Step::Nir),
            Dropped::Field("last_opened".to_owned()),
        ] {
            assert!(
                report.dropped.contains(&dropped),
                "{dropped:?} in {report:?}"
            );
        }
        assert!(
            report
                .kept
                .contains(&Kept::StepDate(Step::Request, date(2026, 10, 2)))
        );
        assert!(report.kept.contains(&Kept::Number(Step::Nia)));
    }

    #[test]
    fn salvage_of_anything_is_an_empty_checklist() {
        for value in [
            json!(null),
            json!([1, 2]),
            json!("text"),
            json!({"steps": 3}),
        ] {
            let (progress, last_opened, _) = salvage(&value);
            assert_eq!(progress, Progress::default());
            assert_eq!(last_opened, None);
        }
    }

    #[test]
    fn a_known_key_removed_by_a_save_stays_removed() {
        let old =
            json!({"steps": {"nir": {"done_on": null, "tasks": ["ameli-account"], "note": "x"}}});
        let mut new = json!({"steps": {"nir": {"done_on": null}}});
        keep_unknown_keys(&mut new, &old);
        assert_eq!(new, json!({"steps": {"nir": {"done_on": null}}}));
    }

    #[test]
    fn unknown_keys_are_kept_at_every_level_and_known_ones_follow_the_new_value() {
        let old = json!({
            "version": 1,
            "theme": "dark",
            "profile": {"level": "primary", "mentor": "M. Arnaud"},
            "steps": {"nia": {"done_on": "2026-10-20", "call_log": "called the CPAM"}, "extra": [1]},
            "last_opened": "2026-11-01"
        });
        let mut new = json!({
            "version": 1,
            "profile": {"level": "secondary"},
            "steps": {"nia": {"done_on": null}},
            "last_opened": "2026-11-26"
        });
        keep_unknown_keys(&mut new, &old);
        assert_eq!(
            new,
            json!({
                "version": 1,
                "theme": "dark",
                "profile": {"level": "secondary", "mentor": "M. Arnaud"},
                "steps": {"nia": {"done_on": null, "call_log": "called the CPAM"}, "extra": [1]},
                "last_opened": "2026-11-26"
            })
        );
    }

    /// A document with every field the file can hold filled in.
    fn full() -> (Progress, NaiveDate) {
        use crate::procedure::{Change, Department, SocialSecurityNumber, SubTask};
        let today = date(2026, 11, 26);
        let mut p = Progress::new(Profile {
            level: Some(Level::Primary),
            department: Some(Department::Vaucluse),
            contract_start: Some(date(2026, 10, 1)),
            already_registered: false,
            language: Some("fr".to_owned()),
            name: Some("Ana".to_owned()),
            school: Some("École".to_owned()),
            title: Some(crate::procedure::Title::Assistante),
            gestionnaire_name: Some("Mme M".to_owned()),
            gestionnaire_civility: Some(crate::procedure::Civility::Madame),
            gestionnaire_email: Some("m@a.fr".to_owned()),
        });
        let nia = SocialSecurityNumber::parse("884058832102523").unwrap();
        let nir = SocialSecurityNumber::parse("295109912611193").unwrap();
        for (step, on) in [
            (Step::Request, date(2026, 10, 2)),
            (Step::Nia, date(2026, 10, 20)),
            (Step::Nir, date(2026, 11, 10)),
            (Step::Attestation, date(2026, 11, 12)),
            (Step::Ensap, date(2026, 11, 20)),
        ] {
            p.tick(step, on, today).unwrap();
            let note = Some(format!("note on {step}"));
            p.apply(&Change::SetNote { step, note }, today).unwrap();
        }
        p.set_number(Step::Nia, nia).unwrap();
        p.set_number(Step::Nir, nir).unwrap();
        p.apply(&Change::SetPdf("/tmp/a.pdf".into()), today)
            .unwrap();
        for task in SubTask::ALL {
            p.apply(&Change::SetTask { task, done: true }, today)
                .unwrap();
        }
        (p, today)
    }

    fn serialized(progress: &Progress, last_opened: NaiveDate) -> Value {
        serde_json::to_value(FileFormat {
            version: 1,
            profile: progress.profile().clone(),
            steps: progress.records().clone(),
            last_opened: Some(last_opened),
            calendar: None,
        })
        .unwrap()
    }

    /// Every key at every level, with the level it sits at.
    fn keys(value: &Value, level: Place, out: &mut Vec<(String, Place)>) {
        if let Value::Object(object) = value {
            for (key, child) in object {
                out.push((key.clone(), level));
                if let Some(next) = level.child(key) {
                    keys(child, next, out);
                }
            }
        }
    }

    #[test]
    fn every_key_a_save_writes_is_known_so_a_cleared_value_stays_cleared() {
        let (progress, today) = full();
        let mut found = Vec::new();
        keys(&serialized(&progress, today), Place::File, &mut found);
        assert!(found.len() > 30, "{found:?}");
        for (key, level) in found {
            assert!(level.known().contains(&key.as_str()), "{key} at {level:?}");
        }
    }

    #[test]
    fn salvage_reads_back_every_field_of_a_full_file() {
        let (progress, today) = full();
        let (salvaged, last_opened, report) = salvage(&serialized(&progress, today));
        assert_eq!(salvaged, progress);
        assert_eq!(last_opened, Some(today));
        assert!(report.dropped.is_empty(), "{report:?}");
    }
}
