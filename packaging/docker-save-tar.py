#!/usr/bin/env python3
"""Writes a directory as a one-layer image in the "docker save" tarball format (manifest.json,
the image's configuration, one layer.tar), which `docker load`, `podman load` and Jib's
`tar://` base image read. No container runtime is needed.

The layer is reproducible for a given directory: entries sorted, times clamped to
SOURCE_DATE_EPOCH (default 0), owners numeric, device nodes left out (a runtime supplies /dev).
"""
import argparse
import datetime
import hashlib
import io
import json
import os
import stat
import tarfile
import tempfile


def layer_filter(epoch):
    def keep(info):
        if info.ischr() or info.isblk() or info.isfifo():
            return None
        info.uname = info.gname = ""
        info.mtime = min(info.mtime, epoch)
        return info
    return keep


def write_layer(rootfs, path, epoch):
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for name in sorted(os.listdir(rootfs)):
            tar.add(os.path.join(rootfs, name), arcname=name, recursive=True, filter=layer_filter(epoch))


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def add_bytes(tar, name, data, epoch):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = epoch
    info.mode = 0o644
    tar.addfile(info, io.BytesIO(data))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rootfs")
    parser.add_argument("output")
    parser.add_argument("--arch", default="amd64")
    parser.add_argument("--tag", default="beacon-base:latest")
    parser.add_argument("--env", action="append", default=[])
    parser.add_argument("--user")
    parser.add_argument("--workdir")
    parser.add_argument("--label", action="append", default=[])
    args = parser.parse_args()
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    created = datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    out_dir = os.path.dirname(os.path.abspath(args.output))
    with tempfile.TemporaryDirectory(dir=out_dir) as tmp:
        layer = os.path.join(tmp, "layer.tar")
        write_layer(args.rootfs, layer, epoch)
        diff_id = sha256_of(layer)

        config = {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"] + args.env}
        if args.user:
            config["User"] = args.user
        if args.workdir:
            config["WorkingDir"] = args.workdir
        if args.label:
            config["Labels"] = dict(label.split("=", 1) for label in args.label)
        image_config = {
            "architecture": args.arch,
            "os": "linux",
            "created": created,
            "config": config,
            "rootfs": {"type": "layers", "diff_ids": ["sha256:" + diff_id]},
            "history": [{"created": created, "created_by": "packaging/base-image.sh"}],
        }
        config_bytes = json.dumps(image_config, sort_keys=True, separators=(",", ":")).encode()
        config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
        layer_name = diff_id + "/layer.tar"
        manifest = [{"Config": config_name, "RepoTags": [args.tag], "Layers": [layer_name]}]

        partial = args.output + ".part"
        with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as tar:
            add_bytes(tar, config_name, config_bytes, epoch)
            info = tar.gettarinfo(layer, arcname=layer_name)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = epoch
            info.mode = 0o644
            with open(layer, "rb") as f:
                tar.addfile(info, f)
            add_bytes(tar, "manifest.json", json.dumps(manifest).encode(), epoch)
        os.replace(partial, args.output)
    print("%s: layer sha256:%s" % (args.output, diff_id))


if __name__ == "__main__":
    main()
