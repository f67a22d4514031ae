#!/usr/bin/env bash
# System packages the tests need on Debian/Ubuntu: Chromium for the e2e tests, a CJK font so
# Chinese renders as glyphs, espeak-ng for the hall display's Mandarin voice clips, faketime
# (libfaketime) for the unit tests' pass under moved clocks, poppler-utils (pdftotext, pdftoppm)
# to read back the day report's PDF in the tests.
set -euo pipefail
packages=(chromium fonts-wqy-microhei espeak-ng faketime poppler-utils)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq || true
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
