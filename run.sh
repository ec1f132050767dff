#!/usr/bin/env bash
# Starts Sorriso for local use: embedded PostgreSQL (files under ./data/) and demo data, at http://localhost:8080.
# Arguments go to the application, e.g. ./run.sh --logging.level.app.sorriso=debug
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# pom.xml compiles for Java 25, so an older JDK can neither build nor run the jar.
readonly required_java=25
readonly jar=target/sorriso.jar

# Prints the major version of a java binary ("25", "25.0.3", "21-ea", "1.8.0_412" style), or nothing.
java_major() {
  local version
  version=$("$1" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1) || return 0
  if [[ $version == 1.* ]]; then
    version=${version#1.}
  fi
  version=${version%%[._+-]*}
  if [[ $version =~ ^[0-9]+$ ]]; then
    echo "$version"
  fi
}

# A home qualifies when it holds a full JDK (mvnw needs javac) of at least the required version.
is_suitable_jdk() {
  local major
  [[ -x $1/bin/java && -x $1/bin/javac ]] || return 1
  major=$(java_major "$1/bin/java")
  (( ${major:-0} >= required_java ))
}

# An explicit JAVA_HOME wins; then a JDK 25 in the usual install folders; then any newer one; then PATH.
find_jdk() {
  local home
  if [[ -n ${JAVA_HOME:-} ]] && is_suitable_jdk "$JAVA_HOME"; then
    echo "$JAVA_HOME"
    return
  fi
  for home in /usr/lib/jvm/*25* /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
              "$HOME"/.sdkman/candidates/java/*; do
    if is_suitable_jdk "$home"; then
      echo "$home"
      return
    fi
  done
  if command -v java >/dev/null; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if is_suitable_jdk "$home"; then
      echo "$home"
    fi
  fi
}

JAVA_HOME=$(find_jdk)
if [[ -z $JAVA_HOME ]]; then
  {
    echo "Sorriso needs a JDK $required_java. Install one (for example Eclipse Temurin: https://adoptium.net),"
    echo "then set JAVA_HOME to it and run ./run.sh again."
    echo "O Sorriso precisa de um JDK $required_java. Instale um (por exemplo o Eclipse Temurin: https://adoptium.net),"
    echo "depois aponte JAVA_HOME para ele e rode ./run.sh de novo."
  } >&2
  exit 1
fi
export JAVA_HOME

# Vaadin needs Node only to rebuild the frontend bundle; use the Node 24 that .ci/run installs, if present.
if [[ -d $HOME/.cache/node24/bin ]]; then
  export PATH="$HOME/.cache/node24/bin:$PATH"
fi

sources=(pom.xml src)
if [[ -d frontend ]]; then
  sources+=(frontend)
fi
if [[ ! -f $jar || -n $(find "${sources[@]}" -newer "$jar" -print -quit 2>/dev/null) ]]; then
  echo "Building $jar with $JAVA_HOME ..."
  ./mvnw -B -DskipTests package
fi

export SORRISO_DEMO="${SORRISO_DEMO:-true}"
echo "Starting Sorriso at http://localhost:${PORT:-8080} (embedded PostgreSQL in ./data/, Ctrl+C to stop)"
exec "$JAVA_HOME/bin/java" -jar "$jar" "$@"
