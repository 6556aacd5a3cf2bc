#!/usr/bin/env bash
# Milliseconds from starting the API (existing index) to its first answered search, and to /health 200 (warm-up
# done). Alternate two builds' DLLs on one index to compare start-up on a noisy machine. The service as deployed is
# published (compiled ahead of time); a `dotnet build` output starts 0.2-0.4 s slower.
#
#   dotnet publish src/SearchService.Api -c Release -o /tmp/api
#   bench/first-answer.sh /tmp/api/SearchService.Api.dll bench/out/index-100000-seed1
set -euo pipefail
DLL=${1:?usage: bench/first-answer.sh <SearchService.Api.dll> <index folder>}
INDEX=${2:?usage: bench/first-answer.sh <SearchService.Api.dll> <index folder>}
[[ -f $DLL && -d $INDEX ]] || { echo "error: $DLL or $INDEX missing (build with -c Release; build an index first)" >&2; exit 1; }
BASE=http://127.0.0.1:${PORT:-5391}
LOG=$(mktemp)
# shellcheck source=bench/api.sh
source "$(dirname "${BASH_SOURCE[0]}")/api.sh"
now_ms() { date +%s%3N; }
started=$(now_ms)
start_api "$DLL" "$INDEX" "$BASE" "$LOG"
trap 'kill $SERVER_PID 2>/dev/null || true; wait $SERVER_PID 2>/dev/null || true; rm -f "$LOG"' EXIT
await_answer "$BASE/api/search?q=v%C3%A5rdplatser" 0.02 "$LOG"
answered=$(now_ms)
await_answer "$BASE/health" 0.1 "$LOG"
echo "first answer $((answered - started)) ms; ready $(( $(now_ms) - started )) ms"
