//! The signals that would leave the terminal broken: each one that ends the process gives
//! the terminal back first, and a stop (Ctrl-Z, `kill -TSTP`) leaves it and, at `fg`, takes it
//! again and redraws, as vim, htop and lazygit do.

#[cfg(unix)]
use std::sync::atomic::{AtomicBool, Ordering};

#[cfg(unix)]
use signal_hook::consts::signal::{
    SIGALRM, SIGHUP, SIGINT, SIGPROF, SIGQUIT, SIGSYS, SIGTERM, SIGTRAP, SIGTSTP, SIGUSR1, SIGUSR2,
    SIGVTALRM, SIGWINCH, SIGXCPU, SIGXFSZ,
};

/// Every signal whose default action ends the process and that a program may catch: a
/// closed window (HUP), `kill` (TERM), Ctrl-\ from outside (QUIT), and the rest that a
/// script or a mistyped `kill -USR1` can send. SIGKILL cannot be caught, and SIGSEGV, SIGBUS,
/// SIGILL and SIGFPE mean the process itself is broken: the panic hook is the way out there.
#[cfg(unix)]
const ENDING: &[i32] = &[
    SIGHUP,
    SIGINT,
    SIGQUIT,
    SIGTERM,
    SIGUSR1,
    SIGUSR2,
    SIGALRM,
    SIGVTALRM,
    SIGPROF,
    SIGXCPU,
    SIGXFSZ,
    SIGSYS,
    SIGTRAP,
    #[cfg(any(target_os = "linux", target_os = "android"))]
    libc::SIGPWR,
    #[cfg(any(target_os = "linux", target_os = "android"))]
    libc::SIGSTKFLT,
];

/// A stop was asked for and not yet carried out: the thread that catches signals cannot
/// touch the terminal while the event loop draws on it, so it leaves this for the loop.
#[cfg(unix)]
static STOP: AtomicBool = AtomicBool::new(false);

/// Installs the handlers, before the terminal changes (ratatui's template does the same), so
/// that no signal can come between the change and its handler. A signal that was ignored
/// when `secu` started (`nohup`, a shell without job control) stays ignored.
pub fn install(restore: fn()) {
    #[cfg(unix)]
    {
        let mut caught: Vec<i32> = ENDING.iter().copied().filter(|&s| !ignored(s)).collect();
        if !ignored(SIGTSTP) {
            caught.push(SIGTSTP);
        }
        let Ok(mut signals) = signal_hook::iterator::Signals::new(&caught) else {
            return;
        };
        std::thread::spawn(move || {
            for signal in signals.forever() {
                if signal == SIGTSTP {
                    STOP.store(true, Ordering::SeqCst);
                    // Wakes the event loop from its wait: crossterm turns a SIGWINCH into
                    // a resize event, after which the loop looks at `STOP`.
                    let _ = signal_hook::low_level::raise(SIGWINCH);
                } else {
                    restore();
                    std::process::exit(128 + signal);
                }
            }
        });
    }
    #[cfg(not(unix))]
    let _ = restore;
}

/// Whether `signal` was set to be ignored by whoever started `secu`.
#[cfg(unix)]
fn ignored(signal: i32) -> bool {
    // SAFETY: a query only (no new action is given), into a zeroed struct of our own.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signal, std::ptr::null(), &mut action) == 0
            && action.sa_sigaction == libc::SIG_IGN
    }
}

/// Asks for a stop, as Ctrl-Z does in a terminal that is not in raw mode: the same signal,
/// handled the same way as one sent from outside.
pub fn ask_to_stop() {
    #[cfg(unix)]
    let _ = signal_hook::low_level::raise(SIGTSTP);
}

/// Whether a stop was asked for since the last look; taking it clears it.
pub fn stop_asked() -> bool {
    #[cfg(unix)]
    return STOP.swap(false, Ordering::SeqCst);
    #[cfg(not(unix))]
    false
}

/// Stops until continued (`fg`), as the terminal's own Ctrl-Z would: SIGTSTP, with its
/// default action for the moment, to the whole process group, as vim does. Stopping only
/// `secu` would strand the shell when something stands between them (`cargo run`, `sh -c`):
/// it waits for that program, which would not stop. Where the system discards the signal (a
/// group no shell controls), nothing stops and the checklist comes straight back.
pub fn stop_now() {
    #[cfg(unix)]
    // SAFETY: `sigaction` reads and writes structs of our own, zeroed; `kill(0, …)` signals
    // our own process group. The handler signal-hook installed is put back as it was.
    unsafe {
        let mut default: libc::sigaction = std::mem::zeroed();
        default.sa_sigaction = libc::SIG_DFL;
        let mut ours: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(SIGTSTP, &default, &mut ours) == 0 {
            libc::kill(0, SIGTSTP);
            libc::sigaction(SIGTSTP, &ours, std::ptr::null_mut());
        }
    }
}
