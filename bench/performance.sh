#!/usr/bin/env bash
# Runs every benchmark the modules provide, measures each service's startup time and
# memory on a demo stack, and writes docs/PERFORMANCE.md. Called by ./cryptoviz bench.
# Baselines are measured in the same run, so the ratios hold on any machine.
#   BENCH_QUICK=1   a smaller drain (200,000 quotes instead of 1,000,000), for a quick look
#   BENCH_SKIP="jmh drain dashboard predictions stack"  leaves parts out (the report says so)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/docs/PERFORMANCE.md"
WORK="$(mktemp -d)"
LOG="$ROOT/target/bench"
mkdir -p "$LOG" "$ROOT/docs"
SKIP=" ${BENCH_SKIP:-} "
QUICK="${BENCH_QUICK:-0}"
STARTED="$(date -u +%FT%TZ)"
SECTIONS=()
FAILED=() # the sections that failed: named at the end, and the exit status is 1

say() { echo "bench: $*" >&2; }
skipped() { [[ "$SKIP" == *" $1 "* ]]; }
mvnw() { "$ROOT/mvnw" -B -ntp "${NODE_ARGS[@]}" "$@"; }
NODE_ARGS=()
[[ -d "${CRYPTOVIZ_NODE_DIR:-}" ]] && NODE_ARGS=("-Dvaadin.node.folder=$CRYPTOVIZ_NODE_DIR")

machine() {
	local cpu mem os jdk
	cpu="$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
	mem="$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
	os="$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
	jdk="$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
	cat <<MD
| | |
|---|---|
| CPU | $cpu, $(nproc) cores available |
| Memory | $mem |
| OS | $os |
| JDK | $jdk ($JAVA_HOME) |
| Commit | $(git -C "$ROOT" rev-parse --short HEAD) on $(git -C "$ROOT" rev-parse --abbrev-ref HEAD) |
| Run | $STARTED to $(date -u +%FT%TZ) |
MD
}

# ---------------------------------------------------------------- Maven benchmarks
# Every module's benchmarks run the same way, and build what they need from this checkout:
#   ./mvnw -pl MODULE -am -Pbench test [-Dtest=SomeBenchmark] [-Dname=value ...]
# maven_bench KEY TITLE TEXT OUTPUT FILTER MODULE [ARGS...]
#   KEY     its name in BENCH_SKIP and in FAILED; its log is target/bench/KEY.log
#   OUTPUT  the file the figures are read from (the log if empty); deleted first, so a figure
#           left by an earlier run is never reported as this run's
#   FILTER  prints the figures, reading OUTPUT on standard input
# A failed run (Maven fails, or no figures) is reported in its section and named in FAILED:
# the script still writes the report, then exits non-zero.
maven_bench() {
	local key="$1" title="$2" text="$3" output="$4" filter="$5" module="$6"
	shift 6
	local log="$LOG/$key.log" command figures=""
	output="${output:-$log}"
	rm -f "$log" "$output"
	if skipped "$key"; then
		SECTIONS+=("$title"$'\n\n'"Skipped in this run (BENCH_SKIP).")
		return
	fi
	command="./mvnw -pl $module -am -Pbench test${*:+ $*}"
	say "$key: $command (log ${log#"$ROOT"/})"
	if mvnw -pl "$module" -am -Pbench -Dspring-javaformat.skip=true test "$@" >"$log" 2>&1 && [[ -s "$output" ]] &&
		figures="$("$filter" <"$output")" && [[ -n "$figures" ]]; then
		SECTIONS+=("$title"$'\n\n'"Command: \`$command\`. $text"$'\n\n```\n'"$figures"$'\n```')
	else
		FAILED+=("$key")
		SECTIONS+=("$title"$'\n\n'"FAILED to run (\`$command\`); last lines of the log:"$'\n\n```\n'"$(tail -n 30 "$log" 2>/dev/null)"$'\n```')
	fi
}

drain_figures() { sed -n '/=== consumer-service drain benchmark/,/targets:/p'; }
dashboard_figures() { sed -n '/=== Multi-Source page benchmark/,+30p' | grep -v '^\[INFO\]'; }

bench_jmh() {
	maven_bench jmh "## ML analysis (ml-core, JMH)" \
		"Targets and baselines (naive forecast, plain loops) are the ones ml-core's benchmark defines; see ml-core/README.md." \
		"$ROOT/ml-core/target/jmh-result.txt" cat ml-core
}

bench_drain() {
	local quotes=1000000
	((QUICK)) && quotes=200000
	maven_bench drain "## Queue drain vs raw Appender vs row-by-row INSERT (consumer-service)" \
		"Targets (issue 5): drain >= 250,000 quotes/s sustained; freshness p95 < 1 s at the normal load. The consumer runs as its own process, started just before: the first drain of a million quotes spends about a second of CPU on JIT compilation, so the next million gives the sustained rate the target names; the CPU lines count the consumer process and Redis." \
		"" drain_figures consumer-service -Dbench.quotes="$quotes"
}

