#!/usr/bin/env bash
# Builds the five container images (the four services and the clerk frontend) without a Docker daemon (Quarkus'
# Jib extension) and pushes them to a registry, as <registry>/motcua/<module>:<tag>. The images run as the base
# image's non-root user (185); the overlays name the same images (deploy/k8s/overlays/*/kustomization.yaml).
#
#   deploy/k8s/build-images.sh --registry registry.quangngai.gov.vn --tag 0.1.0
#
#   --registry HOST[:PORT]  where to push (required); credentials: ~/.docker/config.json, a credential helper, or
#                           QUARKUS_CONTAINER_IMAGE_USERNAME / QUARKUS_CONTAINER_IMAGE_PASSWORD
#   --tag TAG               the images' tag (default: the project's version); never "latest"
#   --base IMAGE            the base image (default: Quarkus' registry.access.redhat.com/ubi9/openjdk-17-runtime);
#                           a registry image, or tar:///path/to/image.tar (a 'docker save' archive)
#   --insecure              the registry speaks plain HTTP or has a self-signed certificate (a test registry)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
registry="" tag="" base="" insecure=false
while [ $# -gt 0 ]; do
  case "$1" in
    --registry) registry="$2"; shift 2 ;;
    --tag) tag="$2"; shift 2 ;;
    --base) base="$2"; shift 2 ;;
    --insecure) insecure=true; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$registry" ]; then
  echo "--registry is required (see --help)" >&2
  exit 2
fi
if [ "$tag" = latest ]; then
  echo "the tag 'latest' is refused: deployments name a version" >&2
  exit 2
fi
options=(-Dquarkus.container-image.build=true -Dquarkus.container-image.push=true
         "-Dquarkus.container-image.registry=$registry" "-Dquarkus.container-image.insecure=$insecure")
[ -n "$tag" ] && options+=("-Dquarkus.container-image.tag=$tag")
[ -n "$base" ] && options+=("-Dquarkus.jib.base-jvm-image=$base")
./mvnw -B -ntp package -DskipTests -Dexec.skip \
  -pl intake-service,routing-service,records-service,notification-service,clerk-ui -am "${options[@]}"
echo "Pushed to $registry: motcua/{intake-service,routing-service,records-service,notification-service,clerk-ui}:${tag:-$(sed -n 's:.*<version>\(.*-SNAPSHOT\|[0-9.]*\)</version>.*:\1:p' pom.xml | head -1)}"
