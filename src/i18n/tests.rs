//! The texts of every language: completeness, plurals, typography, and the catalogue a
//! translator reviews.

use std::path::PathBuf;

use super::*;
use crate::procedure::Department;

use crate::testing::date;

#[test]
fn locales_are_read_like_gettext() {
    assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Some(Lang::Fr));
    assert_eq!(Lang::from_locale("fr"), Some(Lang::Fr));
    assert_eq!(Lang::from_locale("en_GB@euro"), Some(Lang::En));
    assert_eq!(Lang::from_locale("C"), None);
    assert_eq!(Lang::from_locale("POSIX"), None);
    assert_eq!(Lang::from_locale("de_AT.UTF-8"), Some(Lang::De));
    assert_eq!(Lang::from_locale("es_419.UTF-8"), Some(Lang::Es));
    assert_eq!(Lang::from_locale("it_CH"), Some(Lang::It));
    assert_eq!(Lang::from_locale("pt_BR.UTF-8"), None);
}

#[test]
fn choice_order_is_flag_then_file_then_locale_then_english() {
    let fr = || Some("fr_FR.UTF-8".to_owned());
    assert_eq!(Lang::choose(Some(Lang::En), Some("fr"), &[fr()]), Lang::En);
    assert_eq!(Lang::choose(None, Some("fr"), &[None]), Lang::Fr);
    assert_eq!(Lang::choose(None, Some("xx"), &[fr()]), Lang::Fr);
    assert_eq!(Lang::choose(None, None, &[None, fr()]), Lang::Fr);
    // LC_ALL=C wins over LANG=fr: the first variable set decides.
    assert_eq!(
        Lang::choose(None, None, &[Some("C".to_owned()), fr()]),
        Lang::En
    );
    assert_eq!(
        Lang::choose(None, None, &[Some(String::new()), fr()]),
        Lang::Fr
    );
    assert_eq!(Lang::choose(None, None, &[]), Lang::En);
}

#[test]
fn the_plural_rule_is_cldr_s() {
    use PluralCategory::{One, Other};
    for lang in [Lang::En, Lang::Es, Lang::De, Lang::It] {
        assert_eq!(
            [0, 1, 2, 21, -1].map(|n| plural_category(lang, n)),
            [Other, One, Other, Other, Other],
            "{lang}"
        );
    }
    assert_eq!(
        [0, 1, 2, 21].map(|n| plural_category(Lang::Fr, n)),
        [One, One, Other, Other]
    );
}

#[test]
fn plurals_in_english_and_french() {
    let en = Lang::En.texts();
    assert_eq!(en.days_left(DaysLeft(1)), "in 1 day");
    assert_eq!(en.days_left(DaysLeft(2)), "in 2 days");
    assert_eq!(en.days_left(DaysLeft(0)), "due today");
    assert_eq!(en.days_left(DaysLeft(-1)), "1 day late");
    assert_eq!(en.days_left(DaysLeft(-3)), "3 days late");
    let fr = Lang::Fr.texts();
    assert_eq!(fr.days_left(DaysLeft(1)), "dans 1 jour");
    assert_eq!(fr.days_left(DaysLeft(2)), "dans 2 jours");
    assert_eq!(fr.days_left(DaysLeft(0)), "aujourd’hui");
    assert_eq!(fr.days_left(DaysLeft(-1)), "1 jour de retard");
    assert_eq!(fr.days_left(DaysLeft(-2)), "2 jours de retard");
    let since = |lang: Lang, deadlines_passed| {
        lang.texts().since_last(SinceLastVisit {
            days: 1,
            deadlines_passed,
            done_since: 0,
        })
    };
    assert_eq!(
        since(Lang::Fr, 0),
        "Dernière visite sur cet ordinateur il y a 1 jour\u{a0}; aucune échéance dépassée depuis."
    );
    assert_eq!(
        since(Lang::En, 2),
        "Last opened on this computer 1 day ago; 2 deadlines passed since."
    );
}

#[test]
fn plurals_in_spanish_german_and_italian() {
    let cases: [(Lang, [&str; 5]); 3] = [
        (
            Lang::Es,
            [
                "queda 1 día",
                "quedan 2 días",
                "vence hoy",
                "1 día de retraso",
                "3 días de retraso",
            ],
        ),
        (
            Lang::De,
            [
                "in 1 Tag",
                "in 2 Tagen",
                "heute fällig",
                "1 Tag überfällig",
                "3 Tage überfällig",
            ],
        ),
        (
            Lang::It,
            [
                "tra 1 giorno",
                "tra 2 giorni",
                "scade oggi",
                "1 giorno di ritardo",
                "3 giorni di ritardo",
            ],
        ),
    ];
    for (lang, expected) in cases {
        let t = lang.texts();
        let got = [1, 2, 0, -1, -3].map(|n| t.days_left(DaysLeft(n)));
        assert_eq!(got, expected.map(str::to_owned), "{lang}");
    }
    let since = |lang: Lang, days| {
        lang.texts().since_last(SinceLastVisit {
            days,
            deadlines_passed: 1,
            done_since: 0,
        })
    };
    assert_eq!(
        since(Lang::De, 1),
        "Zuletzt auf diesem Computer geöffnet vor 1 Tag; seitdem 1 Frist abgelaufen."
    );
    assert_eq!(
        since(Lang::De, 12),
        "Zuletzt auf diesem Computer geöffnet vor 12 Tagen; seitdem 1 Frist abgelaufen."
    );
    assert_eq!(
        since(Lang::Fr, 1),
        "Dernière visite sur cet ordinateur il y a 1 jour\u{a0}; 1 échéance dépassée depuis."
    );
    assert_eq!(
        since(Lang::It, 1),
        "Ultima apertura su questo computer 1 giorno fa; 1 scadenza passata da allora."
    );
}

