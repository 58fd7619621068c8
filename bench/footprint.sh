#!/usr/bin/env bash
# Startup and memory of the services under two JVM settings in one run, interleaved so
# the machine's load falls on both alike (issue 18): "old" is the earlier -Xmx512m with the
# JVM's defaults and no AOT cache (CRYPTOVIZ_JAVA_OPTS=-Xmx512m), "new" is what
# ./cryptoviz up uses now (java_opts and the AOT cache there). Called by performance.sh,
# which passes the Markdown file to write; alone: bench/footprint.sh OUT.md
#   BENCH_LOAD_MINUTES=10   how long the stack runs under load (5 browser sessions, the API
#                           polled once a second) before its memory is read
#   BENCH_ROUNDS=2          rounds of "each service started alone", old then new
#   BENCH_DRAIN_QUOTES=1000000  the backlog drained while the consumer's peak RSS is sampled
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:?usage: bench/footprint.sh OUT.md}"
LOG="$ROOT/target/bench"
WORK="$(mktemp -d)"
MINUTES="${BENCH_LOAD_MINUTES:-10}"
ROUNDS="${BENCH_ROUNDS:-2}"
DRAIN="${BENCH_DRAIN_QUOTES:-1000000}"
OLD_OPTS="-Xmx512m"
SERVICES=(market-simulator scraper-service consumer-service dashboard-service)
LIVE=(redis scraper-service consumer-service dashboard-service)
mkdir -p "$LOG"

say() { echo "bench: $*" >&2; }
uptime_now() { awk '{print $1}' /proc/uptime; }
started_at() { awk -v hz="$(getconf CLK_TCK)" '{print $22 / hz}' "/proc/$1/stat"; }
rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
# The live stack's RSS now; reads run_stack's pid_of (bash scoping is dynamic).
live_rss_kib() { local svc sum=0; for svc in "${LIVE[@]}"; do sum=$((sum + $(rss_kib "${pid_of[$svc]}"))); done; echo "$sum"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
healthy() { curl -s --max-time 1 "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }
percentiles() { sort -n | awk '{a[NR]=$1*1000} END {if (NR) printf "p50 %.0f ms, p95 %.0f ms (n=%d)", a[int((NR+1)*0.5)], a[int(NR*0.95+0.5)], NR; else printf "no samples"}'; }
pids=()
cleanup() {
	local pid
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	rm -rf "$WORK"
}
trap cleanup EXIT

# Settings by name: the environment ./cryptoviz reads.
settings_env() { # old|new
	if [[ "$1" == old ]]; then echo "CRYPTOVIZ_JAVA_OPTS=$OLD_OPTS"; else echo "CRYPTOVIZ_JAVA_OPTS="; fi
}

# ---------------------------------------------------------------- each service alone
redis_bin="$("$ROOT/cryptoviz" __redis-binary)"
REDIS_PORT="$(free_port)"
"$redis_bin" --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no >"$LOG/footprint-redis.log" 2>&1 &
pids+=($!)
sleep 0.5

start_alone() { # settings service -> prints "seconds rss_kib"
	local settings="$1" svc="$2" port mport args pid t0 deadline
	port="$(free_port)" mport="$(free_port)"
	mapfile -t args < <(env "$(settings_env "$settings")" "$ROOT/cryptoviz" __java-args "$svc")
	rm -rf "$WORK/alone" && mkdir -p "$WORK/alone"
	(cd "$WORK/alone" && exec env MALLOC_ARENA_MAX=2 REDIS_URL="redis://127.0.0.1:$REDIS_PORT" \
		CRYPTOVIZ_DB_PATH="$WORK/alone/cryptoviz.duckdb" DASHBOARD_MANAGEMENT_PORT="$mport" \
		CRYPTOVIZ_SCRAPER_MODE=simulated COINMARKETCAP_API_KEY=simulator-key \
		CRYPTOVIZ_SCRAPER_SOURCES_COINGECKO_BASE_URL="http://127.0.0.1:1/api/v3" \
		CRYPTOVIZ_SCRAPER_SOURCES_COINMARKETCAP_BASE_URL="http://127.0.0.1:1" \
		CRYPTOVIZ_SCRAPER_SOURCES_COINPAPRIKA_BASE_URL="http://127.0.0.1:1/v1" \
		"$JAVA_HOME/bin/java" "${args[@]}" --server.port="$port") >"$LOG/footprint-alone-$settings-$svc.log" 2>&1 &
	pid=$!
	t0="$(started_at "$pid" 2>/dev/null || uptime_now)"
	deadline=$((SECONDS + 180))
	until healthy "$port"; do
		kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)) || {
			kill "$pid" 2>/dev/null
			echo "failed 0"
			return
		}
		sleep 0.1
	done
	local up rss
	up="$(uptime_now)"
	rss="$(rss_kib "$pid")"
	kill "$pid" && wait "$pid" 2>/dev/null || true
	awk -v a="$t0" -v b="$up" -v r="$rss" 'BEGIN {printf "%.1f %d\n", b - a, r}'
}

