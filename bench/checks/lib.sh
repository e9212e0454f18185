# bench/checks/lib.sh — sourced by the check scripts: the packaged app in production mode on $PORT with the
# sample directory (units, windows) loaded by hand into a fresh database, the npm tools, the Chromium flags.
set -euo pipefail
CHECKS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$CHECKS/../lib/app.sh"
PORT="${PORT:-8097}"
DB="${DB:-qingfeng_scan_bench}"
BASE="http://127.0.0.1:$PORT"
OUT="$CHECKS/out"
mkdir -p "$OUT"
export CHROME_PATH=/usr/bin/chromium
# the flags of src/test/java/.../Browsers.java: no sandbox (root in a VM), no GPU, nothing from the network
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
# the public pages (the same list as AxePagesTest); the tracking result page is a POST, done by the test
PUBLIC_PAGES=(/ "/?lang=en" /report "/report?lang=en" /w/LL-03 "/w/LL-03?lang=en" /track "/track?lang=en"
  /cases "/cases?lang=en" /statistics "/statistics?lang=en" /no-such-page "/no-such-page?lang=en" /w/NO-SUCH)

npm_tools() {
  [ -x "$CHECKS/node_modules/.bin/axe" ] && [ -f "$CHECKS/node_modules/vnu-jar/build/dist/vnu.jar" ] \
    && [ -x "$CHECKS/node_modules/.bin/lighthouse" ] && return 0
  # chromedriver and puppeteer would download a browser; Debian's are used instead
  (cd "$CHECKS" && CHROMEDRIVER_SKIP_DOWNLOAD=true PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund)
}

# an instance answers on PORT (its home page: health may be on a management port)
app_up() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")" = 200 ]; }

# a fresh database, migrated by the app, then the sample directory applied as dev and test get it
checks_app_start() {
  if app_up; then return 0; fi
  db_create "$DB"
  app_start "$PORT" "$DB"
  "${PSQL[@]}" -d "$DB" -f "$BENCH_ROOT/src/main/resources/db/sample/R__sample_directory.sql" >/dev/null
}
