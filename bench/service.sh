# Sourced by bench/soak.sh and bench/costly-words.sh: builds the API (Release) and serves INDEX (built from
# SOURCE when missing) on a loopback PORT with the rate limit off, stopping it on exit. Defines rss().
#   INDEX (a fresh one from the seeds), SOURCE (seeds), PORT (5087); extra service arguments in SERVICE_ARGS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT=${PORT:-5087}
SOURCE=${SOURCE:-seeds}
WORK=$(mktemp -d)
INDEX=${INDEX:-$WORK/index}
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

# shellcheck disable=SC2086
dotnet src/SearchService.Api/bin/Release/net10.0/SearchService.Api.dll --urls "http://127.0.0.1:$PORT" \
  --Search:IndexPath="$INDEX" --Search:SourcePath="$SOURCE" --RateLimiting:Enabled=false \
  --Logging:LogLevel:Default=Warning ${SERVICE_ARGS:-} >"$WORK/service.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "service did not become healthy" >&2; exit 1; }

rss() { awk '/VmRSS/ { print $2 / 1024 " MB" }' "/proc/$SERVER_PID/status"; }
# Warm-up: JIT and the first searcher, so the figures are the service as it serves.
for q in v%C3%A5rdplatser tolk budget; do curl -sf "http://127.0.0.1:$PORT/api/search?q=$q" >/dev/null; done
echo "commit: $(git rev-parse --short HEAD)  date: $(date -u +%FT%TZ)  cpus: $(nproc)  $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "index: $INDEX ($(curl -s "http://127.0.0.1:$PORT/health"))"
