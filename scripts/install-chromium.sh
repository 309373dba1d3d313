#!/usr/bin/env bash
# Install Debian's chromium for the row-page browser test, when it is missing and we are root.
# The test skips with a reason when no chromium binary is found, so this is best effort.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: chromium is missing and we are not root; the browser test will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q chromium
