//! Reading what can be read from a damaged or newer progress file, field by field, and
//! keeping unknown keys across saves.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::procedure::{
    Inconsistency, MAX_NOTE_CHARS, Profile, Progress, SocialSecurityNumber, Step, StepRecord,
    StepRecords,
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

/// Everything usable in `value`, which may be anything JSON.
pub fn salvage(value: &Value) -> (Progress, Option<NaiveDate>, SalvageReport) {
    let mut report = SalvageReport::default();
    let empty = Map::new();
    let root = value.as_object().unwrap_or(&empty);
    let mut profile = Profile::default();
    let profile_object = object(root, "profile", "profile", &mut report).unwrap_or(&empty);
    macro_rules! profile_field {
        ($key:literal, $field:ident) => {
            match read(profile_object, $key) {
                Read::Absent => {}
                Read::Value(v) => {
                    profile.$field = v;
                    report.kept.push(Kept::Profile($key));
                }
                Read::Unreadable => report
                    .dropped
                    .push(Dropped::Field(concat!("profile.", $key).to_owned())),
            }
        };
    }
    profile_field!("level", level);
    profile_field!("department", department);
    profile_field!("contract_start", contract_start);
    profile_field!("already_registered", already_registered);
    profile_field!("language", language);
    profile_field!("name", name);
    profile_field!("school", school);
    profile_field!("gestionnaire_name", gestionnaire_name);
    profile_field!("gestionnaire_email", gestionnaire_email);

    let steps_object = object(root, "steps", "steps", &mut report).unwrap_or(&empty);
    let mut records = StepRecords::default();
    for step in Step::ALL {
        let path = format!("steps.{}", step.id());
        let object = object(steps_object, step.id(), &path, &mut report).unwrap_or(&empty);
        let mut record = StepRecord::default();
        match read::<Option<NaiveDate>>(object, "done_on") {
            Read::Value(on) => record.done_on = on,
            Read::Unreadable => report
                .dropped
                .push(Dropped::Field(format!("steps.{}.done_on", step.id()))),
            Read::Absent => {}
        }
        match read::<Option<SocialSecurityNumber>>(object, "number") {
            Read::Value(number) => record.number = number,
            Read::Unreadable => report
                .dropped
                .push(Dropped::Field(format!("steps.{}.number", step.id()))),
            Read::Absent => {}
        }
        macro_rules! step_field {
            ($key:literal, $field:ident) => {
                match read(object, $key) {
                    Read::Value(value) => record.$field = value,
                    Read::Unreadable => {
                        report
                            .dropped
                            .push(Dropped::Field(format!("steps.{}.{}", step.id(), $key)))
                    }
                    Read::Absent => {}
                }
            };
        }
        step_field!("note", note);
        step_field!("pdf", pdf);
        step_field!("tasks", tasks);
        *records.get_mut(step) = record;
    }

    // Drop what breaks the rules, one thing at a time, until the rest follows the procedure.
    let mut progress = Progress::from_parts(profile, records);
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
    for step in Step::ALL {
        if let Some(on) = progress.record(step).done_on {
            report.kept.push(Kept::StepDate(step, on));
        }
        if progress.number(step).is_some() {
            report.kept.push(Kept::Number(step));
        }
    }

    let last_opened = match read::<Option<NaiveDate>>(root, "last_opened") {
        Read::Value(Some(on)) => {
            report.kept.push(Kept::LastOpened);
            Some(on)
        }
        Read::Unreadable => {
            report
                .dropped
                .push(Dropped::Field("last_opened".to_owned()));
            None
        }
        _ => None,
    };
    (progress, last_opened, report)
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

enum Read<T> {
    Absent,
    Value(T),
    Unreadable,
}

/// One field of an object, read as `T`; null and missing are both absent.
fn read<T: DeserializeOwned>(object: &Map<String, Value>, key: &str) -> Read<T> {
    match object.get(key) {
        None | Some(Value::Null) => Read::Absent,
        Some(value) => match serde_json::from_value(value.clone()) {
            Ok(value) => Read::Value(value),
            Err(_) => Read::Unreadable,
        },
    }
}

/// The keys this build knows, level by level; anything else in a file is kept as it was.
enum Known {
    Leaf,
    Object(&'static [(&'static str, Known)]),
}

const STEP_KEYS: Known = Known::Object(&[
    ("done_on", Known::Leaf),
    ("number", Known::Leaf),
    ("note", Known::Leaf),
    ("pdf", Known::Leaf),
    ("tasks", Known::Leaf),
]);

const FILE_KEYS: Known = Known::Object(&[
    ("version", Known::Leaf),
    (
        "profile",
        Known::Object(&[
            ("level", Known::Leaf),
            ("department", Known::Leaf),
            ("contract_start", Known::Leaf),
            ("already_registered", Known::Leaf),
            ("language", Known::Leaf),
            ("name", Known::Leaf),
            ("school", Known::Leaf),
            ("gestionnaire_name", Known::Leaf),
            ("gestionnaire_email", Known::Leaf),
        ]),
    ),
    (
        "steps",
        Known::Object(&[
            ("request", STEP_KEYS),
            ("nia", STEP_KEYS),
            ("nir", STEP_KEYS),
            ("attestation", STEP_KEYS),
            ("ensap", STEP_KEYS),
        ]),
    ),
    ("last_opened", Known::Leaf),
]);

/// Copies into `new` every key of `old` that this build does not know, at every level, so
/// that a save loses nothing a newer `secu` or a hand edit put in the file.
pub fn keep_unknown_keys(new: &mut Value, old: &Value) {
    merge(new, old, &FILE_KEYS);
}

fn merge(new: &mut Value, old: &Value, known: &Known) {
    let (Value::Object(new), Value::Object(old), Known::Object(keys)) = (new, old, known) else {
        return;
    };
    for (key, old_value) in old {
        match keys.iter().find(|(name, _)| name == key) {
            None => {
                new.entry(key.clone()).or_insert_with(|| old_value.clone());
            }
            Some((_, sub @ Known::Object(_))) => {
                if let Some(new_value) = new.get_mut(key) {
                    merge(new_value, old_value, sub);
                }
            }
            Some((_, Known::Leaf)) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::Level;
    use serde_json::json;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

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
}
