#!/usr/bin/env bash
# Runs assistants' journeys through the release build, in the five languages, with profiles
# and dates of their own, and checks that every sentence says what is true: due dates read
# "by", late steps say what they wait for, the e-mail and the calendar do what they claim.
# Usage: scripts/journeys.sh   (builds the release first; python3 with icalendar is used when
# present to read the calendar back)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
SECU="$PWD/target/release/secu"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0

# run NAME ARGS…: runs secu on the journey NAME's own file; output in $out, errors in $err.
run() {
    local name=$1
    shift
    set +e
    out=$(SECU_FILE="$WORK/$name.json" "$SECU" "$@" 2>"$WORK/err")
    status=$?
    set -e
    err=$(cat "$WORK/err")
}
has() { # has WHAT TEXT: WHAT must be in TEXT
    if [[ "$2" != *"$1"* ]]; then
        echo "FAIL: expected «$1» in:"
        echo "$2" | sed 's/^/    /'
        failures=$((failures + 1))
    fi
}
lacks() { # lacks WHAT TEXT: WHAT must not be in TEXT
    if [[ "$2" == *"$1"* ]]; then
        echo "FAIL: «$1» should not be in:"
        echo "$2" | sed 's/^/    /'
        failures=$((failures + 1))
    fi
}
# A number with a valid key, from its first 13 characters.
nir() { python3 -c "b='$1'; print(b + '%02d' % (97 - int(b.replace('2A','19').replace('2B','18')) % 97))"; }

# 1. A November contract in French, on the NIR's last day: « au plus tard le », never « avant ».
run nov setup --level secondary --start 03/11/2026 --lang fr --today 03/11/2026
run nov done request --on 10/11/2026 --today 31/12/2026 --lang fr
run nov status --today 31/12/2026 --lang fr
has "au plus tard le 31 déc. 2026" "$out"
lacks "avant le 3" "$out"
has "1 étape sur 5 faite" "$out"

# 2. Spanish: the same day, the same words.
run nov status --today 31/12/2026 --lang es
has "a más tardar el 31 dic 2026" "$out"
lacks "antes del" "$out"

# 3. Numbers from people born abroad: month 25 (unknown), place 96 (Tunisia before 1956).
run num setup --level secondary --already-registered --number "$(nir 1552599123456)" --lang en
[[ $status == 0 ]] || { echo "FAIL: month 25 refused: $err"; failures=$((failures + 1)); }
run num setup --number "$(nir 2502596012034)" --lang en
[[ $status == 0 ]] || { echo "FAIL: place 96 refused: $err"; failures=$((failures + 1)); }

# 4. A primary assistant in the Hautes-Alpes, late on everything in March: ENSAP waits for the
#    NIR, in Italian; the ameli task waits for the definitive number, in German.
run alps setup --level primary --department 05 --lang it --today 01/10/2026
run alps done request --on 05/10/2026 --today 05/10/2026
run alps done nia --on 02/11/2026 --today 02/11/2026
run alps status --today 10/03/2027 --lang it
has "Questo passo aspetta «Numero definitivo (NIR)»" "$out"
lacks "Crealo ora" "$out"
run alps task ameli-account --today 10/03/2027 --lang de
has "wartet auf Ihre endgültige Nummer" "$err"

# 5. No letter two months after the request: marked on the row, by remind and in the JSON.
run wait setup --level secondary --today 20/10/2026
run wait done request --on 20/10/2026 --today 20/10/2026
run wait status --today 20/12/2026 --lang es
has "!! 61 días sin carta" "$out"
run wait remind --today 20/12/2026 --lang es
has "secu · !! Siguiente: Número provisional (NIA)" "$out"
run wait status --json --today 20/12/2026
has '"step":"nia","state":"open","done_on":null,"due":null,"days_left":null,"late":true' "$out"

# 6. Late on everything: the calendar's events are today's, named as overdue.
run alps export ics -o "$WORK/late.ics" --today 10/03/2027 --lang en
has "overdue since" "$(cat "$WORK/late.ics")"
if python3 -c "import icalendar" 2>/dev/null; then
    starts=$(python3 - "$WORK/late.ics" <<'EOF'
import sys, icalendar
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
print(sorted({str(e["DTSTART"].dt) for e in calendar.walk("VEVENT")}))
EOF
)
    has "['2027-03-10']" "$starts"
fi

# 7. A February contract: the sheet's own sentence, and secu's reading labelled as such.
run feb setup --level secondary --start 01/02/2027 --today 01/02/2027
run feb export sheet --today 01/02/2027
has "définitif avant le mois de décembre" "$out"
has "Lecture de secu pour ce contrat" "$out"
has "numéro définitif avant le mois d’avril, au plus tard le 31/03/2027." "$out"
has "| En décembre | en avril, au plus tard le 30/04/2027 |" "$out"

# 8. Giving a number is not ticking, in Italian; a date before the contract, in German figures.
run wait done nia --on 02/01/2027 --today 02/01/2027
run wait number nia "$(nir 8840588321025)" --today 02/01/2027 --lang it
has "Numero salvato" "$out"
lacks "spuntat" "$out"
run early setup --level secondary --start 01/10/2026 --today 20/09/2026
run early done request --on 25.09.2026 --today 26/09/2026 --lang de
has "vor Ihrem Vertragsbeginn (1. Oktober 2026)" "$out"
run early done nia --on 31.02.2027 --today 26/09/2026 --lang de
has "31.02.2027 gibt es nicht" "$err"

# 9. The e-mail: greeted as a French letter, signed as chosen, the PDF to attach said apart.
run mail setup --level primary --department 84 --name "NGUYEN Thi Lan" --title assistante \
    --gestionnaire-civility monsieur --gestionnaire-email m.durand@ac-aix-marseille.fr
run mail export mail --lang fr
has $'Bonjour Monsieur,\n' "$out"
has "NGUYEN Thi Lan, assistante de langue" "$out"
has "Joignez vous-même le PDF" "$err"
run anon setup --level secondary
run anon export mail --lang es
has "[NOM Prénom]" "$out"
has "sustituye [NOM Prénom]" "$err"
has "Madame, Monsieur," "$out"

# 10. One language per screen: the language saved in the file, and clap's own words.
run nov status --today 3/3/3 --lang it
python3 - "$WORK/nov.json" <<'EOF'
import json, sys
path = sys.argv[1]
data = json.load(open(path))
data["profile"]["language"] = "it"
json.dump(data, open(path, "w"))
EOF
run nov status --today 31/02/2027
has "secu: Il 31/02/2027 non esiste" "$err"
run nov --lang it --lang fr status
has "compare più di una volta" "$err"
run nov --lang de done --help
has "Aufruf: secu done [OPTIONEN] <SCHRITT>" "$out"
has "--on <DATUM>" "$out"

if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "every journey says what is true"
