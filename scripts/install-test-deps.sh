#!/usr/bin/env bash
# Installs what the end-to-end tests need from Debian's packages: Dovecot's
# IMAP server and Chromium (for the review page's browser test).
# Idempotent: installs only what is missing.
set -euo pipefail
need=()
if ! command -v dovecot >/dev/null 2>&1 || [ ! -x /usr/lib/dovecot/imap ]; then need+=(dovecot-imapd); fi
if ! command -v chromium >/dev/null 2>&1; then need+=(chromium); fi
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "installing test dependencies: ${need[*]}" >&2
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# The dovecot package may start a system-wide Dovecot on the standard ports;
# the tests run their own instances and do not need it.
$SUDO systemctl disable --now dovecot >/dev/null 2>&1 || $SUDO service dovecot stop >/dev/null 2>&1 || true
