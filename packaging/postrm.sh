#!/bin/sh
# /var/lib/lerd (the requests, their raw bytes, the audit trail) and the
# lerd user are kept, even on purge: legal records are deleted by a
# person, not by a package manager.
set -e
if [ -d /run/systemd/system ]; then
	systemctl daemon-reload || true
fi
