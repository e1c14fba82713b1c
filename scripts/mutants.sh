#!/usr/bin/env bash
# Mutation testing of the domain: cargo-mutants changes src/procedure/ one small way at a
# time (a `<` for a `<=`, a `true` for a condition, a function returning a default) and runs
# the unit tests; every mutant that still passes is a rule nothing pins. Installs cargo-mutants
# if it is missing, and prints the score.
#
#   scripts/mutants.sh            # the whole domain
#   scripts/mutants.sh -j 4       # more jobs; any other cargo-mutants flag passes through
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo mutants --version >/dev/null 2>&1; then
    echo "Installing cargo-mutants…" >&2
    cargo install --locked cargo-mutants
fi

# The unit tests only: the domain is pure, so its own tests must catch what it gets wrong.
status=0
cargo mutants --file 'src/procedure/**' --timeout 120 "$@" -- --lib || status=$?

caught=$(wc -l < mutants.out/caught.txt)
missed=$(wc -l < mutants.out/missed.txt)
timeout=$(wc -l < mutants.out/timeout.txt)
unviable=$(wc -l < mutants.out/unviable.txt)
viable=$((caught + missed + timeout))
echo
echo "Mutants of src/procedure/: ${caught} caught of ${viable} viable (${unviable} unviable, ${timeout} timed out)."
if [ "$missed" -gt 0 ]; then
    echo "Missed (each is a rule no test pins, or an equivalent mutant to list in the README):"
    cat mutants.out/missed.txt
fi
# cargo-mutants exits 2 when a mutant is missed, 3 on a timeout: kept for CI use.
exit "$status"
