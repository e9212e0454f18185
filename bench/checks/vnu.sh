#!/usr/bin/env bash
# bench/checks/vnu.sh — the Nu HTML checker (npm vnu-jar, run with java) on the public pages as the packaged app
# serves them, and on the staff pages saved by AxePagesTest in target/pages (run axe-pages.sh first; skipped if
# absent). Errors make it fail; warnings are listed too. Results: out/vnu.txt.
source "$(dirname "$0")/lib.sh"
npm_tools
checks_app_start
rm -rf "$OUT/html"; mkdir -p "$OUT/html"
for p in "${PUBLIC_PAGES[@]}"; do
  n=$(sed 's/[^A-Za-z0-9]\+/_/g; s/^_//; s/_$//' <<<"$p"); curl -s "$BASE$p" > "$OUT/html/${n:-home}.html"
done
files=("$OUT"/html/*.html)
if compgen -G "$BENCH_ROOT/target/pages/*.html" >/dev/null; then files+=("$BENCH_ROOT"/target/pages/*.html); fi
java -jar "$CHECKS/node_modules/vnu-jar/build/dist/vnu.jar" --format gnu "${files[@]}" > "$OUT/vnu.txt" 2>&1 || true
sed "s|$BENCH_ROOT/||" "$OUT/vnu.txt"
echo "${#files[@]} pages; errors: $(grep -c ': error:' "$OUT/vnu.txt" || true); warnings: $(grep -c 'warning:' "$OUT/vnu.txt" || true)"
! grep -q ': error:' "$OUT/vnu.txt"