#[test]
fn dates_are_written_the_way_each_language_writes_them() {
    let day = date(2026, 10, 2);
    let long = Lang::ALL.map(|l| l.texts().date(day));
    assert_eq!(
        long,
        [
            "2 October 2026",
            "2 octobre 2026",
            "2 de octubre de 2026",
            "2. Oktober 2026",
            "2 ottobre 2026"
        ]
        .map(str::to_owned)
    );
    let short = Lang::ALL.map(|l| l.texts().date_short(date(2026, 12, 31)));
    assert_eq!(
        short,
        [
            "31 Dec 2026",
            "31 déc. 2026",
            "31 dic 2026",
            "31. Dez. 2026",
            "31 dic 2026"
        ]
        .map(str::to_owned)
    );
    // French writes the first of the month "1er".
    assert_eq!(
        Lang::Fr.texts().date(date(2026, 12, 1)),
        "1er décembre 2026"
    );
    assert_eq!(Lang::En.texts().date(date(2026, 12, 1)), "1 December 2026");
}

#[test]
fn french_puts_a_no_break_space_before_double_punctuation() {
    let fr = Lang::Fr.texts();
    // The action table is checked as prose, its ids left out.
    let prose = catalogue(Lang::Fr)
        .lines()
        .filter(|line| !line.starts_with("action:"))
        .map(str::to_owned)
        .collect::<Vec<_>>();
    let actions = Action::ALL.into_iter().flat_map(|action| {
        let (short, long) = fr.action(action);
        [short, long]
    });
    for text in prose
        .iter()
        .map(String::as_str)
        .chain(fr.glossary().iter().map(|(_, meaning)| *meaning))
        .chain(actions)
    {
        for mark in [" :", " ;", " ?", " !", " »", "« "] {
            assert!(!text.contains(mark), "{mark:?} in {text:?}");
        }
    }
}

#[test]
fn ticking_messages_agree_with_every_step_in_french() {
    let fr = Lang::Fr.texts();
    for step in Step::ALL {
        let ticked = fr.ticked_step(step, date(2026, 10, 1));
        assert!(ticked.starts_with("Étape «\u{a0}"), "{ticked}");
        assert!(ticked.ends_with("cochée le 1er octobre 2026."), "{ticked}");
    }
}

#[test]
fn every_glossary_explains_the_same_french_terms() {
    let terms =
        |lang: Lang| -> Vec<&str> { lang.texts().glossary().iter().map(|(t, _)| *t).collect() };
    for lang in Lang::ALL {
        assert_eq!(terms(lang), terms(Lang::Fr), "{lang}");
        for (term, meaning) in lang.texts().glossary() {
            assert!(!meaning.is_empty(), "{lang}: {term}");
        }
    }
    for term in [
        "CPAM",
        "NIA",
        "NIR",
        "Attestation de droits",
        "DSDEN",
        "Gestionnaire",
        "ENSAP",
        "ameli.fr",
        "1er degré / 2nd degré",
        "Feuille de soins",
    ] {
        assert!(terms(Lang::En).contains(&term), "{term}");
    }
}

/// Every French word the English screens keep has an entry in the glossary, and the list
/// names only words they show (outside the glossary itself).
#[test]
fn every_french_term_on_screen_is_in_the_glossary() {
    let shown = catalogue(Lang::En)
        .lines()
        .filter(|line| !line.starts_with("glossary:"))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    for lang in Lang::ALL {
        let glossary: Vec<String> = lang
            .texts()
            .glossary()
            .iter()
            .map(|(term, _)| term.to_lowercase())
            .collect();
        for term in super::FRENCH_TERMS {
            let term = term.to_lowercase();
            assert!(
                glossary.iter().any(|entry| entry.contains(&term)),
                "{lang}: {term} has no entry in the glossary"
            );
            assert!(shown.contains(&term), "{term} is on no English screen");
        }
    }
}

#[test]
fn the_sheet_is_translated_in_every_language_but_its_own() {
    for lang in Lang::ALL {
        for step in Step::ALL {
            for registered in [false, true] {
                let translation =
                    lang.texts()
                        .sheet_translation_of(step, Some(Level::Secondary), registered);
                assert_eq!(translation.is_none(), lang == Lang::Fr, "{lang} {step}");
                assert!(translation.is_none_or(|t| !t.is_empty()), "{lang} {step}");
            }
        }
    }
}

#[test]
fn l_cycles_through_every_language_once() {
    let mut lang = Lang::En;
    let mut seen = Vec::new();
    for _ in Lang::ALL {
        seen.push(lang);
        lang = lang.next();
    }
    assert_eq!(lang, Lang::En);
    assert_eq!(seen, Lang::ALL);
}

