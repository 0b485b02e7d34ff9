#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# An organisation's own toolset: installs the chosen method features from this p2 repository into the
# materialised product (offline, p2 director) and archives the result. Run by `./mvnw verify` when
# -Dleefwereld.methods=<feature id>,<feature id>… is given, e.g. -Dleefwereld.methods=nl.leefwereld.method.example
#   assemble-toolset.sh <product folder> <p2 repository folder> <output archive> <comma-separated feature ids>
set -euo pipefail
product="$1"; repository="$2"; archive="$3"; methods="$4"
[ -n "$methods" ] || exit 0

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../../.mvn/find-jdk.sh"
leefwereld_find_jdk

ius=""
IFS=',' read -ra features <<< "$methods"
for feature in "${features[@]}"; do
  feature="$(echo "$feature" | tr -d '[:space:]')"
  [ -n "$feature" ] && ius="$ius${ius:+,}$feature.feature.group"
done
echo "assemble-toolset: installing $ius into $product"
"$JAVA_HOME/bin/java" -jar "$product"/plugins/org.eclipse.equinox.launcher_*.jar -nosplash \
  -application org.eclipse.equinox.p2.director -repository "file:$repository" \
  -installIU "$ius" -destination "$product" -profile DefaultProfile
mkdir -p "$(dirname "$archive")"
tar -czf "$archive" -C "$(dirname "$product")" "$(basename "$product")"
echo "assemble-toolset: $archive"
