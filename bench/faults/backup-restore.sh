#!/usr/bin/env bash
# Backup with pg_dump -Fc of a populated database (taken while the app runs), restore with pg_restore into a new
# database, then compare the two table by table (row count and an md5 of the ordered rows), the sequences and the
# schema, and start the app on the restored copy to track a few reports with their query passwords.
#   bench/faults/backup-restore.sh     (REPORTS=40: reports filed before the backup)
set -euo pipefail
source "$(dirname "$0")/common.sh"
DB=qingfeng_faults_backup
RESTORED=qingfeng_faults_restored
REPORTS=${REPORTS:-40}
OUT="$BENCH_TMP/receipts-backup.jsonl"
STOP="$BENCH_TMP/stop-backup"
DUMP="$BENCH_TMP/$DB.dump"
TODAY="(now() at time zone 'Asia/Shanghai')::date"

port_free "$PORT_A"
db_create "$DB"
rm -f "$OUT" "$STOP" "$DUMP"; touch "$OUT"
say "populating $DB: the directory, $REPORTS reports with evidence, escalated limits, mail in the outbox"
faults_app_start "$PORT_A" "$DB" QINGFENG_CHASING_EVERY=3s
load_directory "$DB"
python3 "$FAULTS_DIR/load.py" --base "http://127.0.0.1:$PORT_A" --token "$(intake_token)" --out "$OUT" \
  --clients 6 --duration 1200 --stop-file "$STOP" --email-share 0.5 > "$BENCH_TMP/load-backup.json" &
LOAD=$!
wait_receipts "$OUT" "$REPORTS" 600
touch "$STOP"; wait "$LOAD"
# some overdue limits, so that the sweep writes events, stamps and chase mails too
sql "$DB" "update case_deadline set due_on = $TODAY - 30 where closed_at is null and case_id % 2 = 0" > /dev/null
sleep 8
sql "$DB" "analyze" > /dev/null

# ---- the backup, as the README documents it (the app keeps running: pg_dump reads one consistent snapshot) ----
say "pg_dump -Fc $DB (the app still running)"
t0=$(date +%s.%N)
pg_dump -h 127.0.0.1 -U postgres -Fc -f "$DUMP" "$DB"
dump_s=$(echo "$(date +%s.%N) - $t0" | bc)
app_stop "$PORT_A"

# ---- the restore into a new database ----
say "pg_restore into $RESTORED"
"${PSQL[@]}" -d postgres -c "drop database if exists $RESTORED with (force)" -c "create database $RESTORED"
t0=$(date +%s.%N)
pg_restore -h 127.0.0.1 -U postgres -d "$RESTORED" --no-owner --exit-on-error --single-transaction "$DUMP"
restore_s=$(echo "$(date +%s.%N) - $t0" | bc)

