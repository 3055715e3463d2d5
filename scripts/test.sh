#!/usr/bin/env bash
# Runs every test (this is `npm test`). On a fresh machine it first installs what the tests need:
# Debian's chromium (as root, through apt-get), the npm packages, and, through the build,
# the pinned wasm-bindgen-cli. A missing piece is a failure with a message, never a silent skip.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$PATH"
step() { printf '\n== %s\n' "$*"; }

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "installing Debian's chromium for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "error: the browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium, as root)" >&2
    exit 1
  fi
fi

step "npm packages"
npm install --no-audit --no-fund --loglevel=error

step "Rust: unit, fixture and doc tests"
cargo test --quiet

step "the CLI (release)"
cargo build --release --quiet

step "the npm package: wasm build"
node scripts/build.mjs

step "Node: the package's API, the packed tarball in a fresh project, the page in Chromium"
node --test tests/node/ tests/package/ tests/browser/

if [ -d ../shared/eval ]; then
  step "external evaluation (a measurement: read its numbers)"
  ../shared/eval/evaluate.sh target/release/quotelens analyze --jsonl
fi
