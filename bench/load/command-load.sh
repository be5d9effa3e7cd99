#!/usr/bin/env bash
# Command-centre load run (issue #5; outside CI). On a fresh SQLite database: starts the host once to create the
# demonstration city, seeds a year of hourly history for its air stations, 7 days of 10-minute data and a year of
# alarms (`oasis seed history`), restarts the host with the demo devices sending live data (the 60 micro-stations
# report every minute), and then:
#   - wrk, 50 connections with a bearer token, against GET /api/command/overview, the alarm lists and, as the
#     baseline of the same run, GET /api/auth/me (authentication and nothing else): p50/p95/p99 and requests/s;
#   - the alarm rules' run time while the devices report (histogram oasis_alarms_evaluation_duration from /metrics)
#     and the host's CPU over the run.
#   SECONDS_RUN=30 CONNECTIONS=50 bench/load/command-load.sh        (needs: apt-get install wrk)
#   DATA=/some/dir bench/load/command-load.sh   keeps the seeded database there and reuses it on the next run
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_RUN="${SECONDS_RUN:-30}"; CONNECTIONS="${CONNECTIONS:-50}"; DAYS="${DAYS:-365}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
dotnet build -c Release src/Oasis/Oasis.csproj -v q -nologo >/dev/null && dotnet build -c Release src/Oasis.Cli/Oasis.Cli.csproj -v q -nologo >/dev/null || { echo "build failed" >&2; exit 1; }
HOST=(dotnet src/Oasis/bin/Release/net10.0/Oasis.dll)
CLI=(dotnet src/Oasis.Cli/bin/Release/net10.0/oasis.dll)
[ -f src/Oasis.Cli/bin/Release/net10.0/oasis.dll ] || CLI=(dotnet src/Oasis.Cli/bin/Release/net10.0/Oasis.Cli.dll)
KEEP="${DATA:+yes}"; DATA="${DATA:-$(mktemp -d)}"; mkdir -p "$DATA"; HTTP=$((20000 + RANDOM % 10000)); PORT=$((30000 + RANDOM % 10000))
PASSWORD='Load-Passw0rd!'
start() { # extra args
  "${HOST[@]}" --urls "http://127.0.0.1:$HTTP" --Oasis:DataDirectory="$DATA" --Oasis:Bootstrap:AdminPassword="$PASSWORD" \
    --Hj212:Port="$PORT" --Logging:LogLevel:Default=Warning "$@" >>"$DATA/host.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$HTTP/health" >/dev/null && return; sleep 0.5; done
  echo "host did not start" >&2; tail -20 "$DATA/host.log" >&2; exit 1
}
if [ ! -f "$DATA/oasis.db" ]; then
  start --Oasis:Demo:Simulate=false
  kill "$PID"; wait "$PID" 2>/dev/null || true
  /usr/bin/time -f "seed: %e s, %M kB" "${CLI[@]}" seed history --days "$DAYS" --minute-days 7 --alarms-per-day 20 --Oasis:DataDirectory="$DATA"
fi
echo "database: $(du -h "$DATA/oasis.db" | cut -f1)"
start
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"userName\":\"admin\",\"password\":\"$PASSWORD\"}" \
  "http://127.0.0.1:$HTTP/api/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
sleep 90 # the simulator's first minute records and a few rule runs
cat >"$DATA/latency.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  %.0f req/s  errors %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.errors.status + summary.errors.connect + summary.errors.timeout))
end
LUA
CPU0=$(awk '{print $14 + $15}' "/proc/$PID/stat"); T0=$(date +%s.%N)
for path in /api/auth/me /api/command/overview "/api/alarms?state=open" "/api/alarms?limit=100" "/api/alarms"; do
  printf '%-28s ' "$path"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" -H "Authorization: Bearer $TOKEN" -s "$DATA/latency.lua" "http://127.0.0.1:$HTTP$path" | tail -1
done
CPU1=$(awk '{print $14 + $15}' "/proc/$PID/stat"); T1=$(date +%s.%N)
echo "host CPU during the wrk runs: $(python3 -c "print(round(($CPU1-$CPU0)/$(getconf CLK_TCK)/($T1-$T0)*100))") % of one core"
# The rule runs while the devices report, with no wrk load: count and time from the histogram.
M0=$(curl -sf "http://127.0.0.1:$HTTP/metrics" | grep -E '^oasis_alarms_evaluation_duration_seconds_(sum|count)' | awk '{print $2}' | paste -sd' ')
CPU0=$(awk '{print $14 + $15}' "/proc/$PID/stat"); T0=$(date +%s.%N)
sleep 120
M1=$(curl -sf "http://127.0.0.1:$HTTP/metrics" | grep -E '^oasis_alarms_evaluation_duration_seconds_(sum|count)' | awk '{print $2}' | paste -sd' ')
CPU1=$(awk '{print $14 + $15}' "/proc/$PID/stat"); T1=$(date +%s.%N)
python3 - "$M0" "$M1" <<'PY'
import sys
a = [float(x) for x in sys.argv[1].split()]; b = [float(x) for x in sys.argv[2].split()]
# Prometheus lists _sum before _count
runs = b[1] - a[1]; total = b[0] - a[0]
print(f"alarm rule runs in 120 s: {runs:.0f}, mean {1000 * total / max(runs, 1):.1f} ms per run, {100 * total / 120:.2f} % of the time")
PY
echo "host CPU, devices reporting and rules running, no HTTP load: $(python3 -c "print(round(($CPU1-$CPU0)/$(getconf CLK_TCK)/($T1-$T0)*100))") % of one core"
kill "$PID"; wait "$PID" 2>/dev/null || true
[ -n "$KEEP" ] || rm -rf "$DATA"
