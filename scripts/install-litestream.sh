#!/bin/sh
# install-litestream.sh: what `make litestream` needs, installed once and
# kept: rsync from Debian's packages (root or sudo), and Litestream
# $LITESTREAM_VERSION built from the Go module proxy into a cache
# directory (not lerd's go.mod). Prints the Litestream binary's path.
# Idempotent: installs only what is missing. The first build takes some
# ten minutes on two cores (Litestream's cloud-storage clients).
set -eu
version=${LITESTREAM_VERSION:-v0.5.18}
cache=${LERD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/lerd}
dir=$cache/litestream-$version
bin=$dir/litestream
if ! command -v rsync >/dev/null 2>&1; then
	SUDO=""
	if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
	echo "installing rsync" >&2
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends rsync >/dev/null
fi
if [ ! -x "$bin" ] || [ "$("$bin" version 2>/dev/null)" != "$version" ]; then
	echo "building Litestream $version into $dir" >&2
	mkdir -p "$dir"
	GOBIN=$dir ${GO:-go} install "github.com/benbjohnson/litestream/cmd/litestream@$version"
fi
echo "$bin"