#[test]
fn every_plural_counts_and_every_message_is_one_line() {
    for lang in Lang::ALL {
        let t = lang.texts();
        for plural in [
            t.in_days(),
            t.days_late(),
            t.days_ago(),
            t.deadlines_passed(),
            t.ics_written(),
        ] {
            assert!(plural.one.contains("{n}") && plural.other.contains("{n}"));
        }
        for line in catalogue(lang).lines() {
            assert!(!line.trim().is_empty(), "{lang}: an empty message");
        }
        for step in Step::ALL {
            assert!(width(t.step_short(step)) <= 12, "{lang}: {step}");
        }
    }
}

/// The methods of the `Texts` trait, by name, read from this module's source.
fn trait_methods() -> Vec<String> {
    let source = include_str!("mod.rs");
    let start = source.find("pub trait Texts: Sync {").unwrap_or(0);
    let end = source[start..]
        .find("\n}\n")
        .map_or(source.len(), |e| start + e);
    source[start..end]
        .lines()
        .filter_map(|line| line.trim().strip_prefix("fn "))
        .filter_map(|rest| rest.split('(').next())
        .map(str::to_owned)
        .collect()
}

// Sample arguments, as they show in the catalogue.
const STEP: &str = "«STEP»";
const D1: &str = "«DATE»";
const D2: &str = "«DATE2»";
const DSDEN: &str = "DSDEN 13 (Bouches-du-Rhône)";
const EMAIL: &str = "assistants-langues@ac-aix-marseille.fr";
const PATH: &str = "/home/ana/.config/secu/progress.json";

fn plural(plural: Plural) -> String {
    format!("{} | {}", plural.one, plural.other)
}

fn labels(labels: ProfileLabels) -> String {
    [
        labels.level,
        labels.department,
        labels.start,
        labels.registered,
        labels.name,
        labels.school,
        labels.gestionnaire,
        labels.gestionnaire_email,
        labels.title,
        labels.civility,
        labels.language,
        labels.not_set,
        labels.default,
    ]
    .join(" | ")
}

fn sheet(sheet: Option<SheetTranslation>) -> String {
    let Some(sheet) = sheet else {
        return "(the sheet's own language)".to_owned();
    };
    [
        sheet.intro,
        sheet.already_registered,
        sheet.request_primary,
        sheet.request_secondary,
        sheet.request_either,
        sheet.nia,
        sheet.nir,
        sheet.attestation_primary,
        sheet.attestation_secondary,
        sheet.attestation_either,
        sheet.ensap,
    ]
    .join("\n    ")
}

fn actions(t: &dyn Texts) -> String {
    Action::ALL
        .map(|action| {
            let (short, long) = t.action(action);
            format!("{action:?} = {short} / {long}")
        })
        .join("\n    ")
}

fn key_names(names: KeyNames) -> String {
    [
        names.space,
        names.enter,
        names.esc,
        names.backspace,
        names.delete,
        names.page_up,
        names.page_down,
        names.home,
        names.end,
        names.ctrl,
    ]
    .join(" | ")
}

fn the_language_and_the_procedure(t: &dyn Texts) -> Vec<(&'static str, String)> {
    vec![
        ("lang", t.lang().code().to_owned()),
        ("months", t.months().join(" ")),
        ("months_short", t.months_short().join(" ")),
        ("first_day", t.first_day().to_owned()),
        ("date_separator", t.date_separator().to_string()),
        ("date_words", t.date_words("2", "MONTH", 2026)),
        ("date_words_short", t.date_words_short("2", "MON", 2026)),
        ("quote", t.quote("TEXT")),
        ("labelled", t.labelled("LABEL", "VALUE")),
        ("app_title", t.app_title().to_owned()),
        ("step_title", Step::ALL.map(|s| t.step_title(s)).join(" | ")),
        ("step_short", Step::ALL.map(|s| t.step_short(s)).join(" | ")),
        (
            "level",
            [Level::Primary, Level::Secondary]
                .map(|l| t.level(l))
                .join(" | "),
        ),
        ("dsden_unknown", t.dsden_unknown().to_owned()),
        ("who_request_primary", t.who_request_primary(DSDEN)),
        (
            "who_request_secondary",
            t.who_request_secondary().to_owned(),
        ),
        ("who_request_either", t.who_request_either().to_owned()),
        ("who_cpam", t.who_cpam().to_owned()),
        ("who_attestation_primary", t.who_attestation_primary(DSDEN)),
        (
            "who_attestation_secondary",
            t.who_attestation_secondary(EMAIL),
        ),
        ("who_ensap", t.who_ensap().to_owned()),
        ("todo_request", t.todo_request().to_owned()),
        ("todo_nia", t.todo_nia().to_owned()),
        ("todo_nir", t.todo_nir().to_owned()),
        (
            "todo_download_attestation",
            t.todo_download_attestation().to_owned(),
        ),
        (
            "todo_attestation_primary",
            t.todo_attestation_primary(DSDEN),
        ),
        (
            "todo_attestation_secondary",
            t.todo_attestation_secondary(EMAIL),
        ),
        ("todo_ensap", t.todo_ensap().to_owned()),
        ("rule_two_weeks", t.rule_two_weeks(D1)),
        ("rule_on_arrival", t.rule_on_arrival(D1)),
        ("rule_nia", t.rule_nia().to_owned()),
        ("rule_nir", t.rule_nir(D1, "«MONTH»")),
        ("rule_attestation", t.rule_attestation("MONTH")),
        ("rule_ensap_sent", t.rule_ensap_sent("MONTH", D1)),
        ("rule_ensap_open", t.rule_ensap_open("MONTH")),
        ("usual_delay", t.usual_delay().to_owned()),
        ("usual_delay_dated", t.usual_delay_dated(D1)),
        ("usual_delay_after_due", t.usual_delay_after_due(D1, D2)),
        ("advice_request_primary", t.advice_request_primary(DSDEN)),
        (
            "advice_request_secondary",
            t.advice_request_secondary().to_owned(),
        ),
        ("advice_nia_primary", t.advice_nia_primary(30, DSDEN)),
        ("advice_nia_secondary", t.advice_nia_secondary(30)),
        ("advice_nir_primary", t.advice_nir_primary(DSDEN)),
        ("advice_nir_secondary", t.advice_nir_secondary(EMAIL)),
        ("advice_attestation", t.advice_attestation().to_owned()),
        ("advice_ensap", t.advice_ensap().to_owned()),
        ("advice_waits", t.advice_waits(STEP)),
        (
            "need",
            Need::ALL
                .map(|need| format!("\n  {need:?}: {}", t.need(need)))
                .concat(),
        ),
        ("done_on", t.done_on(D1)),
        ("not_needed", t.not_needed().to_owned()),
        ("due_on", t.due_on(D1)),
        ("no_fixed_date", t.no_fixed_date().to_owned()),
        ("due_today", t.due_today().to_owned()),
        ("in_days", plural(t.in_days())),
        ("days_late", plural(t.days_late())),
        ("no_letter_for", plural(t.no_letter_for())),
        ("next_dated", t.next_dated(STEP, D1, "DAYS")),
        ("next_nia", t.next_nia(STEP)),
        ("next_nia_then", t.next_nia_then(STEP, "THEN", D1, "DAYS")),
        ("all_done", t.all_done().to_owned()),
    ]
}