bench_dashboard() { # issue 6
	maven_bench dashboard "## Dashboard latency on the ~21M-row store (dashboard-service)" \
		"Targets (issue 6): page data p95 <= 100 ms on a cache miss; navigation to chart drawn <= 1.5 s." \
		"" dashboard_figures dashboard-service -Dtest=MultiSourceBenchmark
}

bench_predictions() { # issue 7
	maven_bench predictions "## Predictions latency on the ~21M-row store (dashboard-service)" \
		"Targets (issue 7): one /predictions call at 72 h history p95 <= 50 ms on a cache miss; slider change to updated chart <= 300 ms. Baselines in the same run: ml-core alone, and the plain SELECT of the same rows." \
		"$ROOT/dashboard-service/target/benchmark/predictions.txt" cat dashboard-service -Dtest=PredictionsBenchmark
}

# ---------------------------------------------------------------- startup and memory
rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
started_at() { # seconds since boot when the process started
	awk -v hz="$(getconf CLK_TCK)" '{print $22 / hz}' "/proc/$1/stat"
}
uptime_now() { awk '{print $1}' /proc/uptime; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }

# A bare JDK HTTP server (jwebserver) is the floor any Java service pays: its startup and RSS.
baseline_jvm() {
	local port pid t0 up
	port="$(free_port)"
	t0="$(uptime_now)"
	"$JAVA_HOME/bin/jwebserver" -p "$port" -b 127.0.0.1 -d "$WORK" >/dev/null 2>&1 &
	pid=$!
	until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.05; done
	up="$(uptime_now)"
	sleep 2
	BASE_START="$(awk -v a="$t0" -v b="$up" 'BEGIN {printf "%.2f", b - a}')"
	BASE_RSS="$(rss_kib "$pid")"
	kill "$pid"
	wait "$pid" 2>/dev/null || true
}

