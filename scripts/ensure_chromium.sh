#!/usr/bin/env bash
# The console's browser tests drive Debian's chromium (Playwright cannot download browsers here).
# Installs it with apt when missing and we are root; otherwise says how, and the browser tests skip.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "installing Debian chromium for the browser tests (one time)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null \
    || echo "WARNING: could not install chromium; browser tests will be skipped"
else
  echo "NOTE: /usr/bin/chromium is missing; run 'sudo apt-get install chromium fonts-noto-cjk' for the browser tests"
fi
