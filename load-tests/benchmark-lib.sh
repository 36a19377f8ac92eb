# Shared by the benchmark scripts (sourced, not run): the repository as the working folder, JDK 25, the
# settings, the report, the platform with full JIT, and Gatling.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25*; do
  if [ -n "$jdk" ] && [ -x "$jdk/bin/java" ] && "$jdk/bin/java" -version 2>&1 | grep -q '"25'; then export JAVA_HOME="$jdk"; break; fi
done
BENCH_JAVA_OPTS=${CITYCOOP_JAVA_OPTS:-"-XX:+UseSerialGC -Xss512k -Xmx512m -XX:+ExitOnOutOfMemoryError"}

# Each NAME=VALUE sets NAME to VALUE unless the environment sets NAME already.
settings() {
  local setting name
  for setting in "$@"; do
    name=${setting%%=*}
    [ -n "${!name:-}" ] || printf -v "$name" '%s' "${setting#*=}"
  done
}

# The report: load-tests/target/$1.txt, emptied; say appends a line to it (and prints it).
report() {
  OUT="$ROOT/load-tests/target/$1.txt"
  mkdir -p "$(dirname "$OUT")"
  : > "$OUT"
}
say() { printf '%s\n' "$*" | tee -a "$OUT"; }

# Starts the platform with BENCH_JAVA_OPTS (full JIT); one already running with other options (the
# quick-start C1-only ones) is restarted. $1: a service whose command line tells how it was started.
platform_with_full_jit() {
  local pidfile="$ROOT/.citycoop/run/$1.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    if ! tr '\0' ' ' < "/proc/$(cat "$pidfile")/cmdline" | grep -qF -- "$BENCH_JAVA_OPTS"; then
      say "restarting the platform with CITYCOOP_JAVA_OPTS=\"$BENCH_JAVA_OPTS\""
      "$ROOT/citycoop" down >/dev/null
      CITYCOOP_JAVA_OPTS="$BENCH_JAVA_OPTS" "$ROOT/citycoop" up >/dev/null
    fi
  else
    CITYCOOP_JAVA_OPTS="$BENCH_JAVA_OPTS" "$ROOT/citycoop" up >/dev/null
  fi
}

# Runs the Gatling simulation $1 (a class of org.citycoop.loadtests) with the further Maven arguments
# (its -D settings); its output on stdout.
simulation() {
  local class=$1
  shift
  "$ROOT/mvnw" -B -q -pl load-tests gatling:test -Dgatling.simulationClass="org.citycoop.loadtests.$class" "$@" 2>&1
}
