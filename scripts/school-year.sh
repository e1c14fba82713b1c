#!/usr/bin/env bash
# Replays a whole school year and the next, visit by visit, on one progress file: weeks
# between visits, two computers (two state folders) on the same file, a clock that goes
# back, a calendar exported and imported again after each change, and a renewal. At each
# visit it compares the next-step line, `remind`, `status --json` and the calendar with
# what that day must show.
# Usage: scripts/school-year.sh   (builds the release first; python3 with icalendar, when
# present, reads every calendar back and checks that UIDs stay and SEQUENCE never goes down)
# The open screen over a moving clock is checked by tests/e2e.rs
# (a_clock_that_jumps_shows_the_new_day_at_the_next_key).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
SECU="$PWD/target/release/secu"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FILE="$WORK/sync/progress.json"
mkdir -p "$WORK/sync" "$WORK/laptop" "$WORK/desktop"
failures=0
calendars=()

# on COMPUTER DAY ARGS…: secu on the shared file, on COMPUTER's state folder, its clock at DAY.
on() {
    local computer=$1 day=$2
    shift 2
    echo "$day" >"$WORK/$computer/clock"
    set +e
    out=$(XDG_STATE_HOME="$WORK/$computer" SECU_TODAY_FILE="$WORK/$computer/clock" \
        SECU_FILE="$FILE" SECU_LANG=en "$SECU" "$@" 2>&1)
    set -e
}
has() { # has WHAT: WHAT must be in the last output
    if [[ "$out" != *"$1"* ]]; then
        echo "FAIL ($visit): expected «$1» in:"
        echo "$out" | sed 's/^/    /'
        failures=$((failures + 1))
    fi
}
lacks() { # lacks WHAT: WHAT must not be in the last output
    if [[ "$out" == *"$1"* ]]; then
        echo "FAIL ($visit): did not expect «$1» in:"
        echo "$out" | sed 's/^/    /'
        failures=$((failures + 1))
    fi
}
export_calendar() { # export_calendar COMPUTER DAY: keeps the calendar for the check at the end
    local n=${#calendars[@]}
    on "$1" "$2" export ics -o "$WORK/calendar-$n.ics"
    calendars+=("$WORK/calendar-$n.ics")
}

visit="setup, 5 Oct"
on laptop 05/10/2026 setup --level secondary --name "Zhang Wei 张伟"
has "Contract start written down: 1 October 2026"
on laptop 05/10/2026 done request --on 02/10/2026
export_calendar laptop 05/10/2026

visit="NIA, 20 Oct"
on laptop 20/10/2026 done nia --on 19/10/2026 --number "8 84 05 88 321 025 23"
on laptop 20/10/2026 remind
[[ -z "$out" ]] || { echo "FAIL ($visit): remind should be quiet: $out"; failures=$((failures + 1)); }

visit="desktop, 26 Nov"
on desktop 26/11/2026 status
has "Next: Definitive number (NIR) — due 30 November 2026 (in 4 days)"
on desktop 26/11/2026 remind
has "in 4 days"

visit="late, 1 Dec"
on laptop 01/12/2026 remind
has "1 day late"
on laptop 01/12/2026 status --json
has '"late":true'

visit="NIR, 9 Dec"
on laptop 09/12/2026 done nir --on 09/12/2026 --number "2 95 10 99 126 111 93"
export_calendar laptop 09/12/2026

visit="clock back to 1 Dec"
on desktop 01/12/2026 status
has "check the clock"
on desktop 01/12/2026 done attestation --on 09/12/2026
has "ticked"

visit="start corrected"
on laptop 10/12/2026 setup --start 02/10/2026
export_calendar laptop 10/12/2026

visit="ENSAP, January"
on laptop 15/01/2027 done ensap --on 15/01/2027
has "All done"
export_calendar laptop 15/01/2027

visit="summer, 31 Jul"
on laptop 31/07/2027 status
has "All done"
lacks "new-year"
on laptop 31/07/2027 status --json
has '"done_on":"2026-10-02"'

visit="second year, 15 Sep"
on laptop 15/09/2027 status
has "The 2026–2027 contract is over: secu new-year"
on laptop 15/09/2027 new-year
has "progress-2026-2027.json"
has "Your definitive number is kept"
[[ -f "$WORK/sync/progress-2026-2027.json" ]] || { echo "FAIL ($visit): no archive"; failures=$((failures + 1)); }
on desktop 16/09/2027 status
has "0 of 2 done"
has "due 15 Oct 2027"
export_calendar desktop 16/09/2027

if python3 -c 'import icalendar' 2>/dev/null; then
    python3 - "${calendars[@]}" <<'PY' || failures=$((failures + 1))
import sys, icalendar
uids, last = {}, -1
for path in sys.argv[1:-1]:  # the last calendar is the second year's
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    seqs = set()
    for event in cal.walk("VEVENT"):
        step = str(event["UID"]).split("-")[1]
        assert uids.setdefault(step, str(event["UID"])) == str(event["UID"]), (path, step)
        seqs.add(int(event["SEQUENCE"]))
        if str(event["STATUS"]) == "CANCELLED":
            assert not event.walk("VALARM"), (path, step)
    assert len(seqs) == 1 and min(seqs) >= last, (path, seqs, last)
    last = min(seqs)
print(f"{len(sys.argv) - 1} calendars read back: UIDs stable, SEQUENCE never down")
PY
else
    echo "python3 icalendar not found: the calendars were not read back"
fi

if [[ $failures -gt 0 ]]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "school year replayed: all visits show what they should"
