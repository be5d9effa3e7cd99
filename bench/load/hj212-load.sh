#!/usr/bin/env bash
# End-to-end HJ 212 load runs (outside CI). Starts the host (Release, demo off) on a fresh database,
# drives it with bench/Oasis.Benchmarks' load generator, and prints acknowledged readings per second
# for the production writer and for the EF-per-packet baseline in the same run, on SQLite and,
# when PG_CONNECTION is set, on PostgreSQL. Then holds IDLE idle connections and reports memory.
#   DEVICES=300 SECONDS=20 IDLE=10000 PG_CONNECTION="Host=localhost;Username=postgres;Password=oasis" bench/load/hj212-load.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
DEVICES="${DEVICES:-300}"; SECONDS_RUN="${SECONDS:-20}"; IDLE="${IDLE:-10000}"
dotnet build -c Release src/Oasis bench/Oasis.Benchmarks -v q -nologo >/dev/null 2>&1 || dotnet build -c Release src/Oasis -v q
dotnet build -c Release bench/Oasis.Benchmarks -v q -nologo >/dev/null
HOST_DLL=src/Oasis/bin/Release/net10.0/Oasis.dll
LOAD="dotnet bench/Oasis.Benchmarks/bin/Release/net10.0/Oasis.Benchmarks.dll"
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

run() { # name provider extra-args...
  local name="$1" provider="$2"; shift 2
  local data; data="$(mktemp -d)"; local http=$((20000 + RANDOM % 10000)); local port=$((30000 + RANDOM % 10000))
  local db_args=(); local dbname=""
  if [ "$provider" = Postgres ]; then
    dbname="oasis_load_$RANDOM$RANDOM"
    db_args=(--Database:Provider=Postgres "--ConnectionStrings:Oasis=${PG_CONNECTION};Database=${dbname}" --Database:MigrateOnStart=true)
  fi
  dotnet "$HOST_DLL" --urls "http://127.0.0.1:$http" --Oasis:DataDirectory="$data" --Oasis:Demo=false \
    --Oasis:Bootstrap:AdminPassword='Load-Passw0rd!' --Hj212:Port="$port" "${db_args[@]}" "$@" \
    --Logging:LogLevel:Default=Warning >"$data/host.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$http/health" >/dev/null && break; sleep 0.5; done
  local result; result="$($LOAD hj212-load 127.0.0.1 "$port" "$DEVICES" "$SECONDS_RUN")"
  echo "$name $provider $result"
  if [ "$name" = production ] && [ "$provider" = Sqlite ] && [ "$IDLE" -gt 0 ]; then
    local before after
    before=$(awk '/VmRSS/{print $2}' "/proc/$pid/status")
    $LOAD hj212-idle 127.0.0.1 "$port" "$IDLE" 20 >"$data/idle.out" &
    local idle=$!
    for _ in $(seq 1 240); do [ -s "$data/idle.out" ] && break; sleep 0.5; done
    sleep 3
    after=$(awk '/VmRSS/{print $2}' "/proc/$pid/status")
    echo "idle: $(cat "$data/idle.out"), host /health: $(curl -s "http://127.0.0.1:$http/health")"
    echo "idle $IDLE connections: host RSS ${before} kB -> ${after} kB, $(( (after - before) * 1024 / IDLE )) bytes per connection"
    wait $idle || true
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ -n "$dbname" ] && psql "${PG_CONNECTION}" -qc "DROP DATABASE IF EXISTS $dbname WITH (FORCE)" 2>/dev/null || true
  rm -rf "$data"
}

run production Sqlite
run baseline-ef-per-packet Sqlite --Hj212:Store=ef-per-packet
if [ -n "${PG_CONNECTION:-}" ]; then
  run production Postgres
  run baseline-ef-per-packet Postgres --Hj212:Store=ef-per-packet
fi
