#!/usr/bin/env bash
# bench/checks/axe-pages.sh — axe-core on the public and the main staff pages through AxePagesTest (a @QuarkusTest:
# Playwright with Debian's Chromium, staff with tokens of the test identity provider, since Keycloak does not run
# here). The test saves every page's HTML to target/pages for vnu.sh and fails on a violation (target/pages/axe.txt).
# TEST_DB: the test database URL (default jdbc:postgresql://127.0.0.1:5432/qingfeng_test).
source "$(dirname "$0")/lib.sh"
npm_tools
cd "$BENCH_ROOT"
QINGFENG_TEST_DB_URL="${TEST_DB:-jdbc:postgresql://127.0.0.1:5432/qingfeng_test}" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
  ./mvnw -B -q -DnoEmbeddedPg test -Dtest=AxePagesTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dqingfeng.axe="$CHECKS/node_modules/axe-core/axe.min.js" || status=$?
cat target/pages/axe.txt 2>/dev/null
grep -h "Tests run" target/surefire-reports/*AxePagesTest.txt
exit "${status:-0}"
