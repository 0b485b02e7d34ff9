#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Toolset assembly, for real: install a method feature from this p2 repository into a copy of the
# materialised product (offline, file: repository), once with the p2 director and once with the product's own
# `leefwereld toolset` command (what the workbench's Help menu uses), check that the product's command line then
# lists the method, code conversations with it, remove it again and check it is gone while the conversations
# keep its codes. Run by `./mvnw verify` in this module.
#   install-test.sh <product folder> <p2 repository folder> <work folder>
set -euo pipefail
product_in="$1"; repository="$2"; work="$3"
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/product-checks.sh"
feature=nl.leefwereld.method.example.feature.group
method=luisteren

rm -rf "$work" && mkdir -p "$work"
product="$work/leefwereld"
cp -r "$product_in" "$product"
export LEEFWERELD_WORKSPACE="$work/workspace"
director() {
  "$JAVA_HOME/bin/java" -jar "$product"/plugins/org.eclipse.equinox.launcher_*.jar -nosplash \
    -application org.eclipse.equinox.p2.director -repository "file:$repository" \
    -destination "$product" -profile DefaultProfile "$@"
}
lists_method() { "$product/leefwereld" methods | grep -q "^$method "; }
lacks_method() { ! lists_method; }
has_bundle() { ls "$product"/plugins/nl.leefwereld.method.example_*.jar >/dev/null 2>&1; }

open_question=6f1d2c3a-4b5e-4f60-8a71-0c2d3e4f5a61   # a code of the method's codebook
lw() { "$product/leefwereld" "$@"; }
conversation_keeps_codes() { lw export "$conversation" --format json | grep -q "$open_question"; }

check "product without the method lists no '$method'" lacks_method
director -installIU "$feature" > "$work/install.log" 2>&1 || { cat "$work/install.log"; }
check "p2 director installs $feature" grep -q "Operation completed" "$work/install.log"
check "method bundle is in the product" has_bundle
check "leefwereld methods lists '$method' after install" lists_method
director -uninstallIU "$feature" > "$work/uninstall.log" 2>&1 || { cat "$work/uninstall.log"; }
check "p2 director uninstalls $feature" grep -q "Operation completed" "$work/uninstall.log"
check "leefwereld methods no longer lists '$method'" lacks_method

toolset_feature="${feature%.feature.group}"
check "toolset available shows $toolset_feature, not installed" \
  bash -c "'$product/leefwereld' toolset available '$repository' | grep '^$toolset_feature ' | grep -vq installed"
check "toolset install $toolset_feature" lw toolset install "$repository" "$toolset_feature"
check "leefwereld methods lists '$method' after toolset install" lists_method
check "toolset installed lists $toolset_feature" bash -c "'$product/leefwereld' toolset installed | grep -q '^$toolset_feature '"
lw demo > /dev/null
conversation="$(lw --format json list | grep -o '"id": "[^"]*"' | sed -n '3p' | cut -d'"' -f4)"
lw analyze --method "$method" --save all > "$work/analyze.log"
check "conversations coded with '$method'" conversation_keeps_codes
check "toolset remove $toolset_feature" lw toolset remove "$toolset_feature"
check "leefwereld methods no longer lists '$method' after toolset remove" lacks_method
check "the coded conversation still loads and keeps the method's codes" conversation_keeps_codes
check "toolset refuses to remove Leefwereld itself" bash -c "! '$product/leefwereld' toolset remove nl.leefwereld.core 2>/dev/null"

# Hostile input in the real product, each command a real process: a device and a FIFO are refused at once (not read
# until memory runs out, not waited on while holding the database), naming the file, and no database is created.
dos_db="$work/dos-db"
refused_at_once() { # log, file, command...
  local log="$1" file="$2"; shift 2
  ! timeout 60 "$product/leefwereld" --db "$dos_db" "$@" > /dev/null 2> "$log" \
    && grep -q -- "$file" "$log" && [ ! -e "$dos_db" ]
}
mkfifo "$work/gesprek-fifo.txt"
check "import of /dev/zero is refused at once, naming it, without a database" \
  refused_at_once "$work/dos-zero.log" /dev/zero import /dev/zero
check "import of a FIFO is refused at once, naming it, without a database" \
  refused_at_once "$work/dos-fifo.log" "$work/gesprek-fifo.txt" import "$work/gesprek-fifo.txt"

check "start-up benchmark (tools/bench/startup.sh --scale small) runs; its figures are not checked" \
  startup_benchmark "$product_in" "$work/startup-bench"

summary "install test"
