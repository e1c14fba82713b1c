//! The checklist screen without a terminal: keys through `handle_key` and `update`, saves
//! through a real store, and the drawing on ratatui's `TestBackend`.

#![allow(clippy::unwrap_used)]

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};
use ratatui::style::Color;

use common::screen::*;
use secu::i18n::Lang;
use secu::procedure::{Level, Progress, Step, StepState};
use secu::tui::bindings::Action;
use secu::tui::{
    Confirm, Message, Mode, Notice, Purpose, Question, Reading, SetupAt, handle_key, update,
};

#[test]
fn the_first_run_asks_the_setup_questions_and_saves_them() {
    let mut screen = Screen::new(Progress::default(), Lang::En);
    assert!(matches!(&screen.session.model.mode, Mode::Setup(s) if s.first_run));
    // English, primary, département 13 (third), a typed start, not registered.
    assert!(
        matches!(&screen.session.model.mode, Mode::Setup(s) if s.question() == Some(Question::Language))
    );
    screen.press(&[
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Down,
        KeyCode::Down,
        KeyCode::Enter,
    ]);
    assert!(
        matches!(&screen.session.model.mode, Mode::Setup(s) if s.question() == Some(Question::Start))
    );
    screen
        .clear_field()
        .type_text("30/09/2026")
        .press(&[KeyCode::Enter, KeyCode::Enter]);
    // The optional questions: a name, no school, the gestionnaire, whose e-mail is checked.
    assert!(
        matches!(&screen.session.model.mode, Mode::Setup(s) if s.question() == Some(Question::Name))
    );
    screen
        .type_text("Jane Doe")
        .press(&[KeyCode::Enter, KeyCode::Enter]);
    // The e-mail's words: « assistante », and « Bonjour Madame, » for the gestionnaire.
    assert!(
        matches!(&screen.session.model.mode, Mode::Setup(s) if s.question() == Some(Question::Title) && s.choice == 2)
    );
    screen.press(&[KeyCode::Up, KeyCode::Enter]);
    screen.type_text("Mme Martin").press(&[KeyCode::Enter]);
    assert!(
        matches!(&screen.session.model.mode, Mode::Setup(s) if s.question() == Some(Question::Civility))
    );
    screen.press(&[KeyCode::Up, KeyCode::Up, KeyCode::Enter]);
    screen.type_text("m.martin@ac-aix").press(&[KeyCode::Enter]);
    let Mode::Setup(setup) = &screen.session.model.mode else {
        panic!("a bad e-mail closed the setup");
    };
    assert_eq!(
        setup.field.error.as_deref(),
        Some("That is not an e-mail address: it looks like name@ac-aix-marseille.fr.")
    );
    screen.type_text("-marseille.fr").press(&[KeyCode::Enter]);
    assert_eq!(screen.session.model.mode, Mode::Checklist);
    let profile = screen.saved().profile().clone();
    assert_eq!(profile.name.as_deref(), Some("Jane Doe"));
    assert_eq!(profile.school, None);
    assert_eq!(profile.gestionnaire_name.as_deref(), Some("Mme Martin"));
    assert_eq!(profile.title, Some(secu::procedure::Title::Assistante));
    assert_eq!(
        profile.gestionnaire_civility,
        Some(secu::procedure::Civility::Madame)
    );
    assert_eq!(
        profile.gestionnaire_email.as_deref(),
        Some("m.martin@ac-aix-marseille.fr")
    );
    assert_eq!(profile.level, Some(Level::Primary));
    assert_eq!(profile.department.map(|d| d.code()), Some("13"));
    assert_eq!(profile.contract_start, Some(date(2026, 9, 30)));
    assert!(!profile.already_registered);
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Info("Setup saved.".to_owned()))
    );
}

/// The glossary opens over the setup, from a choice (`g`) and from a typed answer
/// (Ctrl-G, since `g` is a letter there), and closes back onto the same question with what
/// was typed; a Ctrl-C over it still asks before losing the typed answer.
#[test]
fn the_glossary_opens_over_the_setup_and_gives_it_back() {
    let mut screen = Screen::new(Progress::default(), Lang::En);
    screen.press(&[KeyCode::Char('g')]);
    assert!(matches!(
        screen.mode(),
        Mode::Reading {
            what: Reading::Glossary,
            ..
        }
    ));
    let text = screen.text();
    assert!(text.contains("Gestionnaire"), "{text}");
    screen.press(&[KeyCode::Esc]);
    assert!(matches!(screen.mode(), Mode::Setup(s) if s.question() == Some(Question::Language)));
    // A typed answer: the start date.
    screen.press(&[KeyCode::Enter, KeyCode::Enter, KeyCode::Enter]);
    assert!(matches!(screen.mode(), Mode::Setup(s) if s.question() == Some(Question::Start)));
    screen.clear_field().type_text("3/10/2026g");
    screen.ctrl('g');
    let text = screen.text();
    assert!(text.contains("French words on your letters"), "{text}");
    screen.ctrl('c');
    assert!(
        matches!(screen.mode(), Mode::Confirm(_)),
        "{:?}",
        screen.mode()
    );
    screen.press(&[KeyCode::Char('n')]);
    screen.press(&[KeyCode::Char('g')]);
    let Mode::Setup(setup) = screen.mode() else {
        panic!("not back to the setup: {:?}", screen.mode());
    };
    assert_eq!(setup.field.text(), "3/10/2026g");
    assert!(screen.session.model.running);
}

/// Under `--plain` the gauge is words only and a masked number is said in words.
#[test]
fn plain_mode_draws_words_for_what_reads_badly_aloud() {
    let mut screen = Screen::new(with_numbers(), Lang::En);
    screen.session.model.plain = true;
    let text = screen.draw(80, 24).backend().to_string();
    assert!(text.contains("3 of 5 done"), "{text}");
    assert!(!text.contains('■') && !text.contains('□'), "{text}");
    assert!(text.contains("2 95 10, 8 digits hidden, 93"), "{text}");
    assert!(!text.contains("••"), "{text}");
    screen.session.model.plain = false;
    let text = screen.draw(80, 24).backend().to_string();
    assert!(text.contains("3 of 5 done ■■■□□"), "{text}");
}

/// A step ticked after a calendar export says to export again, with the keys; before any
/// export it says nothing of the calendar.
#[test]
fn ticking_a_step_a_calendar_holds_says_to_export_again() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Char(' '), KeyCode::Enter]);
    screen.type_text(NIR).press(&[KeyCode::Enter]);
    let notice = format!("{:?}", screen.session.model.notice);
    assert!(!notice.contains("calendar"), "{notice}");

    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Char('x'), KeyCode::Char('1')]);
    assert_eq!(
        screen.session.model.exported,
        [Step::Nir, Step::Attestation, Step::Ensap]
    );
    screen.press(&[KeyCode::Char(' '), KeyCode::Enter]);
    screen.type_text(NIR).press(&[KeyCode::Enter]);
    let notice = format!("{:?}", screen.session.model.notice);
    assert!(
        notice.contains("export the calendar again (x, 1) and import it"),
        "{notice}"
    );
}

#[test]
fn cancelling_the_first_setup_quits_without_writing() {
    let mut screen = Screen::new(Progress::default(), Lang::En);
    // Esc on the first question has nothing to go back to, and never quits: it says how.
    screen.press(&[KeyCode::Esc]);
    assert!(screen.session.model.running);
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Hint(
            "This is the first question: Ctrl-C quits without saving anything.".to_owned()
        ))
    );
    screen.ctrl('c');
    assert!(!screen.session.model.running);
    assert!(screen.session.store().load().unwrap().is_none());
}

#[test]
fn a_bad_start_date_keeps_the_question_open() {
    let mut screen = Screen::new(Progress::default(), Lang::En);
    screen.press(&[KeyCode::Enter, KeyCode::Down, KeyCode::Enter]);
    screen
        .clear_field()
        .type_text("31/02/2026")
        .press(&[KeyCode::Enter]);
    let Mode::Setup(setup) = &screen.session.model.mode else {
        panic!("left the setup");
    };
    assert_eq!(setup.question(), Some(Question::Start));
    assert_eq!(
        setup.field.error.as_deref(),
        Some("31/02/2026 does not exist: check the day and the month.")
    );
}

