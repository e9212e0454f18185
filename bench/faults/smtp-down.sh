#!/usr/bin/env bash
# SMTP down for a while: receipt mails pile up in the outbox (and in qingfeng_outbox_backlog on /q/metrics); once a
# mail server answers, every one goes out, each once, though two instances' outbox workers drain the backlog.
#   bench/faults/smtp-down.sh     (REPORTS=40: reports filed while the mail server is down; DOWN_FOR=45: seconds
#                                  it stays down after the last of them)
set -euo pipefail
source "$(dirname "$0")/common.sh"
DB=qingfeng_faults_smtp
SMTP_PORT=${FAULTS_SMTP_PORT:-2526}
REPORTS=${REPORTS:-40}
DOWN_FOR=${DOWN_FOR:-45}
OUT="$BENCH_TMP/receipts-smtp.jsonl"
SINK="$BENCH_TMP/sink-smtp.jsonl"
STOP="$BENCH_TMP/stop-smtp"

port_free "$PORT_A"
if (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null; then
  echo "something listens on $SMTP_PORT already; set FAULTS_SMTP_PORT" >&2; exit 1
fi
db_create "$DB"
rm -f "$OUT" "$SINK" "$STOP"; touch "$OUT"
# The outbox worker's default schedule (every 10 s; retries after 30 s, doubling, 8 attempts) is shortened for the
# script: every 2 s, first retry after 1 s (then 2, 4, 8 ... s), and enough attempts that none is marked FAILED
# while the server is down.
say "starting the app on $PORT_A with mail to 127.0.0.1:$SMTP_PORT, where nothing listens"
OUTBOX_ENV=(MAIL_PORT="$SMTP_PORT" QINGFENG_OUTBOX_EVERY=2s QINGFENG_OUTBOX_FIRST_RETRY=1S QINGFENG_OUTBOX_MAX_ATTEMPTS=30)
instance_url() { echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB?ApplicationName=qingfeng-$1"; }
faults_app_start "$PORT_A" "$DB" "${OUTBOX_ENV[@]}" "$(instance_url "$PORT_A")"
load_directory "$DB"
# which instance sent each mail: a trigger of this bench database (not of the app) notes the application_name of
# the connection that marked it SENT
"${PSQL[@]}" -d "$DB" <<'SQL'
create table bench_sender (message_id bigint, instance text);
create function bench_note_sender() returns trigger language plpgsql as $$
begin
  insert into bench_sender values (new.id, current_setting('application_name'));
  return new;
end $$;
create trigger bench_note_sender after update of status on outbox_message for each row
  when (new.status = 'SENT' and old.status <> 'SENT') execute function bench_note_sender();
SQL

backlog() { sql "$DB" "select count(*) filter (where status = 'PENDING') || ' ' || count(*) filter (where status = 'SENT')
  || ' ' || count(*) filter (where status = 'FAILED') || ' ' || coalesce(max(attempts), 0) from outbox_message"; }
metric() { curl -s "http://127.0.0.1:$PORT_A/q/metrics" | awk '/^qingfeng_outbox_backlog/ {print int($2)}'; }

say "filing $REPORTS reports, every reporter with an e-mail address"
python3 "$FAULTS_DIR/load.py" --base "http://127.0.0.1:$PORT_A" --token "$(intake_token)" --out "$OUT" \
  --clients 6 --duration 1200 --stop-file "$STOP" --email-share 1.0 --retry-for 120 > "$BENCH_TMP/load-smtp.json" &
LOAD=$!
wait_receipts "$OUT" "$REPORTS" 600
touch "$STOP"
wait "$LOAD"
say "load finished: $(cat "$BENCH_TMP/load-smtp.json")"

echo "   time      pending sent failed max-attempts  /q/metrics backlog"
for _ in $(seq $((DOWN_FOR / 5))); do
  read -r pending sent failed attempts <<< "$(backlog)"
  printf '   %s  %7s %4s %6s %12s  %s\n' "$(date -u +%H:%M:%S)" "$pending" "$sent" "$failed" "$attempts" "$(metric)"
  sleep 5
done
read -r pending_down sent_down failed_down attempts_down <<< "$(backlog)"
metric_down=$(metric)

# a second instance, so that two outbox workers drain the same backlog when the server is back
port_free "$PORT_B"
say "starting a second instance on $PORT_B: two outbox workers on the backlog"
faults_app_start "$PORT_B" "$DB" "${OUTBOX_ENV[@]}" "$(instance_url "$PORT_B")"
say "starting the mail sink on $SMTP_PORT"
python3 "$FAULTS_DIR/smtp_sink.py" "$SMTP_PORT" "$SINK" > "$BENCH_TMP/sink-smtp.log" 2>&1 &
SINK_PID=$!
t0=$(date +%s)
for _ in $(seq 120); do
  read -r pending sent failed attempts <<< "$(backlog)"
  printf '   %s  %7s %4s %6s %12s  %s\n' "$(date -u +%H:%M:%S)" "$pending" "$sent" "$failed" "$attempts" "$(metric)"
  [ "$pending" -eq 0 ] && break
  sleep 5
done
drained_in=$(( $(date +%s) - t0 ))
# a little longer: anything sent twice would arrive now
sleep 10
kill "$SINK_PID"; wait "$SINK_PID" 2>/dev/null || true
app_stop "$PORT_A"; app_stop "$PORT_B"

echo "== SMTP down for $DOWN_FOR s after the last report, then back =="
check_receipts "$DB" "$OUT"
touch "$SINK"
mails=$(python3 - "$OUT" "$SINK" <<'PY'
import json, sys
shown = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
sink = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
pairs = [(tuple(m["to"]), m["subject"]) for m in sink]
ids = [m["message_id"] for m in sink]
got = {}
for m in sink:
    for to in m["to"]:
        got.setdefault(to, []).append(m["subject"])
missing = sum(1 for r in shown if not any(r["receipt"] in s for s in got.get(r["email"], [])))
print(len(sink), len(set(pairs)), len(sink) - len(set(pairs)), len(ids) - len(set(ids)), missing)
PY
)
read -r sink_all sink_distinct sink_dupes id_dupes receipts_unmailed <<< "$mails"
read -r rows sent_rows failed_rows mailed_events multi_events <<< "$(sql "$DB" "select
  (select count(*) from outbox_message), (select count(*) from outbox_message where status = 'SENT'),
  (select count(*) from outbox_message where status = 'FAILED'),
  (select count(*) from case_event where action = 'RECEIPT_MAILED'),
  (select count(*) from (select case_id from case_event where action = 'RECEIPT_MAILED' group by case_id
     having count(*) > 1) x)" | tr '|' ' ')"
info "while down: outbox pending / sent / failed, max attempts" "$pending_down / $sent_down / $failed_down, $attempts_down"
info "while down: qingfeng_outbox_backlog on /q/metrics" "$metric_down"
info "after the sink started: backlog drained in" "${drained_in} s"
info "mails sent by instance" "$(sql "$DB" "select coalesce(string_agg(instance || ': ' || n, ', '), 'none')
  from (select instance, count(*) n from bench_sender group by 1 order by 1) x")"
check "outbox rows marked SENT more than once" "$(sql "$DB" "select count(*) from (select message_id from bench_sender
  group by 1 having count(*) > 1) x")" 0
check "outbox rows == receipts acknowledged with an e-mail" "$rows" "$SHOWN"
check "mails sent while the server was down" "$sent_down" 0
check "mails piled up in the outbox while down" "$pending_down" "$SHOWN"
check "/q/metrics backlog while down" "$metric_down" "$SHOWN"
check "outbox rows SENT afterwards" "$sent_rows" "$rows"
check "outbox rows FAILED" "$failed_rows" 0
check "messages received by the sink" "$sink_all" "$rows"
check "messages received twice (same recipient and subject)" "$sink_dupes" 0
check "Message-IDs received twice" "$id_dupes" 0
check "acknowledged receipts whose mail (recipient + receipt no) did not arrive" "$receipts_unmailed" 0
check "RECEIPT_MAILED on the case timelines" "$mailed_events" "$rows"
check "cases with RECEIPT_MAILED more than once" "$multi_events" 0
finish "$SHOWN receipts, $sink_all mails received, backlog $metric_down while down"
