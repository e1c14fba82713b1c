#!/usr/bin/env bash
# Drives the release build in tmux, as a person would, and checks that each screen says what
# happened, stays whole and keeps what was typed: over SSH (no display), at 80x24, 60x20 and
# 40x12, in several languages, with wide scripts.
# Usage: scripts/screens.sh   (needs tmux; builds the release first)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 2; }
cargo build --release --quiet
SECU="$PWD/target/release/secu"
WORK=$(mktemp -d)
SOCKET="secu-screens-$$"
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$WORK"' EXIT
failures=0
mkdir -p "$WORK/home"

# open NAME WIDTH HEIGHT ARGS…: the checklist on NAME's file, over SSH without a display.
open() {
    local name=$1 width=$2 height=$3
    shift 3
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    sleep 0.3
    tmux -L "$SOCKET" new -d -s s -x "$width" -y "$height" \
        "env -u DISPLAY -u WAYLAND_DISPLAY SSH_CONNECTION='10.0.0.9 50000 10.0.0.5 22' \
         HOME='$WORK/home' SECU_FILE='$WORK/$name.json' XDG_STATE_HOME='$WORK/state' \
         '$SECU' --today 26/11/2026 $*"
    sleep 0.4
}
keys() { tmux -L "$SOCKET" send-keys -t s "$@"; sleep 0.25; }
screen() { tmux -L "$SOCKET" capture-pane -p -t s; }
has() {
    if [[ "$(screen)" != *"$1"* ]]; then
        echo "FAIL ($2): «$1» not on screen:"
        screen | sed 's/^/    /'
        failures=$((failures + 1))
    fi
}
lacks() {
    if [[ "$(screen)" == *"$1"* ]]; then
        echo "FAIL ($2): «$1» on screen:"
        screen | sed 's/^/    /'
        failures=$((failures + 1))
    fi
}
setup() { # setup NAME ARGS…: a file set up and halfway (request and NIA done)
    local name=$1
    shift
    SECU_FILE="$WORK/$name.json" "$SECU" setup --today 26/11/2026 "$@" >/dev/null
    SECU_FILE="$WORK/$name.json" "$SECU" done request --on 02/10/2026 --today 26/11/2026 >/dev/null
    SECU_FILE="$WORK/$name.json" "$SECU" done nia --on 20/10/2026 --today 26/11/2026 >/dev/null
}

setup half --level secondary
SECU_FILE="$WORK/half.json" "$SECU" done nir --on 20/11/2026 --number 295109912611193 \
    --today 26/11/2026 >/dev/null

# Over SSH, y on the NIR shows exactly what was sent: ameli's 13 digits, on a row of its own.
open half 80 24 --lang en
keys k
keys y
has "2951099126111" "y over SSH"
lacks "2 95 10 99 126 111 93" "y over SSH"
# …and the next key acts: x opens the export choice.
keys x
has "Export to Downloads" "a key after y"
keys Escape

# o over SSH says nothing was opened; an export says where the file is and how to fetch it.
keys o
has "No browser was opened here" "o over SSH"
keys x 1
has "10.0.0.5:" "export over SSH"

# The e-mail's parts, in French.
open half 80 24 --lang fr
keys m y
has "1 l’adresse" "mail parts"
has "4 le tout, avec ses intitulés" "mail parts"
keys 3
has "Envoyé au presse-papiers du terminal" "mail part sent"
has "Veuillez trouver ci-joint" "mail part sent"
keys Escape

# A note past its limit is counted in the footer; Ctrl-C over a typed date asks first.
open half 60 20 --lang en
keys e
tmux -L "$SOCKET" set-buffer "$(printf 'a%.0s' $(seq 1 5010))"
tmux -L "$SOCKET" paste-buffer -p -t s
sleep 0.3
has "5010/5000 characters" "note past its limit"
keys C-s
has "5010/5000 characters" "Ctrl-S on a note past its limit"
keys Escape y
keys k k d C-u
keys "11/02/20"
keys C-c
has "Quit and discard what you typed?" "Ctrl-C over a typed date"
keys n Escape

# The "more below" mark has its row; narrow windows cut between words; a German footer keeps
# the e-mail on the already-registered attestation.
SECU_FILE="$WORK/reg.json" "$SECU" setup --level secondary --already-registered \
    --today 26/11/2026 >/dev/null
open reg 80 24 --lang de
has "m E-Mail" "the footer's main action"
open half 40 12 --lang fr
lacks "avant le" "the due date's words at 40x12"
keys t
lacks "avri" "the timeline's months at 40x12"

# A box over Chinese text keeps its left border (the border column is checked on each row).
SECU_FILE="$WORK/half.json" "$SECU" note request "$(printf '山田太郎に電話した、%.0s' $(seq 1 30))" \
    --today 26/11/2026 >/dev/null
for width in 80 81; do
    open half "$width" 24 --lang en
    keys k k k PageDown PageDown PageDown d
    top=$(screen | grep -n '┌Registration request' | head -1 | cut -d: -f1 || true)
    if [[ -z "$top" ]]; then
        echo "FAIL (no date box at $width columns)"
        screen | sed 's/^/    /'
        failures=$((failures + 1))
        continue
    fi
    # Columns, not characters: a wide character takes two.
    broken=$(screen | sed -n "${top},$((top + 3))p" | python3 -c '
import sys, unicodedata
def column(line, mark):
    at = line.find(mark)
    return -1 if at < 0 else sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[:at])
rows = sys.stdin.read().splitlines()
left = column(rows[0], "┌")
print(sum(1 for row in rows[1:] if column(row, "│") != left))')
    if ((broken > 0)); then
        echo "FAIL (a box over wide characters at $width columns)"
        screen | sed 's/^/    /'
        failures=$((failures + 1))
    fi
done

if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "every screen says what happened, whole and in place"
