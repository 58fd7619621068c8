#!/usr/bin/env bash
# Makes sure the three base images the Dockerfile and compose file name exist in the local
# engine: maven:3.9-eclipse-temurin-25, eclipse-temurin:25-jre and redis:7-alpine.
# Present already, or pulled from Docker Hub: the official image is used. Where no
# registry answers (an offline machine), a local stand-in is built under the official
# name from what this machine has:
#   - a Debian bookworm root from debootstrap (minbase), imported with docker import,
#     with this machine's CA bundle, so containers trust the same registries it does;
#   - the machine's JDK 25 (cacerts dereferenced: it is a symlink into /etc);
#   - Maven from the wrapper's distribution in ~/.m2/wrapper;
#   - Debian's redis-server, with an entrypoint that adds --protected-mode no as the
#     official image's does.
# Stand-ins carry the label io.cryptoviz.standin=true. Prints one line per image.
# Needs: docker (a client that can talk to the engine), and for stand-ins, root,
# debootstrap and apt-get. Usage: docker/base-images.sh [--jdk DIR]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_DIR="${CRYPTOVIZ_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/cryptoviz}/base-images"
DOCKER="${DOCKER:-docker}"
JDK="${JAVA_HOME:-}"
BASE=cryptoviz-standin/bookworm:minbase
JDK_IMAGE=cryptoviz-standin/temurin:25
PULL_TIMEOUT="${CRYPTOVIZ_PULL_TIMEOUT:-30}"
CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt
# redis-server and what it needs beyond a minbase root.
REDIS_DEBS="redis-server redis-tools liblzf1 libjemalloc2 libatomic1 adduser lsb-base"

while (($#)); do
	case "$1" in
	--jdk) JDK="$2" && shift 2 ;;
	*) echo "base-images: unknown option '$1' (expected --jdk DIR)" >&2 && exit 2 ;;
	esac
done

say() { echo "base-images: $*"; }
fail() {
	echo "base-images: $*" >&2
	exit 1
}

present() { "$DOCKER" image inspect "$1" >/dev/null 2>&1; }

standin() { [[ "$("$DOCKER" image inspect -f '{{index .Config.Labels "io.cryptoviz.standin"}}' "$1" 2>/dev/null)" == true ]]; }

# A registry that does not answer can make docker pull hang for minutes; bound it.
pulled() { timeout "$PULL_TIMEOUT" "$DOCKER" pull -q "$1" >/dev/null 2>&1; }

context() { # a fresh, empty build context folder
	local dir="$CACHE_DIR/context-$1"
	rm -rf "$dir" && mkdir -p "$dir"
	echo "$dir"
}

base_image() {
	present "$BASE" && return 0
	command -v debootstrap >/dev/null 2>&1 || fail "no debootstrap to build stand-ins (apt-get install debootstrap)"
	local rootfs="$CACHE_DIR/bookworm-rootfs"
	local tarball="$CACHE_DIR/bookworm-minbase.tar"
	if [[ ! -f "$tarball" ]]; then
		say "debootstrap bookworm (minbase, ca-certificates, curl) into $rootfs"
		rm -rf "$rootfs" && mkdir -p "$CACHE_DIR"
		debootstrap --variant=minbase --include=ca-certificates,curl bookworm "$rootfs" >"$CACHE_DIR/debootstrap.log" 2>&1 ||
			fail "debootstrap failed; see $CACHE_DIR/debootstrap.log"
		# The machine's bundle: on a network behind a TLS proxy it holds the proxy's CA.
		[[ -f "$CA_BUNDLE" ]] && cp "$CA_BUNDLE" "$rootfs/etc/ssl/certs/ca-certificates.crt"
		rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
		tar -C "$rootfs" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
		rm -rf "$rootfs"
	fi
	"$DOCKER" import -c 'CMD ["bash"]' -c 'LABEL io.cryptoviz.standin=true' "$tarball" "$BASE" >/dev/null
}

