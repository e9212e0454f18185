#!/usr/bin/env bash
# bench/checks/headers.sh — the response headers the hardening issue requires, on the packaged app in production
# mode: every page (strict CSP without inline script, frame-ancestors 'none', Referrer-Policy no-referrer, nosniff,
# HSTS), Cache-Control no-store where personal data or case content is shown, the CSRF cookie's flags, no version
# banner, an error id and no stack trace on the error page. Prints one line per check; exit 1 if any fails.
source "$(dirname "$0")/lib.sh"
checks_app_start
fails=0
ok() { printf 'ok    %s\n' "$1"; }
bad() { printf 'FAIL  %s\n' "$1"; fails=$((fails + 1)); }
has() { grep -qi "$2" <<<"$1"; }

csrf_pair() { # cookie value (= the form's token) of a fresh visit
  curl -s -D "$OUT/h.txt" -o /dev/null "$BASE/track"; grep -io 'qf-csrf=[^;]*' "$OUT/h.txt" | head -n1 | cut -d= -f2
}
token=$(csrf_pair)
# a report through the public form, to see the receipt page and track it
curl -s -o "$OUT/receipt.html" -D "$OUT/h-receipt.txt" -H "Cookie: qf-csrf=$token" \
  -F csrf-token="$token" -F category=ARROGANT_SERVICE -F subcategory=HARD_FACE -F unit=LL-ZWFW -F window=LL-03 \
  -F place=零陵区政务服务中心二楼 -F accusedDescription="不动产登记窗口的女性工作人员" \
  -F narrative="窗口人员态度生硬，多次让我回去等通知，没有说明理由，也不告诉我还缺什么材料。" -F occurredDate="$(date -d '-2 day' +%F)" -F occurredTime=10:00 \
  -F reporterName=测试人 -F idNumber=11010519491231002X -F phone=13800138000 -F directlyServed=yes \
  -F contactPreference=PHONE -F declaration=on -F consent=on "$BASE/report"
receipt=$(grep -o 'id="receipt-no" class="code">[^<]*' "$OUT/receipt.html" | sed 's/.*>//' || true)
password=$(grep -o 'id="receipt-password" class="code">[^<]*' "$OUT/receipt.html" | sed 's/.*>//' || true)

declare -A PAGES=([/]=public [/report]=personal [/w/LL-03]=personal [/track]=public [/cases]=public
  [/statistics]=public [/no-such-page]=error [/api/v1/units]=api [/api/v1/calendar/2026-10-01]=api)
for p in "${!PAGES[@]}"; do
  curl -s -D "$OUT/h.txt" -o "$OUT/body.txt" "$BASE$p"; h=$(cat "$OUT/h.txt")
  csp=$(grep -i '^content-security-policy:' <<<"$h" || true)
  if has "$csp" "script-src 'self'" && ! has "$csp" "unsafe-inline" && has "$csp" "frame-ancestors 'none'"; then
    ok "$p CSP strict ($csp)" | tr -d '\r'; else bad "$p CSP"; fi
  has "$h" '^referrer-policy: no-referrer' && ok "$p Referrer-Policy" || bad "$p Referrer-Policy"
  has "$h" '^x-content-type-options: nosniff' && ok "$p nosniff" || bad "$p nosniff"
  has "$h" '^strict-transport-security: max-age=' && ok "$p HSTS" || bad "$p HSTS"
  has "$h" '^server:\|^x-powered-by:' && bad "$p version banner" || ok "$p no Server/X-Powered-By"
  if [ "${PAGES[$p]}" = personal ]; then has "$h" '^cache-control: no-store' && ok "$p no-store" || bad "$p no-store"; fi
  if has "$h" '^set-cookie: qf-csrf'; then
    c=$(grep -i '^set-cookie: qf-csrf' <<<"$h")
    has "$c" 'secure' && has "$c" 'httponly' && has "$c" 'samesite=lax\|samesite=strict' && ok "$p cookie Secure HttpOnly SameSite ($(grep -io 'samesite=[a-z]*' <<<"$c"))" \
      || bad "$p cookie flags: $c"
  fi
  if [ "${PAGES[$p]}" = error ]; then
    grep -q 'Exception\|at cn\.gov\|at io\.quarkus' "$OUT/body.txt" && bad "$p stack trace" || ok "$p no stack trace"
  fi
done
# the language cookie (?lang=en): Secure, HttpOnly, SameSite=Lax (it only picks the page's language)
c=$(curl -s -D - -o /dev/null "$BASE/?lang=en" | grep -i '^set-cookie: qf-lang=' || true)
has "$c" 'secure' && has "$c" 'httponly' && has "$c" 'samesite=lax' && ok "/?lang=en qf-lang Secure HttpOnly SameSite=Lax" \
  || bad "qf-lang cookie flags: $c"
# the receipt and the tracking result show case content: never cached
if [ -n "$receipt" ]; then
  has "$(cat "$OUT/h-receipt.txt")" '^cache-control: no-store' && ok "POST /report receipt no-store" || bad "receipt no-store"
  curl -s -D "$OUT/h.txt" -o /dev/null -H "Cookie: qf-csrf=$token" --data-urlencode csrf-token="$token" \
    --data-urlencode receipt="$receipt" --data-urlencode password="$password" "$BASE/track"
  has "$(cat "$OUT/h.txt")" '^HTTP/1.1 200' && has "$(cat "$OUT/h.txt")" '^cache-control: no-store' \
    && ok "POST /track result no-store" || bad "POST /track result ($(head -n1 "$OUT/h.txt"))"
else
  bad "no receipt from POST /report (see $OUT/receipt.html)"
fi
# errors: a client error is a 400 page; an unexpected one shows an id to quote; never a stack trace
code=$(curl -s -o "$OUT/body.txt" -w '%{http_code}' -H "Cookie: qf-csrf=$token" -H 'Content-Type: multipart/form-data; boundary=x' \
  --data-binary $'--x\r\nContent-Disposition: form-data; name="csrf-token"\r\n\r\n'"$token"$'\r\n--x\r\nno header\r\n\r\n--x--\r\n' "$BASE/report")
[ "$code" = 400 ] && ! grep -q 'Exception' "$OUT/body.txt" && ok "broken multipart: 400, no stack trace" || bad "broken multipart: $code"
# real unexpected errors: here the staff pages cannot reach the identity provider (Keycloak does not run). With a
# bearer token the failure reaches the app's error page (错误编号); without, the code flow fails in the HTTP layer
# and Quarkus' own plain 500 answers (an "Error id", its "Stack:" empty in production). Both: an id, no stack trace.
for auth in "Authorization: Bearer a.b.c" "X-None: 1"; do
  curl -s -o "$OUT/body.txt" -H "$auth" "$BASE/staff/cases"
  grep -q '错误编号 [0-9a-f]\{8\}\|Error id [0-9a-f-]\{8,\}' "$OUT/body.txt" \
    && ! grep -q 'Exception\|at cn\.gov\|at io\.\|at java\.' "$OUT/body.txt" \
    && ok "unexpected error (${auth%%:*}): $(grep -o '错误编号 [0-9a-f]*\|Error id [0-9a-f-]*' "$OUT/body.txt"), no stack trace" \
    || bad "unexpected error page (${auth%%:*})"
done
echo "failures: $fails"
[ "$fails" = 0 ]