fn deadlines_the_screen_and_the_setup(t: &dyn Texts) -> Vec<(&'static str, String)> {
    vec![
        ("days_ago", plural(t.days_ago())),
        ("deadlines_passed", plural(t.deadlines_passed())),
        ("done_since", plural(t.done_since())),
        ("since_last_visit", t.since_last_visit("AGO", "PASSED")),
        ("profile_labels", labels(t.profile_labels())),
        ("not_set_up", t.not_set_up(PATH)),
        ("yes", t.yes().to_owned()),
        ("no", t.no().to_owned()),
        ("progress_gauge", t.progress_gauge(2, 5)),
        ("digits_hidden", t.digits_hidden("2 95 10", 8, "93")),
        ("steps_title", t.steps_title().to_owned()),
        ("who_label", t.who_label().to_owned()),
        ("todo_label", t.todo_label().to_owned()),
        ("deadline_label", t.deadline_label().to_owned()),
        ("usual_label", t.usual_label().to_owned()),
        ("late_label", t.late_label().to_owned()),
        ("needs_label", t.needs_label().to_owned()),
        ("sheet_label", t.sheet_label().to_owned()),
        ("sheet_translation", sheet(t.sheet_translation())),
        ("glossary_title", t.glossary_title().to_owned()),
        (
            "glossary",
            t.glossary()
                .iter()
                .map(|(term, meaning)| format!("{term} = {meaning}"))
                .collect::<Vec<_>>()
                .join("\n    "),
        ),
        ("sheet_says", t.sheet_says().to_owned()),
        ("sheet_months_moved", t.sheet_months_moved("«MONTH»")),
        ("language_changed", t.language_changed().to_owned()),
        ("help_title", t.help_title().to_owned()),
        ("date_prompt", t.date_prompt().to_owned()),
        ("confirm_untick", t.confirm_untick(STEP, D1)),
        ("ticked", t.ticked(STEP, D1)),
        ("unticked", t.unticked(STEP)),
        ("profile_saved", t.profile_saved().to_owned()),
        ("too_small", t.too_small().to_owned()),
        ("changed_elsewhere", t.changed_elsewhere().to_owned()),
        ("setup_title", t.setup_title(3, 9)),
        ("welcome", t.welcome().to_owned()),
        ("ask_language", t.ask_language().to_owned()),
        ("ask_level", t.ask_level().to_owned()),
        ("ask_department", t.ask_department().to_owned()),
        ("ask_start", t.ask_start().to_owned()),
        ("ask_registered", t.ask_registered().to_owned()),
        ("registered_hint", t.registered_hint().to_owned()),
        ("ask_number", t.ask_number().to_owned()),
        ("ask_name", t.ask_name().to_owned()),
        ("ask_school", t.ask_school().to_owned()),
        ("ask_title", t.ask_title().to_owned()),
        ("ask_civility", t.ask_civility().to_owned()),
        ("leave_out", t.leave_out().to_owned()),
        (
            "ask_gestionnaire_name",
            t.ask_gestionnaire_name().to_owned(),
        ),
        (
            "ask_gestionnaire_email",
            t.ask_gestionnaire_email().to_owned(),
        ),
        ("optional_hint", t.optional_hint().to_owned()),
        ("email_invalid", t.email_invalid().to_owned()),
        ("number_label", t.number_label().to_owned()),
        ("number_prompt_nia", t.number_prompt_nia().to_owned()),
        ("number_prompt_nir", t.number_prompt_nir().to_owned()),
        (
            "no_number_asked_at_tick",
            t.no_number_asked_at_tick().to_owned(),
        ),
        (
            "no_number_yet_press_n",
            t.no_number_yet_press_n().to_owned(),
        ),
        ("no_number_give_nir", t.no_number_give_nir().to_owned()),
        ("no_number_registered", t.no_number_registered().to_owned()),
        ("number_saved", t.number_saved(STEP)),
    ]
}

