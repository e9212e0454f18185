#!/usr/bin/env bash
# bench/checks/sqlmap.sh — sqlmap (Debian) against the public form's POST, the tracking POST and the API, on the
# packaged app in production mode. LEVEL/RISK (default 2/1) as sqlmap's --level/--risk.
#
# The CSRF token of this app is the value of the qf-csrf cookie, valid for two hours: one fresh pair goes in every
# request as a fixed Cookie header and form field (--drop-set-cookie keeps sqlmap from swapping cookies; sqlmap's
# --csrf-token cannot rewrite a multipart body). The tracking page throttles wrong passwords per client address and
# 127.0.0.1 is a trusted proxy here, so the xforwardedfor tamper script gives each request another address. The API
# POST needs an intake-client token: the app runs with a throw-away public key for the API tenant (token.sh).
# The form's submissionKey (a retry of the same submission gets the same receipt) is left out: with it, every payload
# that passes validation would only meet the 409 of a reused key and never reach the insert. So each request that
# passes validation stores a report (a few hundred in a run). ONLY="report track" runs only those targets.
# Output: out/sqlmap/<target>/..., summary in out/sqlmap-summary.txt.
source "$(dirname "$0")/lib.sh"
source "$CHECKS/token.sh"
LEVEL="${LEVEL:-2}" RISK="${RISK:-1}"
make_intake_token "$OUT"
if app_up; then app_stop "$PORT"; fi
db_create "$DB"
APP_JAVA_OPTS="$API_JAVA_OPTS" app_start "$PORT" "$DB"
"${PSQL[@]}" -d "$DB" -f "$BENCH_ROOT/src/main/resources/db/sample/R__sample_directory.sql" >/dev/null

curl -s -D "$OUT/h.txt" -o "$OUT/form.html" "$BASE/report"
token=$(grep -io 'qf-csrf=[^;]*' "$OUT/h.txt" | head -n1 | cut -d= -f2)
day=$(date -d '-2 day' +%F)

# a report through the API, to have a receipt and password to track
created=$(curl -s -H "Authorization: Bearer $INTAKE_TOKEN" -F category=ARROGANT_SERVICE -F subcategory=HARD_FACE \
  -F unit=LL-ZWFW -F place=窗口 -F accusedDescription=女性工作人员 -F narrative="态度生硬，让我反复跑了三次，没有说明理由。" \
  -F occurredDate="$day" -F reporterName=测试人 -F idNumber=11010519491231002X -F phone=13800138000 \
  -F directlyServed=yes -F contactPreference=PHONE -F declaration=on -F consent=on "$BASE/api/v1/reports")
receipt=$(sed 's/.*"receipt":"\([^"]*\)".*/\1/' <<<"$created")
password=$(sed 's/.*"password":"\([^"]*\)".*/\1/' <<<"$created")
[ -n "$receipt" ] && [ "$receipt" != "$created" ] || { echo "API report refused: $created" >&2; exit 1; }

multipart() { # multipart body from name=value lines on stdin
  local b=$1; while IFS='=' read -r n v; do printf -- '--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' "$b" "$n" "$v"; done
  printf -- '--%s--\r\n' "$b"
}
fields="category=ARROGANT_SERVICE
subcategory=HARD_FACE
unit=LL-ZWFW
window=LL-03
place=零陵区政务服务中心二楼
accusedName=
accusedBadge=
accusedDescription=不动产登记窗口的女性工作人员
narrative=窗口人员态度生硬，多次让我回去等通知，没有说明理由。
occurredDate=$day
occurredTime=10:00
reporterName=测试人
idNumber=11010519491231002X
phone=13800138000
email=
directlyServed=yes
contactPreference=PHONE
declaration=on
consent=on"
{ printf 'POST /report HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nCookie: qf-csrf=%s\r\nContent-Type: multipart/form-data; boundary=qfscan\r\n\r\n' "$PORT" "$token"
  printf 'csrf-token=%s\n%s\n' "$token" "$fields" | multipart qfscan; } > "$OUT/report.req"
{ printf 'POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nAuthorization: Bearer %s\r\nContent-Type: multipart/form-data; boundary=qfscan\r\n\r\n' "$PORT" "$INTAKE_TOKEN"
  printf '%s\n' "$fields" | multipart qfscan; } > "$OUT/api.req"

common=(--batch --ignore-stdin --dbms=PostgreSQL --level "$LEVEL" --risk "$RISK" --output-dir "$OUT/sqlmap" --drop-set-cookie --disable-coloring
  --flush-session --skip=csrf-token,submissionKey,qf-csrf,Authorization)
run() { local name=$1; shift; [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $name "* ]] || return 0; echo "== sqlmap $name"; sqlmap "${common[@]}" "$@" 2>&1 | tee "$OUT/sqlmap-$name.log" \
  | grep -E "^\[.*(CRITICAL|WARNING|ERROR)\]|is vulnerable|injectable|all tested parameters" || true; }

run report -r "$OUT/report.req"
run track -u "$BASE/track" --data "csrf-token=$token&receipt=$receipt&password=$password" \
  --cookie "qf-csrf=$token" --tamper=xforwardedfor
run api-post -r "$OUT/api.req"
run api-status -u "$BASE/api/v1/reports/$receipt*" -H "X-Query-Password: $password*" --tamper=xforwardedfor
run api-calendar -u "$BASE/api/v1/calendar/add-working-days?from=2026-09-28&days=5"
run api-statistics -u "$BASE/api/v1/statistics/2026*"
run track-get -u "$BASE/track?receipt=$receipt"
run cases -u "$BASE/cases?category=ARROGANT_SERVICE&county=LL&year=2026"
run statistics -u "$BASE/statistics?year=2026"

{ for f in "$OUT"/sqlmap-*.log; do
    printf '%s: %s parameters tested, %s techniques tried; ' "$(basename "$f" .log | sed 's/^sqlmap-//')" \
      "$(grep -c 'testing for SQL injection on' "$f")" "$(grep -c "\] \[INFO\] testing '" "$f")"
    if grep -q 'sqlmap identified the following injection point' "$f"; then echo INJECTION
    elif grep -q 'all tested parameters do not appear to be injectable' "$f"; then echo "no injection"
    else echo "INCOMPLETE: $(grep -E '\[(CRITICAL|ERROR)\]' "$f" | tail -n1)"; fi
    # answers other than 200 (a 500 here would be a server error to look into, e.g. the database was down)
    grep -A1 'HTTP error codes detected' "$f" | tail -n1 | sed 's/^/    HTTP codes: /' || true
  done; } | tee "$OUT/sqlmap-summary.txt"
! grep -q "INJECTION\|INCOMPLETE" "$OUT/sqlmap-summary.txt"