say "footprint: AOT caches for the new settings (built once per jar)"
"$ROOT/cryptoviz" __aot-train "${SERVICES[@]}" >>"$LOG/footprint-aot.log" 2>&1 || true

declare -A alone=()
for round in $(seq 1 "$ROUNDS"); do
	for svc in "${SERVICES[@]}"; do
		for settings in old new; do
			say "footprint: round $round, $svc alone, $settings settings"
			read -r secs rss < <(start_alone "$settings" "$svc")
			alone[$settings,$svc]+="$secs "
			alone[$settings,$svc,rss]="$rss"
		done
	done
done

# What each startup step bought (AOT cache, the small-machine flags, C1), one service alone.
say "footprint: startup step by step (bench/startup-steps.sh)"
steps_ok=1
"$ROOT/bench/startup-steps.sh" scraper-service dashboard-service >"$WORK/steps.txt" 2>>"$LOG/footprint-steps.log" || steps_ok=0

# ---------------------------------------------------------------- the demo stack under load
# Starts the demo stack with ./cryptoviz up --demo, as a user does; times it from the first
# process start to the last /actuator/health UP; then 5 headless Chromium sessions stay on
# the pages (Vaadin Push, auto-refresh) while the API is polled once a second; then a
# backlog of $DRAIN quotes is drained while RSS is sampled every 0.2 s.
declare -A result=()
run_stack() { # settings
	local settings="$1" state="$WORK/stack-$settings"
	mkdir -p "$state"
	local -A port=([market-simulator]="$(free_port)" [scraper-service]="$(free_port)"
		[consumer-service]="$(free_port)" [dashboard-service]="$(free_port)")
	local redis_port mport
	redis_port="$(free_port)" mport="$(free_port)"
	local envs=("$(settings_env "$settings")" CRYPTOVIZ_STATE_DIR="$state" CRYPTOVIZ_ENV_FILE="$state/none.env"
		CRYPTOVIZ_REDIS_PORT="$redis_port" SIMULATOR_PORT="${port[market-simulator]}"
		SCRAPER_PORT="${port[scraper-service]}" CONSUMER_PORT="${port[consumer-service]}"
		DASHBOARD_PORT="${port[dashboard-service]}" DASHBOARD_MANAGEMENT_PORT="$mport" CRYPTOVIZ_SCRAPER_INTERVAL=10s)
	say "footprint: demo stack, $settings settings (log target/bench/footprint-stack-$settings.log)"
	local t_up=$SECONDS
	env -u REDIS_URL "${envs[@]}" "$ROOT/cryptoviz" up --demo >"$LOG/footprint-stack-$settings.log" 2>&1 || {
		result[$settings,failed]="up --demo failed: $(tail -n 3 "$LOG/footprint-stack-$settings.log" | tr '\n' ' ')"
		env "${envs[@]}" "$ROOT/cryptoviz" down >/dev/null 2>&1 || true
		return 1
	}
	result[$settings,up]=$((SECONDS - t_up))
	local svc pid first="" last="" t
	declare -A pid_of=()
	for svc in redis "${SERVICES[@]}"; do pid_of[$svc]="$(cat "$state/.run/$svc.pid")"; done
	# The three started together after the simulator: first start to last healthy. The
	# health times are the log's "Started ... (process running for N)" lines, which need no polling.
	for svc in scraper-service consumer-service dashboard-service; do
		t="$(started_at "${pid_of[$svc]}")"
		[[ -z "$first" ]] || awk -v a="$t" -v b="$first" 'BEGIN {exit !(a < b)}' && first="$t"
		local running
		running="$(grep -o 'process running for [0-9.]*' "$state/logs/$svc.log" | tail -n 1 | awk '{print $4}')"
		result[$settings,$svc,start]="$running"
		t="$(awk -v s="$t" -v r="$running" 'BEGIN {print s + r}')"
		[[ -z "$last" ]] || awk -v a="$t" -v b="$last" 'BEGIN {exit !(a > b)}' && last="$t"
	done
	result[$settings,together]="$(awk -v a="$first" -v b="$last" 'BEGIN {printf "%.1f", b - a}')"
	for svc in redis "${SERVICES[@]}"; do result[$settings,$svc,rss0]="$(rss_kib "${pid_of[$svc]}")"; done

	local dash="http://127.0.0.1:${port[dashboard-service]}" browsers=() i
	for i in 1 2 3 4 5; do
		local page=/dashboard
		((i == 2)) && page=/predictions
		((i == 3)) && page=/
		chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir="$state/chromium-$i" \
			"$dash$page" >/dev/null 2>&1 &
		browsers+=($!)
	done
	local api="$dash/api/v1/predictions/bitcoin?history=24&horizon=4" until=$((SECONDS + MINUTES * 60))
	local next_sample=$((SECONDS + 60))
	: >"$state/api.txt"
	# RSS once a minute too: a heap that still grows at the end would make the last
	# reading flatter the settings.
	while ((SECONDS < until)); do
		curl -s -o /dev/null -w '%{time_total}\n' "$api" >>"$state/api.txt" || true
		if ((SECONDS >= next_sample)); then
			result[$settings,trend]+="$(mib "$(live_rss_kib)") "
			result[$settings,dtrend]+="$(mib "$(rss_kib "${pid_of[dashboard-service]}")") "
			next_sample=$((next_sample + 60))
		fi
		sleep 1
	done
	result[$settings,api]="$(percentiles <"$state/api.txt")"
	result[$settings,page]="$(for i in $(seq 1 40); do curl -s -o /dev/null -w '%{time_total}\n' "$dash/dashboard"; done | percentiles)"
	local total=0 live=0
	for svc in redis "${SERVICES[@]}"; do
		result[$settings,$svc,rss1]="$(rss_kib "${pid_of[$svc]}")"
		total=$((total + result[$settings,$svc,rss1]))
	done
	for svc in "${LIVE[@]}"; do live=$((live + result[$settings,$svc,rss1])); done
	result[$settings,total]=$total result[$settings,live]=$live
	kill "${browsers[@]}" 2>/dev/null || true
	wait "${browsers[@]}" 2>/dev/null || true

	# The backlog: pushed to a side list, then renamed onto the queue at once, so the drain
	# is timed from a full queue; the consumer's RSS is sampled while it drains.
	say "footprint: drain of $DRAIN quotes, $settings settings"
	python3 "$ROOT/bench/backlog.py" "$redis_port" "$DRAIN" >"$state/backlog.txt"
	local peak=0 peak_total=0 r sum t0 t1 depth
	t0="$(uptime_now)"
	python3 "$ROOT/bench/backlog.py" "$redis_port" --release
	while :; do
		r="$(rss_kib "${pid_of[consumer-service]}")"
		((r > peak)) && peak=$r
		sum="$(live_rss_kib)"
		((sum > peak_total)) && peak_total=$sum
		depth="$(python3 "$ROOT/bench/backlog.py" "$redis_port" --depth)"
		[[ "$depth" == 0 ]] && break
		awk -v a="$t0" -v b="$(uptime_now)" 'BEGIN {exit !(b - a > 600)}' && break
		sleep 0.2
	done
	t1="$(uptime_now)"
	result[$settings,drain]="$(awk -v n="$DRAIN" -v a="$t0" -v b="$t1" 'BEGIN {printf "%.0f", n / (b - a)}')"
	result[$settings,drain_s]="$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')"
	result[$settings,peak]=$peak result[$settings,peak_total]=$peak_total
	env "${envs[@]}" "$ROOT/cryptoviz" down >>"$LOG/footprint-stack-$settings.log" 2>&1 || true
}

