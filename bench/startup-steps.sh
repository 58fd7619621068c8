#!/usr/bin/env bash
# What each startup step of issue 18 buys, measured in one run: a service started alone
# (Redis up, empty store) under cumulative settings, from the old -Xmx512m to what
# ./cryptoviz up uses now. Prints, per step, wall seconds from process start to the first
# /actuator/health UP, the CPU seconds the process spent until then, and RSS at that moment
# (median of BENCH_ROUNDS, default 3; steps interleaved per round so load falls on all).
#   bench/startup-steps.sh [service ...]     default: scraper-service dashboard-service
# footprint.sh runs it as part of ./cryptoviz bench; the jars must be built.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${BENCH_ROUNDS:-3}"
SERVICES=("$@")
((${#SERVICES[@]})) || SERVICES=(scraper-service dashboard-service)
WORK="$(mktemp -d)"
redis_pid=""
trap 'kill $redis_pid 2>/dev/null; rm -rf "$WORK"' EXIT

# The JDK 25 that ./cryptoviz bench exports (or JAVA_HOME set by hand).
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25, or run ./cryptoviz bench}/bin/java"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

redis_port="$(free_port)"
"$("$ROOT/cryptoviz" __redis-binary)" --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >/dev/null 2>&1 &
redis_pid=$!

# The steps, cumulative: name|flags|aot (aot: a cache trained with these flags)
steps() { # service
	local now
	now="$("$ROOT/cryptoviz" __java-args "$1" | grep -E '^-X' | grep -v AOTCache | tr '\n' ' ')"
	local c2="${now/-XX:TieredStopAtLevel=1/}"
	echo "old: -Xmx512m, JVM defaults|-Xmx512m|no"
	echo "+ AOT cache|-Xmx512m|yes"
	echo "+ small-machine flags (heap, GC, bounds), C2|$c2|yes"
	[[ "$now" == *TieredStopAtLevel* ]] && echo "+ C1 only (as ./cryptoviz up)|$now|yes"
	return 0
}

start() { # service dir flags aot -> "wall cpu rss_mib"
	local svc="$1" dir="$2" flags="$3" aot="$4" port pid t0 hz
	port="$(free_port)"
	local cache=()
	[[ "$aot" == yes ]] && cache=(-XX:AOTCache=app.aot)
	hz="$(getconf CLK_TCK)"
	# shellcheck disable=SC2086 # flags are words
	(cd "$dir" && exec env MALLOC_ARENA_MAX=2 REDIS_URL="redis://127.0.0.1:$redis_port" \
		CRYPTOVIZ_DB_PATH="$dir/store.duckdb" DASHBOARD_MANAGEMENT_PORT="$(free_port)" \
		CRYPTOVIZ_SCRAPER_MODE=simulated COINMARKETCAP_API_KEY=bench \
		"$JAVA" --enable-native-access=ALL-UNNAMED $flags "${cache[@]}" -jar app.jar --server.port="$port") \
		>"$dir/run.log" 2>&1 &
	pid=$!
	t0="$(date +%s.%N)"
	until curl -s --max-time 1 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
		kill -0 "$pid" 2>/dev/null || {
			echo "failed 0 0"
			return
		}
		sleep 0.05
	done
	local t1 cpu rss
	t1="$(date +%s.%N)"
	cpu="$(awk -v hz="$hz" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat")"
	rss="$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status")"
	kill "$pid" && wait "$pid" 2>/dev/null || true
	rm -f "$dir"/store.duckdb*
	awk -v a="$t0" -v b="$t1" -v c="$cpu" -v r="$rss" 'BEGIN {printf "%.2f %s %s\n", b - a, c, r}'
}

for svc in "${SERVICES[@]}"; do
	base="$WORK/$svc"
	mkdir -p "$base/jar"
	jar="$(ls "$ROOT/$svc/target/$svc"-*-exec.jar 2>/dev/null || ls "$ROOT/$svc/target/$svc"-*[0-9T].jar)"
	"$JAVA" -Djarmode=tools -jar "$jar" extract --force --destination "$base/jar" --application-filename app.jar >/dev/null
	mapfile -t lines < <(steps "$svc")
	declare -A wall=() cpu=() rss=()
	for i in "${!lines[@]}"; do
		IFS='|' read -r name flags aot <<<"${lines[$i]}"
		dir="$base/step$i"
		cp -r "$base/jar" "$dir"
		if [[ "$aot" == yes ]]; then
			# shellcheck disable=SC2086
			(cd "$dir" && CRYPTOVIZ_DB_PATH="$dir/training.duckdb" REDIS_URL=redis://127.0.0.1:1 "$JAVA" \
				--enable-native-access=ALL-UNNAMED $flags -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh \
				-jar app.jar --server.port=0 >"$dir/training.log" 2>&1) || true
			rm -f "$dir"/training.duckdb*
		fi
	done
	for round in $(seq 1 "$ROUNDS"); do
		for i in "${!lines[@]}"; do
			IFS='|' read -r name flags aot <<<"${lines[$i]}"
			read -r w c r < <(start "$svc" "$base/step$i" "$flags" "$aot")
			wall[$i]+="$w " cpu[$i]+="$c " rss[$i]+="$r "
			echo "startup-steps: $svc round $round, $name: $w s, CPU $c s, RSS $r MiB" >&2
		done
	done
	echo
	echo "$svc started alone, median of $ROUNDS rounds on $(nproc) cores:"
	printf '  %-52s %8s %8s %8s\n' step "wall s" "CPU s" "RSS MiB"
	for i in "${!lines[@]}"; do
		IFS='|' read -r name flags aot <<<"${lines[$i]}"
		printf '  %-52s %8s %8s %8s\n' "$name" "$(median <<<"${wall[$i]}")" "$(median <<<"${cpu[$i]}")" \
			"$(median <<<"${rss[$i]}")"
	done
	unset wall cpu rss
done
