#!/usr/bin/env bash
# Runs target/beacon-image.tar without a container runtime, to check it: unpacks the image's
# layers into a directory and starts its entrypoint there with chroot, as the image's user, with
# the image's environment and working directory, then asks http://localhost:PORT/ for a page.
# Needs root (chroot). Usage: sudo packaging/try-image.sh [image.tar] [port]   (port 8080)
set -euo pipefail

cd "$(dirname "$0")/.."
image=${1:-target/beacon-image.tar}
port=${2:-8080}
[ "$(id -u)" -eq 0 ] || { echo "try-image.sh: run as root (chroot needs it)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/beacon-try.XXXXXX")
rootfs="$work/rootfs"
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  for m in dev proc; do mountpoint -q "$rootfs/$m" 2>/dev/null && umount -l "$rootfs/$m"; done
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/image" "$rootfs"
tar xf "$image" -C "$work/image"
# the layers in order (the image has no deletions, so no whiteout files to apply)
python3 -c 'import json,sys; [print(l) for l in json.load(open(sys.argv[1]))[0]["Layers"]]' \
  "$work/image/manifest.json" | while read -r layer; do tar xzf "$work/image/$layer" -C "$rootfs" --warning=no-unknown-keyword; done

read_config() {
  python3 - "$work/image" "$1" <<'PY'
import json, shlex, sys
d = sys.argv[1]
c = json.load(open(d + "/" + json.load(open(d + "/manifest.json"))[0]["Config"]))["config"]
what = sys.argv[2]
if what == "env":
    print("\n".join(c.get("Env", [])))
elif what == "entrypoint":
    print(" ".join(shlex.quote(a) for a in c.get("Entrypoint", []) + (c.get("Cmd") or [])))
else:
    print(c.get({"user": "User", "workdir": "WorkingDir"}[what], ""))
PY
}
user=$(read_config user)
workdir=$(read_config workdir)
entrypoint=$(read_config entrypoint)
mapfile -t env < <(read_config env)
echo "user $user, working directory $workdir, entrypoint $entrypoint"

mount -t proc proc "$rootfs/proc"
mount --rbind /dev "$rootfs/dev"
chroot --userspec="$user" "$rootfs" /usr/bin/env -i "${env[@]}" SERVER_PORT="$port" \
  sh -c "id; java -version 2>&1 | head -1; cd '$workdir' && exec $entrypoint" >"$work/app.log" 2>&1 &
pid=$!

status=000
for _ in $(seq 1 180); do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)
  [ "$status" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
head -3 "$work/app.log"
echo "process: $(ps -o user=,uid=,args= -p "$(pgrep -P "$pid" java || echo "$pid")" 2>/dev/null | cut -c1-100)"
echo "data directory: $(ls -ln "$rootfs/data" | tail -n +2 | awk '{print $3":"$4, $9}' | tr "\n" " ")"
echo "GET http://localhost:$port/ -> $status"
if [ "$status" != 200 ]; then tail -40 "$work/app.log"; exit 1; fi
