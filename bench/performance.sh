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

# JMH's table, then refit / analysis per horizon with the interval that JMH's 99.9 %
# confidence intervals of the two means allow (lowest refit over highest analysis, and the
# reverse): the verdict on "at least 20x" is read from the interval's low end.
jmh_figures() {
	awk '{print}
		/fullAnalysisWithBacktest/ {full[$2] = $5; fullErr[$2] = $7}
		/refitAtEveryOriginBacktest/ {refit[$2] = $5; refitErr[$2] = $7}
		END {
			print ""
			print "refit at every origin / full analysis (99.9 % interval from the errors above; target >= 20x):"
			for (h in full) if (h in refit) {
				lo = (refit[h] - refitErr[h]) / (full[h] + fullErr[h])
				hi = (full[h] > fullErr[h]) ? sprintf("%.0fx", (refit[h] + refitErr[h]) / (full[h] - fullErr[h])) : "inf"
				printf "  H = %2d h: %.0fx (%.0fx to %s): %s\n", h, refit[h] / full[h], lo, hi, (lo >= 20) ? "met" : ((refit[h] / full[h] >= 20) ? "not settled" : "missed")
			}
		}'
}

bench_jmh() {
	maven_bench jmh "## ML analysis (ml-core, JMH)" \
		"Targets and baselines (naive forecast, plain loops) are the ones ml-core's benchmark defines; see ml-core/README.md. Three forks, 5 x 1 s warm-up and 5 x 1 s measured each; the errors are JMH's 99.9 % confidence intervals." \
		"$ROOT/ml-core/target/jmh-result.txt" jmh_figures ml-core
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
		SECTIONS+=("## Footprint: old vs new JVM settings"$'\n\n'"Skipped in this run (BENCH_SKIP).")
		return
	fi
	say "stack: startup and memory, old vs new JVM settings (bench/footprint.sh, log ${LOG#"$ROOT"/}/footprint-*.log)"
	baseline_jvm
	if CRYPTOVIZ_NODE_DIR="${CRYPTOVIZ_NODE_DIR:-}" "$ROOT/bench/footprint.sh" "$WORK/footprint.md" 2>&1 | tee "$LOG/footprint.log" >&2 &&
		[[ ${PIPESTATUS[0]} == 0 ]]; then
		FOOTPRINT_OK=1
	else
		FAILED+=(stack)
	fi
	local text
	text="$(cat "$WORK/footprint.md" 2>/dev/null || echo "## Footprint: old vs new JVM settings"$'\n\n'"FAILED: $(tail -n 20 "$LOG/footprint.log")")"
	SECTIONS+=("$text"$'\n\n'"Baseline measured in the same run: a bare JDK HTTP server (\`jwebserver\`) starts in $BASE_START s and holds $((BASE_RSS / 1024)) MiB.")
	FOOTPRINT_TARGETS="$(cat "$WORK/footprint.md.targets" 2>/dev/null || true)"
}

# Targets from the service issues, each with the figure of this run or why there is none.
targets() {
	local drain="not measured (drain skipped or failed)"
	[[ -f "$LOG/drain.log" ]] && grep -q "targets:" "$LOG/drain.log" && drain="$(grep -m1 "targets:" "$LOG/drain.log" | sed 's/^ *//')"

	cat <<MD
## Targets

| Issue | Target | This run |
|---|---|---|
| 5 consumer | drain >= 250,000 quotes/s; freshness p95 < 1 s | $drain |
| 6 dashboard | Multi-Source page data, 12 cryptos x 7 d on the ~21M-row store: p95 <= 100 ms (cache miss); navigation to chart drawn <= 1.5 s | see the dashboard section above (MultiSourceBenchmark prints its own verdicts) |
| 7 predictions | one /predictions call at 72 h history p95 <= 50 ms (cache miss); 50-asset batch; slider change to updated chart <= 300 ms | see the predictions section above |
MD
	local target figure
	while IFS=$'\t' read -r target figure; do
		[[ -n "$target" ]] && echo "| 18 footprint | $target | $figure |"
	done <<<"${FOOTPRINT_TARGETS:-stack part skipped or failed	not measured}"
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
