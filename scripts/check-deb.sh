#!/bin/sh
# check-deb.sh DEB VERSION: check what lerd's Debian package holds and that
# what it installs works: the files and their modes, the maintainer
# scripts, the conffile, a static binary that reports VERSION, the shipped
# configuration passing `lerd config check`, SQLite working in that binary
# (ingest, verify), and the systemd unit (systemd-analyze verify, where
# available). Exits non-zero naming the first thing wrong.
set -eu
deb=$1
version=$2
fail() {
	echo "check-deb: $deb: $*" >&2
	exit 1
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -c "$deb" >"$tmp/contents"
dpkg-deb -e "$deb" "$tmp/control"
dpkg-deb -x "$deb" "$tmp/root"

# Files, with their modes.
while read -r mode path; do
	grep -Eq "^$mode .* \./${path#/}\$" "$tmp/contents" || fail "no $path with mode $mode"
done <<'LIST'
-rwxr-xr-x /usr/bin/lerd
-rw-r--r-- /usr/lib/systemd/system/lerd.service
drwxr-x--- /etc/lerd/
-rw-r----- /etc/lerd/lerd.toml
-rw-r--r-- /usr/share/doc/lerd/README.md
-rw-r--r-- /usr/share/doc/lerd/lerd.toml.example
-rw-r--r-- /usr/share/doc/lerd/litestream.yml
-rwxr-xr-x /usr/lib/lerd/lerd-raw-sync
-rwxr-xr-x /usr/lib/lerd/lerd-replica-restore
LIST

# Control: name, version, conffile, maintainer scripts.
grep -qx 'Package: lerd' "$tmp/control/control" || fail "package is not named lerd"
grep -q "^Version: .*$(echo "$version" | sed 's/^v//; s/-/+/g')\$" "$tmp/control/control" || fail "version is not $version"
grep -qx '/etc/lerd/lerd.toml' "$tmp/control/conffiles" || fail "/etc/lerd/lerd.toml is not a conffile"
grep -q 'useradd --system' "$tmp/control/preinst" || fail "preinst does not create the lerd user"
grep -q 'chgrp lerd /etc/lerd' "$tmp/control/postinst" || fail "postinst does not give /etc/lerd to the lerd group"
grep -q 'systemctl stop lerd' "$tmp/control/prerm" || fail "prerm does not stop lerd"
for s in preinst postinst prerm postrm; do
	sh -n "$tmp/control/$s" || fail "$s is not valid sh"
done

# The unit runs the packaged binary on the packaged configuration, and the
# documentation it names is in the package.
unit=$tmp/root/usr/lib/systemd/system/lerd.service
grep -q '^ExecStart=/usr/bin/lerd serve -config /etc/lerd/lerd.toml$' "$unit" || fail "unit does not start /usr/bin/lerd"
doc=$(sed -n 's|^Documentation=file://||p' "$unit")
[ -n "$doc" ] && [ -f "$tmp/root$doc" ] || fail "unit's Documentation=$doc is not in the package"
# sd_notify and the watchdog, and no restart on a configuration error.
for line in Type=notify WatchdogSec=60s RestartPreventExitStatus=2 Restart=on-failure; do
	grep -qx "$line" "$unit" || fail "unit lacks $line"
done

# The binary: static, the right version, and it works.
lerd=$tmp/root/usr/bin/lerd
if command -v file >/dev/null; then
	file "$lerd" | grep -q 'statically linked' || fail "lerd is not statically linked: $(file "$lerd")"
fi
[ "$("$lerd" --version)" = "lerd $version" ] || fail "lerd --version says $("$lerd" --version), want lerd $version"
# The shipped configuration names the IMAP password's variable: set (in
# /etc/lerd/secrets.env for the unit) it passes, unset it is reported.
LERD_IMAP_PASSWORD=x "$lerd" config check -config "$tmp/root/etc/lerd/lerd.toml" >/dev/null || fail "the shipped configuration fails lerd config check"
code=0
env -u LERD_IMAP_PASSWORD "$lerd" config check -config "$tmp/root/etc/lerd/lerd.toml" >/dev/null 2>"$tmp/check.err" || code=$?
[ "$code" = 2 ] && grep -q 'imap.password_env: .*LERD_IMAP_PASSWORD is not set' "$tmp/check.err" ||
	fail "lerd config check without LERD_IMAP_PASSWORD: exit $code, $(cat "$tmp/check.err")"
"$lerd" ingest -q -db "$tmp/store/lerd.db" testdata/corpus/001-fbi-subpoena-pdf.eml >/dev/null || fail "lerd ingest failed"
"$lerd" verify -db "$tmp/store/lerd.db" >/dev/null || fail "lerd verify failed"

# The unit, as systemd reads it, with the binary where the package put it
# (a missing binary or a bad directive fails).
if command -v systemd-analyze >/dev/null; then
	mkdir "$tmp/unit"
	sed "s|/usr/bin/lerd|$lerd|g" "$unit" >"$tmp/unit/lerd.service"
	out=$(systemd-analyze verify "$tmp/unit/lerd.service" 2>&1) || fail "systemd-analyze verify: $out"
	[ -z "$out" ] || fail "systemd-analyze verify: $out"
	# Exposure 2.0 or better (the threshold counts tenths); --offline
	# needs systemd 250 or later.
	if systemd-analyze security --help 2>/dev/null | grep -q -- --offline; then
		out=$(systemd-analyze security --offline=true --threshold=20 "$tmp/unit/lerd.service" 2>&1) ||
			fail "systemd-analyze security rates the unit above 2.0: $(echo "$out" | tail -1)"
		echo "check-deb: $(echo "$out" | grep 'Overall exposure')"
	fi
fi
echo "check-deb: $deb: contents, control, binary ($version, static) and unit ok"
