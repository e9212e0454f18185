#!/usr/bin/env bash
# bench/checks/wapiti.sh — wapiti (Debian, 3.0.x) over the public site of the packaged app in production mode:
# crawls from / (plus the window link, the tracking page and the public API) and attacks with the modules xss, sql,
# blindsql, exec, file, crlf, redirect, and checks csp, http_headers, cookieflags. MAX_SCAN_TIME (s, default 900).
#
# The qf-csrf cookie is Secure, so over plain http wapiti's cookie jar would never send it back and every form POST
# would be refused before reaching the code under test: one fresh cookie goes with every request as a header
# (the form's token is the cookie's value, so the crawled forms carry the matching token). cookieflags still sees
# the Set-Cookie headers the app sends. Report: out/wapiti.txt, log out/wapiti.log.
source "$(dirname "$0")/lib.sh"
checks_app_start
MAX_SCAN_TIME="${MAX_SCAN_TIME:-900}"
curl -s -D "$OUT/h.txt" -o /dev/null "$BASE/report"
token=$(grep -io 'qf-csrf=[^;]*' "$OUT/h.txt" | head -n1 | cut -d= -f2)
modules=xss,sql,blindsql,exec,file,crlf,redirect,csp,http_headers,cookieflags
rm -rf "$OUT/wapiti-session"
wapiti -u "$BASE/" --scope folder -m "$modules" --max-scan-time "$MAX_SCAN_TIME" --max-attack-time 300 \
  -H "Cookie: qf-csrf=$token" \
  -s "$BASE/report" -s "$BASE/w/LL-03" -s "$BASE/track" -s "$BASE/track?receipt=YZ0000" -s "$BASE/cases" \
  -s "$BASE/statistics?year=2026" -s "$BASE/api/v1/units" -s "$BASE/api/v1/calendar/add-working-days?from=2026-09-28&days=5" \
  -s "$BASE/api/v1/statistics/2026" \
  --store-session "$OUT/wapiti-session" -f txt -o "$OUT/wapiti.txt" --no-bugreport -v 1 > "$OUT/wapiti.log" 2>&1 || true
sed -n '/Summary of vulnerabilities/,/^\*\*\*\*/p' "$OUT/wapiti.txt" | head -n 40
