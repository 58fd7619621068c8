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
# Spring Boot's layers (dependencies first), one folder per service.
RUN set -eu; \
	for jar in scraper-service/target/scraper-service-*[0-9T].jar consumer-service/target/consumer-service-*[0-9T].jar \
			dashboard-service/target/dashboard-service-*[0-9T].jar market-simulator/target/market-simulator-*-exec.jar; do \
		java -Djarmode=tools -jar "$jar" extract --layers --launcher --destination "/layers/${jar%%/*}"; \
	done

FROM ${RUNTIME_IMAGE} AS runtime
# uid 999, the same in every image, so the shared DuckDB volume has one owner.
RUN groupadd --system --gid 999 app && useradd --system --uid 999 --gid app --home-dir /app app \
	&& mkdir -p /app /data && chown app:app /app /data
WORKDIR /app
USER app
# The heap is half the container's memory limit (compose sets mem_limit per service); the
# other half is metaspace, code cache, thread stacks and DuckDB's native buffers.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED"
# bash's /dev/tcp keeps the image free of curl; PORT is set by each target below. The
# start period covers a first start on a slow machine; compose relies on this check.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=5 \
	CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf "GET /actuator/health HTTP/1.0\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]

# Each target copies its Spring Boot layers, least changing first, so a code change
# rebuilds only the last one.
FROM runtime AS scraper
COPY --from=build /layers/scraper-service/dependencies/ /layers/scraper-service/spring-boot-loader/ ./
COPY --from=build /layers/scraper-service/snapshot-dependencies/ ./
COPY --from=build /layers/scraper-service/application/ ./
ENV PORT=8081
EXPOSE 8081

FROM runtime AS consumer
COPY --from=build /layers/consumer-service/dependencies/ /layers/consumer-service/spring-boot-loader/ ./
COPY --from=build /layers/consumer-service/snapshot-dependencies/ ./
COPY --from=build /layers/consumer-service/application/ ./
ENV PORT=8082
EXPOSE 8082
VOLUME /data

FROM runtime AS dashboard
COPY --from=build /layers/dashboard-service/dependencies/ /layers/dashboard-service/spring-boot-loader/ ./
COPY --from=build /layers/dashboard-service/snapshot-dependencies/ ./
COPY --from=build /layers/dashboard-service/application/ ./
ENV PORT=8501
EXPOSE 8501
VOLUME /data

FROM runtime AS market-simulator
COPY --from=build /layers/market-simulator/dependencies/ /layers/market-simulator/spring-boot-loader/ ./
COPY --from=build /layers/market-simulator/snapshot-dependencies/ ./
COPY --from=build /layers/market-simulator/application/ ./
ENV PORT=8090
EXPOSE 8090
