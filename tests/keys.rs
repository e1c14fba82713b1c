//! The screen's conventions, checked from the bindings table itself: every key of every
//! context does what the table says and something you can see; `Esc` closes and never
//! quits; the mouse selects, ticks, scrolls and closes; each context drawn at 80x24 and
//! 40x12; the footer keeps the keys people need; the key table of docs/keys.md is the generated one.

#![allow(clippy::unwrap_used)]

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use common::screen::*;
use secu::i18n::Lang;
use secu::procedure::{Change, Level, Progress, Step};
use secu::tui::bindings::{self, Action, Context, Key};
use secu::tui::{CHECKBOX_COLUMNS, Confirm, Mode, Notice, Purpose, Question, Reading, regions};

/// The key event a table key stands for.
fn event(key: Key) -> KeyEvent {
    let (code, modifiers) = match key {
        Key::Char(c) => (KeyCode::Char(c), KeyModifiers::NONE),
        Key::Ctrl(c) => (KeyCode::Char(c), KeyModifiers::CONTROL),
        Key::Up => (KeyCode::Up, KeyModifiers::NONE),
        Key::Down => (KeyCode::Down, KeyModifiers::NONE),
        Key::Left => (KeyCode::Left, KeyModifiers::NONE),
        Key::Right => (KeyCode::Right, KeyModifiers::NONE),
        Key::Home => (KeyCode::Home, KeyModifiers::NONE),
        Key::End => (KeyCode::End, KeyModifiers::NONE),
        Key::PageUp => (KeyCode::PageUp, KeyModifiers::NONE),
        Key::PageDown => (KeyCode::PageDown, KeyModifiers::NONE),
        Key::Enter => (KeyCode::Enter, KeyModifiers::NONE),
        Key::Esc => (KeyCode::Esc, KeyModifiers::NONE),
        Key::Backspace => (KeyCode::Backspace, KeyModifiers::NONE),
        Key::Delete => (KeyCode::Delete, KeyModifiers::NONE),
    };
    KeyEvent::new(code, modifiers)
}

/// A screen in `context`, reached the way a person would from the checklist of an assistant
/// halfway through (the NIR selected), at 80x24.
fn reach(context: Context) -> Screen {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.resize(80, 24);
    let keys: &[KeyCode] = match context {
        Context::List => &[],
        Context::Timeline => &[KeyCode::Char('t')],
        Context::Reading => &[KeyCode::Char('?')],
        Context::Mail => &[KeyCode::Down, KeyCode::Char('m')],
        Context::Confirm => &[KeyCode::Up, KeyCode::Char('u')],
        Context::Choose => &[KeyCode::Down, KeyCode::Char('o')],
        Context::Field => &[KeyCode::Char(' ')],
        Context::Note => &[KeyCode::Char('e')],
        Context::Answers => &[KeyCode::Char('s')],
        Context::Choice => &[KeyCode::Char('s'), KeyCode::Enter],
        Context::Question => &[
            KeyCode::Char('s'),
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Enter,
        ],
        Context::TooSmall => {
            screen.resize(30, 10);
            &[]
        }
    };
    screen.press(keys);
    assert_eq!(
        screen.session.model.context(),
        context,
        "reaching {context:?}"
    );
    screen
}

/// What a person can see change: the model (numbers hidden in its `Debug`) and the file.
fn state(screen: &Screen) -> (String, Option<Vec<u8>>) {
    let model = format!("{:?}", screen.session.model);
    (model, std::fs::read(screen.session.store().path()).ok())
}

/// Moving and editing may find nothing to do at an edge, as in every editor.
const MAY_BE_STILL: [Action; 12] = [
    Action::Up,
    Action::Down,
    Action::ScrollUp,
    Action::ScrollDown,
    Action::Left,
    Action::Right,
    Action::Home,
    Action::End,
    Action::Backspace,
    Action::Delete,
    Action::DeleteToStart,
    Action::DeleteWord,
];

