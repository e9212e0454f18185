#!/usr/bin/env bash
# kill -9 the app in the middle of a submission load, twice, restarting it each time; then check that every
# receipt a client was shown exists, with all its evidence, and that nothing is half-written.
#   bench/faults/app-kill.sh     (CLIENTS=12: concurrent clients; KILL_AFTER=25: receipts shown between kills)
set -euo pipefail
source "$(dirname "$0")/common.sh"
DB=qingfeng_faults_appkill
CLIENTS=${CLIENTS:-12}
KILL_AFTER=${KILL_AFTER:-25}
STOP="$BENCH_TMP/stop-appkill"
OUT="$BENCH_TMP/receipts-appkill.jsonl"

port_free "$PORT_A"
db_create "$DB"
say "starting the app on $PORT_A (database $DB)"
faults_app_start "$PORT_A" "$DB"
load_directory "$DB"
rm -f "$OUT" "$STOP"; touch "$OUT"
say "load: $CLIENTS clients, retrying each report with its Idempotency-Key"
python3 "$FAULTS_DIR/load.py" --base "http://127.0.0.1:$PORT_A" --token "$(intake_token)" --out "$OUT" \
  --clients "$CLIENTS" --duration 1200 --stop-file "$STOP" --retry-for 300 --email-share 0.5 > "$BENCH_TMP/load-appkill.json" &
LOAD=$!

kills=0
for round in 1 2; do
  # kill when the load is well under way: a number of receipts shown since the last restart, not a fixed time
  wait_receipts "$OUT" $(( $(wc -l < "$OUT") + KILL_AFTER )) 300
  say "kill -9 the app (pid $(app_pid "$PORT_A")) with $(wc -l < "$OUT") receipts shown so far"
  app_kill9_quiet "$PORT_A"
  kills=$((kills + 1))
  sleep 2
  t0=$(date +%s)
  faults_app_start "$PORT_A" "$DB"
  say "app ready again $(( $(date +%s) - t0 )) s after its restart began"
done
# and some more after the last restart, then no new reports (the clients finish what they started)
wait_receipts "$OUT" $(( $(wc -l < "$OUT") + KILL_AFTER )) 300
touch "$STOP"
wait "$LOAD"
say "load finished: $(cat "$BENCH_TMP/load-appkill.json")"
app_stop "$PORT_A"

echo "== app kill -9 ($kills kills during the load) =="
check_receipts "$DB" "$OUT"
gave_up=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("gave_up", 0))' "$BENCH_TMP/load-appkill.json")
refused=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("refused", 0))' "$BENCH_TMP/load-appkill.json")
info "load client (counts by outcome)" "$(cat "$BENCH_TMP/load-appkill.json")"
check "reports refused by the app (4xx)" "$refused" 0
check "reports the clients gave up on" "$gave_up" 0
check "reports stored but never acknowledged (a retry finds its report)" "$STORED_NOT_SHOWN" 0
[ "$SHOWN" -gt 0 ] || check "receipts acknowledged" "$SHOWN" ">0"
finish "$SHOWN receipts shown, $kills kills"
