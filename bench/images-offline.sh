#!/usr/bin/env bash
# Proves, on a machine that reaches no container registry, that deploy/k8s/build-images.sh builds and pushes the
# five images and that an image runs as its non-root user: a base image is made from Debian's packages
# (debootstrap: OpenJDK 17 JRE, user 185), a registry runs on loopback (Debian's docker-registry), the images are
# pushed there, their configuration is read back, and the clerk frontend's image is unpacked and started as user
# 185 on a read-only root (chroot), answering its health check. Needs root, debootstrap, docker-registry, curl, jq.
#   bench/images-offline.sh [work directory, default /tmp/motcua-images]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-/tmp/motcua-images}"
registry=127.0.0.1:5000
mkdir -p "$work"

if [ ! -f "$work/base.tar" ]; then
  echo "== base image: Debian bookworm + OpenJDK 17 JRE (debootstrap)"
  rm -rf "$work/rootfs" "$work/base"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$work/rootfs" >"$work/debootstrap.log"
  chroot "$work/rootfs" groupadd -g 185 jboss
  chroot "$work/rootfs" useradd -u 185 -g 185 -d /home/jboss -m jboss
  rm -rf "$work/rootfs"/var/cache/apt/archives/*.deb "$work/rootfs"/var/lib/apt/lists/*
  mkdir -p "$work/base"
  tar -C "$work/rootfs" --numeric-owner -cf "$work/base/layer.tar" .
  diff_id="sha256:$(sha256sum "$work/base/layer.tar" | cut -d' ' -f1)"
  cat >"$work/base/config.json" <<JSON
{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64","LANG=C.UTF-8"],"User":"185"},"rootfs":{"type":"layers","diff_ids":["$diff_id"]}}
JSON
  echo '[{"Config":"config.json","RepoTags":["motcua/base-jre:17"],"Layers":["layer.tar"]}]' >"$work/base/manifest.json"
  tar -C "$work/base" -cf "$work/base.tar" manifest.json config.json layer.tar
fi

if ! curl -sf "http://$registry/v2/" >/dev/null; then
  echo "== registry on $registry"
  mkdir -p "$work/registry"
  printf 'version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: %s/registry\nhttp:\n  addr: %s\n' "$work" "$registry" >"$work/registry.yml"
  nohup docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
  for _ in $(seq 50); do curl -sf "http://$registry/v2/" >/dev/null && break; sleep 0.2; done
fi

tag="offline-$(date +%Y%m%d%H%M)"
echo "== build-images.sh --registry $registry --tag $tag"
start=$(date +%s)
"$root/deploy/k8s/build-images.sh" --registry "$registry" --tag "$tag" --base "tar://$work/base.tar" --insecure >"$work/build.log"
echo "built and pushed in $(( $(date +%s) - start )) s"

for image in intake-service routing-service records-service notification-service clerk-ui; do
  manifest=$(curl -sf -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "http://$registry/v2/motcua/$image/manifests/$tag")
  config=$(curl -sf "http://$registry/v2/motcua/$image/blobs/$(echo "$manifest" | jq -r .config.digest)")
  size=$(echo "$manifest" | jq '[.layers[].size] | add')
  echo "$image:$tag  user=$(echo "$config" | jq -r .config.User)  entrypoint=$(echo "$config" | jq -c .config.Entrypoint)  layers=$(echo "$manifest" | jq '.layers | length')  compressed=$((size / 1048576)) MB"
done

echo "== clerk-ui's image, unpacked and started as user 185 on a read-only root"
run="$work/run-clerk-ui"
for m in dev tmp proc ""; do umount "$run/rootfs/$m" 2>/dev/null || true; done
rm -rf --one-file-system "$run" && mkdir -p "$run/rootfs"
manifest=$(curl -sf -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' "http://$registry/v2/motcua/clerk-ui/manifests/$tag")
for digest in $(echo "$manifest" | jq -r '.layers[].digest'); do
  curl -sf "http://$registry/v2/motcua/clerk-ui/blobs/$digest" | tar -C "$run/rootfs" -xzf - 2>/dev/null
done
config=$(curl -sf "http://$registry/v2/motcua/clerk-ui/blobs/$(echo "$manifest" | jq -r .config.digest)")
workdir=$(echo "$config" | jq -r '.config.WorkingDir // "/"')
mapfile -t entrypoint < <(echo "$config" | jq -r '.config.Entrypoint[]')
mkdir -p "$run/rootfs/proc" "$run/rootfs/tmp" "$run/rootfs/dev"
mount --bind "$run/rootfs" "$run/rootfs" && mount -o remount,bind,ro "$run/rootfs"
mount -t proc proc "$run/rootfs/proc" && mount -t tmpfs tmpfs "$run/rootfs/tmp" && mount --bind /dev "$run/rootfs/dev"
cleanup() { kill "$pid" 2>/dev/null || true; sleep 1; umount "$run/rootfs/dev" "$run/rootfs/tmp" "$run/rootfs/proc" "$run/rootfs" 2>/dev/null || true; }
trap cleanup EXIT
env -i PATH=/usr/bin:/bin JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 QUARKUS_HTTP_PORT=18085 \
  /usr/sbin/chroot --userspec=185:185 "$run/rootfs" /bin/sh -c "cd $workdir && exec ${entrypoint[*]}" >"$run/clerk-ui.log" 2>&1 &
pid=$!
for _ in $(seq 150); do curl -sf http://127.0.0.1:18085/q/health/ready >/dev/null && break; sleep 0.2; done
echo "health: $(curl -s http://127.0.0.1:18085/q/health/ready | jq -c .)"
echo "runs as: $(ps -o user=,uid=,args= --ppid "$pid" -p "$pid" | grep java | awk '{print $1" (uid "$2")"}' | head -1)"
echo "first page: $(curl -s -o /dev/null -w '%{http_code} %{size_download} bytes' http://127.0.0.1:18085/)"