#[test]
fn every_other_key_does_something_visible_or_says_why_not() {
    for binding in bindings::all() {
        if MAY_BE_STILL.contains(&binding.action) {
            continue;
        }
        for &key in binding.keys {
            let mut screen = reach(binding.context);
            let before = state(&screen);
            screen.key(event(key));
            // Ctrl-Z leaves the screen as it is: the process stops, which the platform sees.
            if binding.action == Action::Suspend {
                assert_eq!(state(&screen), before, "{key:?} in {:?}", binding.context);
                assert_eq!(
                    screen.platform.suspended, 1,
                    "{key:?} in {:?}",
                    binding.context
                );
                continue;
            }
            assert_ne!(
                state(&screen),
                before,
                "{key:?} ({:?}) in {:?} changed nothing",
                binding.action,
                binding.context
            );
        }
    }
}

#[test]
fn a_key_without_a_binding_says_so_and_esc_never_quits() {
    let keys: Vec<Key> = bindings::all()
        .flat_map(|b| b.keys.iter().copied())
        .collect();
    for context in Context::ALL {
        for &key in &keys {
            let mut screen = reach(context);
            screen.key(event(key));
            if key == Key::Esc {
                assert!(screen.session.model.running, "Esc quit from {context:?}");
            }
        }
        // A key bound nowhere says what it is for, where no field takes it as text.
        let mut screen = reach(context);
        screen.press(&[KeyCode::Char('z')]);
        let typed = matches!(
            context,
            Context::Field | Context::Note | Context::Question | Context::TooSmall
        );
        assert_eq!(
            screen.session.model.notice.is_some(),
            !typed,
            "z in {context:?}: {:?}",
            screen.session.model.notice
        );
    }
}

#[test]
fn keys_that_cannot_act_on_the_selected_step_say_where_they_work() {
    let mut screen = reach(Context::List);
    let said = |screen: &mut Screen, key: char| {
        screen.press(&[KeyCode::Char(key)]);
        match &screen.session.model.notice {
            Some(Notice::Error(text) | Notice::Hint(text)) => text.clone(),
            other => panic!("{key}: {other:?}"),
        }
    };
    // The NIR is selected: the e-mail and the PDF belong to the attestation.
    assert_eq!(
        said(&mut screen, 'm'),
        "m: only on the step “Attestation sent”."
    );
    assert_eq!(
        said(&mut screen, 'p'),
        "p: only on the step “Attestation sent”."
    );
    screen.press(&[KeyCode::Up, KeyCode::Up]);
    assert_eq!(
        said(&mut screen, '1'),
        "1: only on the step “Definitive number (NIR)”."
    );
    assert_eq!(
        said(&mut screen, ' '),
        "“Registration request” is already ticked (2 October 2026): d corrects the date, u \
         un-ticks it."
    );
    assert_eq!(
        said(&mut screen, 'u'),
        "u un-ticks the last ticked step: “Provisional number (NIA)”."
    );
    assert_eq!(
        said(&mut screen, 'r'),
        "r acts on a number: only on the NIA, NIR and ENSAP steps."
    );
    // In the timeline the list's keys are inert, and say so.
    screen.press(&[KeyCode::Char('t')]);
    assert_eq!(
        said(&mut screen, 'u'),
        "u acts on the list: t goes back to it."
    );
    assert!(screen.session.model.timeline);
}

