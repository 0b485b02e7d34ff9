#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Toolset assembly, for real: install a method feature from this p2 repository into a copy of the
# materialised product (offline, file: repository), once with the p2 director and once with the product's own
# `leefwereld toolset` command (what the workbench's Help menu uses), check that the product's command line then
# lists the method, code conversations with it, remove it again and check it is gone while the conversations
# keep its codes. Then team mode in the same product: `leefwereld server start --tls-keystore` serves a database
# over TLS on loopback and a second instance works in it as a user (`--server ... --user ...`); a wrong password,
# a missing ;ssl= and an untrusted certificate are refused, a trusted one (javax.net.ssl.trustStore) accepted.
# Run by `./mvnw verify`.
#   p2-install-test.sh <product folder> <p2 repository folder> <work folder>
set -euo pipefail
product_in="$1"; repository="$2"; work="$3"
feature=nl.leefwereld.method.example.feature.group
method=luisteren

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../../.mvn/find-jdk.sh"
leefwereld_find_jdk

rm -rf "$work" && mkdir -p "$work"
product="$work/leefwereld"
cp -r "$product_in" "$product"
export LEEFWERELD_WORKSPACE="$work/workspace"
director() {
  "$JAVA_HOME/bin/java" -jar "$product"/plugins/org.eclipse.equinox.launcher_*.jar -nosplash \
    -application org.eclipse.equinox.p2.director -repository "file:$repository" \
    -destination "$product" -profile DefaultProfile "$@"
}
passed=0; failed=0
check() { # description, command...
  local what="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAILED: $what"; fi
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
# Team mode over TLS: the network server and clients, all the materialised product, over loopback.
port=$((20000 + RANDOM % 20000))
printf '# team users\nsanne:Sanne-wachtwoord-1\n' > "$work/users"
export LEEFWERELD_TLS_PASSWORD=Sleutel-opslag-42
"$JAVA_HOME/bin/keytool" -genkeypair -alias leefwereld -keyalg EC -groupname secp256r1 -validity 30 \
  -dname "CN=localhost, O=Leefwereld product test" -storetype PKCS12 -keystore "$work/server.p12" \
  -storepass "$LEEFWERELD_TLS_PASSWORD" > /dev/null 2>&1
"$JAVA_HOME/bin/keytool" -exportcert -alias leefwereld -keystore "$work/server.p12" \
  -storepass "$LEEFWERELD_TLS_PASSWORD" -file "$work/server.cer" > /dev/null 2>&1
"$JAVA_HOME/bin/keytool" -importcert -noprompt -alias server -file "$work/server.cer" -storetype PKCS12 \
  -keystore "$work/trust.p12" -storepass Vertrouwd-123 > /dev/null 2>&1
LEEFWERELD_WORKSPACE="$work/server-workspace" "$product/leefwereld" --db "$work/team-db" server start \
  --port "$port" --users-file "$work/users" --tls-keystore "$work/server.p12" > "$work/server.log" 2>&1 &
server_pid=$!
unset LEEFWERELD_TLS_PASSWORD
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do grep -q "^Serving" "$work/server.log" && break; sleep 1; done
check "leefwereld server start serves the database over TLS on port $port" \
  grep -q "^Serving jdbc:derby://127.0.0.1:$port/.*;ssl=basic " "$work/server.log"
check "the server names its certificate and fingerprint" grep -q "CN=localhost.*SHA-256 fingerprint: [0-9A-F:]\{95\}" "$work/server.log"
url="$(grep -o 'jdbc:derby://[^ ]*' "$work/server.log" | head -n 1)"
team() { # url, password, command...
  LEEFWERELD_WORKSPACE="$work/client-workspace" LEEFWERELD_SERVER_PASSWORD="$2" "$product/leefwereld" \
    --server "$1" --user sanne "${@:3}"
}
plain_url="${url%;ssl=basic}"
verified_url="$plain_url;ssl=peerAuthentication"
team_demo() { team "$url" Sanne-wachtwoord-1 demo | grep -q "$plain_url"; }
team_lists() { team "$url" Sanne-wachtwoord-1 list | grep -q "Kevin B."; }
team_refuses() { ! team "$url" wrong-password list 2> "$work/refused.log" && grep -q "sanne" "$work/refused.log"; }
team_plain_told() { ! team "$plain_url" Sanne-wachtwoord-1 list 2> "$work/plain.log" && grep -q "ssl=basic" "$work/plain.log"; }
team_untrusted() { ! team "$verified_url" Sanne-wachtwoord-1 list 2> "$work/untrusted.log" && grep -q "not trusted" "$work/untrusted.log"; }
team_verified() {
  LEEFWERELD_JAVA_OPTS="-Djavax.net.ssl.trustStore=$work/trust.p12 -Djavax.net.ssl.trustStorePassword=Vertrouwd-123" \
    team "$verified_url" Sanne-wachtwoord-1 list | grep -q "Kevin B."
}
check "a client adds the demo conversations on the server over TLS" team_demo
check "a client lists them from the server" team_lists
check "the server refuses a wrong password, naming the user" team_refuses
check "a client without ;ssl= is told to add it" team_plain_told
check "a client checking the certificate refuses a server it does not trust" team_untrusted
check "with the server's certificate in its trust store it connects" team_verified
kill "$server_pid" 2>/dev/null || true

echo "p2 install test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
