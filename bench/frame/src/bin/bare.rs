//! The least a full-screen program showing the progress file does: read and parse it, enter
//! the alternate screen, draw one bordered paragraph, wait for a key.

use std::process::ExitCode;

use crossterm::event::{self, Event};
use ratatui::widgets::{Block, Paragraph};

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        return ExitCode::from(2);
    };
    let Ok(text) = std::fs::read_to_string(path) else {
        return ExitCode::from(1);
    };
    let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
        return ExitCode::from(1);
    };
    let keys = value.as_object().map_or(0, |o| o.len());
    let mut terminal = ratatui::init();
    let drawn = terminal.draw(|frame| {
        let paragraph =
            Paragraph::new(format!("{keys} keys")).block(Block::bordered().title("bare"));
        frame.render_widget(paragraph, frame.area());
    });
    while drawn.is_ok() {
        match event::read() {
            Ok(Event::Key(_)) | Err(_) => break,
            Ok(_) => {}
        }
    }
    ratatui::restore();
    ExitCode::SUCCESS
}
