# bench/lib/app.sh — sourced by the scripts under bench/: build the packaged app and run it in production mode
# against a database of the local PostgreSQL server (127.0.0.1:5432, user postgres, trust auth), as a city's
# server would run it, but without Keycloak (staff pages are not needed by the scripts: the public form and API
# are) and with mail to a port of the script's choice.
#
#   source bench/lib/app.sh
#   db_create qingfeng_bench            # a fresh database (dropped first if it exists)
#   app_start 8091 qingfeng_bench [NAME=VALUE ...]   # waits until /q/health/ready answers 200
#   curl "$(app_mgmt 8091)/q/metrics"   # health and metrics are on the management port, PORT+1000
#   app_kill9 8091 | app_stop 8091
#
# Files: $BENCH_TMP (default /tmp/qingfeng-bench): app-PORT.log, app-PORT.pid, keys.env (the run's encryption
# keys, kept so that an app restarted after a kill reads what the first one wrote).

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_TMP="${BENCH_TMP:-/tmp/qingfeng-bench}"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres)
mkdir -p "$BENCH_TMP"

pg_up() {
  pg_isready -q -h 127.0.0.1 -p 5432 && return 0
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n1)" main start || true
  for _ in $(seq 60); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 1; done
  echo "PostgreSQL does not start" >&2; return 1
}

db_create() {
  pg_up
  "${PSQL[@]}" -d postgres -c "drop database if exists $1 with (force)" -c "create database $1"
}

# builds target/quarkus-app unless it is newer than every source file
app_build() {
  local jar="$BENCH_ROOT/target/quarkus-app/quarkus-run.jar"
  if [ -f "$jar" ] && [ -z "$(find "$BENCH_ROOT/src/main" "$BENCH_ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
    return 0
  fi
  (cd "$BENCH_ROOT" && ./mvnw -B -q -DnoEmbeddedPg package -DskipTests)
}

bench_keys() {
  if [ -f "$BENCH_TMP/keys.env" ] && ! grep -q PASSWORD_KEYS "$BENCH_TMP/keys.env"; then
    echo "QINGFENG_CRYPTO_PASSWORD_KEYS=bp1:$(head -c32 /dev/urandom | base64)" >> "$BENCH_TMP/keys.env"
  fi
  if [ ! -f "$BENCH_TMP/keys.env" ]; then
    {
      echo "QINGFENG_CRYPTO_KEYS=bench1:$(head -c32 /dev/urandom | base64)"
      echo "QINGFENG_CRYPTO_ACTIVE_KEY_ID=bench1"
      echo "QINGFENG_CRYPTO_INDEX_KEY=$(head -c32 /dev/urandom | base64)"
      echo "QINGFENG_CRYPTO_PASSWORD_KEYS=bp1:$(head -c32 /dev/urandom | base64)"
    } > "$BENCH_TMP/keys.env"
  fi
  cat "$BENCH_TMP/keys.env"
}

# app_start PORT DATABASE [NAME=VALUE ...]: extra environment for this instance (e.g. MAIL_PORT=2525)
app_start() {
  local port=$1 db=$2; shift 2
  app_build
  # APP_LAUNCH=script: through the image's docker/start.sh (its class-data archive in $BENCH_TMP/cds), else java -jar
  local launch
  # shellcheck disable=SC2206
  if [ "${APP_LAUNCH:-}" = script ]; then
    launch=(env APP_HOME="$BENCH_ROOT/target/quarkus-app" QINGFENG_CDS_DIR="$BENCH_TMP/cds" JAVA_OPTS="${APP_JAVA_OPTS:-}"
      sh "$BENCH_ROOT/docker/start.sh")
  else
    launch=(java ${APP_JAVA_OPTS:-} -jar "$BENCH_ROOT/target/quarkus-app/quarkus-run.jar")
  fi
  # shellcheck disable=SC2046
  env $(bench_keys) \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
    QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$((port + 1000))" MAIL_PORT="${MAIL_PORT:-2525}" _PROD_QUARKUS_MAILER_START_TLS=DISABLED \
    "$@" \
    "${launch[@]}" > "$BENCH_TMP/app-$port.log" 2>&1 &
  echo $! > "$BENCH_TMP/app-$port.pid"
  for _ in $(seq 120); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$(app_mgmt "$port")/q/health/ready")" = 200 ]; then return 0; fi
    kill -0 "$(cat "$BENCH_TMP/app-$port.pid")" 2>/dev/null || { echo "app on $port died; see $BENCH_TMP/app-$port.log" >&2; return 1; }
    sleep 0.5
  done
  echo "app on $port not ready after 60 s; see $BENCH_TMP/app-$port.log" >&2; return 1
}

# the management interface (health, metrics) of the instance on PORT
app_mgmt() { echo "http://127.0.0.1:$(($1 + 1000))"; }

app_pid() { cat "$BENCH_TMP/app-$1.pid"; }

# form_csrf PORT DIR: opens the form as a browser does and sets CSRF_COOKIE and CSRF_TOKEN (for submit.lua)
form_csrf() {
  curl -s -c "$2/cookies" "http://127.0.0.1:$1/report" -o "$2/form.html"
  CSRF_TOKEN=$(grep -o 'name="csrf-token" value="[^"]*"' "$2/form.html" | sed 's/.*value="//; s/"$//')
  CSRF_COOKIE=$(awk '$6 == "qf-csrf" { print $7 }' "$2/cookies")
  [ -n "$CSRF_TOKEN" ] && [ -n "$CSRF_COOKIE" ] || { echo "no CSRF token in the form" >&2; return 1; }
}

# the JVM of the instance on PORT: the process started, or its child while docker/start.sh waits on it
app_jvm_pid() { local pid; pid=$(app_pid "$1"); pgrep -P "$pid" java || echo "$pid"; }

app_stop() {
  local pid; pid=$(app_pid "$1") || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

app_kill9() { kill -9 "$(app_pid "$1")" 2>/dev/null || true; }
