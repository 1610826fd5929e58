#!/usr/bin/env bash
# Installs what the end-to-end tests need from Debian's packages: Dovecot's
# IMAP server. Idempotent: does nothing when it is already there.
set -euo pipefail
if command -v dovecot >/dev/null 2>&1 && [ -x /usr/lib/dovecot/imap ]; then
	exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends dovecot-imapd >/dev/null
# The package starts a system-wide Dovecot on the standard ports; the tests
# run their own instance and do not need it.
$SUDO systemctl disable --now dovecot >/dev/null 2>&1 || $SUDO service dovecot stop >/dev/null 2>&1 || true