#[test]
fn ticking_opens_a_date_field_with_today_and_saves_the_typed_date() {
    let mut screen = Screen::new(secondary(), Lang::En);
    screen.press(&[KeyCode::Char(' ')]);
    let Mode::Field {
        purpose: Purpose::TickDate(step),
        field,
        ..
    } = screen.mode()
    else {
        panic!("no date field");
    };
    assert_eq!((*step, field.text()), (Step::Request, "26/11/2026"));
    screen
        .clear_field()
        .type_text("2/10/2026")
        .press(&[KeyCode::Enter]);
    assert_eq!(screen.session.model.mode, Mode::Checklist);
    assert_eq!(
        screen.saved().done_on(Step::Request),
        Some(date(2026, 10, 2))
    );
    // The selection moves on to what comes next.
    assert_eq!(screen.session.model.selected, Step::Nia);
    // Enter ticks too, and accepting today's date is one more Enter; the NIA's letter
    // carries a number, asked next, which may be left for later.
    screen.press(&[KeyCode::Enter, KeyCode::Enter]);
    assert!(matches!(
        screen.mode(),
        Mode::Field {
            purpose: Purpose::Number {
                step: Step::Nia,
                on: Some(_)
            },
            ..
        }
    ));
    screen.press(&[KeyCode::Enter]);
    assert_eq!(screen.saved().done_on(Step::Nia), Some(TODAY));
    assert_eq!(screen.saved().number(Step::Nia), None);
}

#[test]
fn a_refused_date_keeps_the_field_open_and_saves_nothing() {
    let mut screen = Screen::new(halfway(), Lang::En);
    let before = screen.saved();
    screen
        .press(&[KeyCode::Enter])
        .clear_field()
        .type_text("27/11/2026");
    screen.press(&[KeyCode::Enter]);
    let Mode::Field { field, .. } = screen.mode() else {
        panic!("the field closed");
    };
    assert_eq!(
        field.error.as_deref(),
        Some("27 November 2026 is in the future: give the day it actually happened.")
    );
    screen
        .clear_field()
        .type_text("soon")
        .press(&[KeyCode::Enter]);
    screen.press(&[KeyCode::Esc]);
    assert_eq!(screen.session.model.mode, Mode::Checklist);
    assert_eq!(screen.saved(), before);
}

#[test]
fn a_step_whose_predecessor_is_open_is_refused_in_the_footer() {
    let mut screen = Screen::new(secondary(), Lang::En);
    screen.press(&[KeyCode::Down, KeyCode::Down, KeyCode::Char(' ')]);
    assert_eq!(screen.session.model.mode, Mode::Checklist);
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Error(
            "Tick “Registration request” first: the steps go in order.".to_owned()
        ))
    );
}

#[test]
fn unticking_asks_first_and_only_the_last_done_step() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Up, KeyCode::Up, KeyCode::Char('u')]);
    assert_eq!(screen.session.model.selected, Step::Request);
    assert!(matches!(
        screen.session.model.notice,
        Some(Notice::Error(_))
    ));
    screen.press(&[KeyCode::Char('j'), KeyCode::Char('u')]);
    assert_eq!(*screen.mode(), Mode::Confirm(Confirm::Untick(Step::Nia)));
    screen.press(&[KeyCode::Char('n')]);
    assert_eq!(
        screen.saved().state(Step::Nia),
        StepState::Done(date(2026, 10, 20))
    );
    screen.press(&[KeyCode::Char('u'), KeyCode::Char('y')]);
    assert_eq!(screen.saved().state(Step::Nia), StepState::Open);
}

#[test]
fn only_key_presses_count() {
    let screen = Screen::new(secondary(), Lang::En);
    let release = KeyEvent {
        code: KeyCode::Char('q'),
        modifiers: KeyModifiers::NONE,
        kind: KeyEventKind::Release,
        state: KeyEventState::NONE,
    };
    assert!(handle_key(&screen.session.model, release).is_none());
    let press = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    assert!(matches!(
        handle_key(&screen.session.model, press),
        Some(Message::Act(Action::Quit))
    ));
}

#[test]
fn help_opens_and_esc_closes_it() {
    let mut screen = Screen::new(secondary(), Lang::En);
    screen.press(&[KeyCode::Char('?')]);
    assert_eq!(
        *screen.mode(),
        Mode::Reading {
            what: Reading::Help,
            scroll: 0
        }
    );
    // A key that does nothing here says how to close.
    screen.press(&[KeyCode::Char('x')]);
    assert!(matches!(screen.mode(), Mode::Reading { .. }));
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Hint(
            "x does nothing here: Esc closes this.".to_owned()
        ))
    );
    screen.press(&[KeyCode::Esc]);
    assert_eq!(screen.session.model.mode, Mode::Checklist);
    assert!(screen.session.model.running);
}

#[test]
fn setup_can_be_reopened_and_cancelled() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Char('s')]);
    assert!(matches!(&screen.session.model.mode, Mode::Setup(s) if !s.first_run));
    screen.press(&[KeyCode::Esc]);
    assert_eq!(screen.session.model.mode, Mode::Checklist);
    assert!(screen.session.model.running);
}

#[test]
fn a_new_day_moves_the_deadlines() {
    let mut screen = Screen::new(halfway(), Lang::En);
    update(
        &mut screen.session.model,
        Message::NewDay(date(2026, 12, 1)),
        secu::tui::regions,
    );
    let text = screen.draw(80, 24).backend().to_string();
    assert!(
        text.contains("!! Next: Definitive number (NIR) — due 30 November 2026 (1 day late)"),
        "{text}"
    );
}

#[test]
fn the_checklist_at_80x24() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.session.model.since_last_visit = Some(secu::procedure::SinceLastVisit {
        days: 12,
        deadlines_passed: 1,
        done_since: 1,
    });
    insta::assert_snapshot!(screen.draw(80, 24).backend());
}

#[test]
fn the_checklist_in_french_at_40x12() {
    let screen = Screen::new(halfway(), Lang::Fr);
    insta::assert_snapshot!(screen.draw(40, 12).backend());
}

#[test]
fn the_date_field_at_80x24_and_40x12() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen
        .press(&[KeyCode::Enter])
        .clear_field()
        .type_text("31/02/2026");
    screen.press(&[KeyCode::Enter]);
    insta::assert_snapshot!("date_field_80x24", screen.draw(80, 24).backend());
    insta::assert_snapshot!("date_field_40x12", screen.draw(40, 12).backend());
}

#[test]
fn the_first_setup_question() {
    let screen = Screen::new(Progress::default(), Lang::En);
    insta::assert_snapshot!("setup_80x24", screen.draw(80, 24).backend());
    insta::assert_snapshot!("setup_40x12", screen.draw(40, 12).backend());
}

#[test]
fn below_40x12_one_line_says_the_window_is_too_small() {
    let screen = Screen::new(halfway(), Lang::En);
    for (width, height) in [(39, 24), (80, 11), (10, 3), (1, 1)] {
        let text = screen.draw(width, height).backend().to_string();
        if width >= 10 {
            assert!(text.starts_with("\"Window too"), "{width}x{height}: {text}");
        }
    }
}

/// xterm's default palette, as its colours stand on the screen.
fn xterm_rgb(colour: Color) -> (u8, u8, u8) {
    match colour {
        Color::Red => (0xcd, 0, 0),
        Color::Green => (0, 0xcd, 0),
        Color::Yellow => (0xcd, 0xcd, 0),
        Color::Blue => (0, 0, 0xee),
        Color::Magenta => (0xcd, 0, 0xcd),
        Color::Cyan => (0, 0xcd, 0xcd),
        Color::Gray => (0xe5, 0xe5, 0xe5),
        Color::DarkGray => (0x7f, 0x7f, 0x7f),
        other => panic!("{other:?} is not measured here"),
    }
}

/// WCAG's contrast ratio of a colour against white and against black.
fn contrast(colour: Color) -> (f64, f64) {
    let (r, g, b) = xterm_rgb(colour);
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    (1.05 / (l + 0.05), (l + 0.05) / 0.05)
}

/// Each cell as a letter for its look: `R` red, `M` magenta, `b` bold, `v` reverse video,
/// `.` plain (text) — the styles of a screen, beside its text, for a snapshot.
fn style_map(buffer: &ratatui::buffer::Buffer) -> String {
    use ratatui::style::Modifier;
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            out.push(match cell.fg {
                Color::Red => 'R',
                Color::Magenta => 'M',
                _ if cell.modifier.contains(Modifier::REVERSED) => 'v',
                _ if cell.modifier.contains(Modifier::BOLD) => 'b',
                _ => '.',
            });
        }
        out.push('\n');
    }
    out
}

