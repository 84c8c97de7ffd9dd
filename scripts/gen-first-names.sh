#!/usr/bin/env bash
# Regenerates herald-quotes' first-name genders from the name lists in Stanford CoreNLP's models jar (GPL-3.0-or-later,
# as Herald), which the build has already fetched from Maven Central into the local repository. A name is kept only
# when every entry of the three lists gives it the same gender ("lindsey", listed once, is female; "kelly" and
# "jordan", listed both ways, are left out).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:.*<corenlp.version>\(.*\)</corenlp.version>.*:\1:p' pom.xml)
jar="${MAVEN_REPO:-$HOME/.m2/repository}/edu/stanford/nlp/stanford-corenlp/$version/stanford-corenlp-$version-models.jar"
out=herald-quotes/src/main/resources/dev/herald/quotes/first-names.tsv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -q -o "$jar" 'edu/stanford/nlp/models/dcoref/namegender.combine.txt' 'edu/stanford/nlp/models/gender/*' -d "$tmp"
m="$tmp/edu/stanford/nlp/models"
{
  cat "$m/dcoref/namegender.combine.txt" "$m/gender/first_name_map_small"
  sed 's/$/\tMALE/' "$m/gender/male_first_names.txt"
  sed 's/$/\tFEMALE/' "$m/gender/female_first_names.txt"
} | tr -d '\r' | awk -F'\t' 'NF == 2 { n = tolower($1); if (n ~ /^[a-z][a-z'\''-]*$/ && ($2 == "MALE" || $2 == "FEMALE")) print n "\t" $2 }' \
  | sort -u | awk -F'\t' '{ seen[$1]++; g[$1] = $2 } END { for (n in seen) if (seen[n] == 1) print n "\t" g[n] }' \
  | sort > "$tmp/names.tsv"
{
  echo "# First names and their gender, from Stanford CoreNLP $version's name lists (models jar), by scripts/gen-first-names.sh."
  cat "$tmp/names.tsv"
} > "$out"
echo "wrote $(grep -vc '^#' "$out") names to $out"
