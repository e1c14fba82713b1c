#!/usr/bin/env bash
# Checks in a real terminal (tmux) what the accessibility review checked: colour only on
# marks (the escape codes, `capture-pane -e`), the hidden cursor on the selected row, ASCII
# under TERM=linux and LANG=C, `status` wrapped between words in 40 columns, and the
# glossary during the setup.
# Usage: scripts/accessibility.sh   (needs tmux; builds the release first)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
SECU="$PWD/target/release/secu"
WORK=$(mktemp -d)
SOCKET="secu-a11y-$$"
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$WORK"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
run() { "$SECU" --file "$WORK/progress.json" "$@" >/dev/null; }
# open W H ENV ARGS…: the checklist in a fresh tmux window of W×H.
open() {
    local w=$1 h=$2 env=$3
    shift 3
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    sleep 0.2
    tmux -L "$SOCKET" new -d -s a -x "$w" -y "$h" \
        "env XDG_STATE_HOME=$WORK/state LANG=C.UTF-8 $env $SECU --file $WORK/progress.json $*; sleep 2"
    sleep 0.6
}
pane() { tmux -L "$SOCKET" capture-pane -p -t a "$@"; }

run --today 20/10/2026 setup --level secondary --start 01/10/2026
run --today 20/10/2026 done request --on 02/10/2026

# Colour only on marks: every run of text after a red or magenta SGR is a mark.
open 80 24 "" --today 04/12/2026 --lang en
coloured=$(pane -e | perl -ne 'while (/\e\[([0-9;]*)m([^\e]*)/g) { my ($sgr, $text) = ($1, $2); print "$text\n" if $sgr =~ /(^|;)(31|35|91|95)(;|$)|38;5;(1|5|9|13)$/ && $text ne "" }')
while IFS= read -r text; do
    [[ -z "$text" || "$text" =~ ^(\!|\!\!|✗|\[\ \]|\[x\]|\[-\]|◆|→)\ ?$ ]] || fail "colour on text: «$text»"
done <<<"$coloured"
[[ -n "$coloured" ]] || fail "no coloured mark at all (a late step should have one)"
# The hidden cursor on the selected row.
row=$(pane | grep -n '› \[' | head -1 | cut -d: -f1)
cursor=$(tmux -L "$SOCKET" display -p -t a '#{cursor_y}')
[[ "$cursor" == $((row - 1)) ]] || fail "cursor on row $cursor, selection on row $((row - 1))"

# ASCII where the terminal shows nothing else.
for env in TERM=linux LANG=C; do
    open 60 20 "$env" --today 26/11/2026 --lang fr
    if pane | LC_ALL=C grep -q '[^[:print:][:space:]]'; then fail "$env: not ASCII"; fi
    pane | grep -q '+Etapes' || fail "$env: no ASCII box"
done

# status in 40 columns: no row the terminal had to wrap.
tmux -L "$SOCKET" kill-server 2>/dev/null || true
sleep 0.2
tmux -L "$SOCKET" new -d -s a -x 40 -y 50 "LANG=C.UTF-8 $SECU --file $WORK/progress.json --today 26/11/2026 --lang en status; sleep 2"
sleep 0.6
if [[ $(pane -J | perl -CS -ne 'chomp; print "$_\n" if length > 40' | wc -l) -gt 0 ]]; then fail "status: rows wrapped by the terminal"; fi

# The glossary from the first question of the setup.
rm -f "$WORK/progress.json"
open 80 24 "" --lang en
tmux -L "$SOCKET" send-keys -t a g
sleep 0.3
pane | grep -q 'Gestionnaire' || fail "g during the setup shows no glossary"

if ((failures)); then
    echo "$failures failure(s)"
    exit 1
fi
echo "accessibility: colour on marks only, cursor on the selection, ASCII, wrapping, glossary"