/// Colour marks symbols, never text: on a light or a dark terminal, text keeps the
/// terminal's own colour (4.5:1 is the theme's business), and every coloured cell is a mark
/// whose colour reaches 3:1 against black and against white. No cell has a background.
#[test]
fn colour_marks_symbols_and_never_text() {
    const MARKS: [&str; 8] = ["!", "✗", "[", " ", "]", "◆", "→", "x"];
    let mut screens = Vec::new();
    // The NIR due in 4 days (soon), then late (4 January), with its late advice open; a
    // refusal in the footer; the e-mail with its warnings; the timeline.
    let mut soon = Screen::new(halfway(), Lang::En);
    soon.press(&[KeyCode::Char('j'), KeyCode::Char(' ')]);
    screens.push(("soon", soon.draw(80, 24)));
    let mut late = Screen::new(halfway(), Lang::En);
    late.platform.today = date(2027, 1, 4);
    late.press(&[KeyCode::Char('k')]);
    screens.push(("late", late.draw(80, 24)));
    late.press(&[KeyCode::Char('t')]);
    screens.push(("timeline", late.draw(80, 24)));
    let mut mail = Screen::new(with_numbers(), Lang::En);
    mail.press(&[KeyCode::Char('j'), KeyCode::Char('e')]);
    screens.push(("mail", mail.draw(80, 24)));
    let mut coloured = std::collections::BTreeSet::new();
    for (name, terminal) in &screens {
        let buffer = terminal.backend().buffer();
        for cell in &buffer.content {
            assert_eq!(cell.bg, Color::Reset, "{name}: a background colour");
            if cell.fg != Color::Reset {
                assert!(
                    MARKS.contains(&cell.symbol()),
                    "{name}: {:?} in {:?} is text\n{}",
                    cell.symbol(),
                    cell.fg,
                    terminal.backend()
                );
                coloured.insert(format!("{:?}", cell.fg));
                let (on_white, on_black) = contrast(cell.fg);
                assert!(
                    on_white >= 3.0 && on_black >= 3.0,
                    "{name}: {:?} is {on_white:.1}:1 on white, {on_black:.1}:1 on black",
                    cell.fg
                );
            }
        }
    }
    // Both colours are used: the test saw a late mark and a soon one.
    assert_eq!(coloured.into_iter().collect::<Vec<_>>(), ["Magenta", "Red"]);
    for (name, terminal) in &screens[..2] {
        insta::assert_snapshot!(
            format!("styles_{name}"),
            format!(
                "{}\n{}",
                terminal.backend(),
                style_map(terminal.backend().buffer())
            )
        );
    }
}

/// The colours this project once used for text fail on one background or the other: the
/// measure above is the one that matters.
#[test]
fn yellow_and_green_cannot_mark_on_white() {
    assert!(contrast(Color::Yellow).0 < 3.0);
    assert!(contrast(Color::Green).0 < 3.0);
    let (white, black) = contrast(Color::Red);
    assert!(
        (white - 5.9).abs() < 0.1 && (black - 3.6).abs() < 0.1,
        "{white} {black}"
    );
}

#[test]
fn ticking_the_nir_asks_for_its_number_and_keeps_the_field_open_on_a_typo() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Enter, KeyCode::Enter]);
    screen
        .type_text("2 95 10 99 126 111 39")
        .press(&[KeyCode::Enter]);
    let Mode::Field { field, .. } = screen.mode() else {
        panic!("the number field closed");
    };
    assert_eq!(
        field.error.as_deref(),
        Some(
            "The key (the last 2 digits) does not match the others: a digit is probably \
             mistyped. Compare with the CPAM’s letter."
        )
    );
    assert_eq!(screen.saved().state(Step::Nir), StepState::Open);
    screen
        .clear_field()
        .clear_field()
        .type_text(NIR)
        .press(&[KeyCode::Enter]);
    assert_eq!(screen.saved().number(Step::Nir), Some(&number(NIR)));
    assert_eq!(screen.saved().done_on(Step::Nir), Some(TODAY));
}

#[test]
fn a_refused_date_is_said_before_the_number_is_asked() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen
        .press(&[KeyCode::Enter])
        .clear_field()
        .type_text("01/10/2026");
    screen.press(&[KeyCode::Enter]);
    let Mode::Field { field, .. } = screen.mode() else {
        panic!("moved on to the number");
    };
    assert!(field.error.as_deref().unwrap_or("").contains("is before"));
}

#[test]
fn a_nir_that_looks_provisional_is_accepted_with_a_warning() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen
        .press(&[KeyCode::Enter, KeyCode::Enter])
        .type_text(NIA);
    screen.press(&[KeyCode::Enter]);
    assert_eq!(screen.saved().number(Step::Nir), Some(&number(NIA)));
    assert!(matches!(
        &screen.session.model.notice,
        Some(Notice::Warning(text)) if text.starts_with("This number starts with 7 or 8")
    ));
}

#[test]
fn n_corrects_the_number_of_a_done_step_only() {
    let mut screen = Screen::new(with_numbers(), Lang::En);
    // The attestation has no number.
    screen.press(&[KeyCode::Char('n')]);
    assert!(matches!(
        screen.session.model.notice,
        Some(Notice::Error(_))
    ));
    // ENSAP logs in with the definitive number: n there gives the NIR's.
    screen.press(&[KeyCode::Down, KeyCode::Char('n')]);
    assert!(matches!(
        screen.mode(),
        Mode::Field {
            purpose: Purpose::Number {
                step: Step::Nir,
                on: None
            },
            ..
        }
    ));
    screen.press(&[KeyCode::Esc, KeyCode::Up, KeyCode::Up, KeyCode::Char('n')]);
    assert!(matches!(
        screen.mode(),
        Mode::Field {
            purpose: Purpose::Number {
                step: Step::Nir,
                on: None
            },
            ..
        }
    ));
    // Empty: nothing changes.
    screen.press(&[KeyCode::Enter]);
    assert_eq!(screen.saved().number(Step::Nir), Some(&number(NIR)));
    screen
        .press(&[KeyCode::Char('n')])
        .type_text(NIA)
        .press(&[KeyCode::Enter]);
    assert_eq!(screen.saved().number(Step::Nir), Some(&number(NIA)));
    // The NIA typed again: one warning, that it looks provisional.
    assert!(matches!(
        &screen.session.model.notice,
        Some(Notice::Warning(text)) if text.contains("starts with 7 or 8")
            && !text.contains("same number as your NIA")
    ));
}

#[test]
fn numbers_are_masked_until_revealed_and_masked_again_on_moving() {
    let mut screen = Screen::new(with_numbers(), Lang::En);
    let text = || screen_text(&screen);
    fn screen_text(screen: &Screen) -> String {
        screen.draw(80, 24).backend().to_string()
    }
    assert_eq!(screen.session.model.selected, Step::Attestation);
    let masked = text();
    assert!(masked.contains("2 95 10 •• ••• ••• 93"), "{masked}");
    assert!(!masked.contains("99 126 111"), "{masked}");
    screen.press(&[KeyCode::Up, KeyCode::Char('r')]);
    let revealed = screen_text(&screen);
    assert!(revealed.contains("2 95 10 99 126 111 93"), "{revealed}");
    // Only the selected step's number is revealed.
    assert!(revealed.contains("8 84 05 •• ••• ••• 23"), "{revealed}");
    screen.press(&[KeyCode::Up]);
    assert!(!screen_text(&screen).contains("99 126 111"));
}

#[test]
fn y_copies_the_form_each_site_wants() {
    let mut screen = Screen::new(with_numbers(), Lang::En);
    screen.press(&[KeyCode::Up, KeyCode::Char('y')]);
    assert_eq!(screen.platform.clipboard.as_deref(), Some("2951099126111"));
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Info(
            "Copied the first 13 digits, for ameli.fr.".to_owned()
        ))
    );
    screen.press(&[KeyCode::Down, KeyCode::Down, KeyCode::Char('y')]);
    assert_eq!(
        screen.platform.clipboard.as_deref(),
        Some("295109912611193")
    );
    screen.press(&[KeyCode::Up, KeyCode::Up, KeyCode::Up, KeyCode::Char('y')]);
    assert_eq!(screen.session.model.selected, Step::Nia);
    assert_eq!(
        screen.platform.clipboard.as_deref(),
        Some("884058832102523")
    );
    // The request has no number: `y` copies its page.
    screen.press(&[KeyCode::Up, KeyCode::Char('y')]);
    assert_eq!(
        screen.platform.clipboard.as_deref(),
        Some(secu::procedure::web::ACADEMIE)
    );
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Info("The step’s address is copied.".to_owned()))
    );
}

