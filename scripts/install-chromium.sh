#!/usr/bin/env bash
# Install Debian's chromium and a CJK font for the browser tests, when missing and we are root.
# The font makes the screenshots legible (Chinese text, not boxes); the tests read the DOM either way.
# The tests skip with a reason when no chromium binary is found, so this is best effort.
set -euo pipefail
if { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; } \
  && { ! command -v fc-list >/dev/null 2>&1 || fc-list :lang=zh | grep -q .; }; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: chromium is missing and we are not root; the browser test will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q chromium fonts-wqy-microhei
