#!/bin/sh
# make dist: a versioned, statically linked lerd binary and its Debian
# package in dist/, then scripts/check-deb.sh on the package.
#
# The version is `git describe` (a tag vX.Y.Z, else the commit), stamped
# into the binary (lerd --version); the package's version is its Debian
# form: X.Y.Z, or 0.0.0~gitDATE.COMMIT before the first tag.
set -eu
cd "$(dirname "$0")/.."
GO=${GO:-go}
NFPM_VERSION=${NFPM_VERSION:-v2.48.0}

version=$(git describe --tags --always --dirty 2>/dev/null || echo dev)
case $version in
v[0-9]*) deb_version=$(echo "${version#v}" | tr - +) ;;
*) deb_version="0.0.0~git$(git log -1 --format=%cd --date=format:%Y%m%d 2>/dev/null || date +%Y%m%d).$(echo "$version" | tr - +)" ;;
esac

mkdir -p dist
bin=dist/lerd_${deb_version}_linux_amd64
# SQLite needs cgo; everything else is linked in too (the Go resolver and
# user lookup, no NSS), so the binary runs on any x86-64 Linux.
CGO_ENABLED=1 GOOS=linux GOARCH=amd64 $GO build -trimpath \
	-tags 'osusergo netgo sqlite_omit_load_extension' \
	-ldflags "-s -w -X main.version=$version -linkmode external -extldflags -static" \
	-o dist/lerd ./cmd/lerd
cp dist/lerd "$bin"

deb=dist/lerd_${deb_version}_amd64.deb
rm -f "$deb"
LERD_DEB_VERSION=$deb_version \
	$GO run "github.com/goreleaser/nfpm/v2/cmd/nfpm@$NFPM_VERSION" pkg \
	--packager deb --config packaging/nfpm.yaml --target "$deb"

./scripts/check-deb.sh "$deb" "$version"
echo "dist: $bin"
echo "dist: $deb"
