#!/usr/bin/env bash
# Times the main job: the seed report imported and accepted once, then a batch of N reports
# (the seed with one figure changed each, so none is a repeat) into a fresh embedded database.
#
#   bench/import-batch.sh [N]        (default 100; work folder: $BENCH_DATA or /tmp/taizhang-import-batch)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-100}"
work="${BENCH_DATA:-/tmp/taizhang-import-batch}"
seed="$root/server/src/main/resources/demo/seed-report.txt"

rm -rf "$work" && mkdir -p "$work/reports"
for i in $(seq 1 "$count"); do
  sed "s/新建5G基站5772個/新建5G基站$((5772 + i))個/" "$seed" > "$work/reports/report-$(printf %03d "$i").txt"
done

cd "$work"
db="--spring.datasource.url=jdbc:h2:file:$work/db/taizhang;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128"
"$root/taizhang" verify-audit "$db" --taizhang.demo-campaign=false >/dev/null
echo "== the seed, imported and accepted"
"$root/taizhang" import "$seed" --new 种子报告 --year 2021 "$db"
echo "== $count reports in one batch"
"$root/taizhang" import "$work"/reports/*.txt --year 2021 "$db" | tail -1
"$root/taizhang" verify-audit "$db"
