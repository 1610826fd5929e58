#!/bin/sh
# On a new install: /etc/lerd readable by the lerd group. On every
# install or upgrade: systemd reloads the unit, and a running lerd is
# restarted on the new binary (which migrates the database, after a
# backup, if the schema changed). A new install is not started: the
# configuration must name the mailbox first (README, Install).
set -e
if [ "$1" = configure ] && [ -z "$2" ]; then
	chgrp lerd /etc/lerd /etc/lerd/lerd.toml
	chmod 0750 /etc/lerd
	chmod 0640 /etc/lerd/lerd.toml
fi
if [ -d /run/systemd/system ]; then
	systemctl daemon-reload || true
	systemctl try-restart lerd.service || true
fi
