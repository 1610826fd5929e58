#!/bin/sh
# The lerd system user and group, which own /var/lib/lerd (systemd's
# StateDirectory) and may read /etc/lerd.
set -e
if ! getent group lerd >/dev/null; then
	groupadd --system lerd
fi
if ! getent passwd lerd >/dev/null; then
	useradd --system --gid lerd --home-dir /var/lib/lerd --no-create-home \
		--shell /usr/sbin/nologin --comment "lerd, the law-enforcement request daemon" lerd
fi
