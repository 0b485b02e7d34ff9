# SPDX-License-Identifier: EPL-2.0
# Shared by the product checks of this module (install-test.sh): the JDK, and check/summary
# that count and print each check. Source it, do not run it.
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../../.mvn/find-jdk.sh"
leefwereld_find_jdk
# New databases are encrypted: the product's command line takes the password of the test databases from here.
export LEEFWERELD_DB_PASSWORD="${LEEFWERELD_DB_PASSWORD:-Product-test-wachtwoord-1}"
passed=0; failed=0
check() { # description, command...
  local what="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAILED: $what"; fi
}
summary() { # name of the test
  echo "$1: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
# The start-up benchmark at small scale on a copy of the product (tools/bench/startup.sh): it prints its figures
# and checks none of them; it fails only when the script itself fails (a crash, a window that never comes).
startup_benchmark() { # <product folder> <work folder>
  local root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  rm -rf "$2" && mkdir -p "$2" && cp -r "$1" "$2/leefwereld"
  "$root/tools/bench/startup.sh" --scale small --product "$2/leefwereld" --work "$2/bench"
}
