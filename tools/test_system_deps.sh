#!/usr/bin/env bash
# Make sure the system programs the test suite needs are installed (Debian packages).
#
#   chromium         /usr/bin/chromium       the browser tests (Playwright drives Debian's build, never a download)
#   poppler-utils    pdftotext               reads the text of PDF reports back
#   postgresql       /usr/lib/postgresql/*/bin/initdb   the PostgreSQL pass's throw-away cluster
#   fonts-noto-core  Noto fonts              Arabic and Latin text in PDFs and screenshots
#
# Missing ones are installed with apt-get when running as root; otherwise the script says exactly what to
# install and fails. CHECKER_SYSDEPS_ROOT (default empty) is prefixed to every path checked, so the
# "missing" branches can be tried on a machine that has everything (e.g. CHECKER_SYSDEPS_ROOT=/nonexistent).
set -euo pipefail

root=${CHECKER_SYSDEPS_ROOT:-}

missing_packages() {
  local missing=()
  [ -x "$root/usr/bin/chromium" ] || missing+=(chromium)
  [ -x "$root/usr/bin/pdftotext" ] || missing+=(poppler-utils)
  compgen -G "$root/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
  compgen -G "$root/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf" >/dev/null || missing+=(fonts-noto-core)
  echo "${missing[@]}"
}

missing=$(missing_packages)
if [ -z "$missing" ]; then
  exit 0
fi

command="apt-get install -y --no-install-recommends $missing"
if [ "$EUID" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need these Debian packages, which are missing: $missing" >&2
  echo "Install them as root, then run make test again:" >&2
  echo "    apt-get update && $command" >&2
  exit 1
fi

echo "Installing the tests' system packages: $missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086  # one word per package
apt-get install -y -qq --no-install-recommends $missing >/dev/null

still=$(missing_packages)
if [ -n "$still" ]; then
  echo "Still missing after apt-get install: $still" >&2
  exit 1
fi