# ---- the comparison: every table of the original, its row count and the md5 of its rows in order ----
fingerprint() {
  "${PSQL[@]}" -d "$1" -At -F ' ' <<'SQL'
create temp table fp (name text, n bigint, md5 text);
do $$
declare t record; c bigint; h text;
begin
  for t in select table_name from information_schema.tables
           where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name loop
    execute format('select count(*), md5(coalesce(string_agg(x::text, E''\n'' order by x::text), '''')) from %I x',
                   t.table_name) into c, h;
    insert into fp values (t.table_name, c, h);
  end loop;
  -- identity columns' sequences too (information_schema.sequences leaves those out)
  for t in select relname from pg_class where relkind = 'S' and relnamespace = 'public'::regnamespace
           order by relname loop
    execute format('select last_value, md5(last_value::text || is_called::text) from %I', t.relname) into c, h;
    insert into fp values ('sequence ' || t.relname, c, h);
  end loop;
end $$;
select name, n, md5 from fp order by name;
SQL
}
fingerprint "$DB" > "$BENCH_TMP/fp-original.txt"
fingerprint "$RESTORED" > "$BENCH_TMP/fp-restored.txt"
# The schemas as pg_dump -s writes them, without comments and the per-run \restrict keys. PostgreSQL writes a
# restored CHECK (x IN (...)) on a varchar column back with the casts moved inside the array (the same constraint,
# deparsed differently), so CHECK lines are compared by constraint name here and their texts only counted.
schema() { pg_dump -h 127.0.0.1 -U postgres -s --no-owner "$1" | grep -v '^--' | grep -v '^$' \
  | grep -Ev '^\\(un)?restrict ' | grep -v 'CHECK (' ; }
schema_diff=$(diff <(schema "$DB") <(schema "$RESTORED") | wc -l)
checks() { sql "$1" "select conrelid::regclass || '.' || conname || ' ' || convalidated from pg_constraint
  where contype = 'c' and connamespace = 'public'::regnamespace order by 1"; }
check_names_diff=$(diff <(checks "$DB") <(checks "$RESTORED") | wc -l)
check_count=$(checks "$DB" | wc -l)
check_texts=$(diff <(pg_dump -h 127.0.0.1 -U postgres -s "$DB" | grep 'CHECK (') \
  <(pg_dump -h 127.0.0.1 -U postgres -s "$RESTORED" | grep 'CHECK (') | grep -c '^<' || true)

echo "== backup and restore =="
info "dump file" "$(du -h "$DUMP" | cut -f1) in $(printf '%.1f' "$dump_s") s; restored in $(printf '%.1f' "$restore_s") s"
python3 - "$BENCH_TMP/fp-original.txt" "$BENCH_TMP/fp-restored.txt" <<'PY' | tee "$BENCH_TMP/compare.txt"
import sys
def read(path):
    rows = {}
    for line in open(path):
        name, rest = line.rstrip("\n").rsplit(" ", 2)[0], line.rstrip("\n").rsplit(" ", 2)[1:]
        rows[name] = rest
    return rows
a, b = read(sys.argv[1]), read(sys.argv[2])
print("  %-40s %10s %10s  %-12s %s" % ("table", "original", "restored", "md5 (orig.)", "same"))
bad = 0
for name in sorted(set(a) | set(b)):
    x, y = a.get(name, ["-", "-"]), b.get(name, ["-", "-"])
    same = x == y
    bad += not same
    print("  %-40s %10s %10s  %-12s %s" % (name, x[0], y[0], x[1][:12], "yes" if same else "NO"))
print("  tables and sequences compared: %d, different: %d" % (len(set(a) | set(b)), bad))
PY
differ=$(awk '/different:/ {print $NF}' "$BENCH_TMP/compare.txt")
tables=$(grep -vc '^  sequence\|^  table\|compared' "$BENCH_TMP/compare.txt" || true)
rows=$(awk '{print $2}' "$BENCH_TMP/fp-original.txt" | paste -sd+ | bc)
check "tables and sequences that differ (count or md5 of rows)" "$differ" 0
check "lines of difference between the two schemas (pg_dump -s, CHECK lines aside)" "$schema_diff" 0
check "CHECK constraints missing or added ($check_count in the original)" "$check_names_diff" 0
info "CHECK constraints written back with another (equivalent) text" "$check_texts"

# ---- the restored copy serves: the app starts on it (Flyway finds it up to date) and tracks reports ----
say "starting the app on the restored database, tracking 10 reports with their query passwords"
faults_app_start "$PORT_A" "$RESTORED"
tracked=$(python3 - "$OUT" "$PORT_A" <<'PY'
import json, sys, urllib.request
shown = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")][:10]
ok = 0
for r in shown:
    req = urllib.request.Request("http://127.0.0.1:%s/api/v1/reports/%s" % (sys.argv[2], r["receipt"]),
                                 headers={"X-Query-Password": r["password"]})
    with urllib.request.urlopen(req) as resp:
        status = json.load(resp)
    ok += status["receipt"] == r["receipt"] and status["evidenceCount"] == r["evidence"]
print(ok)
PY
)
migrated=$(grep -c 'up to date\|No migration necessary' "$BENCH_TMP/app-$PORT_A.log" || true)
app_stop "$PORT_A"
check "app on the restored copy: Flyway found the schema up to date" "$migrated" 1
check "reports tracked on the restored copy (receipt, evidence count)" "$tracked" 10
finish "$tables tables, $rows rows compared; dump $(du -h "$DUMP" | cut -f1)"