fn numbers_contacts_and_refusals(t: &dyn Texts) -> Vec<(&'static str, String)> {
    vec![
        ("looks_provisional", t.looks_provisional().to_owned()),
        ("same_as_nia", t.same_as_nia().to_owned()),
        ("copied_nia", t.copied_nia().to_owned()),
        ("copied_ameli", t.copied_ameli().to_owned()),
        ("copied_ensap", t.copied_ensap().to_owned()),
        ("no_number_yet", t.no_number_yet(STEP)),
        ("copy_failed", t.copy_failed().to_owned()),
        ("numbers_tightened", t.numbers_tightened(PATH)),
        ("contact_label", t.contact_label().to_owned()),
        ("contact_bureau", t.contact_bureau(EMAIL)),
        ("dsden_office", t.dsden_office("13 Bouches-du-Rhône")),
        ("dsden_office_unknown", t.dsden_office_unknown().to_owned()),
        ("contact_unknown", t.contact_unknown("OFFICE")),
        ("contact_named", t.contact_named("Mme Martin", "OFFICE")),
        ("contact_someone", t.contact_someone("OFFICE")),
        ("link_label", t.link_label().to_owned()),
        ("link_opened", t.link_opened().to_owned()),
        ("note_label", t.note_label().to_owned()),
        ("note_prompt", t.note_prompt(STEP)),
        ("note_saved", t.note_saved(STEP)),
        ("pdf_label", t.pdf_label().to_owned()),
        ("pdf_prompt", t.pdf_prompt().to_owned()),
        ("pdf_saved", t.pdf_saved("attestation.pdf")),
        ("pdf_not_found", t.pdf_not_found().to_owned()),
        ("pdf_folder", t.pdf_folder().to_owned()),
        ("pdf_unreadable", t.pdf_unreadable("WHY")),
        ("pdf_not_pdf", t.pdf_not_pdf().to_owned()),
        ("task", SubTask::ALL.map(|task| t.task(task)).join(" | ")),
        ("mail_title", t.mail_title().to_owned()),
        ("mail_no_address", t.mail_no_address().to_owned()),
        ("mail_opened", t.mail_opened().to_owned()),
        ("mail_part_address", t.mail_part_address().to_owned()),
        ("mail_part_subject", t.mail_part_subject().to_owned()),
        ("mail_part_body", t.mail_part_body().to_owned()),
        ("mail_part_all", t.mail_part_all().to_owned()),
        ("mail_part_copied", t.mail_part_copied("«PART»")),
        ("mail_attach", t.mail_attach().to_owned()),
        ("mail_no_name", t.mail_no_name().to_owned()),
        ("timeline_title", t.timeline_title().to_owned()),
        ("timeline_legend", t.timeline_legend().to_owned()),
        ("ics_written", plural(t.ics_written())),
        ("overdue_since", t.overdue_since(STEP, D1)),
        ("sheet_written", t.sheet_written(PATH)),
        ("already_done", t.already_done(STEP, D1)),
        ("skipped_step", t.skipped_step(STEP)),
        ("previous_open", t.previous_open(STEP)),
        ("in_future", t.in_future(D1)),
        ("before_previous", t.before_previous(D1, STEP, D2)),
        ("after_next", t.after_next(D1, STEP, D2)),
        ("not_ticked", t.not_ticked(STEP)),
        ("later_done", t.later_done(STEP)),
        ("has_no_number", t.has_no_number(STEP)),
        ("number_before_tick", t.number_before_tick(STEP)),
        ("attestation_done", t.attestation_done().to_owned()),
        ("task_before_number", t.task_before_number("«TASK»", STEP)),
        ("task_before_account", t.task_before_account("«TASK»")),
        ("start_out_of_range", t.start_out_of_range(9999)),
        ("note_too_long", t.note_too_long(5000)),
        ("note_count", t.note_count(5_001, 5_000)),
        ("text_too_long", t.text_too_long(200)),
        ("path_too_long", t.path_too_long(4096)),
        ("number_empty", t.number_empty().to_owned()),
        ("number_unexpected", t.number_unexpected(3, "/")),
        ("number_missing_key", t.number_missing_key().to_owned()),
    ]
}

