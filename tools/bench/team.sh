#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Team workload benchmark (issue #20 "Scale"): professionals (threads, one connection each) opening, editing and
# saving conversations at once on one PostgreSQL server (least-privilege roles, teams, caseloads, as `leefwereld
# admin` sets them up), then the same workload on Derby's network server for comparison. Runs the JUnit class
# nl.leefwereld.store.internal.TeamWorkloadBenchmark (bundles/nl.leefwereld.store.tests) through the Maven wrapper,
# offline, and prints its table: saves/s, save latency p50/p95/max, conflicts (saves refused by optimistic locking),
# CPU time of the JVM and of PostgreSQL, the load average, and lost updates (always 0, or the run fails).
#   tools/bench/team.sh [--scale small|full]
# small: 10 professionals, 50 clients, 2,000 utterances (as in the normal test run);
# full: 200 professionals, 1,000 clients, 100,000 utterances (needs the Debian package postgresql; some minutes).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scale=small
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="${2:-}"; shift 2 ;;
    -h|--help) sed -n '3,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "team.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
case "$scale" in
  small|full) ;;
  *) echo "team.sh: --scale is small or full, not '$scale'" >&2; exit 2 ;;
esac
report="$(mktemp "${TMPDIR:-/tmp}/leefwereld-team-bench.XXXXXX")"
log="$report.log"
cd "$root"
trap 'rm -f "$report" "$log"' EXIT
if ! ./mvnw -B -o verify -pl bundles/nl.leefwereld.store.tests,bundles/nl.leefwereld.serviceloader -am \
    -Dtest=TeamWorkloadBenchmark \
    "-Dleefwereld.testArgs=-Dleefwereld.tests=true -Dleefwereld.bench.scale=$scale -Dleefwereld.bench.report=$report" \
    > "$log" 2>&1; then
  tail -n 60 "$log" >&2
  out="$root/bundles/nl.leefwereld.store.tests/target/surefire-reports"
  echo "team.sh: the benchmark failed (test output: $out)" >&2
  exit 1
fi
cat "$report"
echo
