#!/usr/bin/env bash
# bench/keycloak/run.sh — staff sign-in against a real Keycloak (see bench/keycloak/README.md):
#   1. fetches org.keycloak:keycloak-quarkus-dist (Maven Central, with the Maven wrapper) unless already there
#   2. starts it with Java 21+ on 127.0.0.1:$KC_PORT, importing docker/keycloak/qingfeng-realm.json as it is except
#      for shorter lifetimes (access token 60 s, SSO idle 180 s), so the waits of the test take minutes, not hours
#   3. packages the app and starts it in production mode against it (idle time-out 2 minutes)
#   4. runs the browser flows (KeycloakSignInTest, Chromium through Playwright) against both
# Everything it started is stopped when it ends. On a shared machine run it under the heavy-work lock:
#   flock /tmp/qingfeng-heavy.lock bench/keycloak/run.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export BENCH_TMP="${BENCH_TMP:-/tmp/qingfeng-keycloak}"
# shellcheck source=../lib/app.sh
source bench/lib/app.sh

KC_VERSION="${KC_VERSION:-26.5.0}"      # the version of docker/compose.yaml's image
KC_PORT="${KC_PORT:-8280}"
KC_MGMT_PORT="${KC_MGMT_PORT:-9280}"
APP_PORT="${APP_PORT:-8281}"             # its management port is APP_PORT + 1000
DB="${KC_RUN_DB:-qingfeng_keycloak}"
TOKEN_SECONDS="${KC_TOKEN_SECONDS:-60}"
IDLE_SECONDS="${KC_IDLE_SECONDS:-120}"   # the app's idle time-out
KC_DIR="$BENCH_TMP/keycloak-$KC_VERSION"

# Keycloak 26 needs Java 21 or later: KEYCLOAK_JAVA_HOME, else JAVA_HOME if it is new enough, else the newest JDK
# under /usr/lib/jvm that is
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
find_java21() {
  local candidate
  for candidate in "${KEYCLOAK_JAVA_HOME:-}" "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "no Java 21+ found: set KEYCLOAK_JAVA_HOME (Keycloak $KC_VERSION needs it; the app itself runs on 17)" >&2
  return 1
}
KC_JAVA="$(find_java21)"
echo "Keycloak $KC_VERSION with Java $(java_major "$KC_JAVA") from $KC_JAVA"

if [ ! -x "$KC_DIR/bin/kc.sh" ]; then
  ./mvnw -B -q -ntp dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
    -DoutputDirectory="$BENCH_TMP"
  rm -rf "$KC_DIR" && unzip -q "$BENCH_TMP/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$BENCH_TMP"
  mv "$BENCH_TMP/keycloak-$KC_VERSION" "$KC_DIR" 2>/dev/null || true
fi

for port in "$KC_PORT" "$KC_MGMT_PORT" "$APP_PORT" "$((APP_PORT + 1000))"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken" >&2; exit 1; fi
done

# this run's secrets, shared by Keycloak's realm import and the app
export OIDC_CLIENT_SECRET; OIDC_CLIENT_SECRET="$(head -c24 /dev/urandom | base64 | tr -d '/+=')"
export HOTLINE_12345_CLIENT_SECRET; HOTLINE_12345_CLIENT_SECRET="$(head -c24 /dev/urandom | base64 | tr -d '/+=')"
export QINGFENG_PUBLIC_URL="http://localhost:$APP_PORT"
KC_ADMIN_PASSWORD="$(head -c24 /dev/urandom | base64 | tr -d '/+=')"

# the realm as docker/ imports it, with the test's lifetimes; a fresh Keycloak database every run
rm -rf "$KC_DIR/data" && mkdir -p "$KC_DIR/data/import"
jq --argjson token "$TOKEN_SECONDS" --argjson idle "$((IDLE_SECONDS + TOKEN_SECONDS))" \
  '.accessTokenLifespan = $token | .ssoSessionIdleTimeout = $idle' \
  docker/keycloak/qingfeng-realm.json > "$KC_DIR/data/import/qingfeng-realm.json"

kc_pid=""
cleanup() {
  [ -f "$BENCH_TMP/app-$APP_PORT.pid" ] && app_stop "$APP_PORT"
  if [ -n "$kc_pid" ]; then
    kill "$kc_pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$kc_pid" 2>/dev/null || break; sleep 1; done
  fi
}
trap cleanup EXIT

started=$(date +%s)
JAVA_HOME="$KC_JAVA" KC_BOOTSTRAP_ADMIN_USERNAME=kcadmin KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
  "$KC_DIR/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" \
  --http-management-port="$KC_MGMT_PORT" --health-enabled=true \
  --hostname="http://localhost:$KC_PORT" --import-realm > "$BENCH_TMP/keycloak.log" 2>&1 &
kc_pid=$!
for _ in $(seq 180); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$KC_MGMT_PORT/health/ready")" = 200 ]; then break; fi
  kill -0 "$kc_pid" 2>/dev/null || { echo "Keycloak died; see $BENCH_TMP/keycloak.log" >&2; tail -n 30 "$BENCH_TMP/keycloak.log" >&2; exit 1; }
  sleep 1
done
curl -sf -o /dev/null "http://localhost:$KC_PORT/realms/qingfeng/.well-known/openid-configuration" \
  || { echo "realm qingfeng not there; see $BENCH_TMP/keycloak.log" >&2; exit 1; }
# kc.sh runs Keycloak's JVM as its child: the memory of the two together
kc_rss() { ps -o rss= -p "$kc_pid" --ppid "$kc_pid" 2>/dev/null | awk '{ s += $1 } END { printf "%.0f MB", s / 1024 }'; }
echo "Keycloak ready after $(( $(date +%s) - started )) s, RSS $(kc_rss)"

db_create "$DB" > /dev/null
app_start "$APP_PORT" "$DB" \
  OIDC_AUTH_SERVER_URL="http://localhost:$KC_PORT/realms/qingfeng" OIDC_CLIENT_ID=qingfeng \
  QINGFENG_STAFF_SESSION_IDLE_TIMEOUT="${IDLE_SECONDS}S" \
  QUARKUS_OIDC_AUTHENTICATION_SESSION_AGE_EXTENSION="$((IDLE_SECONDS + 180))S" \
  QINGFENG_SECURITY_LOG_PROVIDER_EVENTS_EVERY=5s
# the sample directory (units, windows) that the report of the test names; production starts without one
"${PSQL[@]}" -d "$DB" -f src/main/resources/db/sample/R__sample_directory.sql > /dev/null
echo "app ready on $QINGFENG_PUBLIC_URL (production mode, idle time-out ${IDLE_SECONDS} s, tokens ${TOKEN_SECONDS} s)"

./mvnw -B -ntp -DnoEmbeddedPg test -Dtest=KeycloakSignInTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dqingfeng.keycloak.url="http://localhost:$KC_PORT" -Dqingfeng.keycloak.admin-password="$KC_ADMIN_PASSWORD" \
  -Dqingfeng.keycloak.hotline-secret="$HOTLINE_12345_CLIENT_SECRET" -Dqingfeng.app.url="$QINGFENG_PUBLIC_URL" \
  -Dqingfeng.keycloak.token-seconds="$TOKEN_SECONDS" -Dqingfeng.keycloak.idle-seconds="$IDLE_SECONDS" \
  | tee "$BENCH_TMP/test.log" | grep -E 'Tests run|FAIL|flow |ERROR\]' || true
grep -q 'BUILD SUCCESS' "$BENCH_TMP/test.log"
