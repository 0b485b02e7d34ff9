#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Team mode in the materialised product: `leefwereld server start --tls-keystore` serves a database over TLS on
# loopback and a second instance of the same product works in it as a user (`--server ... --user ...`); a wrong
# password, a missing ;ssl= and an untrusted certificate are refused, a trusted one (javax.net.ssl.trustStore)
# accepted. Runs in a copy of the product, as the install test does. Run by `./mvnw verify` in this module.
#   team-server-test.sh <product folder> <work folder>
set -euo pipefail
product_in="$1"; work="$2"
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/product-checks.sh"
rm -rf "$work" && mkdir -p "$work"
product="$work/leefwereld"
cp -r "$product_in" "$product"
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

summary "team server test"
