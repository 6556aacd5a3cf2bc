#!/usr/bin/env bash
# Milliseconds from starting the API (Release build, existing index) to its first answered search, and to
# /health 200 (warm-up done). Alternate two builds' DLLs on one index to compare start-up on a noisy machine.
#
#   bench/first-answer.sh src/SearchService.Api/bin/Release/net10.0/SearchService.Api.dll bench/out/index-100000-seed1
set -euo pipefail
DLL=${1:?usage: bench/first-answer.sh <SearchService.Api.dll> <index folder>}
INDEX=${2:?usage: bench/first-answer.sh <SearchService.Api.dll> <index folder>}
[[ -f $DLL && -d $INDEX ]] || { echo "error: $DLL or $INDEX missing (build with -c Release; build an index first)" >&2; exit 1; }
PORT=${PORT:-5391}
LOG=$(mktemp)
now_ms() { date +%s%3N; }
started=$(now_ms)
dotnet "$DLL" --Search:IndexPath="$INDEX" --urls "http://127.0.0.1:$PORT" --Logging:LogLevel:Default=Warning \
  --RateLimiting:Enabled=false >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -f "$LOG"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/search?q=v%C3%A5rdplatser"; do
  kill -0 $SERVER 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 0.02
done
answered=$(now_ms)
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health"; do sleep 0.1; done
echo "first answer $((answered - started)) ms; ready $(( $(now_ms) - started )) ms"