#[test]
fn a_copy_only_the_terminal_took_is_said_so_and_shown_whole() {
    let mut screen = Screen::new(with_numbers(), Lang::En);
    // Over SSH, or in tmux: only OSC 52, which the terminal may drop.
    screen.platform.takes = secu::tui::Clipboard::Terminal;
    screen.press(&[KeyCode::Up, KeyCode::Char('y')]);
    assert!(matches!(
        &screen.session.model.notice,
        Some(Notice::Warning(text)) if text.starts_with("Sent to your terminal for its clipboard")
    ));
    // Exactly what was sent is on screen, on a row of its own: the 13 digits of ameli's
    // login on the NIR, not the whole number.
    let text = screen.draw(80, 24).backend().to_string();
    assert!(text.contains("\n\"2951099126111   "), "{text}");
    assert!(!text.contains("2 95 10 99 126 111 93"), "{text}");
    // An address: whole, full width, no border; and the next key acts as it would.
    screen.press(&[KeyCode::Up, KeyCode::Up, KeyCode::Char('y')]);
    assert_eq!(screen.session.model.mode, Mode::Checklist);
    let text = screen.draw(120, 30).backend().to_string();
    // At the start of a row of its own (made a link, as every address on screen is).
    assert!(
        text.contains(&format!("\n\"\u{1b}]8;;{}", secu::procedure::web::ACADEMIE)),
        "{text}"
    );
    screen.press(&[KeyCode::Char('x')]);
    assert!(matches!(screen.mode(), Mode::Choose(_)));
    assert_eq!(screen.session.model.sent, None);
}

#[test]
fn o_without_a_browser_says_nothing_was_opened_and_where_the_address_went() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.platform.takes = secu::tui::Clipboard::Terminal;
    screen.press(&[KeyCode::Char('o')]);
    assert!(
        matches!(&screen.session.model.notice, Some(Notice::Warning(text))
            if text.starts_with("No browser was opened here")
                && text.contains("terminal for its clipboard")),
        "{:?}",
        screen.session.model.notice
    );
    assert_eq!(
        screen.session.model.sent.as_deref(),
        Some(secu::procedure::web::AMELI_CREATE)
    );
}

#[test]
fn the_model_s_debug_print_holds_no_number() {
    let mut screen = Screen::new(with_numbers(), Lang::En);
    screen
        .press(&[KeyCode::Up, KeyCode::Char('n')])
        .type_text("295109912611193");
    screen.press(&[KeyCode::Char('y')]);
    let debug = format!("{:?}", screen.session.model);
    assert!(!debug.contains("295109912611193"), "{debug}");
    assert!(!debug.contains("2951099126111"), "{debug}");
    assert!(!debug.contains("884058832102523"), "{debug}");
    assert!(debug.contains("(hidden)"), "{debug}");
}

#[test]
fn the_checklist_with_numbers_masked() {
    let mut screen = Screen::new(with_numbers(), Lang::En);
    screen.press(&[KeyCode::Up]);
    insta::assert_snapshot!("numbers_masked_80x24", screen.draw(80, 24).backend());
}

#[test]
fn a_change_made_elsewhere_is_shown_and_stays_shown_past_the_key_that_found_it() {
    let mut screen = Screen::new(halfway(), Lang::En);
    let mut elsewhere = halfway();
    elsewhere.tick(Step::Nir, TODAY, TODAY).unwrap();
    screen
        .session
        .store()
        .update(|doc| {
            doc.progress = elsewhere.clone();
            Ok::<_, ()>(())
        })
        .unwrap();
    // The key that reveals the change does not hide its warning.
    screen.press(&[KeyCode::Char('j')]);
    assert_eq!(screen.session.model.progress, elsewhere);
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Warning(
            "Changed by another secu: showing the latest.".to_owned()
        ))
    );
    // The next key does.
    screen.press(&[KeyCode::Char('k')]);
    assert_eq!(screen.session.model.notice, None);
    // The next tick is applied on top of it, not on the screen's old copy.
    screen.press(&[KeyCode::Down, KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(screen.saved().done_on(Step::Nir), Some(TODAY));
    assert_eq!(screen.saved().done_on(Step::Attestation), Some(TODAY));
}

#[test]
fn a_file_damaged_elsewhere_stays_reported_until_it_reads_again() {
    let mut screen = Screen::new(halfway(), Lang::En);
    let path = screen.session.store().path().to_owned();
    let good = std::fs::read(&path).unwrap();
    std::fs::write(&path, b"{ damaged").unwrap();
    screen.press(&[KeyCode::Char('j')]);
    let damaged = |screen: &Screen| {
        screen
            .session
            .model
            .file_problem
            .as_deref()
            .is_some_and(|p| p.contains("is damaged"))
    };
    assert!(damaged(&screen));
    // Keys come and go; the problem stays on screen, and the old data with it.
    screen.press(&[KeyCode::Char('k'), KeyCode::Char('j')]);
    assert!(damaged(&screen));
    let text = screen.draw(80, 24).backend().to_string();
    assert!(text.contains("is damaged"), "{text}");
    assert!(text.contains("done 2 Oct 2026"), "{text}");
    // A tick is refused, and the file left as it is.
    screen.press(&[KeyCode::Char('k'), KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(std::fs::read(&path).unwrap(), b"{ damaged");
    std::fs::write(&path, good).unwrap();
    screen.press(&[KeyCode::Esc, KeyCode::Char('j')]);
    assert_eq!(screen.session.model.file_problem, None);
}

#[test]
fn an_error_goes_with_the_next_key_even_when_that_key_succeeds() {
    let mut screen = Screen::new(halfway(), Lang::En);
    // `u` on the open NIR is refused: the NIA is the last ticked step.
    assert_eq!(screen.session.model.selected, Step::Nir);
    screen.press(&[KeyCode::Char('u')]);
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Error(
            "u un-ticks the last ticked step: “Provisional number (NIA)”.".to_owned()
        ))
    );
    // A move says nothing of its own: the error must still go.
    screen.press(&[KeyCode::Char('j')]);
    assert_eq!(screen.session.model.notice, None);
}

#[test]
fn the_setup_form_changes_only_what_it_changed() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Char('s')]);
    // Meanwhile, another secu sets the gestionnaire's name.
    let store = screen.session.store().clone();
    store
        .update(|doc| {
            let mut profile = doc.progress.profile().clone();
            profile.gestionnaire_name = Some("Mme EXT".to_owned());
            doc.progress.set_profile(profile)
        })
        .unwrap();
    // The answers as a list: down to the school, Enter, type it, Enter saves it alone.
    let Mode::Setup(form) = screen.mode() else {
        panic!("s did not open the setup");
    };
    assert_eq!(form.at, SetupAt::Answers { selected: 0 });
    let school = down_to_answer(&mut screen, Question::School);
    screen.press(&[KeyCode::Enter]).type_text("Lycée Thiers");
    screen.press(&[KeyCode::Enter]);
    // Saved, and back to the answers, the school still selected; Esc to the steps.
    let Mode::Setup(form) = screen.mode() else {
        panic!("the save closed the setup");
    };
    assert_eq!(form.at, SetupAt::Answers { selected: school });
    screen.press(&[KeyCode::Esc]);
    assert_eq!(*screen.mode(), Mode::Checklist);
    let profile = screen.saved().profile().clone();
    assert_eq!(profile.school.as_deref(), Some("Lycée Thiers"));
    assert_eq!(profile.gestionnaire_name.as_deref(), Some("Mme EXT"));
}

const LANGS: [Lang; 5] = [Lang::En, Lang::Fr, Lang::Es, Lang::De, Lang::It];

#[test]
fn every_language_at_80x24_main_screen_help_and_glossary() {
    for lang in LANGS {
        let mut screen = Screen::new(halfway(), lang);
        insta::assert_snapshot!(format!("main_{lang}_80x24"), screen.draw(80, 24).backend());
        screen.press(&[KeyCode::Char('?')]);
        insta::assert_snapshot!(format!("help_{lang}_80x24"), screen.draw(80, 24).backend());
        screen.press(&[KeyCode::Esc, KeyCode::Char('g')]);
        assert!(matches!(
            screen.mode(),
            Mode::Reading {
                what: Reading::Glossary,
                ..
            }
        ));
        insta::assert_snapshot!(
            format!("glossary_{lang}_80x24"),
            screen.draw(80, 24).backend()
        );
    }
}

