# bench/faults/common.sh — sourced by the fault scripts: bench/lib/app.sh plus what they share (the intake
# client's key and token, the sample directory, the receipt checks, PASS/FAIL bookkeeping).

FAULTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# a directory of its own, so the keys and logs of other bench runs on this machine are left alone
export BENCH_TMP="${BENCH_TMP:-/tmp/qingfeng-bench-faults}"
# shellcheck source=../lib/app.sh
source "$FAULTS_DIR/../lib/app.sh"

PORT_A="${FAULTS_PORT_A:-8091}"
PORT_B="${FAULTS_PORT_B:-8092}"
FAILURES=0

say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# check NAME ACTUAL EXPECTED: one line of the summary; a mismatch makes the script fail
check() {
  if [ "$2" = "$3" ]; then
    printf '  PASS  %-58s %s\n' "$1" "$2"
  else
    printf '  FAIL  %-58s %s (expected %s)\n' "$1" "$2" "$3"
    FAILURES=$((FAILURES + 1))
  fi
}

info() { printf '  info  %-58s %s\n' "$1" "$2"; }

finish() {
  if [ "$FAILURES" -eq 0 ]; then
    echo "RESULT: PASS ($1)"
    exit 0
  fi
  echo "RESULT: FAIL ($FAILURES check(s) failed; $1)"
  exit 1
}

port_free() {
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$1/"; then
    echo "port $1 is in use; set FAULTS_PORT_A / FAULTS_PORT_B" >&2
    return 1
  fi
}

sql() { "${PSQL[@]}" -d "$1" -At -c "$2"; }

# The intake API wants a bearer token with the role intake-client. No identity provider runs here, so the app's
# API tenant is given the public half of a key of our own (QUARKUS_OIDC_API_PUBLIC_KEY, with its
# auth-server-url emptied: the signature is checked locally) and token.py signs the load client's token.
intake_key() {
  if [ ! -f "$BENCH_TMP/intake-client.pem" ]; then
    openssl genrsa -out "$BENCH_TMP/intake-client.pem" 2048 2>/dev/null
    openssl rsa -in "$BENCH_TMP/intake-client.pem" -pubout 2>/dev/null | grep -v -- ----- | tr -d '\n' \
      > "$BENCH_TMP/intake-client.pub"
  fi
}

intake_token() { intake_key; python3 "$FAULTS_DIR/token.py" "$BENCH_TMP/intake-client.pem" "${1:-bench-faults}"; }

# faults_app_start PORT DB [NAME=VALUE ...]: app_start with the intake client's key
faults_app_start() {
  local port=$1 db=$2; shift 2
  intake_key
  app_start "$port" "$db" QUARKUS_OIDC_API_PUBLIC_KEY="$(cat "$BENCH_TMP/intake-client.pub")" \
    QUARKUS_OIDC_API_AUTH_SERVER_URL= "$@"
}

# Production has no sample data (db/sample is a Flyway location of dev and test only). The scripts load the same
# file by hand once the app has migrated the schema: it is idempotent SQL (on conflict do nothing), and gives the
# units and windows (LL-ZWFW / LL-03, CITY-ZWFW / C-01) that the load client reports on, with routing to work on.
load_directory() {
  "${PSQL[@]}" -d "$1" -f "$BENCH_ROOT/src/main/resources/db/sample/R__sample_directory.sql"
}

# check_receipts DB RECEIPTS.jsonl: every acknowledged receipt stored, with all its evidence; nothing half-written
check_receipts() {
  local db=$1 file=$2 csv="$BENCH_TMP/shown-$1.csv" out
  python3 -c '
import csv, json, sys
w = csv.writer(sys.stdout)
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    w.writerow([r["receipt"], r["key"], r["evidence"], r["email"] or ""])' "$file" > "$csv"
  out=$("${PSQL[@]}" -d "$db" -At -F ' ' <<SQL
create temp table shown (receipt text, key text, evidence int, email text);
\copy shown from '$csv' csv
select
  (select count(*) from shown),
  (select count(distinct receipt) from shown),
  (select count(*) from shown s where not exists (select 1 from report r where r.receipt_no = s.receipt)),
  (select count(*) from shown s join report r on r.receipt_no = s.receipt
     where (select count(*) from evidence e where e.report_id = r.id) <> s.evidence),
  (select count(*) from evidence e where not exists (select 1 from report r where r.id = e.report_id)),
  (select count(*) from evidence e where not exists (select 1 from evidence_content c where c.evidence_id = e.id)),
  (select count(*) from evidence_content c where not exists (select 1 from evidence e where e.id = c.evidence_id)),
  (select count(*) from report r where not exists (select 1 from evidence e where e.report_id = r.id)),
  (select count(*) from report r where not exists (select 1 from case_file c where c.report_id = r.id)),
  (select count(*) from case_file c where not exists (select 1 from case_deadline d where d.case_id = c.id)),
  (select count(*) from report r where r.reporter_email_enc is not null
     and not exists (select 1 from outbox_message o where o.report_id = r.id and o.kind = 'RECEIPT')),
  (select count(*) from (select key from shown group by key having count(distinct receipt) > 1) k),
  (select count(*) from report),
  (select count(*) from evidence),
  (select count(*) from report r where not exists (select 1 from shown s where s.receipt = r.receipt_no));
SQL
)
  # shellcheck disable=SC2086
  set -- $out
  info "receipts acknowledged to clients (lines / distinct)" "$1 / $2"
  info "reports / evidence rows in the database" "${13} / ${14}"
  check "acknowledged receipts missing from report" "$3" 0
  check "acknowledged reports with another evidence count" "$4" 0
  check "evidence rows without their report" "$5" 0
  check "evidence rows without their sealed bytes" "$6" 0
  check "sealed bytes without their evidence row" "$7" 0
  check "reports without any evidence (every load report has 1-3)" "$8" 0
  check "reports without their case" "$9" 0
  check "cases without a deadline" "${10}" 0
  check "reports with an e-mail but no receipt mail in the outbox" "${11}" 0
  check "idempotency keys acknowledged with two receipts" "${12}" 0
  STORED_NOT_SHOWN=${15}
  SHOWN=$2
}

# wait_receipts FILE COUNT TIMEOUT_S: until the load client has recorded COUNT acknowledged receipts
wait_receipts() {
  local deadline=$(( $(date +%s) + $3 ))
  while [ "$(wc -l < "$1" 2>/dev/null || echo 0)" -lt "$2" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { say "only $(wc -l < "$1") receipts after $3 s"; return 0; }
    sleep 0.5
  done
}

# app_kill9 without the shell's "Killed" job notice
app_kill9_quiet() {
  local pid; pid=$(app_pid "$1")
  app_kill9 "$1"
  wait "$pid" 2>/dev/null || true
}
