#!/usr/bin/env bash
# Load test of the ledger list (GET /api/v1/measures) at a million measures, on H2 and on
# PostgreSQL. For each database: generate the data once (reused on later runs), start the
# server on a free loopback port, sign in through the login form to issue API tokens (an
# office user and a 赤峰市 unit user, whose visibility rule differs), then drive a set of
# realistic filter mixes with wrk and print requests/second and p50/p99 latency per mix.
#
#   bench/measures.sh [h2|pg|both]          (default both)
#   bench/measures.sh prepare [h2|pg|both]  (only generate the databases)
#   bench/measures.sh pages [h2|pg|both]    (server time of the ledger and dashboard pages)
#
# Environment: MEASURES (1000000), DURATION per mix (30s), WARMUP (5s, and FIRST_WARMUP 30s over
# every mix after the server starts), THREADS (2),
# CONNECTIONS (16), BENCH_DATA (bench/data: databases, logs and tokens; gitignored),
# PG_URL_BASE (jdbc:postgresql://127.0.0.1:5432), PGDATABASE_BENCH (taizhang_bench),
# TAIZHANG_JAR (run this jar instead of the ./taizhang launcher), SERVER_HEAP (2g),
# RATE (requests/second over all connections; unset, the clients send as fast as the server
# answers, which on one machine measures the queue at saturation rather than the server).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MEASURES="${MEASURES:-1000000}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-5s}"
FIRST_WARMUP="${FIRST_WARMUP:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
DATA="${BENCH_DATA:-$root/bench/data}"
PG_URL_BASE="${PG_URL_BASE:-jdbc:postgresql://127.0.0.1:5432}"
PG_DB="${PGDATABASE_BENCH:-taizhang_bench}"
SERVER_HEAP="${SERVER_HEAP:-2g}"
RATE="${RATE:-}"
# Each connection waits a random time of mean connections/rate before each request; the rate
# reached is a little lower, as each request's own latency adds to the cycle.
DELAY_MS="$([[ -n "$RATE" ]] && echo $((CONNECTIONS * 1000 / RATE)) || echo 0)"
targets="${1:-both}"

mkdir -p "$DATA" && chmod 700 "$DATA"
umask 077

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)…" >&2
  apt-get install -y -q wrk >/dev/null || { echo "wrk is missing and could not be installed" >&2; exit 1; }
fi

if [[ -n "${TAIZHANG_JAR:-}" ]]; then
  TZ=(java "-Xmx$SERVER_HEAP" -jar "$TAIZHANG_JAR")
else
  TZ=("$root/taizhang")
  export JAVA_OPTS="${JAVA_OPTS:-} -Xmx$SERVER_HEAP"
  "${TZ[@]}" --help >/dev/null   # builds now, not inside the timed or backgrounded steps
fi

server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT

datasource_args() {
  case "$1" in
    h2) echo "--spring.datasource.url=jdbc:h2:file:$DATA/h2/taizhang;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" ;;
    pg) echo "--spring.datasource.url=$PG_URL_BASE/$PG_DB?reWriteBatchedInserts=true --spring.datasource.username=postgres" ;;
  esac
}

# Generates the database unless a previous run left it (with its state file) behind.
prepare() {
  local db="$1" state="$DATA/$1.env"
  if [[ -f "$state" ]]; then
    echo "[$db] reusing the generated database ($state)"
    return
  fi
  case "$db" in
    h2) rm -rf "$DATA/h2" ;;
    pg) psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $PG_DB" -c "create database $PG_DB" ;;
  esac
  echo "[$db] generating $MEASURES measures…"
  local log="$DATA/$db-generate.log"
  # shellcheck disable=SC2046
  # The first start writes the admin's password to its owner-only file, never to the log.
  local passwords="$DATA/$db-initial-passwords.txt"
  rm -f "$passwords"
  "${TZ[@]}" generate --measures "$MEASURES" --campaign-name "基准测试（$MEASURES 项措施）" $(datasource_args "$db") \
    "--taizhang.initial-passwords-file=$passwords" | tee "$log" | grep -E "measures \(|generated" | sed "s/^/[$db] /"
  local password campaign
  password="$(awk '$1 == "admin" && $2 == "/" { print $3; exit }' "$passwords" 2>/dev/null)"
  campaign="$(sed -n 's/.*generated: campaign \([0-9]*\),.*/\1/p' "$log")"
  [[ -n "$password" && -n "$campaign" ]] || { echo "[$db] generation did not report a password and campaign; see $log" >&2; exit 1; }
  if [[ "$db" == pg ]]; then
    # What autovacuum would do after the bulk load: statistics for the planner, a visibility map.
    psql -h 127.0.0.1 -U postgres -q -d "$PG_DB" -c "vacuum analyze"
  fi
  printf 'ADMIN_PASSWORD=%q\nCAMPAIGN=%q\n' "$password" "$campaign" > "$state"
}

