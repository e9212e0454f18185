#!/usr/bin/env bash
# bench/load/run.sh — load and speed of the packaged app, side by side in one run (see bench/load/README.md):
#   1. start time (fresh database: with the migrations; then a restart) and idle RSS (default heap, -Xmx256m)
#   2. GET /report and GET /w/LL-03 (the rendered form) against a static file of the same app (/css/qingfeng.css), wrk
#   3. form submissions (POST /report with CSRF, wrk) against pgbench running the same database work
#   4. 1,000,000 generated cases: the inspector queue's SQL (first and deep page, p50/p95 by pgbench) with
#      EXPLAIN (ANALYZE, BUFFERS) and a check for Seq Scans on the big tables; the deadline sweep run by the app
# Prints a figures table at the end (also in $OUT/figures.tsv), each figure with the load average when taken.
#
#   bench/load/run.sh                      # everything, ~12 minutes on 2 cores
#   LOAD_CASES=100000 LOAD_SECONDS=10 bench/load/run.sh    # a quick try
#   LOAD_ONLY=sweep bench/load/run.sh       # only the sweep, against the generated cases of an earlier run
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export BENCH_TMP="${BENCH_TMP:-/tmp/qingfeng-load}"
# shellcheck source=../lib/app.sh
source bench/lib/app.sh
# shellcheck source=../checks/token.sh
source bench/checks/token.sh   # a locally signed intake-client token for the API submissions of step 3

