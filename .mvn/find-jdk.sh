# SPDX-License-Identifier: EPL-2.0
# Sourced by mvnw and the leefwereld scripts: exports JAVA_HOME pointing at a JDK >= 21.
# Tycho 5, Derby 10.17 and the product need Java 21 or newer; the default java may be older.
# The major version from the JDK's `release` file (JAVA_VERSION="21.0.5", "25", "1.8.0_402"): reading it costs
# nothing, while asking the java binary starts a JVM (100-200 ms per candidate, paid at every start of the product).
# Without a readable `release` file the java binary is asked.
leefwereld_java_major() {
  local version="" line
  if [ -r "$1/release" ]; then
    while IFS= read -r line; do # bash only, no process: this runs at every start
      case "$line" in JAVA_VERSION=\"[0-9]*) version="${line#JAVA_VERSION=\"}"; break ;; esac
    done < "$1/release"
    case "$version" in 1.*) version="${version#1.}" ;; esac
    version="${version%%[!0-9]*}"
  fi
  if [ -n "$version" ]; then
    echo "$version"
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
  fi
}
leefwereld_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(leefwereld_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "leefwereld: no JDK 21 or newer found (looked at JAVA_HOME, java on the PATH and /usr/lib/jvm)." >&2
  echo "leefwereld: install one, e.g. 'apt-get install openjdk-21-jdk-headless', or set JAVA_HOME." >&2
  return 1
}