start_server() {
  local db="$1" port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  BASE="http://127.0.0.1:$port"
  # shellcheck disable=SC2046
  "${TZ[@]}" serve --port "$port" --server.address=127.0.0.1 $(datasource_args "$db") > "$DATA/$db-serve.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do
    curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && { echo "[$db] server up on $BASE"; return; }
    kill -0 "$server_pid" 2>/dev/null || { echo "[$db] server died; see $DATA/$db-serve.log" >&2; exit 1; }
    sleep 1
  done
  echo "[$db] server did not start in 4 minutes" >&2
  exit 1
}

csrf_of() {
  sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1
}

# Signs in through the login form (with its CSRF token), keeping the session in the cookie jar.
sign_in() {
  local user="$1" password="$2" jar="$3" csrf location
  csrf="$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | csrf_of)"
  location="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$BASE/login" \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf")"
  [[ "$location" != *error* && "$location" != *locked* ]] || { echo "login as $user failed" >&2; rm -f "$jar"; exit 1; }
}

# Signs in and issues a personal API token. With a third argument, first changes the password to
# it: a user the admin created must choose its own before anything else.
issue_token() {
  local user="$1" password="$2" fresh="${3:-}" jar csrf token
  jar="$(mktemp "$DATA/cookies.XXXXXX")"
  sign_in "$user" "$password" "$jar"
  csrf="$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | csrf_of)"
  if [[ -n "$fresh" ]]; then
    curl -sf -o /dev/null -c "$jar" -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
      -d "{\"currentPassword\":\"$password\",\"newPassword\":\"$fresh\"}" "$BASE/api/v1/me/password" \
      || { echo "could not change the password of $user" >&2; rm -f "$jar"; exit 1; }
    csrf="$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | csrf_of)"
  fi
  token="$(curl -sf -c "$jar" -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
    -d '{"name":"benchmark","validDays":7}' "$BASE/api/v1/me/tokens" | jq -r .token)"
  rm -f "$jar"
  [[ "$token" == tz_* ]] || { echo "could not issue a token for $user" >&2; exit 1; }
  echo "$token"
}

api() {
  curl -sf -H "Authorization: Bearer $1" "$BASE$2"
}

# Tokens are kept in the state file and reissued when they no longer work (expired, new database).
ensure_tokens() {
  local db="$1" state="$DATA/$1.env"
  # shellcheck disable=SC1090
  source "$state"
  if [[ -n "${UNIT_PASSWORD:-}" ]] && api "$ADMIN_TOKEN" /api/v1/me >/dev/null && api "$UNIT_TOKEN" /api/v1/me >/dev/null; then
    return
  fi
  # A generated first password must be replaced before anything else; the state keeps the new one.
  local fresh_admin
  fresh_admin="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  ADMIN_TOKEN="$(issue_token admin "$ADMIN_PASSWORD" "$fresh_admin")"
  ADMIN_PASSWORD="$fresh_admin"
  local chifeng
  chifeng="$(api "$ADMIN_TOKEN" /api/v1/organisations | jq -r '.[] | select(.name == "赤峰市") | .id')"
  UNIT_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench-chifeng-$RANDOM\",\"displayName\":\"赤峰市整改联络员\",\"organisationId\":$chifeng,\"roles\":[\"UNIT\"],\"password\":\"$UNIT_PASSWORD\"}" \
    "$BASE/api/v1/users" || { echo "could not create the unit user" >&2; exit 1; }
  UNIT_NAME="$(api "$ADMIN_TOKEN" /api/v1/users | jq -r '[.[] | select(.username | startswith("bench-chifeng-"))] | last | .username')"
  local first="$UNIT_PASSWORD"
  UNIT_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  UNIT_TOKEN="$(issue_token "$UNIT_NAME" "$first" "$UNIT_PASSWORD")"
  printf 'ADMIN_PASSWORD=%q\nCAMPAIGN=%q\nADMIN_TOKEN=%q\nUNIT_NAME=%q\nUNIT_PASSWORD=%q\nUNIT_TOKEN=%q\n' \
    "$ADMIN_PASSWORD" "$CAMPAIGN" "$ADMIN_TOKEN" "$UNIT_NAME" "$UNIT_PASSWORD" "$UNIT_TOKEN" > "$state"
}

