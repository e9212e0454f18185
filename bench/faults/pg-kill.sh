#!/usr/bin/env bash
# kill -9 PostgreSQL (the postmaster and every one of its processes: a crash of the database server) in the
# middle of a submission load, start it again, and check that the app comes back by itself (no restart) and that
# every receipt a client was shown exists afterwards, with all its evidence, and nothing is half-written.
#
# This stops the whole local PostgreSQL server for a few seconds, for every database on it: it runs only with
#   FAULTS_KILL_POSTGRES=yes bench/faults/pg-kill.sh     (CLIENTS=12, KILL_AFTER=25 receipts, DOWN_FOR=5 s)
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ "${FAULTS_KILL_POSTGRES:-}" = yes ] || {
  echo "this kills the local PostgreSQL server (every database on it); run with FAULTS_KILL_POSTGRES=yes" >&2; exit 2; }
DB=qingfeng_faults_pgkill
CLIENTS=${CLIENTS:-12}
KILL_AFTER=${KILL_AFTER:-25}
DOWN_FOR=${DOWN_FOR:-5}
OUT="$BENCH_TMP/receipts-pgkill.jsonl"
STOP="$BENCH_TMP/stop-pgkill"

port_free "$PORT_A"
db_create "$DB"
PGDATA_DIR=$(sql postgres "show data_directory")
VERSION=$(sql postgres "show server_version_num" | cut -c1-2)
rm -f "$OUT" "$STOP"; touch "$OUT"
say "starting the app on $PORT_A (database $DB)"
faults_app_start "$PORT_A" "$DB"
load_directory "$DB"
say "load: $CLIENTS clients, retrying each report with its Idempotency-Key"
python3 "$FAULTS_DIR/load.py" --base "http://127.0.0.1:$PORT_A" --token "$(intake_token)" --out "$OUT" \
  --clients "$CLIENTS" --duration 1200 --stop-file "$STOP" --retry-for 300 --email-share 0.5 \
  > "$BENCH_TMP/load-pgkill.json" &
LOAD=$!
wait_receipts "$OUT" "$KILL_AFTER" 300

postmaster=$(head -1 "$PGDATA_DIR/postmaster.pid")
children=$(pgrep -P "$postmaster" | tr '\n' ' ')
before=$(wc -l < "$OUT")
say "kill -9 PostgreSQL: postmaster $postmaster and its $(echo "$children" | wc -w) processes, $before receipts shown"
# shellcheck disable=SC2086
kill -9 "$postmaster" $children
killed_at=$(date +%s)
sleep "$DOWN_FOR"
say "health while PostgreSQL is down: /q/health/ready answers $(curl -s -o /dev/null -w '%{http_code}' \
  "http://127.0.0.1:$PORT_A/q/health/ready")"
pg_ctlcluster --skip-systemctl-redirect "$VERSION" main start
pg_up
up_at=$(date +%s)
say "PostgreSQL up again $((up_at - killed_at)) s after the kill (crash recovery done)"

# the app is NOT restarted: its pool must reconnect by itself
ready=""
for _ in $(seq 120); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT_A/q/health/ready")" = 200 ]; then
    ready=$(( $(date +%s) - up_at )); break
  fi
  sleep 1
done
after_kill=$(wc -l < "$OUT")
wait_receipts "$OUT" $((after_kill + KILL_AFTER)) 180
first_after=$(python3 -c '
import json, sys
t = [json.loads(l)["at"] for l in open(sys.argv[1])]
later = [x for x in t if x > float(sys.argv[2])]
print(round(min(later) - float(sys.argv[2]), 1) if later else "none")' "$OUT" "$up_at")
say "app ready ${ready:-never} s after PostgreSQL came back; first receipt after it: ${first_after} s"
touch "$STOP"
wait "$LOAD"
say "load finished: $(cat "$BENCH_TMP/load-pgkill.json")"
app_pid_before=$(app_pid "$PORT_A")
alive=$(kill -0 "$app_pid_before" 2>/dev/null && echo yes || echo no)
app_stop "$PORT_A"

echo "== PostgreSQL kill -9 (at $(date -u -d "@$killed_at" +%H:%M:%S) UTC, down $((up_at - killed_at)) s) =="
check_receipts "$DB" "$OUT"
gave_up=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("gave_up", 0))' "$BENCH_TMP/load-pgkill.json")
refused=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("refused", 0))' "$BENCH_TMP/load-pgkill.json")
info "load client (counts by outcome)" "$(cat "$BENCH_TMP/load-pgkill.json")"
check "the app process survived (never restarted)" "$alive" yes
check "app ready again without a restart" "$([ -n "$ready" ] && echo yes || echo no)" yes
check "receipts shown after PostgreSQL came back" "$([ "$(wc -l < "$OUT")" -gt "$after_kill" ] && echo yes || echo no)" yes
check "reports refused by the app (4xx)" "$refused" 0
check "reports the clients gave up on" "$gave_up" 0
check "reports stored but never acknowledged (a retry finds its report)" "$STORED_NOT_SHOWN" 0
finish "$SHOWN receipts shown; PostgreSQL down $((up_at - killed_at)) s; app ready ${ready:-never} s after"
