#!/usr/bin/env bash
# Checks that the screen is plain ratatui and that each thing is done one way: no retired
# drawing machinery, the runtime, the view's core and text.rs within their size, no import
# circle between the command line and the commands or between update and view, no snapshot
# twice, `--help` and the manual page saying the same, the README for users.
# Usage: scripts/check-plain.sh [--bench]   (--bench also runs bench/run.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# Retired types and functions, and the dependencies that served them.
for retired in 'struct Direct' 'fn on_blank' 'fn first_frame' 'fn terminal_after' \
    'struct Canvas' 'struct Boxed' 'struct Lines' 'fn pieces' 'fn stands_alone' 'Held'; do
    if grep -rqn "$retired" src; then fail "still in src: $retired"; fi
done
for crate in nix rustix; do
    if grep -qE "^$crate *=" Cargo.toml; then fail "dependency $crate"; fi
done
if grep -qE '^clap = .*"env"' Cargo.toml; then fail "clap's env feature"; fi

# The runtime, the view's core and text.rs.
lines=$(cat src/tui/mod.rs src/tui/view/mod.rs src/text.rs | wc -l)
if ((lines > 1100)); then fail "runtime, view core and text.rs: $lines lines (≤ 1100)"; fi

# Import circles.
if grep -rqn 'crate::cli' src/commands; then fail "commands import cli"; fi
if grep -rqnE 'view::|super::view' src/tui/update; then fail "update imports view"; fi
if grep -rqnE 'update::|super::update' src/tui/view; then fail "view imports update"; fi

# No snapshot twice.
# A snapshot's body is what follows its header, the second line of `---`.
duplicates=$(for f in tests/snapshots/*.snap src/i18n/snapshots/*.snap; do
    awk 'seen >= 2 { print } /^---$/ { seen++ }' "$f" | md5sum | cut -d' ' -f1
done | sort | uniq -d | wc -l)
if ((duplicates > 0)); then fail "$duplicates snapshot(s) held twice"; fi

# --help and the manual page say the same of each command.
cargo build --release --quiet
secu=target/release/secu
man=$("$secu" man | sed 's/\\-/-/g')
for command in status show setup done number undo repair note pdf task export remind new-year completions man; do
    about=$(SECU_LANG=en "$secu" "$command" --help | head -1)
    if [[ "$man" != *"$about"* ]]; then fail "secu man lacks “$about” ($command --help)"; fi
done

# The README is for users.
size=$(wc -c < README.md)
if ((size > 30000)); then fail "README.md is $size bytes (≤ 30000)"; fi
head -6 README.md | grep -q 'cargo run --release' || fail "README does not open with cargo run --release"

if [[ "${1:-}" == --bench ]]; then
    bench/run.sh || fail "a performance target is missed"
fi

if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "plain ratatui, one way to do each thing ($lines lines of runtime, view core and text)"
