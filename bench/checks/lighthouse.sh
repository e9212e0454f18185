#!/usr/bin/env bash
# bench/checks/lighthouse.sh — Lighthouse (npm) with Debian's Chromium on the public form at mobile size (its default
# form factor: a Moto G class phone, slow 4G simulated), on the packaged app in production mode. Prints the four
# category scores; reports in out/lighthouse-*.html and .json. PAGES overrides the pages (default /report /w/LL-03).
source "$(dirname "$0")/lib.sh"
npm_tools
checks_app_start
for p in ${PAGES:-/report /w/LL-03}; do
  n=$(sed 's/[^A-Za-z0-9]\+/_/g; s/^_//; s/_$//' <<<"$p")
  "$CHECKS/node_modules/.bin/lighthouse" "$BASE$p" --quiet --chrome-flags="$CHROME_FLAGS" \
    --only-categories=performance,accessibility,best-practices,seo --output=json --output=html \
    --output-path="$OUT/lighthouse-$n" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories, s = k => Math.round(c[k].score * 100);
    console.log(process.argv[2] + ": performance " + s("performance") + ", accessibility " + s("accessibility")
      + ", best practices " + s("best-practices") + ", SEO " + s("seo"));
    for (const k of Object.keys(c)) for (const ref of c[k].auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log("   " + k + ": " + a.id + " " + a.score + " " + (a.displayValue || ""));
    }' "$OUT/lighthouse-$n.report.json" "$p"
done