#[test]
fn the_timeline_moves_its_selection_visibly() {
    let mut screen = reach(Context::Timeline);
    let selected_row = |screen: &Screen| {
        let text = screen.text();
        text.lines()
            .find(|line| line.contains("› "))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(selected_row(&screen).contains("› NIR"), "{}", screen.text());
    screen.press(&[KeyCode::Up]);
    assert_eq!(screen.session.model.selected, Step::Nia);
    assert!(selected_row(&screen).contains("› NIA"), "{}", screen.text());
}

#[test]
fn d_corrects_a_date_and_refuses_one_out_of_order() {
    let mut screen = reach(Context::List);
    screen.press(&[KeyCode::Up, KeyCode::Up, KeyCode::Char('d')]);
    assert!(matches!(
        screen.session.model.mode,
        Mode::Field {
            purpose: Purpose::Redate(Step::Request),
            ..
        }
    ));
    screen
        .clear_field()
        .type_text("21/10/2026")
        .press(&[KeyCode::Enter]);
    let Mode::Field { field, .. } = &screen.session.model.mode else {
        panic!("a refused date closed the field");
    };
    assert_eq!(
        field.error.as_deref(),
        Some(
            "21 October 2026 is after “Provisional number (NIA)” (done 20 October 2026): pick \
             that day or an earlier one."
        )
    );
    screen
        .clear_field()
        .type_text("1/10/26")
        .press(&[KeyCode::Enter]);
    let saved = screen.saved();
    assert_eq!(saved.done_on(Step::Request), Some(date(2026, 10, 1)));
    assert_eq!(saved.done_on(Step::Nia), Some(date(2026, 10, 20)));
}

#[test]
fn re_ticking_a_step_whose_number_is_kept_shows_it_masked_and_enter_keeps_it() {
    let mut progress = halfway();
    progress
        .set_number(
            Step::Nia,
            secu::procedure::SocialSecurityNumber::parse(NIA).unwrap(),
        )
        .unwrap();
    progress.untick(Step::Nia).unwrap();
    let mut screen = Screen::new(progress, Lang::En);
    screen.resize(80, 24);
    assert_eq!(screen.session.model.selected, Step::Nia);
    screen.press(&[KeyCode::Char(' '), KeyCode::Enter]);
    let text = screen.text();
    assert!(text.contains("› 8 84 05 •• ••• ••• 23"), "{text}");
    assert!(text.contains("Enter keeps the number shown"), "{text}");
    assert!(!text.contains("88 321 025"), "{text}");
    screen.press(&[KeyCode::Enter]);
    assert_eq!(
        screen.saved().number(Step::Nia).map(|n| n.full()),
        Some("884058832102523")
    );
    assert_eq!(screen.saved().done_on(Step::Nia), Some(TODAY));
}

#[test]
fn s_changes_one_answer_and_saves_only_it() {
    let mut screen = reach(Context::Answers);
    let Mode::Setup(form) = &screen.session.model.mode else {
        panic!()
    };
    let school = form
        .questions()
        .iter()
        .position(|&q| q == Question::School)
        .unwrap();
    screen.press(&vec![KeyCode::Down; school]);
    screen.press(&[KeyCode::Enter]).type_text("Dupont Marie");
    screen.press(&[KeyCode::Enter]);
    assert_eq!(
        screen.saved().profile().school.as_deref(),
        Some("Dupont Marie")
    );
    assert_eq!(screen.saved().profile().level, Some(Level::Secondary));
}

#[test]
fn leaving_a_changed_setup_answer_asks_first() {
    let mut screen = reach(Context::Answers);
    let name = 4;
    screen.press(&vec![KeyCode::Down; name]);
    screen.press(&[KeyCode::Enter]).type_text("Jane");
    screen.press(&[KeyCode::Esc]);
    assert!(matches!(
        screen.session.model.mode,
        Mode::Confirm(Confirm::Discard { .. })
    ));
    // The question is still drawn under the box.
    assert!(
        screen.text().contains("Your name, as on your contract"),
        "{}",
        screen.text()
    );
    screen.press(&[KeyCode::Char('n'), KeyCode::Enter]);
    assert_eq!(screen.saved().profile().name.as_deref(), Some("Jane"));
    // Ctrl-C with typed text asks too, and No keeps the session.
    screen.press(&[KeyCode::Enter]).type_text(" Doe");
    screen.ctrl('c');
    assert!(matches!(
        screen.session.model.mode,
        Mode::Confirm(Confirm::Discard { .. })
    ));
    screen.press(&[KeyCode::Char('n')]);
    assert!(screen.session.model.running);
    screen.ctrl('c').press(&[KeyCode::Char('y')]);
    assert!(!screen.session.model.running);
    assert_eq!(screen.saved().profile().name.as_deref(), Some("Jane"));
}

#[test]
fn a_pasted_path_is_read_as_the_terminal_quoted_it() {
    let mut screen = reach(Context::List);
    let pdf = screen.dir.path().join("My Attestation.pdf");
    std::fs::write(&pdf, b"%PDF-1.7").unwrap();
    screen.press(&[KeyCode::Down, KeyCode::Char('p')]);
    screen.paste(&format!("'{}'", pdf.display()));
    screen.press(&[KeyCode::Enter]);
    assert_eq!(
        screen.saved().record(Step::Attestation).pdf.as_deref(),
        Some(pdf.as_path())
    );
    // The e-mail now names the file to attach.
    screen.press(&[KeyCode::Char('m')]);
    // Wrapped at the space inside the name.
    assert!(
        screen.text().contains("(fichier «\u{a0}My")
            && screen.text().contains("Attestation.pdf\u{a0}»"),
        "{}",
        screen.text()
    );
}

#[test]
fn x_exports_to_downloads_and_never_overwrites() {
    let mut screen = reach(Context::List);
    screen.press(&[KeyCode::Char('x'), KeyCode::Char('1')]);
    screen.press(&[KeyCode::Char('x'), KeyCode::Char('1')]);
    screen.press(&[KeyCode::Char('x'), KeyCode::Char('2')]);
    let downloads = screen.platform.downloads.clone();
    let calendar = std::fs::read_to_string(downloads.join("secu-calendar.ics")).unwrap();
    assert!(calendar.starts_with("BEGIN:VCALENDAR"), "{calendar}");
    assert!(downloads.join("secu-calendar-1.ics").exists());
    let sheet = std::fs::read_to_string(downloads.join("secu-sheet.md")).unwrap();
    assert!(sheet.contains("Sécurité sociale"), "{sheet}");
    assert!(matches!(
        &screen.session.model.notice,
        Some(Notice::Info(text)) if text.starts_with("Saved to ") && text.contains("secu-sheet.md")
    ));
}

#[test]
fn a_long_message_wraps_then_shortens_and_bang_shows_it_whole() {
    let mut screen = reach(Context::List);
    screen.resize(40, 12);
    let long = "word ".repeat(40);
    screen.session.model.notice = Some(Notice::Error(long.trim().to_owned()));
    let text = screen.text();
    let footer: Vec<&str> = text.lines().rev().take(2).collect();
    assert!(footer[0].contains('…'), "{text}");
    assert!(footer[1].contains("✗ word word"), "{text}");
    // The next key takes it away, and `!` brings it back whole.
    screen.press(&[KeyCode::Char('!')]);
    let Mode::Reading {
        what: Reading::Message(whole),
        ..
    } = &screen.session.model.mode
    else {
        panic!(
            "! did not show the message: {:?}",
            screen.session.model.mode
        );
    };
    assert_eq!(whole, long.trim());
}

#[test]
fn the_footer_shows_the_keys_that_act_on_the_selected_step() {
    let mut screen = reach(Context::List);
    screen.resize(120, 30);
    let footer = |screen: &Screen| screen.text().lines().last().unwrap_or_default().to_owned();
    // The open NIR: tick and its tasks; no correcting a date it does not have.
    let nir = footer(&screen);
    assert!(
        nir.contains("Space tick") && nir.contains("1 task 1"),
        "{nir}"
    );
    assert!(
        !nir.contains("d correct date") && !nir.contains("m e-mail"),
        "{nir}"
    );
    screen.press(&[KeyCode::Up]);
    let nia = footer(&screen);
    assert!(
        nia.contains("d correct date") && nia.contains("u untick"),
        "{nia}"
    );
    assert!(!nia.contains("Space tick"), "{nia}");
    screen.press(&[KeyCode::Down, KeyCode::Down]);
    let attestation = footer(&screen);
    assert!(
        attestation.contains("m e-mail") && attestation.contains("p PDF"),
        "{attestation}"
    );
}

#[test]
fn a_click_selects_a_step_and_a_click_on_its_box_ticks_it() {
    let mut screen = reach(Context::List);
    let area = Rect::new(0, 0, 80, 24);
    let rows = regions(&screen.session.model, area).rows;
    let (_, ensap) = rows.iter().find(|(step, _)| *step == Step::Ensap).unwrap();
    screen.click(ensap.x + 20, ensap.y);
    assert_eq!(screen.session.model.selected, Step::Ensap);
    assert_eq!(screen.session.model.mode, Mode::Checklist);
    let (_, nir) = rows.iter().find(|(step, _)| *step == Step::Nir).unwrap();
    screen.click(nir.x + CHECKBOX_COLUMNS - 1, nir.y);
    assert_eq!(screen.session.model.selected, Step::Nir);
    assert!(matches!(
        screen.session.model.mode,
        Mode::Field {
            purpose: Purpose::TickDate(Step::Nir),
            ..
        }
    ));
    // Inside the box nothing closes; outside it, the box closes as with Esc.
    let dialog = regions(&screen.session.model, area).dialog.unwrap();
    screen.click(dialog.x + 1, dialog.y + 1);
    assert!(matches!(screen.session.model.mode, Mode::Field { .. }));
    screen.click(0, 0);
    assert_eq!(screen.session.model.mode, Mode::Checklist);
    assert_eq!(screen.saved().done_on(Step::Nir), None);
}

#[test]
fn the_wheel_scrolls_the_details_and_the_boxes() {
    let mut screen = reach(Context::List);
    screen.resize(40, 12);
    screen.wheel(true, 10, 10).wheel(true, 10, 10);
    assert_eq!(screen.session.model.details_scroll, 2);
    screen.wheel(false, 10, 10);
    assert_eq!(screen.session.model.details_scroll, 1);
    // Never further than there is to read.
    for _ in 0..200 {
        screen.wheel(true, 10, 10);
    }
    let hidden = regions(&screen.session.model, Rect::new(0, 0, 40, 12)).details_hidden;
    assert_eq!(screen.session.model.details_scroll, hidden);
    screen.press(&[KeyCode::Char('g')]);
    screen.wheel(true, 10, 5);
    assert!(matches!(
        screen.session.model.mode,
        Mode::Reading { scroll: 1, .. }
    ));
}

#[test]
fn every_view_scrolls_to_its_end_at_40x12() {
    let mut note = halfway();
    let long = Change::SetNote {
        step: Step::Nir,
        note: Some("line\n".repeat(30)),
    };
    note.apply(&long, TODAY).unwrap();
    for (keys, last) in [
        (vec![KeyCode::Char('?')], "below, the line below, or"),
        (vec![KeyCode::Char('g')], "ensap.gouv.fr"),
        (vec![KeyCode::Down, KeyCode::Char('m')], "[NOM Prénom]"),
    ] {
        let mut screen = Screen::new(halfway(), Lang::En);
        screen.resize(40, 12);
        screen.press(&keys);
        for _ in 0..300 {
            screen.press(&[KeyCode::Down]);
        }
        let text = screen.text();
        assert!(text.contains(last), "{keys:?}:\n{text}");
        // Scrolling stopped at the end: one key back up moves the text at once.
        screen.press(&[KeyCode::Up]);
        assert_ne!(screen.text(), text, "{keys:?}: ↑ at the end did not move");
    }
    // The note editor follows its cursor to the last line.
    let mut screen = Screen::new(note, Lang::En);
    screen.resize(40, 12);
    screen
        .press(&[KeyCode::Char('e')])
        .type_text("the very end");
    let text = screen.text();
    assert!(text.contains("the very end"), "{text}");
}

/// Page Down shows every line, whatever the window: a page is what the screen shows less
/// one line, measured, not a fixed count that skips lines where only two fit.
#[test]
fn page_down_never_skips_a_line() {
    let words: Vec<String> = (1..=99).map(|n| format!("w{n:02}")).collect();
    for (width, height) in [(40, 12), (60, 20), (80, 24)] {
        let mut progress = halfway();
        let note = Change::SetNote {
            step: Step::Nir,
            note: Some(words.join(" ")),
        };
        progress.apply(&note, TODAY).unwrap();
        let mut screen = Screen::new(progress, Lang::En);
        screen.resize(width, height);
        // Down to the end, then back up to the top: neither way skips a word.
        for key in [KeyCode::PageDown, KeyCode::PageUp] {
            let mut seen = screen.text();
            for _ in 0..100 {
                screen.press(&[key]);
                seen.push_str(&screen.text());
            }
            for word in &words {
                assert!(
                    seen.contains(word.as_str()),
                    "{word} never shown by {key:?} at {width}x{height}"
                );
            }
        }
        // Paging stops at the end: one page back up moves the details at once.
        for _ in 0..100 {
            screen.press(&[KeyCode::PageDown]);
        }
        let end = screen.text();
        screen.press(&[KeyCode::PageUp]);
        assert_ne!(screen.text(), end, "Page Up at the end did not move");
    }
    // A box scrolls by its own page: every line ↓ shows, Page Down shows too.
    for keys in [
        vec![KeyCode::Char('?')],
        vec![KeyCode::Char('g')],
        vec![KeyCode::Down, KeyCode::Char('m')],
    ] {
        let lines = |scroll_key: KeyCode| {
            let mut screen = Screen::new(halfway(), Lang::En);
            screen.resize(40, 12);
            screen.press(&keys);
            let mut lines: Vec<String> = screen.text().lines().map(str::to_owned).collect();
            for _ in 0..300 {
                screen.press(&[scroll_key]);
                lines.extend(screen.text().lines().map(str::to_owned));
            }
            lines
        };
        let paged = lines(KeyCode::PageDown);
        for line in lines(KeyCode::Down) {
            assert!(
                paged.contains(&line),
                "{keys:?}: {line:?} skipped by Page Down"
            );
        }
    }
}

/// Every context drawn, at 80x24 and at 40x12 (and the list at 60x20).
#[test]
fn every_context_at_80x24_and_40x12() {
    let mut progress = halfway();
    let note = Change::SetNote {
        step: Step::Nir,
        note: Some("Called the CPAM on 12/11: ref 4567.".to_owned()),
    };
    progress.apply(&note, TODAY).unwrap();
    let cases: Vec<(&str, Vec<KeyCode>)> = vec![
        ("list", vec![]),
        ("timeline", vec![KeyCode::Char('t')]),
        ("help", vec![KeyCode::Char('?')]),
        ("glossary", vec![KeyCode::Char('g')]),
        ("mail", vec![KeyCode::Down, KeyCode::Char('m')]),
        ("confirm_untick", vec![KeyCode::Up, KeyCode::Char('u')]),
        ("choose_link", vec![KeyCode::Down, KeyCode::Char('o')]),
        ("choose_export", vec![KeyCode::Char('x')]),
        ("date_field", vec![KeyCode::Char(' ')]),
        ("number_field", vec![KeyCode::Up, KeyCode::Char('n')]),
        ("pdf_field", vec![KeyCode::Down, KeyCode::Char('p')]),
        ("note", vec![KeyCode::Char('e')]),
        (
            "confirm_discard",
            vec![KeyCode::Char('e'), KeyCode::Char('!'), KeyCode::Esc],
        ),
        ("answers", vec![KeyCode::Char('s')]),
        ("choice", vec![KeyCode::Char('s'), KeyCode::Enter]),
        (
            "question",
            vec![
                KeyCode::Char('s'),
                KeyCode::Down,
                KeyCode::Down,
                KeyCode::Enter,
            ],
        ),
    ];
    for (name, keys) in cases {
        for (width, height) in [(80, 24), (40, 12)] {
            // At 80x24 in English these three are tests/tui.rs's snapshots of every language.
            if width == 80 && matches!(name, "list" | "help" | "glossary") {
                continue;
            }
            let mut screen = Screen::new(progress.clone(), Lang::En);
            screen.resize(width, height);
            screen.press(&keys);
            insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen.text());
        }
    }
    let mut screen = Screen::new(progress, Lang::En);
    screen.resize(60, 20);
    insta::assert_snapshot!("list_60x20", screen.text());
    screen.resize(39, 12);
    insta::assert_snapshot!("too_small_39x12", screen.text());
}

