#!/bin/sh
# install-test.sh ROOT DEB: install lerd's Debian package into a clean
# Debian root (made by `debootstrap --variant=minbase bookworm ROOT`; needs
# root), check what the maintainer scripts did, start lerd as its unit
# would (user lerd, /var/lib/lerd as its StateDirectory, the shipped
# configuration) until it has created its database and answers
# `lerd status`, stop it with SIGTERM, then upgrade (reinstall), remove and
# purge, checking that the requests' directory survives. A throwaway root:
# the script changes it.
set -eu
root=$1
deb=$2
fail() {
	echo "install-test: $*" >&2
	exit 1
}
in_root() { chroot "$root" "$@"; }

cp "$deb" "$root/tmp/lerd.deb"
in_root dpkg -i /tmp/lerd.deb >/dev/null || fail "dpkg -i failed"
in_root getent passwd lerd | grep -q ':/var/lib/lerd:/usr/sbin/nologin$' || fail "no lerd system user"
[ "$(in_root stat -c '%U:%G %a' /etc/lerd)" = "root:lerd 750" ] || fail "/etc/lerd is $(in_root stat -c '%U:%G %a' /etc/lerd)"
[ "$(in_root stat -c '%U:%G %a' /etc/lerd/lerd.toml)" = "root:lerd 640" ] || fail "/etc/lerd/lerd.toml is $(in_root stat -c '%U:%G %a' /etc/lerd/lerd.toml)"
in_root /usr/bin/lerd --version >/dev/null || fail "lerd --version"
in_root env LERD_IMAP_PASSWORD=x setpriv --reuid lerd --regid lerd --init-groups /usr/bin/lerd config check -config /etc/lerd/lerd.toml >/dev/null ||
	fail "user lerd cannot read and check /etc/lerd/lerd.toml"

# Start it as the unit does: systemd would create the StateDirectory.
mkdir -p "$root/var/lib/lerd"
in_root chown lerd:lerd /var/lib/lerd
chroot "$root" env LERD_IMAP_PASSWORD=x setpriv --reuid lerd --regid lerd --init-groups \
	/usr/bin/lerd serve -config /etc/lerd/lerd.toml >"$root/tmp/serve.log" 2>&1 &
pid=$!
i=0
# status exits 1 while unhealthy (no IMAP server here: intake stalled), so
# wait for its report, which it prints once the database exists.
until in_root setpriv --reuid lerd --regid lerd --init-groups /usr/bin/lerd status -json -config /etc/lerd/lerd.toml 2>/dev/null | grep -q '"healthy"'; do
	i=$((i + 1))
	[ $i -lt 100 ] || fail "lerd serve did not create its database: $(cat "$root/tmp/serve.log")"
	kill -0 $pid 2>/dev/null || fail "lerd serve exited: $(cat "$root/tmp/serve.log")"
	sleep 0.2
done
kill -TERM $pid
wait $pid || fail "lerd serve did not stop cleanly on SIGTERM: $(cat "$root/tmp/serve.log")"
grep -q 'lerd starting' "$root/tmp/serve.log" || fail "no start line: $(cat "$root/tmp/serve.log")"

# Upgrade in place (the same package again), then remove and purge.
in_root dpkg -i /tmp/lerd.deb >/dev/null || fail "reinstall failed"
in_root dpkg -r lerd >/dev/null || fail "dpkg -r failed"
[ ! -e "$root/usr/bin/lerd" ] || fail "dpkg -r left /usr/bin/lerd"
[ -f "$root/etc/lerd/lerd.toml" ] || fail "dpkg -r removed the configuration"
in_root dpkg -P lerd >/dev/null || fail "dpkg -P failed"
[ -f "$root/var/lib/lerd/lerd.db" ] || fail "purge deleted /var/lib/lerd/lerd.db"
echo "install-test: $deb installs into $root, starts as lerd, stops on SIGTERM, upgrades, removes and purges (keeping /var/lib/lerd)"
