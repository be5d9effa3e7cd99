#!/usr/bin/env bash
# Air evaluation figures from the daily aggregates (issue #6, decision 0507; outside CI). Reports:
#   - importing all nine PRSA files with `oasis import air` into a fresh SQLite database (aggregation included);
#   - on a seeded year of the demonstration city (`oasis seed history`, 60+ air stations) with every air station
#     counted as an evaluation station for the run: the first aggregation of the year (every station-day), then
#     GET /api/air/period?station=city for the year and GET /api/air/daily?station=city — median and p95 of 20
#     requests each, against GET /api/auth/me timed the same way in the same run (the baseline);
#   - one station-year computed again from its raw hourly readings (a stale mark for the year, then one read).
#   DATA=/some/dir bench/load/air-figures.sh   keeps the seeded database there and reuses it on the next run
set -euo pipefail
cd "$(dirname "$0")/../.."
DAYS="${DAYS:-365}"
dotnet build -c Release src/Oasis/Oasis.csproj -v q -nologo >/dev/null && dotnet build -c Release src/Oasis.Cli/Oasis.Cli.csproj -v q -nologo >/dev/null || { echo "build failed" >&2; exit 1; }
HOST=(dotnet src/Oasis/bin/Release/net10.0/Oasis.dll)
CLI=(dotnet src/Oasis.Cli/bin/Release/net10.0/oasis.dll)
[ -f src/Oasis.Cli/bin/Release/net10.0/oasis.dll ] || CLI=(dotnet src/Oasis.Cli/bin/Release/net10.0/Oasis.Cli.dll)

PRSA=$(mktemp -d)
"${CLI[@]}" migrate --Oasis:DataDirectory="$PRSA" >/dev/null 2>&1
/usr/bin/time -f "import of the nine PRSA files (315,576 hours), aggregation included: %e s, %M kB" \
  "${CLI[@]}" import air --format prsa --create-stations --input ../shared/data/prsa/PRSA_Data_*.csv --Oasis:DataDirectory="$PRSA" 2>&1 | grep -E "aggregated|import of|imported as"
rm -rf "$PRSA"

KEEP="${DATA:+yes}"; DATA="${DATA:-$(mktemp -d)}"; mkdir -p "$DATA"; HTTP=$((20000 + RANDOM % 10000)); PORT=$((30000 + RANDOM % 10000))
PASSWORD='Load-Passw0rd!'
start() {
  "${HOST[@]}" --urls "http://127.0.0.1:$HTTP" --Oasis:DataDirectory="$DATA" --Oasis:Bootstrap:AdminPassword="$PASSWORD" \
    --Hj212:Port="$PORT" --Logging:LogLevel:Default=Warning --Oasis:Demo:Simulate=false "$@" >>"$DATA/host.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$HTTP/health" >/dev/null && return; sleep 0.5; done
  echo "host did not start" >&2; tail -20 "$DATA/host.log" >&2; exit 1
}
if [ ! -f "$DATA/oasis.db" ]; then
  start
  kill "$PID"; wait "$PID" 2>/dev/null || true
  "${CLI[@]}" seed history --days "$DAYS" --minute-days 7 --alarms-per-day 0 --Oasis:DataDirectory="$DATA" 2>&1 | tail -1
  # Every air station counts for the city in this run, so that the city's figures rest on all of them.
  sqlite3 "$DATA/oasis.db" "UPDATE monitoring_stations SET \"Evaluation\" = 1, \"Kind\" = 'city' WHERE \"Kind\" = 'micro';"
fi
STATIONS=$(sqlite3 "$DATA/oasis.db" "SELECT count(*) FROM monitoring_stations WHERE \"Evaluation\" = 1 AND \"Kind\" IN ('national','provincial','city');")
LAST=$(sqlite3 "$DATA/oasis.db" "SELECT max(\"DataTime\") FROM ingest_readings WHERE \"Cn\" = '2061';" | cut -c1-10)
FROM=$(date -d "$LAST -364 days" +%F)
echo "database: $(du -h "$DATA/oasis.db" | cut -f1), evaluation stations: $STATIONS, year $FROM … $LAST"
start
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"userName\":\"admin\",\"password\":\"$PASSWORD\"}" \
  "http://127.0.0.1:$HTTP/api/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
get() { curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$HTTP$1"; }
stats() { sort -n | python3 -c 'import sys; v=[float(x)*1000 for x in sys.stdin]; print(f"median {v[len(v)//2]:.1f} ms  p95 {v[int(len(v)*0.95)-1]:.1f} ms  ({len(v)} requests)")'; }
printf 'first read (aggregates the whole seeded span): '; get "/api/air/period?station=city&from=$FROM&to=$LAST" | awk '{printf "%.1f s\n", $1}'
sqlite3 "$DATA/oasis.db" "SELECT 'rows in air_daily: ' || count(*) FROM air_daily;"
sleep 30 # the report schedule's catch-up at start-up (decision 0510) runs now: measure after it
for path in /api/auth/me "/api/air/period?station=city&from=$FROM&to=$LAST" "/api/air/daily?station=city&from=$FROM&to=$LAST"; do
  get "$path" >/dev/null
  printf '%-60s ' "${path%%&*}"; for _ in $(seq 1 20); do get "$path"; done | stats
done
ONE=$(sqlite3 "$DATA/oasis.db" "SELECT \"StationCode\" FROM monitoring_devices WHERE \"StationCode\" IS NOT NULL ORDER BY \"StationCode\" LIMIT 1;")
printf 'station %s, a year from its raw readings:   ' "$ONE"
for _ in 1 2 3; do
  sqlite3 "$DATA/oasis.db" "INSERT INTO air_daily_stale (\"StationCode\", \"FromDay\", \"ToDay\") VALUES ('$ONE', '$FROM', '$LAST');"
  get "/api/air/daily?station=$ONE&from=$FROM&to=$FROM"
done | stats
printf 'the same read with nothing stale:              '; for _ in $(seq 1 20); do get "/api/air/daily?station=$ONE&from=$FROM&to=$FROM"; done | stats
kill "$PID"; wait "$PID" 2>/dev/null || true
[ -n "$KEEP" ] || rm -rf "$DATA"