join_paths() {
  local IFS='|'
  echo "$*"
}

# The filter mixes, as lists of paths a request picks from at random.
define_mixes() {
  local c="/api/v1/measures?campaignId=$CAMPAIGN" units="$1"
  local quarters=() pages=() unit_paths=()
  for y in 2021 2022 2023 2024; do
    quarters+=("$c&deadlineFrom=$y-01-01&deadlineTo=$y-03-31" "$c&deadlineFrom=$y-04-01&deadlineTo=$y-06-30"
      "$c&deadlineFrom=$y-07-01&deadlineTo=$y-09-30" "$c&deadlineFrom=$y-10-01&deadlineTo=$y-12-31")
  done
  for p in 2 5 10 20 50 100; do pages+=("$c&page=$p"); done
  for u in $units; do unit_paths+=("$c&unitId=$u"); done
  MIX_NAMES=(campaign status unit-subtree warning-red deadline-range sort-deadline later-pages)
  MIX_PATHS=(
    "$c"
    "$(join_paths "$c&status=IN_PROGRESS" "$c&status=NOT_STARTED" "$c&status=DONE&status=SUBSTANTIALLY_DONE")"
    "$(join_paths "${unit_paths[@]}")"
    "$(join_paths "$c&warning=RED" "/api/v1/measures?warning=RED")"
    "$(join_paths "${quarters[@]}")"
    "$(join_paths "$c&sort=deadline" "$c&sort=-deadline" "$c&sort=-updated")"
    "$(join_paths "${pages[@]}")"
  )
}

run_mixes() {
  local db="$1" who="$2" token="$3" units="$4" out
  define_mixes "$units"
  for i in "${!MIX_NAMES[@]}"; do
    local first="${MIX_PATHS[$i]%%|*}"
    curl -sf -o /dev/null -H "Authorization: Bearer $token" "$BASE$first" \
      || { echo "[$db] $who ${MIX_NAMES[$i]}: $first fails" >&2; exit 1; }
    BENCH_PATHS="${MIX_PATHS[$i]}" BENCH_TOKEN="$token" \
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$root/bench/measures.lua" "$BASE" >/dev/null
    out="$(BENCH_PATHS="${MIX_PATHS[$i]}" BENCH_TOKEN="$token" BENCH_DELAY_MS="$DELAY_MS" \
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$root/bench/measures.lua" "$BASE" | grep '^RESULT')"
    read -r _ rps p50 p99 max total errors <<< "$out"
    printf '| %-10s | %-6s | %-15s | %8s | %7s | %7s | %8s | %6s |\n' "$db" "$who" "${MIX_NAMES[$i]}" "$rps" "$p50" "$p99" "$total" "$errors" \
      | tee -a "$DATA/results.md"
  done
}

