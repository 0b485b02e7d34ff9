#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Lists the third-party bundles of a materialised product with their licences (from licences.txt beside this
# script) and fails when a bundle has no known licence or a licence outside the allowed set (nothing GPL).
#   third-party.sh <product folder>             check, print a summary
#   third-party.sh <product folder> --markdown  print the table for THIRD-PARTY.md
set -euo pipefail
product="$1"; mode="${2:-check}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
allowed='^(EPL-2.0|EPL-1.0|Apache-2.0|MIT|BSD-2-Clause|BSD-3-Clause|0BSD|Unicode-3.0)$'
manifest() { # bundle jar or folder -> manifest with continuation lines joined
  if [ -d "$1" ]; then cat "$1/META-INF/MANIFEST.MF"; else unzip -p "$1" META-INF/MANIFEST.MF; fi 2>/dev/null \
    | tr -d '\r' | sed -e ':a;N;$!ba;s/\n //g'
}
header() { grep -m1 "^$2:" <<< "$1" | cut -d' ' -f2- | cut -d';' -f1 || true; }
rows=(); unknown=(); forbidden=()
for bundle in "$product"/plugins/*; do
  mf="$(manifest "$bundle")"
  bsn="$(header "$mf" Bundle-SymbolicName)"; version="$(header "$mf" Bundle-Version)"
  [ -n "$bsn" ] || continue
  case "$bsn" in nl.leefwereld.*) continue ;; esac
  IFS='|' read -r licence component < <(awk -F'|' -v bsn="$bsn" '
    /^[[:space:]]*(#|$)/ { next }
    { prefix = $1; gsub(/^[ \t]+|[ \t]+$/, "", prefix)
      if (index(bsn, prefix) == 1 && length(prefix) > best) {
        best = length(prefix); lic = $2; comp = $3; gsub(/^[ \t]+|[ \t]+$/, "", lic); gsub(/^[ \t]+|[ \t]+$/, "", comp) } }
    END { if (best) print lic "|" comp }' "$here/licences.txt") || true
  if [ -z "$licence" ]; then unknown+=("$bsn $version"); continue; fi
  [[ "$licence" =~ $allowed ]] || forbidden+=("$bsn $version: $licence")
  rows+=("| $bsn | $version | $licence | $component |")
done
if [ "$mode" = --markdown ]; then
  echo "| bundle | version | licence | component |"
  echo "| --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}" | sort
fi
if [ ${#unknown[@]} -gt 0 ]; then
  echo "third-party: no licence known for (add them to tools/licences/licences.txt and THIRD-PARTY.md):" >&2
  printf '  %s\n' "${unknown[@]}" >&2
fi
if [ ${#forbidden[@]} -gt 0 ]; then
  echo "third-party: licence not allowed in the product:" >&2
  printf '  %s\n' "${forbidden[@]}" >&2
fi
[ ${#unknown[@]} -eq 0 ] && [ ${#forbidden[@]} -eq 0 ] || exit 1
[ "$mode" = --markdown ] || echo "third-party: ${#rows[@]} third-party bundles, each with an allowed licence"
