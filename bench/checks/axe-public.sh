#!/usr/bin/env bash
# bench/checks/axe-public.sh — @axe-core/cli with Debian's Chromium and chromedriver on the public pages of the
# packaged app in production mode: WCAG 2.0/2.1 A and AA rules and axe's best practices (landmarks, heading order).
# Results: out/axe-public.json; exit 1 on a violation.
source "$(dirname "$0")/lib.sh"
npm_tools
checks_app_start
urls=(); for p in "${PUBLIC_PAGES[@]}"; do urls+=("$BASE$p"); done
"$CHECKS/node_modules/.bin/axe" "${urls[@]}" --chromedriver-path /usr/bin/chromedriver --chrome-path /usr/bin/chromium \
  --chrome-options="$(sed 's/--//g; s/ /,/g' <<<"$CHROME_FLAGS")" --tags wcag2a,wcag2aa,wcag21a,wcag21aa,best-practice \
  --save axe-public.json --dir "$OUT" --exit
