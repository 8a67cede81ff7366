#!/usr/bin/env bash
# `npm run setup:browser`: the browser that the browser tests, the axe gate and Lighthouse drive. Nothing can download
# one on these machines (docs/testing.md, "The browser"), so it is Debian's Chromium. Does nothing when the
# browser the tests look for is there (CHROME_PATH, else CHROMIUM_PATH, else /usr/bin/chromium, as
# tools/gates/shared.ts reads them); otherwise installs Debian's `chromium` package with apt-get (about 40 s),
# as root or through sudo. `.ci/run` runs it after `npm ci`; `npm test` runs it with `--check`.
set -euo pipefail

browser="${CHROME_PATH:-${CHROMIUM_PATH:-/usr/bin/chromium}}"
# `--check` (run by `npm test` first): install nothing, only say in one line what to run when the browser is missing.
if [ "${1:-}" = "--check" ]; then
  if [ -x "$browser" ]; then exit 0; fi
  echo "no browser at $browser for the browser tests: run \`npm run setup:browser\` (or set CHROMIUM_PATH)" >&2
  exit 1
fi
if [ -x "$browser" ]; then
  echo "setup:browser: $browser is there"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup:browser: no browser at $browser, and no apt-get to install Debian's chromium;" \
    "install Chromium and set CHROMIUM_PATH to it" >&2
  exit 1
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "setup:browser: installing Debian's chromium with apt-get needs root (or sudo)" >&2
    exit 1
  fi
  as_root=(sudo)
fi
echo "setup:browser: no browser at $browser; installing Debian's chromium package"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
if [ ! -x "$browser" ]; then
  echo "setup:browser: installed /usr/bin/chromium, but the tests look for $browser (CHROME_PATH or CHROMIUM_PATH)" >&2
  exit 1
fi
echo "setup:browser: $browser installed"
