#!/usr/bin/env bash
# Regenerates herald-entities' country table from the npm package world-countries (ODbL 1.0).
# Columns: ISO alpha-3, common name, names and spellings (|), demonyms (|), capitals (|).
set -euo pipefail
cd "$(dirname "$0")/.."
out=herald-entities/src/main/resources/dev/herald/entities/countries.tsv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent world-countries@5.1.0 >/dev/null && tar xzf world-countries-*.tgz)
node -e '
const data = require(process.argv[1]);
const rows = data.map(c => {
  const names = new Set([c.name.common, c.name.official, ...c.altSpellings.filter(s => s.length > 1)]);
  const dem = c.demonyms && c.demonyms.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
  const clean = xs => [...new Set(xs.filter(Boolean).map(s => s.trim()))].join("|");
  return [c.cca3, c.name.common, clean([...names]), clean(dem), clean(c.capital || [])].join("\t");
}).sort();
console.log("# derived from world-countries 5.1.0 (ODbL 1.0, https://github.com/mledoze/countries) by scripts/gen-countries.sh");
console.log(rows.join("\n"));
' "$tmp/package/countries.json" > "$out"
echo "wrote $(wc -l < "$out") lines to $out"
