#!/usr/bin/env bash
# The editor tier: the extension's mocha suite inside a real VS Code extension host (code-server),
# driven headless. Installs the harness first when it is missing (npm + Debian packages only).
# Ends with a plain "N passed, N failed" line; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export EDITOR_HARNESS=${EDITOR_HARNESS:-$ROOT/.editor-harness}
OUT=$ROOT/.test-output/editor
rm -rf "$OUT" && mkdir -p "$OUT"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

bash scripts/editor/install-harness.sh "$EDITOR_HARNESS" > "$OUT/install.log" 2>&1 || { cat "$OUT/install.log"; echo "editor: 0 passed, 1 failed"; exit 1; }
[ -f dist/client.js ] && [ -f out/test/e2e/suite/index.js ] || { echo "run npm run build first"; echo "editor: 0 passed, 1 failed"; exit 1; }

# A fresh copy of the fixture workspace: the suite edits files.
WS=$OUT/workspace
cp -r test/fixtures/e2e-workspace "$WS"
PORT=${EDITOR_PORT:-18090}
bash scripts/editor/start-code-server.sh "$OUT/code-server" "$PORT" "$WS" --vscode-option enable-smoke-test-driver
PIDS+=("$(cat "$OUT/code-server/cs.pid")")

set +e
CS_URL=http://127.0.0.1:$PORT WS_DIR=$WS EXT_DEV_PATH=$ROOT EXT_TESTS_PATH=$ROOT/out/test/e2e/suite/index.js \
  node scripts/editor/run-extension-host.mjs | tee "$OUT/extension-host.log"
status=${PIPESTATUS[0]}
set -e
# The suite prints "extension-host: N passed, N failed" from inside the editor.
summary=$(grep -Eo 'extension-host: [0-9]+ passed, [0-9]+ failed' "$OUT/extension-host.log" | tail -1 || true)
passes=$(echo "$summary" | sed -nE 's/.* ([0-9]+) passed.*/\1/p'); passes=${passes:-0}
failures=$(echo "$summary" | sed -nE 's/.* ([0-9]+) failed/\1/p'); failures=${failures:-0}
# No summary, or an exit code that disagrees with it, is a failure of its own.
if [ -z "$summary" ] || { [ "$status" -ne 0 ] && [ "$failures" -eq 0 ]; }; then failures=$((failures + 1)); fi
echo "editor: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
