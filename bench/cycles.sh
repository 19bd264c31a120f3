#!/usr/bin/env bash
# 调度周期 at a million measures: how long the office waits to open and to close a cycle of the
# benchmark campaign with the server's heap capped (SERVER_HEAP, 512m), and how fast the missing list
# (GET /api/v1/campaigns/{id}/cycles/{period}/missing) answers the office and a 赤峰市 unit while the
# cycle is open and after it closed.
#
#   bench/cycles.sh [pg|h2]        (default pg)
#
# The database is the one bench/measures.sh generates (its `prepare` step runs first and reuses
# what is there). Before the server starts, a submitted report is written straight into the
# database for the lead unit of every required measure whose id is not a multiple of OWING_EVERY
# (10: one in ten still owes), for PERIOD (default: the first month from 2030-01 that has no cycle
# yet), so the missing list is the realistic one of a cycle most units have answered. Each run
# adds one cycle and its reports to the database.
#
# Environment: as bench/measures.sh (BENCH_DATA, PGDATABASE_BENCH, PG_URL_BASE, TAIZHANG_JAR),
# SERVER_HEAP (512m), OWING_EVERY (10), PERIOD, TIMES (5: requests per median).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="${1:-pg}"
DATA="${BENCH_DATA:-$root/bench/data}"
PG_URL_BASE="${PG_URL_BASE:-jdbc:postgresql://127.0.0.1:5432}"
PG_DB="${PGDATABASE_BENCH:-taizhang_bench}"
SERVER_HEAP="${SERVER_HEAP:-512m}"
OWING_EVERY="${OWING_EVERY:-10}"
TIMES="${TIMES:-5}"
umask 077

SERVER_HEAP=2g "$root/bench/measures.sh" prepare "$db"
# shellcheck disable=SC1090
source "$DATA/$db.env"

if [[ -n "${TAIZHANG_JAR:-}" ]]; then
  TZ=(java "-Xmx$SERVER_HEAP" -jar "$TAIZHANG_JAR")
else
  TZ=("$root/taizhang")
  export JAVA_OPTS="${JAVA_OPTS:-} -Xmx$SERVER_HEAP"
fi

case "$db" in
  h2) url="jdbc:h2:file:$DATA/h2/taizhang;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
      ds=("--spring.datasource.url=$url") ;;
  pg) ds=("--spring.datasource.url=$PG_URL_BASE/$PG_DB?reWriteBatchedInserts=true" --spring.datasource.username=postgres) ;;
  *) echo "usage: bench/cycles.sh [pg|h2]" >&2; exit 2 ;;
esac

# Runs SQL against the benchmark database while the server is down (H2 holds its file while it runs).
sql() {
  case "$db" in
    pg) psql -h 127.0.0.1 -U postgres -q -At -d "$PG_DB" -c "$1" ;;
    h2) java -cp "$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort | tail -1)" org.h2.tools.Shell \
          -url "$url" -user sa -password '' -sql "$1" | sed -n '2,$p' | grep -v '^(' | tr -d ' ' ;;
  esac
}

if [[ -z "${PERIOD:-}" ]]; then
  used="$(sql "select period from reporting_cycle where campaign_id = $CAMPAIGN")"
  for n in $(seq 0 240); do
    PERIOD="$(date -u -d "2030-01-01 +$n month" +%Y-%m)"
    grep -qx "$PERIOD" <<< "$used" || break
  done
fi
echo "[$db] period $PERIOD: writing submitted reports for all required measures but one in $OWING_EVERY…"
t0=$(date +%s.%N)
sql "insert into progress_report (measure_id, organisation_id, period, body, claimed_status, status, author_id, submitted_at)
     select m.id, m.lead_org_id, '$PERIOD', '基准测试进展', 'IN_PROGRESS', 'SUBMITTED', 1, current_timestamp
     from measure m where m.campaign_id = $CAMPAIGN and m.status <> 'CLOSED' and m.lead_org_id is not null
       and mod(m.id, $OWING_EVERY) <> 0
       and not exists (select 1 from progress_report r where r.measure_id = m.id and r.period = '$PERIOD')" >/dev/null
[[ "$db" == pg ]] && sql "analyze progress_report" >/dev/null
printf '[%s] reports written in %.1f s\n' "$db" "$(echo "$(date +%s.%N) - $t0" | bc)"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$port"
gclog="$DATA/$db-cycles-gc.log"
rm -f "$gclog"
export JAVA_TOOL_OPTIONS="-Xlog:gc:file=$gclog"
"${TZ[@]}" serve --port "$port" --server.address=127.0.0.1 "${ds[@]}" > "$DATA/$db-cycles-serve.log" 2>&1 &
server_pid=$!
unset JAVA_TOOL_OPTIONS
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { echo "[$db] server died; see $DATA/$db-cycles-serve.log" >&2; exit 1; }
  sleep 1
done

csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
# Signs in and issues a token; with a third argument, first changes the password to it (a user the
# admin created must choose its own before anything else).
token_for() {
  local jar csrf token
  jar="$(mktemp "$DATA/cookies.XXXXXX")"
  csrf="$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | csrf_of)"
  curl -s -o /dev/null -c "$jar" -b "$jar" "$BASE/login" \
    --data-urlencode "username=$1" --data-urlencode "password=$2" --data-urlencode "_csrf=$csrf"
  csrf="$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | csrf_of)"
  if [[ -n "${3:-}" ]]; then
    curl -sf -o /dev/null -c "$jar" -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
      -d "{\"currentPassword\":\"$2\",\"newPassword\":\"$3\"}" "$BASE/api/v1/me/password"
    csrf="$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | csrf_of)"
  fi
  token="$(curl -sf -c "$jar" -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
    -d '{"name":"cycle-benchmark","validDays":1}' "$BASE/api/v1/me/tokens" | jq -r .token)"
  rm -f "$jar"
  [[ "$token" == tz_* ]] || { echo "[$db] could not sign in as $1" >&2; exit 1; }
  echo "$token"
}
# The admin replaces its password at every sign-in here (a generated first one must be); the state keeps the new one.
fresh_admin="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
admin="$(token_for admin "$ADMIN_PASSWORD" "$fresh_admin")"
sed -i "s|^ADMIN_PASSWORD=.*|ADMIN_PASSWORD=$fresh_admin|" "$DATA/$db.env"
chifeng="$(curl -sf -H "Authorization: Bearer $admin" "$BASE/api/v1/organisations" | jq -r '.[] | select(.name == "赤峰市") | .id')"
unit_name="bench-cycles-chifeng-$RANDOM"
unit_password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
curl -sf -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$unit_name\",\"displayName\":\"赤峰市整改联络员\",\"organisationId\":$chifeng,\"roles\":[\"UNIT\"],\"password\":\"$unit_password\"}" \
  "$BASE/api/v1/users"
unit="$(token_for "$unit_name" "$unit_password" "$unit_password-2")"

cycle="/api/v1/campaigns/$CAMPAIGN/cycles"
# Wall time of one request in seconds, failing on an error status.
timed() {
  local token="$1" method="$2" path="$3" body="${4:-}" out
  out="$(curl -s -o "$DATA/cycles-last.json" -w '%{http_code} %{time_total}' -X "$method" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' ${body:+-d "$body"} "$BASE$path")"
  [[ "$out" == 2* ]] || { echo "[$db] $method $path answered ${out%% *}: $(head -c 300 "$DATA/cycles-last.json")" >&2; exit 1; }
  echo "${out#* }"
}
# The median of TIMES requests after one warm-up, in ms, with the answer's size.
median() {
  local token="$1" path="$2" times=()
  timed "$token" GET "$path" >/dev/null
  for _ in $(seq 1 "$TIMES"); do times+=("$(timed "$token" GET "$path")"); done
  printf '%.0f ms (%s bytes, %s units, %s measures)' \
    "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (TIMES + 1) / 2 ))p" | awk '{print $1 * 1000}')" \
    "$(wc -c < "$DATA/cycles-last.json")" "$(jq length "$DATA/cycles-last.json")" \
    "$(jq '[.[].measureIds | length] | add // 0' "$DATA/cycles-last.json")"
}
# The heap in use, sampled every 200 ms by jstat while a request runs: the largest sample, in MB.
heap_during() {
  local log="$DATA/cycles-jstat.log" out
  jstat -gc "$server_pid" 200 > "$log" &
  local sampler=$!
  out="$("$@")"
  sleep 0.5
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  echo "$out s, heap at most $(awk 'NR > 1 && $1 ~ /^[0-9]/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%.0f", m / 1024 }' "$log") MB"
}

# How crowded the cores are: wall over CPU time of a fixed loop (1.0 on a quiet machine).
contention() {
  python3 -c 'import time; w, c = time.time(), time.process_time(); sum(range(3 * 10**7)); print(round((time.time() - w) / (time.process_time() - c), 1))'
}
echo "[$db] $(date -u +%FT%TZ) $PERIOD, server heap $SERVER_HEAP, load average $(cut -d' ' -f1-3 /proc/loadavg), contention $(contention)" \
  | tee -a "$DATA/cycles-results.md"
echo "[$db] open: $(heap_during timed "$admin" POST "$cycle" "{\"period\":\"$PERIOD\",\"dueDate\":\"$PERIOD-25\"}")" \
  | tee -a "$DATA/cycles-results.md"
echo "[$db] contention $(contention)" | tee -a "$DATA/cycles-results.md"
echo "[$db] missing, open cycle, office: $(median "$admin" "$cycle/$PERIOD/missing")" | tee -a "$DATA/cycles-results.md"
echo "[$db] missing, open cycle, 赤峰市: $(median "$unit" "$cycle/$PERIOD/missing")" | tee -a "$DATA/cycles-results.md"
echo "[$db] close: $(heap_during timed "$admin" POST "$cycle/$PERIOD/close")" | tee -a "$DATA/cycles-results.md"
echo "[$db] contention $(contention)" | tee -a "$DATA/cycles-results.md"
echo "[$db] missing, closed cycle, office: $(median "$admin" "$cycle/$PERIOD/missing")" | tee -a "$DATA/cycles-results.md"
echo "[$db] missing, closed cycle, 赤峰市: $(median "$unit" "$cycle/$PERIOD/missing")" | tee -a "$DATA/cycles-results.md"
quarter="${PERIOD%-*}-Q$(( (10#${PERIOD#*-} + 2) / 3 ))"
echo "[$db] statistics as of $quarter (季通报): $(heap_during timed "$admin" GET "/api/v1/campaigns/$CAMPAIGN/statistics?cycle=$quarter")" \
  | tee -a "$DATA/cycles-results.md"
echo "[$db] collections over the run: $(grep -c 'Pause' "$gclog"), largest heap before one $(sed -n 's/.* \([0-9]*\)M->[0-9]*M([0-9]*M).*/\1/p' "$gclog" | sort -n | tail -1) MB" \
  | tee -a "$DATA/cycles-results.md"