#[test]
fn the_documented_key_table_is_the_generated_one() {
    let keys =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/keys.md")).unwrap();
    let table = bindings::markdown_table(Lang::En.texts());
    assert!(
        keys.contains(&table),
        "docs/keys.md's key table differs from the bindings; put this between its markers:\n{table}"
    );
}

#[test]
fn a_primary_assistant_s_list_stays_whole_in_every_language_at_60_columns() {
    let mut progress = Progress::new(secu::procedure::Profile {
        level: Some(Level::Primary),
        department: Some(secu::procedure::Department::BouchesDuRhone),
        contract_start: Some(date(2026, 10, 1)),
        ..Default::default()
    });
    progress
        .tick(Step::Request, date(2026, 10, 2), TODAY)
        .unwrap();
    for lang in [Lang::En, Lang::Fr, Lang::Es, Lang::De, Lang::It] {
        let mut screen = Screen::new(progress.clone(), lang);
        screen.resize(60, 20);
        let text = screen.text();
        // No row is cut: each ends inside the frame, with room to spare or whole.
        for step in Step::ALL {
            let row = text
                .lines()
                .find(|line| {
                    line.contains(lang.texts().step_short(step))
                        || line.contains(lang.texts().step_title(step))
                })
                .unwrap_or_else(|| panic!("{lang} {step}:\n{text}"));
            assert!(!row.contains('…'), "{lang}: {row}\n{text}");
        }
    }
}

