#!/usr/bin/env bash
# First command for a newcomer: browsers for the tests, dependencies, and the built extension.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-browsers.sh
npm ci --no-audit --no-fund
npm run build
npm run build:firefox
cat <<MSG

Built. Load it unpacked:
  Chrome/Chromium: chrome://extensions → Developer mode → "Load unpacked" → $(pwd)/.output/chrome-mv3
  Firefox:         about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → $(pwd)/.output/firefox-mv2/manifest.json
MSG
