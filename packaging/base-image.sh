#!/usr/bin/env bash
# Builds the base image for Beacon's container image without Docker or a registry: a minimal
# Debian root file system (debootstrap) with a Java runtime and a user "beacon" (uid 10001),
# written as a "docker save" tarball that Jib takes as its base (`./mvnw -Pimage package`).
#
# Needs root (debootstrap and chroot) and a Debian mirror. Usage:
#   sudo packaging/base-image.sh [output.tar]        (default target/base-image.tar)
# Settings: DEBIAN_SUITE (default: this machine's release, else bookworm), DEBIAN_MIRROR,
# JAVA_PACKAGE (default openjdk-17-jre-headless).
set -euo pipefail

cd "$(dirname "$0")/.."
out=${1:-target/base-image.tar}
suite=${DEBIAN_SUITE:-$( . /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")}
suite=${suite:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
java_package=${JAVA_PACKAGE:-openjdk-17-jre-headless}
arch=$(dpkg --print-architecture)

if [ "$(id -u)" -ne 0 ]; then
  echo "base-image.sh: run as root (debootstrap and chroot need it)" >&2
  exit 1
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/beacon-base.XXXXXX")
rootfs="$work/rootfs"
cleanup() {
  for m in proc sys dev/pts dev; do mountpoint -q "$rootfs/$m" 2>/dev/null && umount -l "$rootfs/$m"; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "debootstrap $suite ($arch) from $mirror"
debootstrap --variant=minbase --arch="$arch" "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; exit 1; }

mount -t proc proc "$rootfs/proc"
echo "installing $java_package"
# the JRE's post-install scripts want /proc; no service may start inside the chroot
printf '#!/bin/sh\nexit 101\n' >"$rootfs/usr/sbin/policy-rc.d"
chmod +x "$rootfs/usr/sbin/policy-rc.d"
chroot "$rootfs" /usr/bin/env DEBIAN_FRONTEND=noninteractive LC_ALL=C \
  sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $java_package ca-certificates >/dev/null"
chroot "$rootfs" groupadd --gid 10001 beacon
chroot "$rootfs" useradd --uid 10001 --gid 10001 --home-dir /data --no-create-home --shell /usr/sbin/nologin beacon
install -d -o 10001 -g 10001 -m 0750 "$rootfs/data"
umount "$rootfs/proc"

# trim what a running image never needs
rm -f "$rootfs/usr/sbin/policy-rc.d"
chroot "$rootfs" apt-get clean
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/log/*.log \
  "$rootfs"/var/log/apt/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
  "$rootfs"/tmp/* "$rootfs"/var/tmp/*
find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name 'locale.alias' -exec rm -rf {} + 2>/dev/null || true
: >"$rootfs/etc/machine-id"

java_home=$(dirname "$(dirname "$(readlink -f "$rootfs/usr/bin/java")")")
java_home=${java_home#"$rootfs"}
echo "writing $out (JAVA_HOME $java_home)"
mkdir -p "$(dirname "$out")"
python3 "packaging/docker-save-tar.py" "$rootfs" "$out" \
  --arch "$arch" --env "JAVA_HOME=$java_home" --user 10001:10001 --workdir /data \
  --label "org.opencontainers.image.description=Debian $suite minbase with $java_package, user beacon (10001)"
ls -l "$out"