#[test]
fn the_longest_labels_fit_at_80_and_the_short_ones_at_40() {
    for lang in LANGS {
        let texts = lang.texts();
        let screen = Screen::new(halfway(), lang);
        let wide = screen.draw(80, 24).backend().to_string();
        let narrow = screen.draw(40, 12).backend().to_string();
        for step in Step::ALL {
            assert!(
                wide.contains(texts.step_title(step)),
                "{lang} {step}:\n{wide}"
            );
            assert!(
                narrow.contains(texts.step_short(step)),
                "{lang} {step}:\n{narrow}"
            );
        }
        // At 80 and at 40 columns the keys people need most are always in the footer.
        let space = texts.key_names().space;
        for screen_text in [&wide, &narrow] {
            for hint in [
                format!("{space} {}", Action::Tick.describe(texts).0),
                format!("? {}", Action::Help.describe(texts).0),
                format!("q {}", Action::Quit.describe(texts).0),
            ] {
                assert!(screen_text.contains(&hint), "{lang}: {hint}\n{screen_text}");
            }
        }
        // Every day count shows whole, with its unit.
        assert!(
            narrow.contains(&texts.days_left(secu::procedure::DaysLeft(4))),
            "{lang}:\n{narrow}"
        );
    }
}

#[test]
fn l_cycles_the_languages_and_saves_the_choice() {
    let mut screen = Screen::new(halfway(), Lang::En);
    for expected in [Lang::Fr, Lang::Es, Lang::De, Lang::It, Lang::En] {
        screen.press(&[KeyCode::Char('L')]);
        assert_eq!(screen.session.model.lang, expected);
        assert_eq!(
            screen.saved().profile().language.as_deref(),
            Some(expected.code())
        );
        assert_eq!(
            screen.session.model.notice,
            Some(Notice::Info(expected.texts().language_changed().to_owned()))
        );
    }
}

#[test]
fn the_setup_asks_the_language_first_and_speaks_it_at_once() {
    let mut screen = Screen::new(Progress::default(), Lang::En);
    // Down to Deutsch.
    screen.press(&[KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
    assert_eq!(screen.session.model.lang, Lang::De);
    assert!(
        screen
            .draw(80, 24)
            .backend()
            .to_string()
            .contains("Wo unterrichten Sie?")
    );
    screen.press(&[
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Enter,
    ]);
    assert_eq!(screen.saved().profile().language.as_deref(), Some("de"));
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Info("Profil gespeichert.".to_owned()))
    );
}

#[test]
fn the_glossary_scrolls_and_closes() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Char('g')]);
    let top = screen.draw(40, 12).backend().to_string();
    assert!(top.contains("CPAM"), "{top}");
    screen.press(&[KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Down]);
    let scrolled = screen.draw(40, 12).backend().to_string();
    assert!(!scrolled.contains("CPAM "), "{scrolled}");
    assert!(scrolled.contains("NIA"), "{scrolled}");
    screen.press(&[KeyCode::Esc]);
    assert_eq!(screen.session.model.mode, Mode::Checklist);
}

/// On the setup's answers, moves down to `question`'s row, and returns the row.
fn down_to_answer(screen: &mut Screen, question: Question) -> usize {
    let Mode::Setup(form) = screen.mode() else {
        panic!("the setup is not open");
    };
    let row = form
        .questions()
        .iter()
        .position(|&q| q == question)
        .unwrap();
    screen.press(&vec![KeyCode::Down; row]);
    row
}

fn press_ctrl(screen: &mut Screen, c: char) {
    screen.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

#[test]
fn o_opens_the_step_s_page_or_copies_it_and_says_so() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Char('o')]);
    assert_eq!(
        screen.platform.opened.as_deref(),
        Some(secu::procedure::web::AMELI_CREATE)
    );
    // No browser here: the address is copied instead, and the footer says so.
    assert_eq!(
        screen.platform.clipboard.as_deref(),
        Some(secu::procedure::web::AMELI_CREATE)
    );
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Info(
            "No browser can be opened here: the address is copied.".to_owned()
        ))
    );
    // The link is on one line of the details, shortened visibly where it does not fit, and
    // made a hyperlink to the whole address (OSC 8), as the terminal receives it.
    let text = screen.draw(100, 40).backend().to_string();
    assert!(
        text.contains(&format!(
            "Link     \u{1b}]8;;{}\u{1b}\\https://assure.ameli.fr/…/PortailAS/assure?_nfpb=true&_pageLabel=as_creation_immediate_page\u{1b}]8;;\u{1b}\\",
            secu::procedure::web::AMELI_CREATE
        )),
        "{text}"
    );
    screen.press(&[KeyCode::Down, KeyCode::Down, KeyCode::Char('o')]);
    assert_eq!(
        screen.platform.opened.as_deref(),
        Some(secu::procedure::web::ENSAP)
    );
}

#[test]
fn the_details_say_whom_to_contact() {
    let screen = Screen::new(halfway(), Lang::En);
    let text = screen.draw(100, 40).backend().to_string();
    assert!(
        text.contains("Contact  Bureau des assistants (DIPE), rectorat:"),
        "{text}"
    );
    let mut primary = halfway();
    let mut profile = primary.profile().clone();
    profile.level = Some(Level::Primary);
    profile.department = Some(secu::procedure::Department::Vaucluse);
    profile.gestionnaire_name = Some("Mme Martin".to_owned());
    profile.gestionnaire_email = Some("m.martin@ac-aix-marseille.fr".to_owned());
    primary.set_profile(profile).unwrap();
    let text = Screen::new(primary, Lang::Fr)
        .draw(100, 40)
        .backend()
        .to_string();
    assert!(
        text.contains("Mme Martin, la DSDEN 84 Vaucluse\u{a0}: m.martin@ac-aix-marseille.fr"),
        "{text}"
    );
}

#[test]
fn m_prepares_the_e_mail_to_copy_or_open() {
    let mut p = halfway();
    p.tick(Step::Nir, TODAY, TODAY).unwrap();
    let mut profile = p.profile().clone();
    profile.name = Some("Jane Doe".to_owned());
    profile.title = Some(secu::procedure::Title::Assistant);
    p.set_profile(profile).unwrap();
    let mut screen = Screen::new(p, Lang::En);
    assert_eq!(screen.session.model.selected, Step::Attestation);
    screen.press(&[KeyCode::Char('m')]);
    assert_eq!(*screen.mode(), Mode::Mail { scroll: 0 });
    let text = screen.draw(80, 24).backend().to_string();
    assert!(
        text.contains("! Attach the PDF of your attestation yourself"),
        "{text}"
    );
    assert!(!text.contains("[NOM Prénom]"), "{text}");
    assert!(
        text.contains("→ assistants-langues@ac-aix-marseille.fr"),
        "{text}"
    );
    assert!(
        text.contains("Attestation de droits — Jane Doe, assistant de langue"),
        "{text}"
    );
    // y offers the parts, one by one for a webmail's fields, or all labelled.
    screen.press(&[KeyCode::Char('y')]);
    let text = screen.draw(80, 24).backend().to_string();
    for part in [
        "1 the address",
        "2 the subject",
        "3 the text",
        "4 all of it, labelled",
    ] {
        assert!(text.contains(part), "{part}: {text}");
    }
    screen.press(&[KeyCode::Char('1')]);
    assert_eq!(
        screen.platform.clipboard.as_deref(),
        Some("assistants-langues@ac-aix-marseille.fr")
    );
    // Back to the e-mail, for the next part; said with the reminder about the PDF.
    assert_eq!(*screen.mode(), Mode::Mail { scroll: 0 });
    assert!(
        matches!(&screen.session.model.notice, Some(Notice::Info(text))
            if text.contains("the address copied") && text.contains("Attach the PDF")),
        "{:?}",
        screen.session.model.notice
    );
    screen.press(&[KeyCode::Char('y'), KeyCode::Char('2')]);
    assert!(
        screen
            .platform
            .clipboard
            .as_deref()
            .is_some_and(|s| s.starts_with("Attestation de droits — Jane Doe"))
    );
    screen.press(&[KeyCode::Char('y'), KeyCode::Char('4')]);
    let copied = screen.platform.clipboard.clone().unwrap();
    assert!(
        copied.starts_with("À\u{a0}: assistants-langues@ac-aix-marseille.fr\nObjet\u{a0}: Attestation de droits — Jane Doe"),
        "{copied}"
    );
    assert!(copied.contains("Veuillez trouver ci-joint"), "{copied}");
    // All of it copied: the box has done its job.
    assert_eq!(*screen.mode(), Mode::Checklist);
    screen.press(&[KeyCode::Char('m'), KeyCode::Char('o')]);
    let mailto = screen.platform.opened.clone().unwrap();
    assert!(
        mailto.starts_with(
            "mailto:assistants-langues@ac-aix-marseille.fr?subject=Attestation%20de%20droits"
        ),
        "{mailto}"
    );
    // No mail program here: the box stays open, for the text to be copied instead.
    assert_eq!(*screen.mode(), Mode::Mail { scroll: 0 });
    // With one, the draft opens there, and the footer says what it lacks.
    screen.platform.browser = true;
    screen.press(&[KeyCode::Char('o')]);
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Warning(
            "The e-mail is open in your mail program. Attach the PDF of your attestation yourself: an e-mail opened or copied from here cannot carry it."
                .to_owned()
        ))
    );
}