failed=0
for settings in old new; do
	run_stack "$settings" || failed=1
done

# ---------------------------------------------------------------- report
mean() { awk '{s=0; n=0; for (i=1; i<=NF; i++) if ($i != "failed") {s+=$i; n++}; if (n) printf "%.1f", s/n; else printf "failed"}' <<<"$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a+0 > 0 && b+0 > 0) printf "%.2f", b / a; else printf "-"}'; }
{
	echo "## Footprint: old vs new JVM settings (issue 18)"
	echo
	echo "Command: \`./cryptoviz bench\` (this part alone: \`BENCH_SKIP=\"jmh drain dashboard predictions\" ./cryptoviz bench\`, or \`bench/footprint.sh OUT.md\`). **old**: \`CRYPTOVIZ_JAVA_OPTS=$OLD_OPTS\`, the JVM's defaults otherwise and no AOT cache, as before issue 18. **new**: what \`./cryptoviz up\` uses now, the dashboard's flags: \`$("$ROOT/cryptoviz" __java-args dashboard-service | grep -E '^-X(ms|mx)|^-XX:[+A-Z]|^-Xss' | grep -v AOTCache | tr '\n' ' ')\` (heap per service: $(for s in "${SERVICES[@]}"; do "$ROOT/cryptoviz" __java-args "$s" | grep '^-Xmx' | sed "s/^/$s /"; done | tr '\n' ',' | sed 's/,$//; s/,/, /g')), MALLOC_ARENA_MAX=2, DuckDB 192MB/128MB and 2 threads, smaller Tomcat pools, and the AOT cache. Old and new run one after the other in this same run on $(nproc) shared cores; the ratio is new / old."
	echo
	echo "**Each service started alone** (Redis already up; process start to the first \`/actuator/health\` UP, polled every 0.1 s; $ROUNDS rounds, old and new interleaved; seconds of every round, then the mean):"
	echo
	echo "| service | old: startup (s) | new: startup (s) | new / old | old: RSS when ready | new: RSS when ready |"
	echo "|---|---|---|---|---|---|"
	for svc in "${SERVICES[@]}"; do
		o="$(mean "${alone[old,$svc]}")" n="$(mean "${alone[new,$svc]}")"
		echo "| $svc | ${alone[old,$svc]}→ **$o** | ${alone[new,$svc]}→ **$n** | $(ratio "$o" "$n") | $(mib "${alone[old,$svc,rss]:-0}") MiB | $(mib "${alone[new,$svc,rss]:-0}") MiB |"
	done
	echo
	for settings in old new; do
		[[ -n "${result[$settings,failed]:-}" ]] && echo "**$settings stack FAILED:** ${result[$settings,failed]}" && echo
	done
	echo "**Demo stack** (\`./cryptoviz up --demo\`, then $MINUTES min with 5 headless Chromium sessions on /dashboard, /predictions and / and the API polled once a second, then a $DRAIN-quote backlog drained):"
	echo
	echo "| | old | new | new / old |"
	echo "|---|---|---|---|"
	echo "| \`up --demo\` to all healthy (wall, simulator first) | ${result[old,up]:-} s | ${result[new,up]:-} s | $(ratio "${result[old,up]:-}" "${result[new,up]:-}") |"
	echo "| scraper, consumer, dashboard started together: first process start to last ready | ${result[old,together]:-} s | ${result[new,together]:-} s | $(ratio "${result[old,together]:-}" "${result[new,together]:-}") |"
	for svc in scraper-service consumer-service dashboard-service; do
		echo "| $svc ready (Spring's \"process running for\") | ${result[old,$svc,start]:-} s | ${result[new,$svc,start]:-} s | $(ratio "${result[old,$svc,start]:-}" "${result[new,$svc,start]:-}") |"
	done
	for svc in redis "${SERVICES[@]}"; do
		echo "| RSS $svc: after startup → after $MINUTES min of use | $(mib "${result[old,$svc,rss0]:-0}") → **$(mib "${result[old,$svc,rss1]:-0}")** MiB | $(mib "${result[new,$svc,rss0]:-0}") → **$(mib "${result[new,$svc,rss1]:-0}")** MiB | $(ratio "${result[old,$svc,rss1]:-}" "${result[new,$svc,rss1]:-}") |"
	done
	echo "| **RSS live stack** (Redis, scraper, consumer, dashboard) after $MINUTES min | **$(mib "${result[old,live]:-0}") MiB** | **$(mib "${result[new,live]:-0}") MiB** | $(ratio "${result[old,live]:-}" "${result[new,live]:-}") |"
	echo "| RSS live stack at each minute of use (MiB) | ${result[old,trend]:-} | ${result[new,trend]:-} | |"
	echo "| RSS dashboard-service at each minute of use (MiB) | ${result[old,dtrend]:-} | ${result[new,dtrend]:-} | |"
	echo "| **RSS demo stack** (with the simulator) after $MINUTES min | **$(mib "${result[old,total]:-0}") MiB** | **$(mib "${result[new,total]:-0}") MiB** | $(ratio "${result[old,total]:-}" "${result[new,total]:-}") |"
	echo "| peak RSS of the consumer during the drain | $(mib "${result[old,peak]:-0}") MiB | $(mib "${result[new,peak]:-0}") MiB | $(ratio "${result[old,peak]:-}" "${result[new,peak]:-}") |"
	echo "| peak RSS of the live stack during the drain | $(mib "${result[old,peak_total]:-0}") MiB | $(mib "${result[new,peak_total]:-0}") MiB | $(ratio "${result[old,peak_total]:-}" "${result[new,peak_total]:-}") |"
	echo "| drain of $DRAIN quotes (queue full to empty) | ${result[old,drain]:-} quotes/s (${result[old,drain_s]:-} s) | ${result[new,drain]:-} quotes/s (${result[new,drain_s]:-} s) | $(ratio "${result[old,drain]:-}" "${result[new,drain]:-}") |"
	echo "| API \`/api/v1/predictions/bitcoin?history=24&horizon=4\`, once a second under load | ${result[old,api]:-} | ${result[new,api]:-} | |"
	echo "| page \`GET /dashboard\` (Vaadin bootstrap, 40 in a row, after the load) | ${result[old,page]:-} | ${result[new,page]:-} | |"
	echo
	echo "**What each startup step bought** (\`bench/startup-steps.sh\`: each step adds to the one above; Redis up, empty store; wall time from process start to health UP, the CPU the process spent until then, RSS then):"
	echo
	echo '```'
	if ((steps_ok)); then cat "$WORK/steps.txt"; else echo "FAILED to run (target/bench/footprint-steps.log)"; fi
	echo '```'
} >"$OUT"

# One line per issue-18 target for performance.sh's table: target, then this run's figure.
{
	worst=0
	for svc in "${SERVICES[@]}"; do worst="$(awk -v a="$worst" -v b="$(mean "${alone[new,$svc]}")" 'BEGIN {print (b == "failed" || b + 0 > a + 0) ? b : a}')"; done
	verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v != "" && v != "failed" && v + 0 <= t + 0) ? "met" : "MISSED"}'; }
	live="$(mib "${result[new,live]:-0}")" demo="$(mib "${result[new,total]:-0}")"
	printf '%s\t%s\n' "live stack <= 700 MB RSS after use (read as MiB)" "$live MiB after $MINUTES min (old settings: $(mib "${result[old,live]:-0}") MiB): $(verdict "$live" 700)"
	printf '%s\t%s\n' "demo stack <= 900 MB RSS (read as MiB)" "$demo MiB (old: $(mib "${result[old,total]:-0}") MiB): $(verdict "$demo" 900)"
	printf '%s\t%s\n' "each service ready <= 4 s alone" "slowest $worst s (mean of $ROUNDS rounds): $(verdict "$worst" 4)"
	printf '%s\t%s\n' "stack ready <= 10 s together" "${result[new,together]:-failed} s (old: ${result[old,together]:-failed} s): $(verdict "${result[new,together]:-}" 10)"
} >"$OUT.targets"
((failed == 0 && steps_ok == 1))