bench() {
  local db="$1"
  prepare "$db"
  start_server "$db"
  ensure_tokens "$db"
  local orgs chifeng admin_units unit_units
  orgs="$(api "$ADMIN_TOKEN" /api/v1/organisations)"
  chifeng="$(jq -r '.[] | select(.name == "赤峰市") | .id' <<< "$orgs")"
  admin_units="$(jq -r '([.[] | select(.kind == "CITY")] + ([.[] | select(.kind == "COUNTY")] | [.[range(0; length; 8)]])
    + ([.[] | select(.kind == "DEPARTMENT")] | [.[range(0; length; 4)]])) | .[].id' <<< "$orgs")"
  unit_units="$(jq -r --argjson c "$chifeng" '.[] | select(.id == $c or .parentId == $c) | .id' <<< "$orgs")"
  echo "[$db] $(date -u +%FT%TZ) wrk -t$THREADS -c$CONNECTIONS -d$DURATION per mix (after a $WARMUP warm-up)${RATE:+ at about $RATE req/s}, load average $(cut -d' ' -f1-3 /proc/loadavg)" \
    | tee -a "$DATA/results.md"
  echo "| database   | user   | mix             |    req/s | p50 ms  | p99 ms  | requests | errors |" | tee -a "$DATA/results.md"
  echo "|------------|--------|-----------------|----------|---------|---------|----------|--------|" | tee -a "$DATA/results.md"
  # The JIT compiles the request path during the first tens of seconds; measure the steady state.
  define_mixes "$admin_units"
  BENCH_PATHS="$(join_paths "${MIX_PATHS[@]}")" BENCH_TOKEN="$ADMIN_TOKEN" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$FIRST_WARMUP" -s "$root/bench/measures.lua" "$BASE" >/dev/null
  run_mixes "$db" office "$ADMIN_TOKEN" "$admin_units"
  run_mixes "$db" unit "$UNIT_TOKEN" "$unit_units"
  stop_server
}

# Server time of the workbench pages (ledger, measure, dashboard, review queue, 我的任务) for the
# office and the unit user:
# the median of five requests after one warm-up, as curl sees it on the loopback.
page_times() {
  local db="$1"
  prepare "$db"
  start_server "$db"
  ensure_tokens "$db"
  local c="campaign=$CAMPAIGN" who jar user password measure
  # A measure both users see: the unit's first, in the middle of the campaign's ids.
  measure="$(api "$UNIT_TOKEN" "/api/v1/measures?campaignId=$CAMPAIGN&size=1&page=200" | jq -r '.items[0].measure.id')"
  echo "[$db] $(date -u +%FT%TZ) page server time, median of 5 after a warm-up, load average $(cut -d' ' -f1-3 /proc/loadavg)" \
    | tee -a "$DATA/results.md"
  echo "| database   | user   | page                                              | median ms | bytes    |" | tee -a "$DATA/results.md"
  echo "|------------|--------|---------------------------------------------------|-----------|----------|" | tee -a "$DATA/results.md"
  for who in office unit; do
    jar="$(mktemp "$DATA/cookies.XXXXXX")"
    if [[ $who == office ]]; then user=admin password="$ADMIN_PASSWORD"; else user="$UNIT_NAME" password="$UNIT_PASSWORD"; fi
    sign_in "$user" "$password" "$jar"
    local pages=("/ledger?$c" "/ledger?$c&sort=deadline" "/ledger?$c&page=100" "/ledger?$c&status=IN_PROGRESS&warning=RED"
      "/measures/$measure")
    # The dashboard and the review queue are the office's; 我的任务 is the unit's.
    if [[ $who == office ]]; then pages+=("/dashboard?$c" "/review"); else pages+=("/my"); fi
    for page in "${pages[@]}"; do
      curl -sf -o /dev/null -b "$jar" "$BASE$page" || { echo "[$db] $page fails for $who" >&2; exit 1; }
      local times=() bytes
      for _ in 1 2 3 4 5; do
        times+=("$(curl -sf -o /dev/null -w '%{time_total}' -b "$jar" "$BASE$page")")
      done
      bytes="$(curl -sf -b "$jar" "$BASE$page" | wc -c)"
      printf '| %-10s | %-6s | %-49s | %9.0f | %8s |\n' "$db" "$who" "$page" \
        "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | awk '{print $1 * 1000}')" "$bytes" | tee -a "$DATA/results.md"
    done
    rm -f "$jar"
  done
  stop_server
}

case "$targets" in
  pages)
    case "${2:-both}" in
      h2 | pg) page_times "$2" ;;
      *) page_times h2; page_times pg ;;
    esac ;;
  prepare)
    case "${2:-both}" in
      h2 | pg) prepare "$2" ;;
      *) prepare h2; prepare pg ;;
    esac ;;
  h2 | pg) bench "$targets" ;;
  both) bench h2; bench pg ;;
  *) echo "usage: bench/measures.sh [prepare|pages] [h2|pg|both]" >&2; exit 2 ;;
esac
