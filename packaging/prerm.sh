#!/bin/sh
# Stop lerd when the package is removed (not when it is upgraded: postinst
# restarts it then).
set -e
if [ "$1" = remove ] && [ -d /run/systemd/system ]; then
	systemctl stop lerd.service || true
fi