bench_stack() {
	if skipped stack; then
		SECTIONS+=("## Startup and memory"$'\n\n'"Skipped in this run (BENCH_SKIP).")
		return
	fi
	say "demo stack: startup and memory (state $WORK/stack)"
	baseline_jvm
	local state="$WORK/stack"
	mkdir -p "$state"
	export CRYPTOVIZ_STATE_DIR="$state" CRYPTOVIZ_ENV_FILE="$state/none.env" CRYPTOVIZ_REDIS_PORT="$(free_port)"
	export SIMULATOR_PORT="$(free_port)" SCRAPER_PORT="$(free_port)" CONSUMER_PORT="$(free_port)" DASHBOARD_PORT="$(free_port)" DASHBOARD_MANAGEMENT_PORT="$(free_port)"
	export CRYPTOVIZ_SCRAPER_INTERVAL=10s
	unset REDIS_URL
	declare -A port=([market-simulator]=$SIMULATOR_PORT [scraper-service]=$SCRAPER_PORT
		[consumer-service]=$CONSUMER_PORT [dashboard-service]=$DASHBOARD_PORT)
	declare -A healthy=()
	"$ROOT/cryptoviz" up --demo >"$LOG/stack-up.log" 2>&1 &
	local up_pid=$! svc deadline=$((SECONDS + 240))
	while ((${#healthy[@]} < 4 && SECONDS < deadline)); do
		for svc in "${!port[@]}"; do
			[[ -n "${healthy[$svc]:-}" ]] && continue
			if curl -s --max-time 1 "http://127.0.0.1:${port[$svc]}/actuator/health" | grep -q '"status":"UP"'; then
				healthy[$svc]="$(uptime_now)"
			fi
		done
		sleep 0.2
	done
	wait "$up_pid" || {
		FAILED+=(stack)
		SECTIONS+=("## Startup and memory"$'\n\n'"\`up --demo\` FAILED: $(tail -n 5 "$LOG/stack-up.log")")
		"$ROOT/cryptoviz" down >/dev/null 2>&1 || true
		return
	}
	local rows="" total0=0 total1=0 pid start rss0
	declare -A rss_start=()
	for svc in redis market-simulator scraper-service consumer-service dashboard-service; do
		pid="$(cat "$state/.run/$svc.pid")"
		rss_start[$svc]="$(rss_kib "$pid")"
		total0=$((total0 + rss_start[$svc]))
	done
	say "one minute of demo traffic (10 s scraper cycles, a page reader)"
	local until=$((SECONDS + 60)) pages=0
	while ((SECONDS < until)); do
		curl -s -o /dev/null "http://127.0.0.1:$DASHBOARD_PORT/" && curl -s -o /dev/null "http://127.0.0.1:$DASHBOARD_PORT/dashboard" &&
			curl -s -o /dev/null "http://127.0.0.1:$DASHBOARD_PORT/?v-r=init&location=dashboard" && pages=$((pages + 3))
		sleep 0.2
	done
	local page_ms
	page_ms="$(for i in $(seq 1 40); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$DASHBOARD_PORT/dashboard"; done |
		sort -n | awk '{a[NR]=$1*1000} END {printf "p50 %.0f ms, p95 %.0f ms, max %.0f ms", a[int(NR*0.5)], a[int(NR*0.95)], a[NR]}')"
	for svc in redis market-simulator scraper-service consumer-service dashboard-service; do
		pid="$(cat "$state/.run/$svc.pid")"
		local rss1 startup="-" ratio="-"
		rss1="$(rss_kib "$pid")"
		total1=$((total1 + rss1))
		if [[ -n "${healthy[$svc]:-}" ]]; then
			start="$(started_at "$pid")"
			startup="$(awk -v a="$start" -v b="${healthy[$svc]}" 'BEGIN {printf "%.1f", b - a}')"
			ratio="$(awk -v s="$startup" -v b="$BASE_START" 'BEGIN {printf "%.0fx", s / b}')"
		fi
		rows+="| $svc | $startup s | $ratio | $((rss_start[$svc] / 1024)) MiB | $((rss1 / 1024)) MiB | $(awk -v r="$rss1" -v b="$BASE_RSS" 'BEGIN {printf "%.1fx", r / b}') |"$'\n'
	done
	local first last
	first="$(for svc in market-simulator scraper-service consumer-service dashboard-service; do started_at "$(cat "$state/.run/$svc.pid")"; done | sort -n | head -n 1)"
	"$ROOT/cryptoviz" down >>"$LOG/stack-up.log" 2>&1 || true
	last="$(printf '%s\n' "${healthy[@]}" | sort -n | tail -n 1)"
	[[ -n "$first" && -n "$last" ]] && STACK_READY="$(awk -v a="$first" -v b="$last" 'BEGIN {printf "%.0f", b - a}')"
	SECTIONS+=("## Startup time and resident memory (demo stack)

Command: \`./cryptoviz bench\` (this part alone: \`BENCH_SKIP=\"jmh drain dashboard predictions\" ./cryptoviz bench\`). All services start at once, as \`./cryptoviz up --demo\` starts them, so on $(nproc) cores they compete for CPU; startup is measured from the process start (/proc/<pid>/stat) to the first \`/actuator/health\` UP, polled every 0.2 s. RSS is VmRSS from /proc/<pid>/status right after startup and after one minute of demo traffic (scraper cycles every 10 s, $pages page requests). Heap cap: -Xmx512m (the script's default). Baseline measured in the same run: a bare JDK HTTP server (\`jwebserver\`) starts in $BASE_START s and holds $((BASE_RSS / 1024)) MiB.

| Process | Startup to healthy | vs bare JVM server | RSS after startup | RSS after 1 min of traffic | vs bare JVM server |
|---|---|---|---|---|---|
${rows}| **whole stack** | | | $((total0 / 1024)) MiB | $((total1 / 1024)) MiB | |

Dashboard \`GET /dashboard\` over HTTP on the small demo store (40 sequential requests, the Vaadin bootstrap page only): $page_ms.")
}

# Targets from the service issues, each with the figure of this run or why there is none.
targets() {
	local drain="not measured (drain skipped or failed)" stack="not measured (stack part skipped or failed)"
	[[ -f "$LOG/drain.log" ]] && grep -q "targets:" "$LOG/drain.log" && drain="$(grep -m1 "targets:" "$LOG/drain.log" | sed 's/^ *//')"
	[[ -n "${STACK_READY:-}" ]] && stack="all four services healthy $STACK_READY s after the first started: $(awk -v s="$STACK_READY" 'BEGIN {print (s <= 90) ? "MET" : "MISSED"}')"
	cat <<MD
## Targets

| Issue | Target | This run |
|---|---|---|
| 5 consumer | drain >= 250,000 quotes/s; freshness p95 < 1 s | $drain |
| 6 dashboard | Multi-Source page data, 12 cryptos x 7 d on the ~21M-row store: p95 <= 100 ms (cache miss); navigation to chart drawn <= 1.5 s | see the dashboard section above (MultiSourceBenchmark prints its own verdicts) |
| 7 predictions | one /predictions call at 72 h history p95 <= 50 ms (cache miss); 50-asset batch; slider change to updated chart <= 300 ms | see the predictions section above |
| 8 operations | \`./cryptoviz up --demo\` healthy within 90 s | $stack |
MD
}

write_report() {
	{
		echo "# CryptoViz performance report"
		echo
		echo "Generated by \`./cryptoviz bench\` (bench/performance.sh) on $(date -u +%F). Every ratio compares two figures measured in this same run on this machine; rerun the command to check them on yours."
		echo
		echo "## Machine"
		echo
		machine
		local section
		for section in "${SECTIONS[@]}"; do
			echo
			echo "$section"
		done
		echo
		targets
	} >"$OUT"
	say "wrote ${OUT#"$ROOT"/}"
}

bench_jmh
bench_drain
bench_dashboard
bench_predictions
bench_stack
write_report
rm -rf "$WORK"
if ((${#FAILED[@]})); then
	say "FAILED: ${FAILED[*]} (each has its section in ${OUT#"$ROOT"/} and its log in ${LOG#"$ROOT"/}/)"
	exit 1
fi