#[test]
fn e_writes_a_note_of_several_lines() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen
        .press(&[KeyCode::Char('e')])
        .type_text("called the CPAM on 12/11");
    screen.press(&[KeyCode::Enter]).type_text("ref 4567");
    press_ctrl(&mut screen, 's');
    assert_eq!(screen.session.model.mode, Mode::Checklist);
    assert_eq!(
        screen.saved().record(Step::Nir).note.as_deref(),
        Some("called the CPAM on 12/11\nref 4567")
    );
    let text = screen.draw(100, 40).backend().to_string();
    assert!(text.contains("Note     called the CPAM on 12/11"), "{text}");
    assert!(text.contains("\"         ref 4567"), "{text}");
    // Esc asks before throwing away what was typed: No goes back to it, Yes throws it away.
    screen.press(&[KeyCode::Char('e')]).type_text(" more");
    screen.press(&[KeyCode::Esc]);
    assert!(matches!(
        screen.mode(),
        Mode::Confirm(Confirm::Discard { .. })
    ));
    screen.press(&[KeyCode::Char('n')]);
    let Mode::Note { field, .. } = screen.mode() else {
        panic!("No did not go back to the note");
    };
    assert_eq!(field.text(), "called the CPAM on 12/11\nref 4567 more");
    screen.press(&[KeyCode::Esc, KeyCode::Char('y')]);
    assert_eq!(*screen.mode(), Mode::Checklist);
    assert_eq!(
        screen.saved().record(Step::Nir).note.as_deref(),
        Some("called the CPAM on 12/11\nref 4567")
    );
}

#[test]
fn p_keeps_the_attestation_pdf_once_checked() {
    let mut screen = Screen::new(halfway(), Lang::En);
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("attestation-droits.pdf");
    std::fs::write(&pdf, b"%PDF-1.7 ...").unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, b"hello").unwrap();
    screen.press(&[KeyCode::Down, KeyCode::Char('p')]);
    screen
        .type_text(&text.display().to_string())
        .press(&[KeyCode::Enter]);
    let Mode::Field {
        purpose: Purpose::Pdf,
        field,
        ..
    } = screen.mode()
    else {
        panic!("the field closed on a text file");
    };
    assert!(
        field
            .error
            .as_deref()
            .unwrap_or("")
            .starts_with("This file is not a PDF")
    );
    screen
        .clear_field()
        .type_text(&pdf.display().to_string())
        .press(&[KeyCode::Enter]);
    assert_eq!(screen.session.model.mode, Mode::Checklist);
    assert_eq!(
        screen.saved().record(Step::Attestation).pdf.as_deref(),
        Some(pdf.as_path())
    );
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Info("PDF kept: attestation-droits.pdf.".to_owned()))
    );
}

#[test]
fn one_and_two_tick_the_nir_s_small_tasks_in_their_order() {
    use secu::procedure::SubTask;
    let mut screen = Screen::new(halfway(), Lang::En);
    assert_eq!(screen.session.model.selected, Step::Nir);
    // ameli.fr takes only the definitive number: nothing is ticked while the NIR is open.
    screen.press(&[KeyCode::Char('1')]);
    assert!(!screen.saved().task_done(SubTask::AmeliAccount));
    assert!(
        matches!(&screen.session.model.notice, Some(Notice::Error(e)) if e.contains("waits for your definitive number")),
        "{:?}",
        screen.session.model.notice
    );
    let mut nir = halfway();
    nir.tick(Step::Nir, TODAY, TODAY).unwrap();
    let mut screen = Screen::new(nir, Lang::En);
    screen.press(&[KeyCode::Char('k')]);
    assert_eq!(screen.session.model.selected, Step::Nir);
    // The download needs the account.
    screen.press(&[KeyCode::Char('2')]);
    assert!(!screen.saved().task_done(SubTask::AttestationDownloaded));
    screen.press(&[KeyCode::Char('1'), KeyCode::Char('2')]);
    assert!(screen.saved().task_done(SubTask::AmeliAccount));
    assert!(screen.saved().task_done(SubTask::AttestationDownloaded));
    let text = screen.draw(80, 24).backend().to_string();
    assert!(
        text.contains("2 [x] Attestation de droits downloaded"),
        "{text}"
    );
    screen.press(&[KeyCode::Char('2')]);
    assert!(!screen.saved().task_done(SubTask::AttestationDownloaded));
    // Elsewhere the keys do nothing.
    screen.press(&[KeyCode::Up, KeyCode::Char('1')]);
    assert!(screen.saved().task_done(SubTask::AmeliAccount));
}

#[test]
fn the_timeline_of_the_school_year() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Char('t')]);
    assert!(screen.session.model.timeline);
    let wide = screen.draw(80, 24).backend().to_string();
    for mark in ["◆", "✓", "│", "Oct", "Jan", "Apr", "School year 2026–2027"] {
        assert!(wide.contains(mark), "{mark}:\n{wide}");
    }
    screen.press(&[KeyCode::Char('t')]);
    assert!(!screen.session.model.timeline);
}

#[test]
fn an_overdue_step_says_what_to_do_now() {
    for lang in [Lang::En, Lang::Fr] {
        let mut screen = Screen::new(halfway(), lang);
        update(
            &mut screen.session.model,
            Message::NewDay(date(2026, 12, 8)),
            secu::tui::regions,
        );
        let wide = screen.draw(80, 24);
        let narrow = screen.draw(40, 12);
        insta::assert_snapshot!(format!("overdue_{lang}_80x24"), wide.backend());
        insta::assert_snapshot!(format!("overdue_{lang}_40x12"), narrow.backend());
        let late = lang.texts().late_label();
        assert!(wide.backend().to_string().contains(late), "{lang}");
    }
}

#[test]
fn the_setup_asks_the_already_registered_for_their_number() {
    let mut screen = Screen::new(Progress::default(), Lang::En);
    // English, secondary, the start as prefilled, "yes" to the definitive number.
    screen.press(&[
        KeyCode::Enter,
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Down,
        KeyCode::Enter,
    ]);
    assert!(
        matches!(&screen.session.model.mode, Mode::Setup(s) if s.question() == Some(Question::Number))
    );
    // Checked like every number: a typo keeps the question open.
    screen.type_text("295109912611199").press(&[KeyCode::Enter]);
    let Mode::Setup(setup) = &screen.session.model.mode else {
        panic!("a bad number closed the setup");
    };
    assert_eq!(setup.question(), Some(Question::Number));
    assert!(setup.field.error.as_deref().unwrap().starts_with("The key"));
    screen.clear_field().clear_field().type_text(NIR).press(&[
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Enter,
    ]);
    assert_eq!(screen.session.model.mode, Mode::Checklist);
    let saved = screen.saved();
    assert!(saved.profile().already_registered);
    assert_eq!(saved.number(Step::Nir), Some(&number(NIR)));
    // The header counts what is owed: the CPAM steps are not needed, not done.
    let text = screen.draw(80, 24).backend().to_string();
    assert!(
        text.contains("0 of 2 done ■■".replace('■', "□").as_str()),
        "{text}"
    );
    assert!(text.contains("not needed"), "{text}");
}