DB="${LOAD_DB:-qingfeng_load}"
PORT="${LOAD_PORT:-8391}"
C="${LOAD_CONCURRENCY:-8}"       # connections of wrk = clients of pgbench
SECS="${LOAD_SECONDS:-30}"       # each measured wrk / pgbench run
N="${LOAD_CASES:-1000000}"
IDLE="${LOAD_IDLE_SECONDS:-30}"
WARM="${LOAD_WARMUP_SECONDS:-15}"  # wrk warm-up before each measured run (the JIT)
# a submission runs ten times the code of a form, and on two cores C2 compiles it for two and a half minutes (a
# quarter of a core until then; the rate climbs from 190 to 650 a second). Each path is measured twice: after a
# minute's warm-up (a fresh instance), then at steady state, once the JIT compiler threads took under 2% of a core over
# 20 s of load (at most LOAD_SUBMIT_SETTLE_SECONDS in all): the RATIO rows are the steady ones
SUBMIT_WARM="${LOAD_SUBMIT_WARMUP_SECONDS:-60}"
SUBMIT_SETTLE="${LOAD_SUBMIT_SETTLE_SECONDS:-360}"
HERE=bench/load
OUT="$BENCH_TMP/load"
mkdir -p "$OUT"
FIG="$OUT/figures.tsv"
[ "${LOAD_ONLY:-}" = sweep ] || : > "$FIG"
PG=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$DB")
PGA=(psql -X -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$DB")
# the app's own settings for these runs: the outbox worker off (no mail server here: the submission run measures
# intake, not delivery), the audit sealer and retention off (they would work through the 1M generated rows),
# the sweep off except in step 4
QUIET=(QINGFENG_OUTBOX_EVERY=off QINGFENG_AUDIT_SEAL_EVERY=off QINGFENG_RETENTION_CRON=off)
read -ra extra <<< "${LOAD_APP_ENV:-}"   # more NAME=VALUE for every start of the app
QUIET+=("${extra[@]}")

# whatever happens, the app this script started does not outlive it
trap '[ -f "$BENCH_TMP/app-$PORT.pid" ] && app_stop "$PORT"' EXIT
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is taken: LOAD_PORT=..." >&2; exit 1; fi

# Another process may restart PostgreSQL meanwhile (fault drills on a shared machine): wait for it, try again
pg_wait() { for _ in $(seq 120); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 1; done; return 1; }
retry() {
  local i
  for i in 1 2 3; do
    pg_wait && "$@" && return 0
    echo "  ! failed (try $i): $* — PostgreSQL restarted? $(grep -c 'ready to accept' /var/log/postgresql/*.log 2>/dev/null | tail -n1)" >&2
    sleep 5
  done
  return 1
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
fig() { printf '%s\t%s\t%s\n' "$1" "$2" "$(loadavg)" >> "$FIG"; printf '  %-58s %s   [load %s]\n' "$1" "$2" "$(loadavg)"; }
now() { date +%s.%N; }
ms_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.0f", (b - a) * 1000 }'; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
started_in() { grep -o 'started in [0-9.]*s' "$BENCH_TMP/app-$PORT.log" | tail -n1 | sed 's/started in //'; }
wrk_field() { grep -o "$1=[^ ]*" | head -n1 | cut -d= -f2-; }
# p50 / p95 of a pgbench transaction log (column 3: latency in microseconds), in ms
pct() { cat "$@" | awk '{ print $3 }' | sort -n | awk '{ a[NR] = $1 } END {
  if (NR == 0) { print "- -"; exit }
  i = int(NR * 0.50); if (i < 1) i = 1; k = int(NR * 0.95); if (k < 1) k = 1
  printf "%.2f %.2f %d\n", a[i] / 1000, a[k] / 1000, NR }'; }

echo "== machine"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  free -g | sed 's/^/free -g: /'
  echo "uptime: $(uptime)"
  echo "java: $(java -version 2>&1 | head -n1)"
  echo "postgres: $(psql -X -A -t -h 127.0.0.1 -U postgres -c 'show server_version')"
  echo "wrk: $(wrk -v 2>&1 | head -n1)"
} | tee "$OUT/machine.txt"

if [ "${LOAD_ONLY:-}" != sweep ]; then   # LOAD_ONLY=sweep: only the sweep, against the database of a run
echo "== 1. start time and idle RSS"
app_build
retry db_create "$DB"
t0=$(now)
retry app_start "$PORT" "$DB" "${QUIET[@]}" QINGFENG_CHASING_EVERY=off
fig "start, fresh database (with migrations): wall to ready, ms" "$(ms_since "$t0")"
fig "start, fresh database: log 'started in'" "$(started_in)"
retry "${PG[@]}" -f src/main/resources/db/sample/R__sample_directory.sql   # units and windows: dev/test only
if [ -z "${LOAD_SKIP_RESTARTS:-}" ]; then   # (set it for a quick try of the rest)
app_stop "$PORT"
t0=$(now)
retry app_start "$PORT" "$DB" "${QUIET[@]}" QINGFENG_CHASING_EVERY=off
fig "start, migrated database: wall to ready, ms" "$(ms_since "$t0")"
fig "start, migrated database: log 'started in'" "$(started_in)"
sleep "$IDLE"
fig "idle RSS after ${IDLE}s, default heap, MB" "$(rss_mb "$(app_pid "$PORT")")"
app_stop "$PORT"
# the image's JVM settings (docker/Dockerfile's JAVA_OPTS) and its start script: the first start writes the class-data
# archive as it stops, the second maps it
SHIPPED=$(grep -o 'JAVA_OPTS="[^"]*"' docker/Dockerfile | head -n1 | sed 's/^JAVA_OPTS="//; s/"$//')
t0=$(now)
APP_JAVA_OPTS="$SHIPPED" retry app_start "$PORT" "$DB" "${QUIET[@]}" QINGFENG_CHASING_EVERY=off
fig "start, shipped JAVA_OPTS: wall to ready, ms" "$(ms_since "$t0")"
sleep "$IDLE"
fig "idle RSS after ${IDLE}s, shipped JAVA_OPTS, MB" "$(rss_mb "$(app_pid "$PORT")")"
app_stop "$PORT"
rm -rf "$BENCH_TMP/cds"
APP_LAUNCH=script APP_JAVA_OPTS="$SHIPPED" retry app_start "$PORT" "$DB" "${QUIET[@]}" QINGFENG_CHASING_EVERY=off
fig "start via docker/start.sh, first (no archive yet): log 'started in'" "$(started_in)"
t0=$(now); app_stop "$PORT"
fig "stop of the first start, writing the archive, ms" "$(ms_since "$t0")"
fig "class-data archive written, MB" "$(du -m "$BENCH_TMP"/cds/app-*.jsa 2>/dev/null | cut -f1)"
t0=$(now)
APP_LAUNCH=script APP_JAVA_OPTS="$SHIPPED" retry app_start "$PORT" "$DB" "${QUIET[@]}" QINGFENG_CHASING_EVERY=off
fig "start via docker/start.sh with the archive, migrated database: wall to ready, ms" "$(ms_since "$t0")"
fig "start via docker/start.sh with the archive: log 'started in'" "$(started_in)"
sleep "$IDLE"
fig "idle RSS after ${IDLE}s, shipped JAVA_OPTS and the archive, MB" "$(rss_mb "$(app_jvm_pid "$PORT")")"
fi
app_stop "$PORT"

echo "== 2. the rendered form against a static file (wrk -t2 -c$C -d${SECS}s, ${WARM}s warm-up each)"
make_intake_token "$OUT"
# the API's tokens verified with the run's own key; one hotline system from one address files every API report of
# step 3, so its per-address allowance is lifted (the allowance is still counted: the same database work)
APP_JAVA_OPTS="$API_JAVA_OPTS" retry app_start "$PORT" "$DB" "${QUIET[@]}" QINGFENG_CHASING_EVERY=off \
  QINGFENG_RATE_LIMITS_API_REPORTS_PER_ADDRESS=100000000
base="http://127.0.0.1:$PORT"
for path in /report /w/LL-03 /css/qingfeng.css; do
  wrk -t2 -c"$C" -d"${WARM}s" -s "$HERE/get.lua" "$base$path" > /dev/null
  wrk -t2 -c"$C" -d"${SECS}s" -s "$HERE/get.lua" "$base$path" | tee "$OUT/wrk-get${path//\//_}.txt" | grep WRK_RESULT
done
for path in /report /w/LL-03 /css/qingfeng.css; do
  r=$(grep WRK_RESULT "$OUT/wrk-get${path//\//_}.txt")
  fig "GET $path: requests/s" "$(wrk_field rps <<< "$r")"
  fig "GET $path: p50 / p95 ms" "$(wrk_field p50_ms <<< "$r") / $(wrk_field p95_ms <<< "$r")"
  fig "GET $path: statuses" "$(wrk_field statuses <<< "$r")"
done
form=$(wrk_field rps < "$OUT/wrk-get_report.txt"); css=$(wrk_field rps < "$OUT/wrk-get_css_qingfeng.css.txt")
win=$(wrk_field rps < "$OUT/wrk-get_w_LL-03.txt")
fig "GET /report vs static css: requests/s of css per form page" "$(awk -v a="$form" -v b="$css" 'BEGIN { printf "%.0f", b / a }')"
# issue 18's rows, side by side as ratios (goal: form / static >= 0.7)
RATIO_FORM=$(awk -v a="$form" -v b="$css" 'BEGIN { printf "%.3f", a / b }')
RATIO_WINDOW=$(awk -v a="$win" -v b="$css" 'BEGIN { printf "%.3f", a / b }')
fig "RATIO GET /report / static file (goal >= 0.7)" "$RATIO_FORM"
fig "RATIO GET /w/LL-03 / static file (goal >= 0.7)" "$RATIO_WINDOW"

echo "== 3. submissions: form POST (wrk) against the same database work in pgbench, $C at a time, ${SECS}s (after ${SUBMIT_WARM}s, and steady)"
form_csrf "$PORT" "$OUT"
occurred=$(date -d '-3 days' +%F)
# CPU clock ticks (1/100 s) of the JVM's C2 compiler threads
c2_ticks() {
  local t sum=0
  for t in /proc/"$1"/task/*; do
    grep -q '^C2 CompilerThre' "$t/comm" 2> /dev/null && sum=$((sum + $(awk '{ print $14 + $15 }' "$t/stat")))
  done
  echo "$sum"
}
# submissions NAME PATH ARGS...: submit.lua's reports to PATH, measured after the warm-up and again at steady state;
# sets SUBMITTED (per second, steady)
submissions() {
  local name=$1 path=$2 before stored r pid warmed a b; shift 2
  # load SECONDS: submit.lua's reports to PATH for that long (the report's fields after the --)
  load() { wrk -t2 -c"$C" -d"$1s" --timeout 30s -s "$HERE/submit.lua" "$base$path" -- "${args[@]}"; }
  local args=("$@")
  before=$("${PGA[@]}" -c "select count(*) from report")
  pid=$(app_pid "$PORT")
  load "$SUBMIT_WARM" > "$OUT/wrk-$name-warmup.txt"
  load "$SECS" | tee "$OUT/wrk-$name-first.txt" | grep WRK_RESULT
  warmed=$((SUBMIT_WARM + SECS))
  while :; do
    a=$(c2_ticks "$pid")
    load 20 > /dev/null
    b=$(c2_ticks "$pid")
    warmed=$((warmed + 20))
    # under 2% of a core: 40 ticks in 20 s
    if [ $((b - a)) -lt 40 ] || [ "$warmed" -ge "$SUBMIT_SETTLE" ]; then break; fi
  done
  load "$SECS" | tee "$OUT/wrk-$name.txt" | grep WRK_RESULT
  stored=$(( $("${PGA[@]}" -c "select count(*) from report") - before ))
  r=$(grep WRK_RESULT "$OUT/wrk-$name-first.txt")
  fig "POST $path after ${SUBMIT_WARM}s of load (wrk): submissions/s" "$(wrk_field rps <<< "$r")"
  fig "POST $path after ${SUBMIT_WARM}s: p50 / p95 ms" "$(wrk_field p50_ms <<< "$r") / $(wrk_field p95_ms <<< "$r")"
  r=$(grep WRK_RESULT "$OUT/wrk-$name.txt")
  SUBMITTED=$(wrk_field rps <<< "$r")
  fig "POST $path steady, after ${warmed}s of load, C2 $((b - a)) ticks in the last 20 s: submissions/s" "$SUBMITTED"
  fig "POST $path steady: p50 / p95 ms" "$(wrk_field p50_ms <<< "$r") / $(wrk_field p95_ms <<< "$r")"
  fig "POST $path: statuses (all of its load: $stored reports stored)" "$(wrk_field statuses <<< "$r")"
}
submissions submit /report "$CSRF_COOKIE" "$CSRF_TOKEN" "$occurred"
app_rps=$SUBMITTED
# the same reports through the intake API (bearer token, Idempotency-Key), as a 12345 system files them
submissions submit-api /api/v1/reports api "$INTAKE_TOKEN" "$occurred"
api_rps=$SUBMITTED
rss_loaded=$(rss_mb "$(app_pid "$PORT")")
rm -f "$OUT"/pgbench_submit_log.*
# the ids the app holds in memory (the window and unit of submit.lua's reports, their holding body)
ids=$(psql -X -At -h 127.0.0.1 -U postgres -d "$DB" -c "select (select unit_id from service_window where code = 'LL-03'),
  (select id from service_window where code = 'LL-03'), (select id from unit where code = 'LL-JW')")
IFS='|' read -r unit_id window_id body_id <<< "$ids"
(cd "$OUT" && pgbench -n -h 127.0.0.1 -U postgres -M prepared -c "$C" -j 2 -T "$SECS" -r -l --log-prefix=pgbench_submit_log \
  -D unit_id="$unit_id" -D window_id="$window_id" -D body_id="$body_id" \
  -f "$OLDPWD/$HERE/submit_pgbench.sql" "$DB" > "pgbench-submit.txt" 2>&1)
pg_tps=$(grep -o 'tps = [0-9.]*' "$OUT/pgbench-submit.txt" | head -n1 | cut -d' ' -f3)
fig "pgbench, same transaction: transactions/s" "$pg_tps"
fig "pgbench: average latency ms" "$(grep -o 'latency average = [0-9.]*' "$OUT/pgbench-submit.txt" | cut -d' ' -f4)"
read -r p50 p95 _ < <(pct "$OUT"/pgbench_submit_log.*)
fig "pgbench: p50 / p95 ms" "$p50 / $p95"
fig "PBKDF2 of one query password (120,000 rounds, median, one core), ms" "$(java "$HERE/Pbkdf2.java")"
fig "pgbench / app ratio" "$(awk -v a="$pg_tps" -v b="$app_rps" 'BEGIN { printf "%.1f", a / b }')"
RATIO_SUBMIT=$(awk -v a="$app_rps" -v b="$pg_tps" 'BEGIN { printf "%.3f", a / b }')
fig "RATIO POST /report / pgbench same work (goal >= 0.5)" "$RATIO_SUBMIT"
fig "RATIO POST /api/v1/reports / pgbench same work (goal >= 0.5)" \
  "$(awk -v a="$api_rps" -v b="$pg_tps" 'BEGIN { printf "%.3f", a / b }')"
# pgbench's reports carry fake ciphertexts (accused_badge PGBENCH): gen_cases.sql takes none of them as a
# template, and nothing below opens them (their limits are a week away: the sweep does not touch them)
fig "RSS after the load runs, default heap, MB" "$rss_loaded"
app_stop "$PORT"

echo "== 4. $N generated cases"
t0=$(now)
retry "${PG[@]}" -v n="$N" -f "$HERE/gen_cases.sql" > "$OUT/gen.txt"
fig "generate $N cases (report, case_file, case_deadline, case_event), s" "$(awk -v m="$(ms_since "$t0")" 'BEGIN { printf "%.0f", m / 1000 }')"
t0=$(now)
"${PG[@]}" -c "vacuum analyze report" -c "vacuum analyze case_file" -c "vacuum analyze case_deadline" \
  -c "vacuum analyze case_event"
fig "vacuum analyze, s" "$(awk -v m="$(ms_since "$t0")" 'BEGIN { printf "%.0f", m / 1000 }')"
"${PGA[@]}" -F' ' -c "select 'rows:', (select count(*) from report) reports, (select count(*) from case_file) cases,
  (select count(*) from case_deadline) deadlines, (select count(*) from case_deadline where closed_at is null) open_deadlines,
  (select count(*) from case_deadline where closed_at is null and due_on < current_date) overdue,
  (select count(*) from case_event) events" | tee "$OUT/rows.txt"
fig "rows: reports cases deadlines open overdue events" "$(cut -d' ' -f2- "$OUT/rows.txt")"

deep=$("${PGA[@]}" -F' ' -c "select coalesce(next_due, date '9999-12-31'), id from case_file
  order by coalesce(next_due, date '9999-12-31'), id offset 500000 limit 1")
deep_due=${deep% *}; deep_id=${deep#* }
for page in first deep; do
  if [ "$page" = first ]; then d=0001-01-01; i=0; else d=$deep_due; i=$deep_id; fi
  rm -f "$OUT"/pgbench_log.*
  (cd "$OUT" && pgbench -n -h 127.0.0.1 -U postgres -M prepared -c 1 -T 20 -r -l --log-prefix=pgbench_log \
    -D after_due="$d" -D after_id="$i" -f "$OLDPWD/$HERE/queue_page.sql" "$DB" > "queue-$page.txt" 2>&1)
  read -r p50 p95 count < <(pct "$OUT"/pgbench_log.*)
  fig "queue $page page (4 queries, 1 client, $count pages in 20 s): p50 / p95 ms" "$p50 / $p95"
done

"${PG[@]}" -v deep_due="$deep_due" -v deep_id="$deep_id" \
  -v remind_by="$(date -d '+3 days' +%F)" -v record_before="$(date -d '-7 days' +%F)" \
  -f "$HERE/explain.sql" > "$OUT/explain.txt" 2>&1
"${PG[@]}" -v remind_by="$(date -d '+3 days' +%F)" -v record_before="$(date -d '-7 days' +%F)" \
  -f "$HERE/explain_sweep.sql" >> "$OUT/explain.txt" 2>&1
seq=$(grep -E 'Seq Scan on (report|case_file|case_deadline|case_event)\b' "$OUT/explain.txt" || true)
fig "Seq Scans on report/case_file/case_deadline/case_event in the plans" "$( [ -z "$seq" ] && echo none || echo "$seq" | wc -l)"

fi

echo "   the sweep, run by the app (every 20 s: its first run comes seconds after the start) against the $N cases"
t0=$(now); start_ts=$(date -u '+%Y-%m-%d %H:%M:%S.%N+00')
retry app_start "$PORT" "$DB" "${QUIET[@]}" QINGFENG_CHASING_EVERY=20s
fig "start against $N cases: wall to ready, ms" "$(ms_since "$t0")"
# the sweep stamps every limit it claims with its start moment, batch after batch (each its own transaction):
# wait for the first escalations, then until its timeline entries stop growing and no overdue limit is left
# unescalated (read by the indexes on escalated_at and on (action, at))
for _ in $(seq 900); do
  done_at=$("${PGA[@]}" -c "select max(escalated_at) from case_deadline where escalated_at >= '$start_ts'")
  [ -n "$done_at" ] && break
  sleep 0.2
done
first=$(ms_since "$t0")
last=-1; same=0
for _ in $(seq 900); do
  n=$("${PGA[@]}" -c "select count(*) from case_event where action in ('REMINDED', 'ESCALATED', 'RECORDED_OVERDUE')
    and at >= '$done_at'")
  left=$("${PGA[@]}" -c "select count(*) from case_deadline where closed_at is null and due_on < current_date
    and escalated_at is null and stage <> 'OBJECTION'")
  if [ "$n" = "$last" ] && [ "$left" = 0 ]; then same=$((same + 1)); else same=0; fi
  [ "$same" -ge 3 ] && break
  last=$n
  sleep 1
done
seen=$(ms_since "$t0")
"${PGA[@]}" -F' ' -c "
  with s as (select timestamptz '$done_at' as at)
  select (select count(*) from case_deadline where reminded_at = s.at),
         (select count(*) from case_deadline where escalated_at = s.at),
         (select count(*) from case_deadline where recorded_at = s.at),
         (select count(*) from outbox_message where created_at >= s.at),
         round(extract(epoch from (select max(e.at) from case_event e where e.action in ('REMINDED', 'ESCALATED', 'RECORDED_OVERDUE') and e.at >= s.at
                                 and e.actor = 'system') - s.at) * 1000)
  from s" > "$OUT/sweep.txt"
read -r reminded escalated recorded mails sweep_ms < "$OUT/sweep.txt" || true
fig "sweep: reminded / escalated / recorded, mails queued" "$reminded / $escalated / $recorded, $mails"
fig "sweep duration (claim to last timeline entry), ms" "${sweep_ms:-?}"
fig "sweep: first batch committed, from app start, ms" "$first"
fig "sweep: done (timeline entries steady), from app start, ms" "$seen"
app_stop "$PORT"

echo
echo "== issue 18's goals side by side (RATIO rows; start and idle RSS from step 1)"
grep -E '^RATIO|wall to ready|idle RSS' "$FIG" | column -t -s $'\t'
echo
echo "== figures (load average 1/5/15 min when taken)"
column -t -s $'\t' "$FIG"
echo "plans: $OUT/explain.txt; pgbench per-statement latencies: $OUT/queue-*.txt, $OUT/pgbench-submit.txt"
