#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR for the end-to-end tests, if they are not there yet.
# (npm packages here never download a browser of their own.)
set -euo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
# Chromium's languages other than en-US (the manifest's German name is tested in German).
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -e /usr/lib/chromium/locales/de.pak ]; then missing+=(chromium-l10n); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian…"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