fn the_file_and_its_repairs(t: &dyn Texts) -> Vec<(&'static str, String)> {
    vec![
        ("number_length", t.number_length(14)),
        ("number_letter", t.number_letter(2, 'A')),
        ("number_sex", t.number_sex('5')),
        ("number_month", t.number_month("13")),
        ("number_place", t.number_place("96")),
        ("number_order", t.number_order().to_owned()),
        ("number_key", t.number_key().to_owned()),
        ("date_empty", t.date_empty().to_owned()),
        ("date_unreadable", t.date_unreadable("tomorrow")),
        ("date_does_not_exist", t.date_does_not_exist("31/02/2027")),
        ("date_out_of_range", t.date_out_of_range(9999)),
        ("no_config_dir", t.no_config_dir().to_owned()),
        ("cannot_read", t.cannot_read(PATH, "WHY")),
        ("too_large", t.too_large(PATH, 2_000_000)),
        ("damaged", t.damaged(PATH, 3, 14, "WHAT")),
        ("not_json", t.not_json().to_owned()),
        ("bad_value", t.bad_value("profile.level")),
        ("inconsistent", t.inconsistent(PATH, "PROBLEM")),
        ("left_as_is", t.left_as_is().to_owned()),
        ("done_after_open", t.done_after_open(STEP, "«PREVIOUS»")),
        (
            "dates_out_of_order",
            t.dates_out_of_order(STEP, D1, "«PREVIOUS»", D2),
        ),
        ("dates_out_of_range", t.dates_out_of_range().to_owned()),
        ("note_too_long_in_file", t.note_too_long_in_file(STEP)),
        (
            "invalid_number_in_file",
            t.invalid_number_in_file(STEP, "WHY"),
        ),
        ("newer_version", t.newer_version(PATH, 2)),
        ("cannot_write", t.cannot_write(PATH, "WHY")),
        ("locked", t.locked(PATH)),
        ("terminal_error", t.terminal_error("WHY")),
        ("repair_no_file", t.repair_no_file(PATH)),
        ("repair_healthy", t.repair_healthy(PATH)),
        ("repair_moved", t.repair_moved("ASIDE")),
        ("repair_new_file", t.repair_new_file(PATH)),
        ("repair_nothing_read", t.repair_nothing_read().to_owned()),
        ("repair_kept", t.repair_kept("WHAT")),
        ("repair_dropped", t.repair_dropped("WHAT")),
        ("kept_number", t.kept_number(STEP)),
        ("kept_last_opened", t.kept_last_opened().to_owned()),
        ("dropped_unreadable", t.dropped_unreadable("profile.level")),
        ("dropped_out_of_order", t.dropped_out_of_order(STEP)),
        ("newer_read_only", t.newer_read_only(2)),
        ("dropped_cut", t.dropped_cut("steps.nia.note", 5000)),
        ("cannot_keep", t.cannot_keep(PATH)),
        ("no_deadline_passed", t.no_deadline_passed().to_owned()),
        ("give_number_later", t.give_number_later().to_owned()),
        ("broken_link", t.broken_link(PATH, "/home/a/Sync/secu")),
        ("time_zone_set_aside", t.time_zone_set_aside("/dev/zero")),
        (
            "output_lost",
            t.output_lost("No space left on device (os error 28)"),
        ),
        (
            "changed_meanwhile",
            t.changed_meanwhile("2 95 10 •• ••• ••• 93"),
        ),
        (
            "profile_changed_meanwhile",
            t.profile_changed_meanwhile().to_owned(),
        ),
        ("note_merged", t.note_merged().to_owned()),
        ("meanwhile_nothing", t.meanwhile_nothing().to_owned()),
        ("nothing_to_export", t.nothing_to_export().to_owned()),
        ("calendar_stale", t.calendar_stale("x, 1")),
        ("ics_cancelled", plural(t.ics_cancelled())),
        ("mail_no_address_cli", t.mail_no_address_cli().to_owned()),
        ("not_a_file", t.not_a_file(PATH)),
        ("could_not_tighten", t.could_not_tighten(PATH, "WHY")),
        ("redated", t.redated(STEP, D1, D2)),
        ("before_start", t.before_start(D1)),
        ("start_written", t.start_written(D1)),
        ("same_school_year", t.same_school_year("2026–2027", D1)),
        ("new_year_kept", t.new_year_kept("2026–2027", PATH, D1)),
        ("new_year_registered", t.new_year_registered().to_owned()),
        ("new_year_again", t.new_year_again().to_owned()),
        ("new_year_notice", t.new_year_notice("2026–2027")),
        ("clock_behind", t.clock_behind(D1, D2)),
        ("lang_invalid", t.lang_invalid("xx")),
        ("export_over_progress", t.export_over_progress(PATH)),
    ]
}

