#!/usr/bin/env bash
# bench/load/profile.sh — where the time of issue 18's figures goes, measured with async-profiler (its jar, with the
# native agent, from Maven Central) on the packaged app in production mode, as bench/load/run.sh runs it:
#   1. the start on a migrated database: wall clock of the main thread and CPU of every thread, launch to ready
#   2. GET /report under wrk (8 connections), CPU for 20 s after a 15 s warm-up
#   3. POST /report under wrk, the same; the CPU seconds of the JVM and of PostgreSQL per submission; the statements
#      one submission sends (PostgreSQL's log, log_statement=all on this database only)
# Collapsed stacks are kept in $OUT (flame graphs can be drawn from them); summaries are printed.
#   bench/load/profile.sh                  # about 4 minutes on 2 cores
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export BENCH_TMP="${BENCH_TMP:-/tmp/qingfeng-profile}"
# shellcheck source=../lib/app.sh
source bench/lib/app.sh
DB="${PROFILE_DB:-qingfeng_profile}"
PORT="${PROFILE_PORT:-8491}"
HERE=bench/load
OUT="$BENCH_TMP/profile"
AP=4.1
mkdir -p "$OUT"
QUIET=(QINGFENG_OUTBOX_EVERY=off QINGFENG_AUDIT_SEAL_EVERY=off QINGFENG_RETENTION_CRON=off QINGFENG_CHASING_EVERY=off)
trap '[ -f "$BENCH_TMP/app-$PORT.pid" ] && app_stop "$PORT"' EXIT
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres)
sum() { python3 "$HERE/stacks.py" "$@"; }

if [ ! -f "$OUT/linux-x64/libasyncProfiler.so" ]; then
  ./mvnw -B -q -ntp dependency:copy -Dartifact="tools.profiler:async-profiler:$AP" -DoutputDirectory="$OUT"
  (cd "$OUT" && unzip -o -q "async-profiler-$AP.jar" 'linux-x64/*')
fi
AGENT="$OUT/linux-x64/libasyncProfiler.so"
attach() { java "$HERE/Attach.java" "$(app_pid "$PORT")" "$AGENT" "$1"; }

app_build
db_create "$DB" > /dev/null
app_start "$PORT" "$DB" "${QUIET[@]}"   # migrates the fresh database
"${PSQL[@]}" -d "$DB" -f src/main/resources/db/sample/R__sample_directory.sql
app_stop "$PORT"

echo "== 1. start, migrated database (the profiler's own cost makes it slower than run.sh's figure)"
APP_JAVA_OPTS="-agentpath:$AGENT=start,event=wall,interval=2ms,threads,file=$OUT/start-wall.collapsed,collapsed" \
  app_start "$PORT" "$DB" "${QUIET[@]}"
grep -o 'started in [0-9.]*s' "$BENCH_TMP/app-$PORT.log"
app_stop "$PORT"
APP_JAVA_OPTS="-agentpath:$AGENT=start,event=cpu,interval=1ms,threads,file=$OUT/start-cpu.collapsed,collapsed" \
  app_start "$PORT" "$DB" "${QUIET[@]}"
app_stop "$PORT"
echo "-- CPU of the start, by thread"
sum "$OUT/start-cpu.collapsed" threads
echo "-- the main thread's wall clock: class loading and the steps of Quarkus' start"
sum "$OUT/start-wall.collapsed" frames '^\[main' \
  'RunnerClassLoader.loadClass$|Recorder\.[a-zA-Z]+$|Flyway.migrate$|JPAConfig.startAll$|EngineProducer.<init>$|cn/gov/.*\.(onStart|<init>)$' 24

app_start "$PORT" "$DB" "${QUIET[@]}"
base="http://127.0.0.1:$PORT"
echo "== 2. GET /report (wrk -t2 -c8), CPU"
wrk -t2 -c8 -d15s -s "$HERE/get.lua" "$base/report" > /dev/null
attach "start,event=cpu,interval=1ms,threads,file=$OUT/form.collapsed,collapsed"
wrk -t2 -c8 -d20s -s "$HERE/get.lua" "$base/report" | grep WRK_RESULT
attach "stop,file=$OUT/form.collapsed,collapsed"
sum "$OUT/form.collapsed" threads
sum "$OUT/form.collapsed" self 'executor|eventloop' 12

echo "== 3. POST /report (wrk -t2 -c8), CPU"
form_csrf "$PORT" "$OUT"
occurred=$(date -d '-3 days' +%F)
submit() { wrk -t2 -c8 -d"$1" --timeout 30s -s "$HERE/submit.lua" "$base/report" -- "$CSRF_COOKIE" "$CSRF_TOKEN" "$occurred"; }
submit 20s > /dev/null
cpu_of() { for p in "$@"; do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null; done | awk '{ s += $1 } END { print s + 0 }'; }
jvm=$(app_pid "$PORT")
j0=$(cpu_of "$jvm"); p0=$(cpu_of $(pgrep -x postgres))
r=$(submit 20s | grep WRK_RESULT); echo "$r"
j1=$(cpu_of "$jvm"); p1=$(cpu_of $(pgrep -x postgres))
n=$(grep -o 'requests=[0-9]*' <<< "$r" | cut -d= -f2)
awk -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v n="$n" 'BEGIN {
  printf "CPU per submission: JVM %.1f ms, PostgreSQL %.1f ms (%d submissions, clock ticks of 10 ms)\n", j * 10 / n, p * 10 / n, n }'
attach "start,event=cpu,interval=1ms,threads,file=$OUT/submit.collapsed,collapsed"
submit 20s | grep WRK_RESULT
attach "stop,file=$OUT/submit.collapsed,collapsed"
sum "$OUT/submit.collapsed" threads
echo "-- the steps of a submission (CPU under each, the request thread)"
sum "$OUT/submit.collapsed" frames 'executor' \
  'cn/gov/yongzhou/qingfeng/[a-z]+/[A-Za-z]+\.[a-zA-Z]+$|PgStatement.execute|AbstractFlushingEventListener|SessionImpl.flush$' 30
echo "-- statements of one submission (PostgreSQL's log)"
app_stop "$PORT"
"${PSQL[@]}" -d postgres -c "alter database $DB set log_statement = 'all'"
app_start "$PORT" "$DB" "${QUIET[@]}"
submit 3s > /dev/null
log=$(ls -t /var/log/postgresql/*.log | head -n1)
from=$(wc -l < "$log")
r=$(wrk -t1 -c1 -d5s --timeout 30s -s "$HERE/submit.lua" "$base/report" -- "$CSRF_COOKIE" "$CSRF_TOKEN" "$occurred" | grep WRK_RESULT)
sleep 1
n=$(grep -o 'requests=[0-9]*' <<< "$r" | cut -d= -f2)
tail -n +"$from" "$log" | grep -E "LOG:  (statement|execute)" \
  | sed -E 's/.*LOG:  //; s/execute [^:]*: /execute: /; s/^statement: $/(empty query: a pooled connection checked)/' \
  | cut -c1-60 | sort | uniq -c | sort -rn | awk -v n="$n" '{ printf "%6.1f  ", $1 / n; $1 = ""; print }'
echo "   (per submission, $n submissions)"
"${PSQL[@]}" -d postgres -c "alter database $DB reset log_statement"
