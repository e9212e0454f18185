#!/usr/bin/env bash
# Two app instances on one database: submissions through both are all stored, and the deadline sweep, running in
# both every 5 s, escalates (督办) each overdue limit once and records it against the unit once.
#   bench/faults/two-instances.sh     (REPORTS=60: reports filed through the two instances)
set -euo pipefail
source "$(dirname "$0")/common.sh"
DB=qingfeng_faults_two
REPORTS=${REPORTS:-60}
OUT="$BENCH_TMP/receipts-two.jsonl"
STOP="$BENCH_TMP/stop-two"
TODAY="(now() at time zone 'Asia/Shanghai')::date"

port_free "$PORT_A"; port_free "$PORT_B"
db_create "$DB"
rm -f "$OUT" "$STOP"; touch "$OUT"
say "starting two instances on $PORT_A and $PORT_B (database $DB), deadline sweep every 5 s in each"
# each instance names itself to PostgreSQL, so pg_stat_activity shows both at work
faults_app_start "$PORT_A" "$DB" QINGFENG_CHASING_EVERY=5s \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB?ApplicationName=qingfeng-$PORT_A"
load_directory "$DB"
faults_app_start "$PORT_B" "$DB" QINGFENG_CHASING_EVERY=5s \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB?ApplicationName=qingfeng-$PORT_B"
info "connections to $DB by instance" "$(sql "$DB" "select string_agg(application_name || ': ' || n, ', ')
  from (select application_name, count(*) n from pg_stat_activity where datname = '$DB'
        and application_name like 'qingfeng-%' group by 1 order by 1) x")"

say "filing $REPORTS reports through both instances"
python3 "$FAULTS_DIR/load.py" --base "http://127.0.0.1:$PORT_A" --base "http://127.0.0.1:$PORT_B" \
  --token "$(intake_token)" --out "$OUT" --clients 8 --duration 1200 --stop-file "$STOP" --email-share 0.3 \
  --retry-for 120 > "$BENCH_TMP/load-two.json" &
LOAD=$!
wait_receipts "$OUT" "$REPORTS" 600
touch "$STOP"
wait "$LOAD"
say "load finished: $(cat "$BENCH_TMP/load-two.json")"

# Overdue limits made with SQL, in three rounds while both instances sweep: a third of the cases at a time get
# every open limit moved into the past, by 3 days (escalated only: the record against the unit waits 5 working
# days) or by 40 days (escalated, then recorded).
# which instance wrote each escalation: a trigger of this bench database (not of the app) notes the
# application_name of the connection that inserted the event
"${PSQL[@]}" -d "$DB" <<'SQL'
create table bench_sweeper (event_id bigint primary key, action text, instance text);
create function bench_note_sweeper() returns trigger language plpgsql as $$
begin
  insert into bench_sweeper values (new.id, new.action, current_setting('application_name'));
  return new;
end $$;
create trigger bench_note_sweeper after insert on case_event for each row
  when (new.action in ('ESCALATED', 'RECORDED_OVERDUE')) execute function bench_note_sweeper();
SQL
sql "$DB" "create table bench_moved (deadline_id bigint primary key, case_id bigint, stage text, days int, round int)"
for round in 1 2 3; do
  moved=$(sql "$DB" "with m as (
      update case_deadline d set due_on = $TODAY - case when d.case_id % 2 = 0 then 3 else 40 end
      where d.closed_at is null and d.stage <> 'OBJECTION' and d.case_id % 3 = $round - 1
      returning d.id, d.case_id, d.stage, case when d.case_id % 2 = 0 then 3 else 40 end)
    insert into bench_moved select m.*, $round from m returning 1" | wc -l)
  say "round $round: $moved open limits moved into the past"
  sleep 12
done
# until every moved limit is escalated (and the old ones recorded), at most 2 minutes
for _ in $(seq 60); do
  left=$(sql "$DB" "select count(*) from bench_moved m join case_deadline d on d.id = m.deadline_id
    where d.escalated_at is null or (m.days = 40 and d.recorded_at is null)")
  [ "$left" -eq 0 ] && break
  sleep 2
done
sleep 12   # two more sweeps of each instance: a second escalation would show now
app_stop "$PORT_A"; app_stop "$PORT_B"

echo "== two instances on one database =="
check_receipts "$DB" "$OUT"
info "receipts acknowledged by instance" "$(python3 -c '
import collections, json, sys
c = collections.Counter(json.loads(l)["base"].rsplit(":", 1)[1] for l in open(sys.argv[1]))
print(", ".join("%s: %d" % kv for kv in sorted(c.items())))' "$OUT")"
read -r moved moved_old escalated_stamps recorded_stamps esc_events esc_dupes rec_events rec_dupes rem_dupes \
  <<< "$(sql "$DB" "select
  (select count(*) from bench_moved), (select count(*) from bench_moved where days = 40),
  (select count(*) from bench_moved m join case_deadline d on d.id = m.deadline_id where d.escalated_at is not null),
  (select count(*) from bench_moved m join case_deadline d on d.id = m.deadline_id where d.recorded_at is not null),
  (select count(*) from case_event where action = 'ESCALATED'),
  (select count(*) from (select 1 from case_event where action = 'ESCALATED'
     group by case_id, note having count(*) > 1) x),
  (select count(*) from case_event where action = 'RECORDED_OVERDUE'),
  (select count(*) from (select 1 from case_event where action = 'RECORDED_OVERDUE'
     group by case_id, note having count(*) > 1) x),
  (select count(*) from (select 1 from case_event where action = 'REMINDED' and actor = 'system'
     group by case_id, note having count(*) > 1) x)" | tr '|' ' ')"
info "escalations and records written by instance" "$(sql "$DB" "select coalesce(string_agg(instance || ': ' || n, ', '), 'none')
  from (select instance, count(*) n from bench_sweeper group by 1 order by 1) x")"
info "chase and escalation mails in the outbox, by kind" "$(sql "$DB" "select coalesce(string_agg(kind || ': ' || n, ', '), 'none')
  from (select kind, count(*) n from outbox_message where case_id is not null group by kind order by kind) x")"
check "limits moved into the past, escalated (stamp set)" "$escalated_stamps" "$moved"
check "ESCALATED events on the timelines" "$esc_events" "$moved"
check "limits escalated more than once" "$esc_dupes" 0
check "limits 40 days overdue, recorded against the unit" "$recorded_stamps" "$moved_old"
check "RECORDED_OVERDUE events on the timelines" "$rec_events" "$moved_old"
check "limits recorded more than once" "$rec_dupes" 0
check "limits reminded more than once by the sweep" "$rem_dupes" 0
finish "$SHOWN receipts through two instances, $esc_events escalations of $moved overdue limits, $rec_events records"
