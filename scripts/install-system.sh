#!/usr/bin/env bash
# Install the Debian packages the tests use and pip cannot bring, when missing and we are root:
# chromium and a CJK font (browser tests of the site), poppler-utils (pdftotext, PDF tests).
# Outside CI those tests skip with a reason when a program is missing; under CI=true they fail.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || ! fc-list :lang=zh | grep -q .; then need+=(fonts-wqy-microhei); fi
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "install-system: missing ${need[*]} and we are not root; the tests that need them will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q "${need[@]}"
