#!/usr/bin/env python3
"""Compares secu's number check with python-stdnum's fr.nir on random numbers.

Usage: scripts/nir-vs-stdnum.py [COUNT]   (pip install python-stdnum; cargo build --release)

Every number secu accepts must pass stdnum (shape and key). stdnum checks no field, so a
number it accepts may be refused by secu: the script prints how many, by secu's reason, for
a reader to check against INSEE's rules (docs/design.md, "Numbers").
"""
import collections
import os
import random
import subprocess
import sys
import tempfile

from stdnum.fr import nir

SECU = os.environ.get("SECU", "target/release/secu")


def random_number(rng):
    place = rng.choice(["%02d" % rng.randrange(100), "2A", "2B"])
    body = "%d%02d%02d%s%03d%03d" % (rng.randrange(10), rng.randrange(100), rng.randrange(100),
                                      place, rng.randrange(1000), rng.randrange(1000))
    value = int(body.replace("2A", "19").replace("2B", "18"))
    return body + "%02d" % (97 - value % 97)


def secu_accepts(number, folder):
    env = dict(os.environ, SECU_FILE=os.path.join(folder, "p.json"), SECU_LANG="en")
    run = subprocess.run([SECU, "setup", "--level", "secondary", "--already-registered",
                          "--number", number], env=env, capture_output=True, text=True)
    return run.returncode == 0, run.stderr.strip()


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rng = random.Random(2026)
    refused = collections.Counter()
    wrong = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(count):
            number = random_number(rng)
            ours, why = secu_accepts(number, folder)
            if ours and not nir.is_valid(number):
                wrong.append(number)
            if not ours and nir.is_valid(number):
                refused[why] += 1
    for why, n in refused.most_common():
        print(f"refused by secu, valid for stdnum: {n:4} {why}")
    if wrong:
        print(f"accepted by secu, refused by stdnum: {len(wrong)}")
        return 1
    print(f"{count} numbers: secu never accepts what stdnum refuses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
