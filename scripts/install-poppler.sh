#!/usr/bin/env bash
# Install Debian's poppler-utils (pdftotext) for the PDF tests that read typeset pages as text,
# when it is missing and we are root. Those tests skip with a reason without it: best effort.
set -euo pipefail
if command -v pdftotext >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-poppler: pdftotext is missing and we are not root; its PDF tests will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q poppler-utils
