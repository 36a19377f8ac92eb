#!/usr/bin/env bash
# Dashboard benchmark over 10 million facts, with the whole platform running:
#   1. bulk-loads REDEMPTIONS redemptions and PURCHASES purchases (and their vouchers, reversals, ends and
#      points) into analytics-service's read model (load-tests/src/test/resources/analytics/bulk-facts.sql),
#      unless they are there already, and times how long analytics-service takes to roll them up;
#   2. Gatling's DashboardSimulation: every dashboard query RATE times a second for DURATION seconds, with
#      analytics-service's health endpoint as the baseline in the same run (after a warm-up of WARMUP s).
# Writes load-tests/target/dashboard-benchmark.txt. Starts the platform if it is not running. Only
# 127.0.0.1; stops by itself. Remove the facts afterwards with a rebuild from the topics:
#   curl -X POST -H "Authorization: Bearer <operator token>" http://127.0.0.1:8085/api/analytics/rebuild
#
#   bash load-tests/dashboard-benchmark.sh
#   RATE=2 DURATION=120 bash load-tests/dashboard-benchmark.sh
# shellcheck source=load-tests/benchmark-lib.sh
. "$(dirname "$0")/benchmark-lib.sh"
settings REDEMPTIONS=5000000 PURCHASES=5000000 VOUCHERS=1000000 SHOPPERS=300000 RATE=0.5 DURATION=60 WARMUP=30
report dashboard-benchmark
say "# dashboard benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores: REDEMPTIONS=$REDEMPTIONS PURCHASES=$PURCHASES RATE=$RATE/s per query DURATION=${DURATION}s"

# the platform, with full JIT
platform_with_full_jit analytics-service
export PGPASSWORD=${CITYCOOP_POSTGRES_PASSWORD:-citycoop}
db() { psql -X -q -tA -v ON_ERROR_STOP=1 -h 127.0.0.1 -U citycoop_analytics citycoop_analytics "$@"; }

# 1. the facts, and their rollups
have=$(db -c "SELECT (SELECT count(*) FROM fact_redemption) + (SELECT count(*) FROM fact_purchase)")
if [ "$have" -lt $((REDEMPTIONS + PURCHASES)) ]; then
  start=$(date +%s)
  db -v redemptions="$REDEMPTIONS" -v purchases="$PURCHASES" -v vouchers="$VOUCHERS" -v shoppers="$SHOPPERS" \
    -f "$ROOT/load-tests/src/test/resources/analytics/bulk-facts.sql" >/dev/null
  loaded=$(date +%s)
  say "bulk load: $((loaded - start)) s"
  while [ "$(db -c "SELECT (SELECT count(*) FROM rollup_dirty) + (SELECT count(*) FROM rollup_month WHERE NOT fresh AND month < date_trunc('month', now() AT TIME ZONE 'Europe/Vienna'))")" != 0 ]; do
    sleep 2
  done
  say "rollups of every day and month computed by analytics-service: $(( $(date +%s) - loaded )) s after the load"
fi
say "facts: $(db -c "SELECT format('%s redemptions, %s purchases, %s reversals, %s vouchers, %s voucher ends, %s points facts', (SELECT count(*) FROM fact_redemption), (SELECT count(*) FROM fact_purchase), (SELECT count(*) FROM fact_reversal), (SELECT count(*) FROM fact_sale), (SELECT count(*) FROM fact_voucher_end), (SELECT count(*) FROM fact_points))")"
say "rollup rows: $(db -c "SELECT format('spend %s/%s, merchant %s/%s, purchase %s/%s, voucher %s/%s, points %s/%s (day/month)', (SELECT count(*) FROM rollup_spend_day), (SELECT count(*) FROM rollup_spend_month), (SELECT count(*) FROM rollup_merchant_day), (SELECT count(*) FROM rollup_merchant_month), (SELECT count(*) FROM rollup_purchase_day), (SELECT count(*) FROM rollup_purchase_month), (SELECT count(*) FROM rollup_voucher_day), (SELECT count(*) FROM rollup_voucher_month), (SELECT count(*) FROM rollup_points_day), (SELECT count(*) FROM rollup_points_month))")"

# 2. Gatling
gatling() {
  simulation DashboardSimulation "$@" | tee "$ROOT/load-tests/target/gatling-dashboard.log" \
    | grep -E "percentile of response time|failed events" | sed -e 's/: 95th percentile of response time is less than 100.0 : / p95 < 100 ms: /' -e 's/^/  /' \
    | tee -a "$OUT" || true
}
say "warm-up: every query at $RATE/s for ${WARMUP}s"
gatling -Drate="$RATE" -Dseconds="$WARMUP" >/dev/null
say "measured: every query at $RATE/s for ${DURATION}s"
gatling -Drate="$RATE" -Dseconds="$DURATION"