jdk_image() { # the machine's JDK 25 on the Debian root (a JDK also serves as the JRE)
	present "$JDK_IMAGE" && return 0
	[[ -x "$JDK/bin/java" ]] || fail "no JDK at '$JDK' for the eclipse-temurin stand-in (pass --jdk DIR or set JAVA_HOME)"
	local dir
	dir="$(context jdk)"
	cp -a "$JDK" "$dir/jdk"
	rm -f "$dir/jdk/lib/security/cacerts" && cp -L "$JDK/lib/security/cacerts" "$dir/jdk/lib/security/cacerts"
	cat >"$dir/Dockerfile" <<-EOF
		FROM $BASE
		COPY jdk /opt/java/openjdk
		ENV JAVA_HOME=/opt/java/openjdk PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
		LABEL io.cryptoviz.standin=true
	EOF
	DOCKER_BUILDKIT=1 "$DOCKER" build -q -t "$JDK_IMAGE" "$dir" >/dev/null
}

jre_image() { # eclipse-temurin:25-jre
	jdk_image
	"$DOCKER" tag "$JDK_IMAGE" "$1"
}

maven_image() { # maven:3.9-eclipse-temurin-25: the JDK stand-in plus the wrapper's Maven
	jdk_image
	local maven
	maven="$(find "$HOME/.m2/wrapper/dists" -path '*apache-maven-3.9*' -name mvn -path '*/bin/*' 2>/dev/null | head -n 1)"
	[[ -n "$maven" ]] || fail "no Maven 3.9 in ~/.m2/wrapper (run ./mvnw --version once)"
	local dir
	dir="$(context maven)"
	cp -a "$(dirname "$(dirname "$maven")")" "$dir/maven"
	cat >"$dir/Dockerfile" <<-EOF
		FROM $JDK_IMAGE
		COPY maven /usr/share/maven
		RUN ln -s /usr/share/maven/bin/mvn /usr/bin/mvn
		# npm (in the Vaadin build) trusts the same CA bundle as the machine.
		ENV MAVEN_HOME=/usr/share/maven NODE_EXTRA_CA_CERTS=$CA_BUNDLE
		LABEL io.cryptoviz.standin=true
	EOF
	DOCKER_BUILDKIT=1 "$DOCKER" build -q -t "$1" "$dir" >/dev/null
}

redis_image() { # redis:7-alpine: Debian's redis-server, run as the redis user
	local dir
	dir="$(context redis)"
	(cd "$dir" && apt-get download $REDIS_DEBS >/dev/null 2>&1) ||
		(apt-get update -qq && cd "$dir" && apt-get download $REDIS_DEBS >/dev/null) ||
		fail "apt-get download redis-server failed"
	cat >"$dir/entrypoint.sh" <<-'EOF'
		#!/bin/sh
		# As the official image: a bare redis-server gets --protected-mode no (the container
		# network is the boundary), and it runs as the redis user, owning /data.
		set -e
		if [ "${1#-}" != "$1" ]; then set -- redis-server "$@"; fi
		if [ "$1" = redis-server ]; then
			shift
			set -- redis-server --protected-mode no "$@"
			if [ "$(id -u)" = 0 ]; then
				chown -R redis:redis /data
				exec setpriv --reuid=redis --regid=redis --init-groups "$@"
			fi
		fi
		exec "$@"
	EOF
	cat >"$dir/Dockerfile" <<-EOF
		FROM $BASE
		COPY *.deb /tmp/debs/
		RUN dpkg -i /tmp/debs/*.deb && rm -rf /tmp/debs && mkdir -p /data && chown redis:redis /data
		COPY entrypoint.sh /usr/local/bin/docker-entrypoint.sh
		RUN chmod 755 /usr/local/bin/docker-entrypoint.sh
		WORKDIR /data
		VOLUME /data
		EXPOSE 6379
		ENTRYPOINT ["docker-entrypoint.sh"]
		CMD ["redis-server"]
		LABEL io.cryptoviz.standin=true
	EOF
	DOCKER_BUILDKIT=1 "$DOCKER" build -q -t "$1" "$dir" >/dev/null
}

ensure() { # image builder
	local image="$1" started=$SECONDS
	if present "$image"; then
		standin "$image" && say "$image: local stand-in (already built)" || say "$image: official (present)"
		return 0
	fi
	if pulled "$image"; then
		say "$image: official (pulled)"
		return 0
	fi
	base_image
	"$2" "$image"
	say "$image: local stand-in built in $((SECONDS - started)) s (docker pull failed or took over ${PULL_TIMEOUT} s)"
}

cd "$ROOT"
ensure eclipse-temurin:25-jre jre_image
ensure maven:3.9-eclipse-temurin-25 maven_image
ensure redis:7-alpine redis_image
