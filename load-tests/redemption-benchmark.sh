#!/usr/bin/env bash
# Checkout benchmark on this machine, with the whole platform running:
#   1. pgbench TPC-B against the same PostgreSQL (the baseline: what the database alone does here),
#   2. Gatling's RedemptionSimulation: a warm-up, then RATE redemptions a second for DURATION seconds
#      over HTTP at tills of the demo bakery (see the simulation's Javadoc),
# and prints both and their ratio (also in load-tests/target/redemption-benchmark.txt).
# Starts the platform if it is not running, with full JIT (CITYCOOP_JAVA_OPTS below); a platform already
# running with the quick-start JVM options (C1 only) is restarted with them. Only 127.0.0.1; stops by itself.
#
#   bash load-tests/redemption-benchmark.sh                      # the goal: 1,000/s for 5 minutes
#   RATE=250 DURATION=300 bash load-tests/redemption-benchmark.sh
# shellcheck source=load-tests/benchmark-lib.sh
. "$(dirname "$0")/benchmark-lib.sh"
settings RATE=1000 DURATION=300 VOUCHERS=2000 WARMUP_RATE=150 WARMUP=60 PGBENCH_SECONDS=60 PGBENCH_CLIENTS=8 PGBENCH_SCALE=10
report redemption-benchmark
command -v pgbench >/dev/null || { echo "pgbench is missing (apt-get install postgresql-contrib)"; exit 1; }

say "# redemption benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores: RATE=$RATE DURATION=${DURATION}s VOUCHERS=$VOUCHERS"

# 1. the platform, with full JIT
platform_with_full_jit redemption-service
say "platform: $(./citycoop status | grep -c ' running') processes running (services, Kafka), PostgreSQL $(psql --version | awk '{print $3}')"

# 2. pgbench TPC-B on the same server, over TCP like the services
admin() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "psql -X -q -tA -v ON_ERROR_STOP=1"; else sudo -n -u postgres psql -X -q -tA -v ON_ERROR_STOP=1; fi; }
printf "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'citycoop_pgbench') THEN CREATE ROLE citycoop_pgbench LOGIN PASSWORD 'citycoop'; END IF; END \$\$;\n" | admin
printf "SELECT 1 FROM pg_database WHERE datname = 'citycoop_pgbench'\n" | admin | grep -q 1 || printf 'CREATE DATABASE citycoop_pgbench OWNER citycoop_pgbench;\n' | admin
export PGPASSWORD=citycoop
pgbench -h 127.0.0.1 -U citycoop_pgbench -i -q -s "$PGBENCH_SCALE" citycoop_pgbench >/dev/null 2>&1
pgbench -h 127.0.0.1 -U citycoop_pgbench -c "$PGBENCH_CLIENTS" -j 2 -T "$PGBENCH_SECONDS" -M prepared citycoop_pgbench > "$ROOT/load-tests/target/pgbench.txt" 2>&1
PG_TPS=$(grep -E '^tps' "$ROOT/load-tests/target/pgbench.txt" | head -1 | sed -E 's/tps = ([0-9.]+).*/\1/')
PG_LAT=$(grep -E '^latency average' "$ROOT/load-tests/target/pgbench.txt" | sed -E 's/latency average = ([0-9.]+) ms/\1/')
say "pgbench TPC-B (scale $PGBENCH_SCALE, $PGBENCH_CLIENTS clients, ${PGBENCH_SECONDS}s, prepared): $PG_TPS tps, latency average $PG_LAT ms"

# 3. Gatling: warm-up, then the measured run
gatling() {
  simulation RedemptionSimulation -o "$@" || true
}
gatling -Drate="$WARMUP_RATE" -Dseconds="$WARMUP" -Dvouchers=300 > "$ROOT/load-tests/target/redemption-warmup.log"
gatling -Drate="$RATE" -Dseconds="$DURATION" -Dvouchers="$VOUCHERS" > "$ROOT/load-tests/target/redemption-run.log"
LOG="$ROOT/load-tests/target/redemption-run.log"
actual() { grep -F "$1" "$LOG" | head -1 | sed -E 's/.*actual : ([0-9.]+)\).*/\1/'; }
P50=$(actual "redemptions: 50th percentile"); P95=$(actual "redemptions: 95th percentile"); P99=$(actual "redemptions: 99th percentile")
OK=$(actual "redemptions: count of successful"); FAILED=$(actual "Global: count of failed")
HEALTH=$(actual "health: 99th percentile")
APPROVED_PER_S=$(grep -F "benchmark: approved" "$LOG" | sed -E 's/.*: ([0-9]+) approved a second/\1/')
say "redemptions offered at $RATE/s for ${DURATION}s: $OK approved ($APPROVED_PER_S approved a second), $FAILED failed; p50 $P50 ms, p95 $P95 ms, p99 $P99 ms (baseline health p99 $HEALTH ms)"
say "$(grep -F "benchmark: reconciliation" "$LOG" | sed 's/^benchmark: //')"
RATIO=$(awk -v r="$APPROVED_PER_S" -v p="$PG_TPS" 'BEGIN { if (p > 0) printf "%.3f", r / p; else print "n/a" }')
say "ratio approved redemptions a second : pgbench tps = $RATIO"
STEADY=$(awk -v r="$APPROVED_PER_S" -v rate="$RATE" -v p="$P99" -v f="$FAILED" 'BEGIN { print (r >= rate * 0.99 && p < 50 && f == 0) ? "met" : "not met" }')
GOAL=$(awk -v r="$APPROVED_PER_S" -v rate="$RATE" -v p="$P99" -v f="$FAILED" -v d="$DURATION" 'BEGIN { print (rate >= 1000 && d >= 300 && r >= rate * 0.99 && p < 50 && f == 0) ? "met" : "not met" }')
say "at $RATE/s: all approved, p99 < 50 ms, no errors: $STEADY; the goal (>= 1,000/s for 5 minutes, p99 < 50 ms, no errors): $GOAL"
say "Gatling report: $(ls -d "$ROOT"/load-tests/target/gatling/redemptionsimulation-* | tail -1)/index.html"
