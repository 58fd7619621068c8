# CryptoViz images: one Dockerfile for the four services. The build context is the
# repository root. The `build` stage builds the Maven project once; each service is a
# runtime target on top of it (docker compose builds them with `target:`):
#   docker build --target dashboard -t cryptoviz-dashboard .
# No "syntax" directive on purpose: it makes BuildKit pull a frontend image, which fails
# where Docker Hub is unreachable; the built-in frontend handles everything below.
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-25
ARG RUNTIME_IMAGE=eclipse-temurin:25-jre

FROM ${BUILD_IMAGE} AS build
ARG TARGETARCH
ARG NPM_REGISTRY=https://registry.npmjs.org
ARG NODE_VERSION=24.22.3
ARG NPM_VERSION=11.21.2
# Vaadin 25 builds its frontend with Node 24, and its own download comes from nodejs.org.
# The npm registry serves the same official binary as node-linux-<arch>, so take it from
# there (as ./cryptoviz does), with npm beside it in the usual Unix layout.
RUN set -eu; \
	case "${TARGETARCH:-amd64}" in amd64) arch=x64 ;; arm64) arch=arm64 ;; *) echo "no Node 24 package for ${TARGETARCH}" >&2; exit 1 ;; esac; \
	mkdir -p /opt/node/lib/node_modules/npm; \
	curl -fsSL "${NPM_REGISTRY}/node-linux-${arch}/-/node-linux-${arch}-${NODE_VERSION}.tgz" | tar -xz -C /opt/node --strip-components=1; \
	curl -fsSL "${NPM_REGISTRY}/npm/-/npm-${NPM_VERSION}.tgz" | tar -xz -C /opt/node/lib/node_modules/npm --strip-components=1; \
	/opt/node/bin/node --version
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
	mvn -B -ntp -DskipTests -Djacoco.skip=true -Dvaadin.node.folder=/opt/node/bin \
		-pl scraper-service,consumer-service,dashboard-service,market-simulator -am package
# Spring Boot's layers (dependencies first), one folder per service, as app.jar plus lib/:
# classes on the plain class path, which the AOT cache below needs (Spring Boot's launcher
# loads them through its own class loader, which the cache cannot serve).
RUN set -eu; \
	for jar in scraper-service/target/scraper-service-*[0-9T].jar consumer-service/target/consumer-service-*[0-9T].jar \
			dashboard-service/target/dashboard-service-*[0-9T].jar market-simulator/target/market-simulator-*-exec.jar; do \
		java -Djarmode=tools -jar "$jar" extract --layers --destination "/layers/${jar%%/*}" --application-filename app.jar; \
	done

FROM ${RUNTIME_IMAGE} AS runtime
# uid 999, the same in every image, so the shared DuckDB volume has one owner.
RUN groupadd --system --gid 999 app && useradd --system --uid 999 --gid app --home-dir /app app \
	&& mkdir -p /app /data && chown app:app /app /data
WORKDIR /app
USER app
# JVM flags for a small machine, the same as ./cryptoviz up's (java_opts there; figures in
# docs/PERFORMANCE.md): compact object headers, bounds on metaspace, code cache and thread
# stacks, two malloc arenas. Each target sets its heap, collector (SerialGC, G1 for the
# dashboard, whose old generation SerialGC would let grow to -Xmx; the why is in
# ./cryptoviz) and young generation in JDK_JAVA_OPTIONS (C1 only for all but the
# consumer, which keeps C2 for the drain); compose's mem_limit adds room for the rest (and
# DuckDB's memory limit). ImagesUseTheScriptsJvmFlagsTest keeps these equal to
# ./cryptoviz up's.
ENV JAVA_TOOL_OPTIONS="-Xms16m -XX:+UseCompactObjectHeaders -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=30000 -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED" \
	MALLOC_ARENA_MAX=2
# bash's /dev/tcp keeps the image free of curl; PORT is set by each target below. The
# start period covers a first start on a slow machine; compose relies on this check.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=5 \
	CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf "GET /actuator/health HTTP/1.0\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
# app.aot is the JDK 25 AOT cache (JEP 483/514/515) from the training run of each target:
# classes come loaded and linked, with profiles, which halves startup. Without it (a failed
# training) the JVM says so once and starts as usual.
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-jar", "app.jar"]

# Each target copies its Spring Boot layers, least changing first, so a code change
# rebuilds only the last one, then runs the AOT training: Spring starts up to its context
# refresh and exits (spring.context.exit=onRefresh, as Spring Boot documents it), with the
# flags the service runs with. No Redis or data is needed; a failure leaves no cache, not
# a failed build.
FROM runtime AS scraper
COPY --from=build /layers/scraper-service/dependencies/ ./
COPY --from=build /layers/scraper-service/snapshot-dependencies/ ./
COPY --from=build /layers/scraper-service/application/ ./
ENV PORT=8081 JDK_JAVA_OPTIONS="-Xmx96m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MaxNewSize=12m -XX:TieredStopAtLevel=1"
RUN CRYPTOVIZ_DB_PATH=/tmp/training.duckdb java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar app.jar \
		>/tmp/aot-training.log 2>&1 || { tail -n 20 /tmp/aot-training.log; echo "AOT training failed: no cache"; }; \
	rm -f /tmp/training.duckdb* /tmp/aot-training.log
EXPOSE 8081

FROM runtime AS consumer
COPY --from=build /layers/consumer-service/dependencies/ ./
COPY --from=build /layers/consumer-service/snapshot-dependencies/ ./
COPY --from=build /layers/consumer-service/application/ ./
ENV PORT=8082 JDK_JAVA_OPTIONS="-Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
RUN CRYPTOVIZ_DB_PATH=/tmp/training.duckdb java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar app.jar \
		>/tmp/aot-training.log 2>&1 || { tail -n 20 /tmp/aot-training.log; echo "AOT training failed: no cache"; }; \
	rm -f /tmp/training.duckdb* /tmp/aot-training.log
EXPOSE 8082
VOLUME /data

FROM runtime AS dashboard
COPY --from=build /layers/dashboard-service/dependencies/ ./
COPY --from=build /layers/dashboard-service/snapshot-dependencies/ ./
COPY --from=build /layers/dashboard-service/application/ ./
ENV PORT=8501 JDK_JAVA_OPTIONS="-Xmx192m -XX:+UseG1GC -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=20 -XX:MaxNewSize=12m -XX:TieredStopAtLevel=1"
RUN CRYPTOVIZ_DB_PATH=/tmp/training.duckdb java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar app.jar \
		>/tmp/aot-training.log 2>&1 || { tail -n 20 /tmp/aot-training.log; echo "AOT training failed: no cache"; }; \
	rm -f /tmp/training.duckdb* /tmp/aot-training.log
EXPOSE 8501
VOLUME /data

FROM runtime AS market-simulator
COPY --from=build /layers/market-simulator/dependencies/ ./
COPY --from=build /layers/market-simulator/snapshot-dependencies/ ./
COPY --from=build /layers/market-simulator/application/ ./
ENV PORT=8090 JDK_JAVA_OPTIONS="-Xmx64m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MaxNewSize=8m -XX:TieredStopAtLevel=1"
RUN CRYPTOVIZ_DB_PATH=/tmp/training.duckdb java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar app.jar \
		>/tmp/aot-training.log 2>&1 || { tail -n 20 /tmp/aot-training.log; echo "AOT training failed: no cache"; }; \
	rm -f /tmp/training.duckdb* /tmp/aot-training.log
EXPOSE 8090