fn the_keys_and_the_command_line(t: &dyn Texts) -> Vec<(&'static str, String)> {
    vec![
        ("action", actions(t)),
        ("key_names", key_names(t.key_names())),
        ("already_ticked", t.already_ticked(STEP, D1, "d", "u")),
        ("only_when_ticked", t.only_when_ticked("d")),
        ("untick_which", t.untick_which("u", STEP)),
        ("nothing_ticked", t.nothing_ticked("u")),
        ("only_with_number", t.only_with_number("r")),
        ("only_on", t.only_on("m", STEP)),
        ("no_whole_message", t.no_whole_message("W")),
        ("esc_in_list", t.esc_in_list("q")),
        ("timeline_inert", t.timeline_inert("u", "t")),
        ("nothing_here", t.nothing_here("z", "H")),
        ("esc_first_question", t.esc_first_question("Ctrl-C")),
        ("exported", t.exported(PATH)),
        ("confirm_discard", t.confirm_discard().to_owned()),
        ("confirm_quit_discard", t.confirm_quit_discard().to_owned()),
        ("redate_prompt", t.redate_prompt().to_owned()),
        ("number_kept_hint", t.number_kept_hint().to_owned()),
        ("number_later_hint", t.number_later_hint().to_owned()),
        ("answers_title", t.answers_title().to_owned()),
        ("export_title", t.export_title().to_owned()),
        ("export_calendar", t.export_calendar().to_owned()),
        ("export_sheet", t.export_sheet().to_owned()),
        ("more_below", t.more_below().to_owned()),
        ("export_failed", t.export_failed(PATH, "disk full")),
        ("help_headings", t.help_headings().join(" | ")),
        ("no_downloads", t.no_downloads().to_owned()),
        ("nothing_here_close", t.nothing_here_close("x", "Esc")),
        ("dumb_terminal", t.dumb_terminal().to_owned()),
        ("not_a_terminal", t.not_a_terminal().to_owned()),
        ("pdf_not_text", t.pdf_not_text("/home/ana/\u{fffd}.pdf")),
        ("sent_to_terminal", t.sent_to_terminal().to_owned()),
        ("no_browser", t.no_browser().to_owned()),
        ("address_copied", t.address_copied().to_owned()),
        ("address_copied_here", t.address_copied_here().to_owned()),
        ("mail_not_opened", t.mail_not_opened("y")),
        ("calendar_hint", t.calendar_hint().to_owned()),
        (
            "exported_remote",
            t.exported_remote("scp 10.0.0.5:/home/ana/Downloads/secu-calendar.ics ."),
        ),
        (
            "help",
            Help::ALL
                .map(|help| format!("{} = {}", help.key(), t.help(help).replace('\n', "\\n")))
                .join(" | "),
        ),
        (
            "cli_unexpected_value",
            t.cli_unexpected_value("2 95 10 •• ••• ••• 93", "secu --help"),
        ),
        (
            "cli_unknown_argument",
            t.cli_unknown_argument("--colour", "secu --help"),
        ),
        (
            "cli_unknown_command",
            t.cli_unknown_command("stauts", "secu --help"),
        ),
        (
            "cli_invalid_value",
            t.cli_invalid_value("xx", "--lang", "en, fr, es, de, it"),
        ),
        ("cli_missing", t.cli_missing("<STEP>", "secu done --help")),
        (
            "cli_repeated",
            t.cli_repeated("--lang <CODE>", "secu --help"),
        ),
        ("too_small_unsaved", t.too_small_unsaved().to_owned()),
    ]
}

/// Every message of a language with sample arguments, one `name: text` line each: what a
/// translator reviews.
fn catalogue(lang: Lang) -> String {
    let t = lang.texts();
    let mut entries = the_language_and_the_procedure(t);
    entries.extend(deadlines_the_screen_and_the_setup(t));
    entries.extend(numbers_contacts_and_refusals(t));
    entries.extend(the_file_and_its_repairs(t));
    entries.extend(the_keys_and_the_command_line(t));
    let names: Vec<&str> = entries.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        names,
        trait_methods(),
        "the catalogue and the Texts trait list different messages"
    );
    entries
        .into_iter()
        .map(|(name, text)| format!("{name}: {text}\n"))
        .collect()
}

#[test]
fn the_catalogue_of_every_language() {
    for lang in Lang::ALL {
        insta::assert_snapshot!(format!("catalogue_{}", lang.code()), catalogue(lang));
    }
}

/// The forms docs/terminology.md says to avoid, found in a language's catalogue: each with
/// what it is, so that a failure says what to change.
fn forms_to_avoid(lang: Lang, catalogue: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut avoid = |what: &str, hit: bool| {
        if hit {
            found.push(what.to_owned());
        }
    };
    let chars: Vec<char> = catalogue.chars().collect();
    avoid(
        "a point médian inside a word (« immatriculé·e »)",
        chars
            .windows(3)
            .any(|w| w[0].is_alphabetic() && w[1] == '·' && w[2].is_alphabetic()),
    );
    // A day given as a due date is the last one allowed: "by", never "before".
    let before_a_date = |word: &str| {
        catalogue.match_indices(word).any(|(at, _)| {
            let next = catalogue[at + word.len()..].chars().next();
            next.is_some_and(|c| c.is_ascii_digit() || c == '«' || c == '{')
        })
    };
    match lang {
        Lang::Fr => avoid("« avant le » before a date", before_a_date("avant le ")),
        Lang::Es => {
            avoid("« antes del » before a date", before_a_date("antes del "));
            avoid(
                "« hacia el » for a due date",
                catalogue.contains("hacia el "),
            );
            avoid(
                "« quedan 1 »",
                catalogue.contains("quedan {n} día\u{20}|") || catalogue.contains("quedan 1 "),
            );
            avoid(
                "« terminal » as a masculine noun",
                ["el terminal", "un terminal", "este terminal"]
                    .iter()
                    .any(|masculine| catalogue.to_lowercase().contains(masculine)),
            );
        }
        Lang::De => {
            avoid(
                "a date in figures with slashes",
                catalogue.contains("TT/MM"),
            );
            avoid(
                "« Zeitstrahl » for the timeline",
                catalogue.contains("Zeitstrahl"),
            );
            avoid(
                "« Sprachassistent » for « Fremdsprachenassistent »",
                catalogue.contains(" Sprachassistent"),
            );
            for (at, _) in catalogue.match_indices(": ") {
                let mut words = catalogue[at + 2..].split(' ');
                let (Some(first), Some(second)) = (words.next(), words.next()) else {
                    continue;
                };
                let lower = first.chars().next().is_some_and(char::is_lowercase);
                let starts_a_sentence = second == "Sie"
                    || [
                        "es",
                        "sie",
                        "nichts",
                        "vorher",
                        "dort",
                        "bitte",
                        "vermutlich",
                    ]
                    .contains(&first);
                avoid(
                    &format!("a full sentence after a colon in lower case: « {first} {second} »"),
                    lower && starts_a_sentence,
                );
            }
        }
        Lang::It => {
            avoid("« il 1 » for « il 1º »", catalogue.contains("il 1 "));
            avoid(
                "« a » before a vowel (« ad ameli.fr »)",
                catalogue.contains(" a ameli") || catalogue.contains(" a assistants"),
            );
            avoid(
                "« alla DSDEN » for « presso la DSDEN »",
                catalogue.contains("alla DSDEN"),
            );
        }
        Lang::En => avoid("« Before » a due date", before_a_date("Before ")),
    }
    found
}