#[test]
fn a_window_too_small_only_quits_or_resizes() {
    for (width, height) in [(20, 5), (1, 1)] {
        let mut screen = reach(Context::List);
        let before = std::fs::read(screen.session.store().path()).unwrap();
        screen.resize(width, height);
        screen.press(&[
            KeyCode::Char(' '),
            KeyCode::Enter,
            KeyCode::Char('e'),
            KeyCode::Char('a'),
        ]);
        screen.ctrl('s').paste("02/10/2026").click(0, 0);
        screen.press(&[
            KeyCode::Char('L'),
            KeyCode::Char('u'),
            KeyCode::Char('y'),
            KeyCode::Esc,
        ]);
        assert_eq!(
            screen.session.model.mode,
            Mode::Checklist,
            "{width}x{height}"
        );
        assert_eq!(
            std::fs::read(screen.session.store().path()).unwrap(),
            before
        );
        assert!(screen.session.model.running);
        screen.press(&[KeyCode::Char('q')]);
        assert!(!screen.session.model.running, "{width}x{height}");
    }
    // A note being typed when the window shrinks: neither q nor Ctrl-C throws it away
    // unasked, since the question cannot be shown; the screen says so, and the note is
    // there when the window is large again.
    let mut screen = reach(Context::List);
    screen
        .press(&[KeyCode::Char('e')])
        .type_text("called the CPAM");
    screen.resize(30, 8);
    screen.press(&[KeyCode::Char('q')]).ctrl('c');
    assert!(screen.session.model.running);
    let text = screen.text();
    assert!(text.contains("Your typed text is kept"), "{text}");
    assert!(!text.contains("q quit"), "{text}");
    screen.resize(80, 24);
    let Mode::Note { field, .. } = screen.mode() else {
        panic!("the note is gone: {:?}", screen.mode());
    };
    assert_eq!(field.text(), "called the CPAM");
}

