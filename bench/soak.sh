#!/usr/bin/env bash
# Soak test: the real service (Release build, seed index, rate limit off) on a loopback port under wrk for
# 60 s at 64 connections with the mixed query set in bench/soak.lua. Reports requests/s, latency, status
# classes, socket errors and the service's RSS at start and end; exits non-zero on any 5xx or socket error.
#
#   bench/soak.sh                          # PORT (5087), DURATION (60), CONNECTIONS (64), THREADS (2)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5087}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WORK=$(mktemp -d)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

dotnet build src/SearchService.Api -c Release -v q -nologo >"$WORK/build.log" || { cat "$WORK/build.log"; exit 1; }

SERVER_PID=
cleanup() {
  if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

dotnet src/SearchService.Api/bin/Release/net10.0/SearchService.Api.dll --urls "http://127.0.0.1:$PORT" \
  --Search:IndexPath="$WORK/index" --Search:SourcePath=seeds --RateLimiting:Enabled=false \
  --Logging:LogLevel:Default=Warning >"$WORK/service.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "service did not become healthy" >&2; exit 1; }

rss() { awk '/VmRSS/ { print $2 / 1024 " MB" }' "/proc/$SERVER_PID/status"; }
# Warm-up: JIT and the first searcher, so the start figure is the service as it serves.
for q in v%C3%A5rdplatser tolk budget; do curl -sf "http://127.0.0.1:$PORT/api/search?q=$q" >/dev/null; done
echo "commit: $(git rev-parse --short HEAD)  date: $(date -u +%FT%TZ)  cpus: $(nproc)  $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "rss start: $(rss)"
timeout $((DURATION + 60)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/soak.lua \
  "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt"
echo "rss end: $(rss)"
echo "health after: $(curl -s "http://127.0.0.1:$PORT/health")"
grep -q "5xx: 0$" "$WORK/wrk.txt" && grep -q "connect: 0  read: 0  write: 0  timeout: 0" "$WORK/wrk.txt"
