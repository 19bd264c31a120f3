#!/usr/bin/env bash
# 考核 at scale: how long computing a year's assessment takes, and how much heap it needs, on a
# generated campaign of SIZE measures led by UNITS units (5,000), with CYCLES closed monthly cycles of
# 2024 (3; nine units in ten reported, one report in 37 returned) and about 2,000 extension requests.
# Runs the AssessmentBenchmark test class in two JVMs: `prepare` generates the data with a 2 GB heap
# (skipped when the database is kept from an earlier run of the same size), `measure` computes the
# year three times with the heap capped at HEAP (512m) and prints the time, the heap's peak, the read
# of the stored results and the Excel and DOCX exports.
#
#   bench/assessment.sh [SIZE] [pg|h2]     (default 1000000 pg)
#
# Environment: UNITS (5000), CYCLES (3), HEAP (512m), BENCH_DATA (bench/data: the H2 file and the
# logs), PG_URL_BASE (jdbc:postgresql://127.0.0.1:5432), PGDATABASE_ASSESS (taizhang_bench_assessment),
# FRESH=1 to generate again.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="${1:-1000000}"
db="${2:-pg}"
UNITS="${UNITS:-5000}"
CYCLES="${CYCLES:-3}"
HEAP="${HEAP:-512m}"
DATA="${BENCH_DATA:-$root/bench/data}"
PG_URL_BASE="${PG_URL_BASE:-jdbc:postgresql://127.0.0.1:5432}"
PG_DB="${PGDATABASE_ASSESS:-taizhang_bench_assessment}"
mkdir -p "$DATA" && chmod 700 "$DATA"
state="$DATA/assessment-$db-$size.prepared"

case "$db" in
  h2) url="jdbc:h2:file:$DATA/assessment-h2-$size/taizhang;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
      user=sa
      fresh() { rm -rf "$DATA/assessment-h2-$size"; } ;;
  pg) url="$PG_URL_BASE/$PG_DB?reWriteBatchedInserts=true"
      user=postgres
      fresh() { psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $PG_DB" -c "create database $PG_DB"; } ;;
  *) echo "usage: bench/assessment.sh [SIZE] [pg|h2]" >&2; exit 2 ;;
esac

run() {
  local phase="$1" heap="$2" log="$DATA/assessment-$db-$1.log"
  if ! (cd "$root" && mvn -o -q -pl server test -Dtest=AssessmentBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
      -Dbench.phase="$phase" -Dbench.measures="$size" -Dbench.units="$UNITS" -Dbench.cycles="$CYCLES" \
      -Dtest.jvm.args="-Xmx$heap -Xlog:gc:file=$DATA/assessment-$db-$phase-gc.log" \
      -Dspring.datasource.url="$url" -Dspring.datasource.username="$user" -Dspring.datasource.password= \
      -Dlogging.level.root=warn) > "$log" 2>&1; then
    echo "[$db] the $phase phase failed; see $log" >&2
    exit 1
  fi
  grep '^BENCH' "$log" | sed "s/^/[$db] /"
}

if [[ "${FRESH:-0}" == 1 || ! -f "$state" ]]; then
  rm -f "$DATA"/assessment-"$db"-*.prepared
  fresh
  echo "[$db] generating $size measures, $UNITS units, $CYCLES closed cycles…"
  run prepare 2g
  touch "$state"
fi
echo "[$db] $(date -u +%FT%TZ) load average $(cut -d' ' -f1-3 /proc/loadavg), heap $HEAP" | tee -a "$DATA/assessment-results.md"
run measure "$HEAP" | tee -a "$DATA/assessment-results.md"
echo "[$db] collections while measuring: $(grep -c 'Pause' "$DATA/assessment-$db-measure-gc.log"), largest heap before one $(sed -n 's/.* \([0-9]*\)M->[0-9]*M([0-9]*M).*/\1/p' "$DATA/assessment-$db-measure-gc.log" | sort -n | tail -1) MB" \
  | tee -a "$DATA/assessment-results.md"
