# Shared by the benchmark scripts (sourced, not run): JDK 25, the report, and the platform with full JIT.
# The sourcing script sets ROOT (the repository) and OUT (its report file) first.

for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25*; do
  if [ -n "$jdk" ] && [ -x "$jdk/bin/java" ] && "$jdk/bin/java" -version 2>&1 | grep -q '"25'; then export JAVA_HOME="$jdk"; break; fi
done
BENCH_JAVA_OPTS=${CITYCOOP_JAVA_OPTS:-"-XX:+UseSerialGC -Xss512k -Xmx512m -XX:+ExitOnOutOfMemoryError"}
mkdir -p "$(dirname "$OUT")"
: > "$OUT"

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
