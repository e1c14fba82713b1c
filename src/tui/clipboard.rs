//! The clipboard that tells the truth: the system's where there is one (a desktop session),
//! the terminal's OSC 52 sequence otherwise (over SSH, without a display), and which of the
//! two took the text is reported, so that the screen never says "copied" when it cannot
//! know. Also whether a browser or a mail program can be opened at all.

use std::io;

/// Where copied text went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clipboard {
    /// The system clipboard took it: it can be pasted anywhere.
    System,
    /// Only sent to the terminal (OSC 52), which may silently drop it (tmux by default,
    /// GNOME Terminal): the screen then shows the text whole, to select with the mouse.
    Terminal,
}

/// What the environment says about the desktop around the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Desktop {
    /// Over SSH: the system clipboard and the browser are on another machine.
    pub ssh: bool,
    /// An X11 or Wayland display (Linux, the BSDs).
    pub display: bool,
    /// macOS or Windows, where there always is a desktop.
    pub always: bool,
}

impl Desktop {
    /// The desktop as the environment describes it (read at the edge): over SSH or not,
    /// with a display or not; macOS and Windows always have one.
    pub fn new(ssh: bool, display: bool) -> Desktop {
        Desktop {
            ssh,
            display,
            always: cfg!(any(target_os = "macos", windows)),
        }
    }

    /// Whether programs of the desktop (the clipboard, a browser, a mail program) are within
    /// reach. Without, `xdg-open` may start a text browser inside this very terminal.
    pub fn reachable(self) -> bool {
        !self.ssh && (self.always || self.display)
    }
}

/// The clipboards, the system's opened on first use and kept: on X11 the text is served
/// by this process for as long as it runs (a thread, no helper process).
#[derive(Default)]
pub struct Clipboards {
    system: Option<arboard::Clipboard>,
}

impl Clipboards {
    /// Copies `text` where it can: the system clipboard when the desktop is within reach and
    /// takes it, else the terminal's.
    pub fn copy(&mut self, text: &str, desktop: Desktop) -> Result<Clipboard, String> {
        self.copy_through(text, desktop, io::stdout())
    }

    /// As [`Clipboards::copy`], the terminal's sequence written to `terminal`.
    fn copy_through(
        &mut self,
        text: &str,
        desktop: Desktop,
        mut terminal: impl io::Write,
    ) -> Result<Clipboard, String> {
        if desktop.reachable() && self.copy_to_system(text) {
            return Ok(Clipboard::System);
        }
        crossterm::execute!(
            terminal,
            crossterm::clipboard::CopyToClipboard::to_clipboard_from(text)
        )
        .map(|()| Clipboard::Terminal)
        .map_err(|error| error.to_string())
    }

    fn copy_to_system(&mut self, text: &str) -> bool {
        if self.system.is_none() {
            self.system = arboard::Clipboard::new().ok();
        }
        self.system
            .as_mut()
            .is_some_and(|clipboard| clipboard.set_text(text).is_ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_desktop_is_within_reach_only_with_a_display_and_not_over_ssh() {
        let linux = Desktop::default();
        assert!(!linux.reachable(), "a console without a display");
        assert!(
            Desktop {
                display: true,
                ..linux
            }
            .reachable()
        );
        assert!(
            !Desktop {
                display: true,
                ssh: true,
                ..linux
            }
            .reachable()
        );
        assert!(
            Desktop {
                always: true,
                ..linux
            }
            .reachable()
        );
        assert!(
            !Desktop {
                always: true,
                ssh: true,
                ..linux
            }
            .reachable()
        );
    }

    #[test]
    fn without_a_desktop_the_text_goes_to_the_terminal() {
        let mut clipboards = Clipboards::default();
        let way = clipboards.copy(
            "x",
            Desktop {
                ssh: true,
                ..Desktop::default()
            },
        );
        assert_eq!(way, Ok(Clipboard::Terminal));
        assert!(
            clipboards.system.is_none(),
            "the system clipboard was not even opened"
        );
    }
}
