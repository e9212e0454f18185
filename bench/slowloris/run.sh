#!/usr/bin/env bash
# bench/slowloris/run.sh — unfinished uploads against the packaged app in production mode (issue 10).
#
# Starts the app on 127.0.0.1:$PORT (default 8093) with a database of its own, then slow_bodies.py opens $COUNT
# (default 300) connections that send the headers of a multipart POST /report and the first boundary line, then
# nothing or one byte every 15 s, while /, /track, /report and /api/v1/units are asked for every second with a
# one-second time-out. Checks: every probe answered 200 within 1 s, readiness stayed 200, and no slow connection was
# still open at the end (each refused at once, 429/503, or cut off with 408 after the 20 s window).
#
#   bench/slowloris/run.sh                  # COUNT=300 DURATION=60
#   COUNT=500 DURATION=90 bench/slowloris/run.sh
#
# Loopback only; at most 600 connections and 300 s (slow_bodies.py enforces both).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export BENCH_TMP="${BENCH_TMP:-/tmp/qingfeng-bench-slowloris}"
# shellcheck source=../lib/app.sh
source "$HERE/../lib/app.sh"

PORT="${PORT:-8093}"
COUNT="${COUNT:-300}"
DURATION="${DURATION:-60}"
DB=qingfeng_bench_slowloris
FAILURES=0

check() {
  if [ "$2" = "$3" ]; then printf '  PASS  %-52s %s\n' "$1" "$2"
  else printf '  FAIL  %-52s %s (expected %s)\n' "$1" "$2" "$3"; FAILURES=$((FAILURES + 1)); fi
}

trap 'app_stop "$PORT"' EXIT
db_create "$DB"
app_start "$PORT" "$DB"
echo "[$(date -u +%H:%M:%S)] app ready on $PORT; $COUNT slow bodies for at most $DURATION s"

# readiness every second meanwhile, on the management port, with a one-second time-out
( end=$((SECONDS + DURATION)); while [ $SECONDS -lt $end ]; do
    curl -s -o /dev/null -m 1 -w '%{http_code}\n' "$(app_mgmt "$PORT")/q/health/ready" || echo timeout
    sleep 1
  done ) > "$BENCH_TMP/ready.txt" &
READY_PID=$!

python3 "$HERE/slow_bodies.py" "$PORT" "$COUNT" "$DURATION" 15 | tee "$BENCH_TMP/result.json"
wait "$READY_PID" || true

field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$BENCH_TMP/result.json" "$1"; }
echo
printf '  info  %-52s %s\n' "probes of /, /track, /report, /api/v1/units" "$(field probes) (max $(field probe_max_ms) ms)"
printf '  info  %-52s %s\n' "how the slow connections ended (mode:status)" "$(field outcomes)"
printf '  info  %-52s %s\n' "seconds until the server closed them" "$(field closed_after_s)"
check "probes slower than 1 s or failed" "$(field probes_slow_or_failed)" 0
check "slow connections still open at the end" "$(field still_open_at_end)" 0
check "readiness answers other than 200" "$(grep -vc '^200$' "$BENCH_TMP/ready.txt" || true)" 0
grep -c 'closed a slow request body' "$BENCH_TMP/app-$PORT.log" | xargs printf '  info  %-52s %s\n' "bodies cut off (app log)"
grep -c 'refused a request body' "$BENCH_TMP/app-$PORT.log" | xargs printf '  info  %-52s %s\n' "bodies refused before reading (app log)"
if [ "$FAILURES" -eq 0 ]; then echo "RESULT: PASS"; else echo "RESULT: FAIL ($FAILURES)"; exit 1; fi