/// A name in Chinese, a school with a decomposed accent, an Arabic note with a ZWJ emoji.
fn every_script() -> Progress {
    let mut progress = halfway();
    let mut profile = progress.profile().clone();
    profile.name = Some("山田太郎".to_owned());
    profile.school = Some("E\u{301}cole Jean-Moulin, Marseille".to_owned());
    progress.set_profile(profile).unwrap();
    let note = Change::SetNote {
        step: Step::Nir,
        note: Some("اتصلت بالعالم 👩\u{200d}🏫 山田太郎に電話した、あああああああああああああああああああああああああああああああああ".to_owned()),
    };
    progress.apply(&note, TODAY).unwrap();
    progress
}

/// The screen's text without its frames and line ends: what the eye reads.
fn reading(text: &str) -> String {
    text.lines()
        .map(|line| line.trim_matches('"').trim_matches('│').trim())
        .collect()
}

#[test]
fn every_script_is_shown_whole_measured_in_columns() {
    for (width, height) in [(80, 24), (40, 12)] {
        let mut screen = Screen::new(every_script(), Lang::En);
        screen.resize(width, height);
        // The list shows no note: its snapshot would be the plain list's. The note editor shows the whole note, wrapped between whole characters.
        screen.press(&[KeyCode::Char('e')]);
        let editor = screen.text();
        insta::assert_snapshot!(format!("scripts_note_{width}x{height}"), editor);
        let read: String = reading(&editor).split_whitespace().collect();
        for word in ["اتصلت", "بالعالم", "👩\u{200d}🏫", "山田太郎に電話した、"]
        {
            assert!(read.contains(word), "{word} at {width}x{height}:\n{editor}");
        }
        assert!(!editor.contains("\\u{"), "{editor}");
        // The e-mail names the assistant and the school whole.
        screen.press(&[KeyCode::Esc, KeyCode::Down, KeyCode::Char('m')]);
        let mail = reading(&screen.text());
        assert!(mail.contains("山田太郎"), "{mail}");
        assert!(mail.contains("E\u{301}cole"), "{mail}");
    }
}

#[test]
fn a_box_over_wide_characters_keeps_its_borders() {
    let mut screen = Screen::new(every_script(), Lang::En);
    screen.resize(81, 24);
    // The note in view, its wide characters running under where the box's right border goes.
    screen.press(&[KeyCode::PageDown, KeyCode::PageDown]);
    assert!(screen.text().contains("山田太郎"), "{}", screen.text());
    screen.press(&[KeyCode::Char('?')]);
    let text = screen.text();
    let area = regions(&screen.session.model, Rect::new(0, 0, 81, 24))
        .dialog
        .unwrap();
    let terminal = screen.draw(81, 24);
    let buffer = terminal.backend().buffer();
    for y in area.y + 1..area.bottom() - 1 {
        assert_eq!(buffer[(area.x, y)].symbol(), "│", "row {y}:\n{text}");
        assert_eq!(
            buffer[(area.right() - 1, y)].symbol(),
            "│",
            "row {y}:\n{text}"
        );
        // No half of a wide character is left just outside the box.
        for x in [area.x - 1, area.right()] {
            let outside = buffer[(x, y)].symbol();
            assert!(
                secu::text::width(outside) <= 1,
                "row {y}: {outside:?}\n{text}"
            );
        }
    }
}