#[test]
fn the_day_is_read_again_at_every_key() {
    let mut screen = Screen::new(halfway(), Lang::En);
    // The laptop slept through midnight: no timer fired, the clock says the 27th.
    screen.platform.today = date(2026, 11, 27);
    screen.press(&[KeyCode::Char('k'), KeyCode::Char('j')]);
    assert_eq!(screen.session.model.today, date(2026, 11, 27));
    let text = screen.draw(80, 24).backend().to_string();
    assert!(text.contains("due 30 November 2026 (in 3 days)"), "{text}");
    screen.press(&[KeyCode::Char(' ')]);
    let Mode::Field { field, .. } = &screen.session.model.mode else {
        panic!("no date field");
    };
    assert_eq!(field.text(), "27/11/2026");
    // Today is not in the future any more.
    screen.press(&[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(screen.saved().done_on(Step::Nir), Some(date(2026, 11, 27)));
}

/// A note or a name from the file that holds escape codes or a bidirectional override is
/// edited as the rest of the screen shows it, written out; left as it was, it is not
/// written back.
#[test]
fn text_from_the_file_is_edited_inert_and_written_back_only_when_changed() {
    let mut progress = halfway();
    let hostile = "call \u{1b}[2J\u{202e}evil\nnext line";
    progress
        .apply(
            &secu::procedure::Change::SetNote {
                step: Step::Nir,
                note: Some(hostile.to_owned()),
            },
            TODAY,
        )
        .unwrap();
    let mut profile = progress.profile().clone();
    profile.name = Some("Ana \u{202e}evil\u{7}".to_owned());
    progress.set_profile(profile).unwrap();
    let mut screen = Screen::new(progress, Lang::En);
    let file = screen.session.store().path().to_owned();
    let before = std::fs::read(&file).unwrap();
    let drawn_cells = |screen: &Screen| -> String {
        let terminal = screen.draw(80, 24);
        terminal
            .backend()
            .buffer()
            .content
            .iter()
            .map(|cell| cell.symbol().to_owned())
            .collect()
    };

    screen.press(&[KeyCode::Char('e')]);
    let cells = drawn_cells(&screen);
    assert!(!cells.chars().any(secu::text::is_unsafe), "{cells:?}");
    assert!(cells.contains("call \\u{1b}[2J\\u{202e}evil"), "{cells}");
    assert!(cells.contains("next line"), "{cells}");
    // Nothing typed: Esc does not ask, and Ctrl-S writes nothing back.
    screen.press(&[KeyCode::Esc]);
    assert_eq!(*screen.mode(), Mode::Checklist);
    screen.press(&[KeyCode::Char('e')]);
    press_ctrl(&mut screen, 's');
    assert_eq!(*screen.mode(), Mode::Checklist);
    assert_eq!(std::fs::read(&file).unwrap(), before);

    // The name, in the setup answers: Enter on it unchanged keeps the file as it is.
    screen.press(&[KeyCode::Char('s')]);
    down_to_answer(&mut screen, Question::Name);
    screen.press(&[KeyCode::Enter]);
    let cells = drawn_cells(&screen);
    assert!(!cells.chars().any(secu::text::is_unsafe), "{cells:?}");
    assert!(cells.contains("Ana \\u{202e}evil\\u{7}"), "{cells}");
    screen.press(&[KeyCode::Enter]);
    assert_eq!(
        screen.saved().profile().name.as_deref(),
        Some("Ana \u{202e}evil\u{7}")
    );
    // Typed over, it is saved as typed.
    screen
        .press(&[KeyCode::Enter])
        .clear_field()
        .type_text("Ana");
    screen.press(&[KeyCode::Enter]);
    assert_eq!(screen.saved().profile().name.as_deref(), Some("Ana"));
}

/// The file as another `secu` would change it, while the screen has an editor open.
fn change_elsewhere(screen: &Screen, change: secu::procedure::Change) {
    let other = secu::store::Store::new(screen.session.store().path());
    other
        .update(|doc| doc.progress.apply(&change, TODAY))
        .unwrap();
}

/// A note saved by another `secu` while the editor is open is never overwritten unseen: the
/// save is refused, the editor shows both texts, the other first, and only a second save,
/// of what the user made of them, replaces it.
#[test]
fn a_note_saved_elsewhere_while_editing_is_kept_beside_the_users() {
    use secu::procedure::Change;
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Up, KeyCode::Up, KeyCode::Char('e')]);
    screen
        .type_text("original note")
        .ctrl('s')
        .press(&[KeyCode::Esc]);
    let note = |screen: &Screen| screen.saved().record(Step::Request).note.clone();
    assert_eq!(note(&screen).as_deref(), Some("original note"));

    screen.press(&[KeyCode::Char('e')]);
    change_elsewhere(
        &screen,
        Change::SetNote {
            step: Step::Request,
            note: Some("CPAM ref 12345".to_owned()),
        },
    );
    screen.type_text(" + edit").ctrl('s');
    assert_eq!(note(&screen).as_deref(), Some("CPAM ref 12345"));
    let Mode::Note { field, .. } = screen.mode() else {
        panic!("the editor closed on a refused save");
    };
    assert_eq!(field.text(), "CPAM ref 12345\noriginal note + edit");
    assert!(
        field
            .error
            .as_deref()
            .unwrap()
            .contains("Another secu saved"),
        "{:?}",
        field.error
    );
    // The user keeps both: the second save is against the note now in the file.
    screen.ctrl('s');
    assert_eq!(
        note(&screen).as_deref(),
        Some("CPAM ref 12345\noriginal note + edit")
    );
}

/// A date corrected by another `secu` while the date field is open: the field keeps what was
/// typed and names the date the file holds now; Enter again puts the typed one in its place.
#[test]
fn a_date_corrected_elsewhere_is_named_before_it_is_replaced() {
    use secu::procedure::Change;
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Up, KeyCode::Up, KeyCode::Char('d')]);
    change_elsewhere(
        &screen,
        Change::Redate {
            step: Step::Request,
            on: date(2026, 10, 5),
        },
    );
    screen
        .clear_field()
        .type_text("03/10/2026")
        .press(&[KeyCode::Enter]);
    let done_on = |screen: &Screen| screen.saved().done_on(Step::Request);
    assert_eq!(done_on(&screen), Some(date(2026, 10, 5)));
    let Mode::Field { field, .. } = screen.mode() else {
        panic!("the field closed on a refused save");
    };
    assert_eq!(field.text(), "03/10/2026");
    let error = field.error.clone().unwrap();
    assert!(error.contains("done 5 Oct 2026"), "{error}");
    screen.press(&[KeyCode::Enter]);
    assert_eq!(done_on(&screen), Some(date(2026, 10, 3)));
}

/// An answer of the setup that another `secu` changed while the form was open is not
/// overwritten unseen: the save is refused with a word, the user's answer is kept, the other
/// answers follow the file, and saving again puts the user's in place.
#[test]
fn a_setup_answer_changed_elsewhere_is_not_overwritten_unseen() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Char('s')]);
    let text = |t: &str| Some(Some(t.to_owned()));
    change_elsewhere(
        &screen,
        secu::procedure::Change::EditProfile(secu::procedure::ProfileEdit {
            school: text("Lycée Thiers"),
            gestionnaire_name: text("Mme EXT"),
            ..Default::default()
        }),
    );
    down_to_answer(&mut screen, Question::School);
    screen.press(&[KeyCode::Enter]).type_text("Collège Mignet");
    screen.press(&[KeyCode::Enter]);
    let profile = screen.saved().profile().clone();
    assert_eq!(profile.school.as_deref(), Some("Lycée Thiers"));
    let Mode::Setup(form) = screen.mode() else {
        panic!("the refused save closed the setup");
    };
    let error = form.error.clone().unwrap_or_default();
    assert!(
        error.contains("Another secu changed these answers"),
        "{error}"
    );
    assert_eq!(form.draft.school.as_deref(), Some("Collège Mignet"));
    assert_eq!(form.draft.gestionnaire_name.as_deref(), Some("Mme EXT"));
    // Saving again: the user's school, the other secu's gestionnaire.
    screen.press(&[KeyCode::Enter]);
    screen.press(&[KeyCode::Enter]);
    let profile = screen.saved().profile().clone();
    assert_eq!(profile.school.as_deref(), Some("Collège Mignet"));
    assert_eq!(profile.gestionnaire_name.as_deref(), Some("Mme EXT"));
}

#[test]
fn a_tick_before_the_contract_s_start_says_so_and_keeps_the_date() {
    let mut screen = Screen::new(secondary(), Lang::Fr);
    screen
        .press(&[KeyCode::Char(' ')])
        .clear_field()
        .type_text("28/09/2026")
        .press(&[KeyCode::Enter]);
    assert_eq!(
        screen.saved().done_on(Step::Request),
        Some(chrono::NaiveDate::from_ymd_opt(2026, 9, 28).unwrap())
    );
    assert!(
        matches!(&screen.session.model.notice, Some(Notice::Warning(text))
            if text.contains("avant le début de votre contrat (1er octobre 2026)")),
        "{:?}",
        screen.session.model.notice
    );
}

