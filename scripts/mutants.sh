#!/usr/bin/env bash
# Mutation testing: cargo-mutants changes the code one small way at a time (a `<` for a `<=`,
# a `true` for a condition, a function returning a default) and runs the tests; every mutant
# that still passes is a rule nothing pins. Installs cargo-mutants if it is missing, and
# prints each part's score.
#
#   scripts/mutants.sh                  # the domain, then the store and the exports
#   scripts/mutants.sh domain           # src/procedure/ only, with its own unit tests
#   scripts/mutants.sh store            # src/store/ and src/export/, with the whole suite
#   scripts/mutants.sh store -j 2       # any other cargo-mutants flag passes through
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo mutants --version >/dev/null 2>&1; then
    echo "Installing cargo-mutants…" >&2
    cargo install --locked cargo-mutants
fi

part=${1:-all}
[ $# -gt 0 ] && shift

# Prints the score of the run whose results are in $2, for the files named $1.
score() {
    local out=$2/mutants.out
    local caught missed timeout unviable
    caught=$(wc -l < "$out/caught.txt")
    missed=$(wc -l < "$out/missed.txt")
    timeout=$(wc -l < "$out/timeout.txt")
    unviable=$(wc -l < "$out/unviable.txt")
    echo
    echo "Mutants of $1: ${caught} caught of $((caught + missed + timeout)) viable (${unviable} unviable, ${timeout} timed out)."
    if [ "$missed" -gt 0 ]; then
        echo "Missed (each is a rule no test pins, or an equivalent mutant the README lists):"
        cat "$out/missed.txt"
    fi
}

status=0
mkdir -p target/mutants/domain target/mutants/store
if [ "$part" = all ] || [ "$part" = domain ]; then
    # The domain is pure: its own unit tests must catch what it gets wrong.
    cargo mutants --file 'src/procedure/**' --timeout 120 --output target/mutants/domain \
        "$@" -- --lib procedure:: || status=$?
    score src/procedure/ target/mutants/domain
fi
if [ "$part" = all ] || [ "$part" = store ]; then
    # The store's and the exports' tests are the binary's, in tests/: the whole suite runs.
    # Each job builds in a copy of the target folder, so that parallel jobs never run each
    # other's binaries.
    cargo mutants --file 'src/store/**' --file 'src/export/**' --timeout 300 \
        --copy-target=true --output target/mutants/store "$@" || status=$?
    score "src/store/ and src/export/" target/mutants/store
fi
# cargo-mutants exits 2 when a mutant is missed, 3 on a timeout: kept for CI use.
exit "$status"