#[test]
fn no_catalogue_holds_a_form_to_avoid() {
    for lang in Lang::ALL {
        // Each entry's text, without the catalogue's own "name: ".
        let catalogue = catalogue(lang);
        let texts: Vec<&str> = catalogue
            .lines()
            .map(|line| line.split_once(": ").map_or(line, |(_, text)| text))
            .collect();
        let found = forms_to_avoid(lang, &texts.join("\n"));
        assert!(found.is_empty(), "{lang}: {found:#?}");
    }
    // Each rule finds what it is written for.
    for (lang, text) in [
        (Lang::Fr, "Déjà immatriculé·e\u{a0}: oui"),
        (Lang::Fr, "à faire avant le 30 novembre"),
        (Lang::Es, "quedan 1 día"),
        (Lang::Es, "El terminal no aceptó"),
        (Lang::De, "Antrag: bitten Sie Ihren Gestionnaire"),
        (Lang::De, "Schon da: es gibt keine."),
        (Lang::It, "Prima del passo, il 1 dicembre"),
        (Lang::It, "Accedi a ameli.fr"),
        (Lang::En, "Before 1 December"),
    ] {
        assert!(!forms_to_avoid(lang, text).is_empty(), "{lang}: {text}");
    }
    assert!(forms_to_avoid(Lang::De, "Schritte: der Schritt darüber").is_empty());
}

/// One refusal of every kind.
fn sample_refusals() -> Vec<TransitionError> {
    vec![
        TransitionError::AlreadyDone {
            step: Step::Nia,
            on: date(2026, 10, 2),
        },
        TransitionError::Skipped { step: Step::Nia },
        TransitionError::PreviousOpen {
            step: Step::Nir,
            previous: Step::Nia,
        },
        TransitionError::InFuture {
            on: date(2027, 1, 1),
            today: date(2026, 11, 26),
        },
        TransitionError::BeforePrevious {
            step: Step::Nia,
            on: date(2026, 10, 1),
            previous: Step::Request,
            previous_on: date(2026, 10, 2),
        },
        TransitionError::NotDone { step: Step::Nia },
        TransitionError::LaterStepDone {
            step: Step::Request,
            later: Step::Nia,
        },
        TransitionError::AttestationDone,
        TransitionError::NoNumber {
            step: Step::Request,
        },
        TransitionError::NumberBeforeTick { step: Step::Nir },
    ]
}

#[test]
fn every_decision_has_a_sentence_in_every_language() {
    let errors = sample_refusals();
    let store_error = StoreError::Inconsistent {
        path: PathBuf::from("/p.json"),
        problem: Inconsistency::DoneAfterOpen {
            step: Step::Nia,
            previous: Step::Request,
        },
    };
    for lang in Lang::ALL {
        let t = lang.texts();
        for error in &errors {
            let text = t.transition_error(error);
            assert!(!text.is_empty() && !text.contains('\n'), "{lang}: {text}");
        }
        assert!(t.store_error(&store_error).contains("/p.json"));
        let report = SalvageReport {
            kept: vec![
                Kept::Profile("level"),
                Kept::StepDate(Step::Nia, date(2026, 10, 2)),
                Kept::Number(Step::Nia),
                Kept::LastOpened,
            ],
            dropped: vec![
                Dropped::Field("steps.nia.number".to_owned()),
                Dropped::OutOfOrder(Step::Nir),
            ],
        };
        let lines = repaired_lines(t, "/p.json", "/p.json.broken-1", &report);
        assert_eq!(lines.len(), 8, "{lang}: {lines:?}");
        assert!(
            lines[0].contains("/p.json.broken-1") && lines[1].contains("/p.json"),
            "{lang}"
        );
        for contact in [
            Contact::Bureau { email: "a@b.fr" },
            Contact::Dsden {
                department: Some(Department::Vaucluse),
                name: None,
                email: None,
            },
            Contact::Dsden {
                department: None,
                name: Some("Mme Martin".to_owned()),
                email: Some("m@a.fr".to_owned()),
            },
        ] {
            assert!(!t.contact(&contact).is_empty(), "{lang}");
        }
        for error in [
            PdfError::NotFound,
            PdfError::NotAFile,
            PdfError::NotPdf,
            PdfError::Unreadable("x".to_owned()),
        ] {
            assert!(!t.pdf_error(&error).is_empty(), "{lang}");
        }
    }
}