#[test]
fn a_setup_answer_too_long_is_refused_on_its_own_question() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Char('s')]);
    let Mode::Setup(form) = &screen.session.model.mode else {
        panic!("no setup")
    };
    let name = form
        .questions()
        .iter()
        .position(|&q| q == Question::Name)
        .unwrap();
    screen.press(&vec![KeyCode::Down; name]);
    screen.press(&[KeyCode::Enter]).type_text(&"é".repeat(201));
    screen.press(&[KeyCode::Enter]);
    let Mode::Setup(form) = &screen.session.model.mode else {
        panic!("the setup closed")
    };
    assert_eq!(form.question(), Some(Question::Name));
    assert_eq!(
        form.field.error.as_deref(),
        Some("That is too long: 200 characters at most.")
    );
    // Nothing saved; 200 goes through.
    assert_eq!(screen.saved().profile().name, None);
    screen
        .clear_field()
        .type_text(&"é".repeat(200))
        .press(&[KeyCode::Enter]);
    assert_eq!(
        screen
            .saved()
            .profile()
            .name
            .as_deref()
            .map(|n| n.chars().count()),
        Some(200)
    );
}

#[test]
fn a_key_that_does_nothing_is_a_hint_without_a_tick() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Char('?'), KeyCode::Char('m')]);
    let text = screen.draw(80, 24).backend().to_string();
    assert!(text.contains("m does nothing here"), "{text}");
    assert!(!text.contains("✓ m does nothing here"), "{text}");
}

#[test]
fn ctrl_c_over_a_typed_date_asks_before_quitting() {
    let mut p = halfway();
    p.tick(Step::Nir, TODAY, TODAY).unwrap();
    let mut screen = Screen::new(p, Lang::En);
    screen.press(&[KeyCode::Char('k'), KeyCode::Char('d')]);
    screen.clear_field().type_text("11/02/20");
    press_ctrl(&mut screen, 'c');
    assert!(screen.session.model.running, "quit over typed text");
    let text = screen.draw(80, 24).backend().to_string();
    assert!(text.contains("Quit and discard what you typed?"), "{text}");
    // No: back to the field, the text as it was.
    screen.press(&[KeyCode::Char('n')]);
    assert!(matches!(screen.mode(), Mode::Field { field, .. } if field.text() == "11/02/20"));
}

#[test]
fn after_a_tick_the_next_step_s_details_start_at_their_top() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.resize(80, 24);
    screen.press(&[KeyCode::PageDown, KeyCode::PageDown]);
    assert!(screen.session.model.details_scroll > 0);
    screen.press(&[KeyCode::Char(' '), KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(screen.session.model.selected, Step::Attestation);
    assert_eq!(screen.session.model.details_scroll, 0);
    let text = screen.draw(80, 24).backend().to_string();
    assert!(text.contains("When"), "{text}");
}

#[test]
fn a_note_past_its_limit_says_so_while_typing_and_is_refused_with_a_reason() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Char('e')]);
    screen.paste(&"a".repeat(5_001));
    let text = screen.draw(80, 24).backend().to_string();
    assert!(
        text.contains("✗ 5001/5000 characters: shorten the note to save it."),
        "{text}"
    );
    // Ctrl-S is refused, with the reason in view, and the note stays open with its text.
    press_ctrl(&mut screen, 's');
    assert!(matches!(screen.mode(), Mode::Note { field, .. } if field.text().len() == 5_001));
    let text = screen.draw(40, 12).backend().to_string();
    assert!(text.contains("✗ 5001/5000"), "{text}");
    assert_eq!(screen.saved().record(Step::Nir).note, None);
}

/// No "more below" mark stands against text, in any snapshot: it has its row (or a border)
/// to itself, so that it never hides the end of a line, an address or its link.
#[test]
fn no_scroll_mark_covers_text_in_any_snapshot() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots");
    let mut marks = 0;
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines() {
            for (at, _) in line.match_indices("↓ ") {
                let before: Vec<char> = line[..at].chars().rev().take(1).collect();
                // "↑↓" is the arrow keys' name in the footer, not a mark.
                if before.first() == Some(&'↑') {
                    continue;
                }
                marks += 1;
                assert!(
                    before.iter().all(|&c| matches!(c, ' ' | '─' | '│' | '"')),
                    "{}: a mark against text in {line}",
                    path.display()
                );
            }
        }
    }
    assert!(marks > 10, "no marks found: the test reads nothing");
}

/// On the already-registered attestation, every language's footer keeps `m`, the step's
/// reason to exist, before the small tasks.
#[test]
fn the_footer_keeps_the_step_s_main_action_in_every_language() {
    let mut p = Progress::new(secu::procedure::Profile {
        level: Some(Level::Secondary),
        already_registered: true,
        ..secu::procedure::Profile::default()
    });
    p.apply(
        &secu::procedure::Change::SetNote {
            step: Step::Attestation,
            note: None,
        },
        TODAY,
    )
    .unwrap();
    for lang in Lang::ALL {
        let screen = Screen::new(p.clone(), lang);
        assert_eq!(screen.session.model.selected, Step::Attestation);
        let text = screen.draw(80, 24).backend().to_string();
        let footer = text.lines().last().unwrap();
        assert!(footer.contains("m "), "{lang}: {footer}");
    }
}

#[test]
fn over_ssh_an_export_says_it_is_on_the_server_and_how_to_fetch_it() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.session.model.remote_host = Some("10.0.0.5".to_owned());
    screen.press(&[KeyCode::Char('x'), KeyCode::Char('1')]);
    let downloads = screen.platform.downloads.display().to_string();
    assert!(
        matches!(&screen.session.model.notice, Some(Notice::Info(text))
            if text.contains(&format!("fetch it with: scp 10.0.0.5:{downloads}/secu-calendar.ics ."))),
        "{:?}",
        screen.session.model.notice
    );
}

/// At 40x12 words, dates and numbers are cut whole or not at all: the contract's start in
/// the setup's answers, the months of the timeline, the top line.
#[test]
fn a_narrow_window_cuts_between_words_never_inside_a_date() {
    let mut screen = Screen::new(halfway(), Lang::Fr);
    screen.resize(40, 12);
    screen.press(&[KeyCode::Char('s')]);
    let text = screen.draw(40, 12).backend().to_string();
    assert!(text.contains("1er octobre 2026"), "{text}");
    let mut screen = Screen::new(halfway(), Lang::Fr);
    screen.resize(40, 12);
    screen.press(&[KeyCode::Char('t')]);
    let text = screen.draw(40, 12).backend().to_string();
    for cut in ["avri", "auj…", "octo ", "nove "] {
        assert!(!text.contains(cut), "{cut}: {text}");
    }
    // Whatever the width, the top line never ends inside a date.
    let screen = Screen::new(halfway(), Lang::Fr);
    for width in 40..60 {
        let text = screen.draw(width, 12).backend().to_string();
        for line in text.lines().take(4) {
            let line = line.trim_matches('"').trim_end();
            if let Some(head) = line.strip_suffix('…') {
                let last = head.split(' ').next_back().unwrap_or_default();
                assert!(
                    !last.chars().next().is_some_and(|c| c.is_ascii_digit())
                        && !["novembre", "décembre"].contains(&last),
                    "{width}: {line}"
                );
            }
        }
    }
}

#[test]
fn correcting_a_date_says_what_it_was_as_the_command_line_does() {
    let mut screen = Screen::new(halfway(), Lang::En);
    screen.press(&[KeyCode::Up, KeyCode::Char('d')]);
    screen.clear_field().type_text("21/10/2026");
    screen.press(&[KeyCode::Enter]);
    assert_eq!(
        screen.session.model.notice,
        Some(Notice::Info(
            "Date of “Provisional number (NIA)” corrected: done 21 October 2026 (was 20 October 2026)."
                .to_owned()
        ))
    );
}

/// "Since last time" follows the screen left open: the day that changes, and the step ticked.
#[test]
fn since_last_time_stays_true_while_the_screen_stays_open() {
    let mut screen = Screen::new(halfway(), Lang::En);
    let last = date(2026, 11, 20);
    screen.session.model.last_visit = Some(last);
    update(
        &mut screen.session.model,
        Message::NewDay(date(2026, 11, 30)),
        secu::tui::regions,
    );
    let text = screen.draw(80, 24).backend().to_string();
    assert!(text.contains("no deadline passed since"), "{text}");
    update(
        &mut screen.session.model,
        Message::NewDay(date(2026, 12, 1)),
        secu::tui::regions,
    );
    let text = screen.draw(80, 24).backend().to_string();
    assert!(text.contains("1 deadline passed since"), "{text}");
    // Ticked now: its deadline no longer counts.
    screen.platform.today = date(2026, 12, 1);
    screen.press(&[KeyCode::Char(' '), KeyCode::Enter, KeyCode::Enter]);
    assert!(screen.saved().done_on(Step::Nir).is_some());
    let text = screen.draw(80, 24).backend().to_string();
    assert!(text.contains("no deadline passed since"), "{text}");
}
