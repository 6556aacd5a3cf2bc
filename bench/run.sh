#!/usr/bin/env bash
# Runs the whole benchmark for one corpus size: generate (cached), index, in-process latency, HTTP
# load with wrk, start-up time and memory. Writes bench/out/results-<size>-seed<seed>-<time>.md.
#
#   bench/run.sh 100000                 # size in paragraphs
#   SEED=7 DURATION=10 bench/run.sh 10000
#
# Environment: SEED (corpus seed, 1), DURATION (seconds per wrk run, 20), ROUNDS (measured rounds of
# the in-process mix, 200), PORT (free loopback port, picked when unset), API_ARGS (extra arguments
# for the API, e.g. to lift a rate limit).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SIZE=${1:?usage: bench/run.sh <paragraphs>}
[[ $SIZE =~ ^[1-9][0-9]*$ ]] || { echo "error: size must be a positive number of paragraphs" >&2; exit 1; }
SEED=${SEED:-1}
DURATION=${DURATION:-20}
ROUNDS=${ROUNDS:-200}
OUT=$ROOT/bench/out
CORPUS=$OUT/corpus-$SIZE-seed$SEED
INDEX=$OUT/index-$SIZE-seed$SEED
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$OUT/results-$SIZE-seed$SEED-$STAMP.md
WORK=$(mktemp -d)
mkdir -p "$OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

SERVER_PID=
cleanup() {
  if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
now_ms() { date +%s%3N; }
report() { echo "$*" >>"$RESULTS"; }

need_package() { # command, Debian package
  command -v "$1" >/dev/null && return
  log "installing $2"
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq "$2" >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq "$2" >/dev/null; fi
}
need_package wrk wrk
[[ -x /usr/bin/time ]] || need_package /usr/bin/time time

log "building (Release)"
for project in bench/SearchService.Bench src/SearchService.Indexer; do
  dotnet build "$project" -c Release -v q -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
done
# The service as it is deployed: published, i.e. compiled ahead of time (PublishReadyToRun in its project).
dotnet publish src/SearchService.Api -c Release -v q -nologo -o "$WORK/api" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
BENCH="dotnet $ROOT/bench/SearchService.Bench/bin/Release/net10.0/SearchService.Bench.dll"
INDEXER="dotnet $ROOT/src/SearchService.Indexer/bin/Release/net10.0/SearchService.Indexer.dll"
API_DLL=$WORK/api/SearchService.Api.dll

cat >"$RESULTS" <<EOF
# Benchmark: $SIZE paragraphs (seed $SEED)

- Command: \`bench/run.sh $SIZE\` (SEED=$SEED DURATION=$DURATION ROUNDS=$ROUNDS)
- Date: $(date -u '+%Y-%m-%d %H:%M UTC')
- Commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench 2>/dev/null || echo ' (with uncommitted changes)')
- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB memory, $(dotnet --version) SDK
- Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared; see bench/RESULTS.md)

EOF

if [[ ! -d $CORPUS ]]; then
  log "generating $SIZE paragraphs into $CORPUS"
  started=$(now_ms)
  $BENCH corpus --paragraphs "$SIZE" --seed "$SEED" --seeds seeds --out "$CORPUS" >"$WORK/corpus.txt"
  cat "$WORK/corpus.txt" >"$CORPUS.summary"
  echo "generation_ms=$(( $(now_ms) - started ))" >>"$CORPUS.summary"
fi
TEXT_BYTES=$(du -sb --apparent-size "$CORPUS" | cut -f1)
FILES=$(find "$CORPUS" -name '*.txt' | wc -l)
report "## Corpus"
report ""
report "$FILES documents, $(awk -v b="$TEXT_BYTES" 'BEGIN {printf "%.1f", b/1048576}') MB of text ($(tr '\n' ' ' <"$CORPUS.summary"))."
report ""

index_once() { # analysis (empty = default), index folder → prints "seconds paragraphs peak_kb cpu_seconds"
  local analysis=$1 folder=$2
  rm -rf "$folder"
  local flags=()
  [[ -n $analysis ]] && flags=(--analysis "$analysis")
  /usr/bin/time -v -o "$WORK/time.txt" $INDEXER --source "$CORPUS" --index "$folder" "${flags[@]}" >"$WORK/indexer.txt" 2>&1 \
    || { cat "$WORK/indexer.txt" >&2; exit 1; }
  local wall peak paragraphs cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/time.txt")
  peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
  paragraphs=$(grep -o '[0-9]* paragraphs' "$WORK/indexer.txt" | tail -1 | cut -d' ' -f1)
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$WORK/time.txt")
  echo "$wall $paragraphs $peak $cpu"
}

index_row() { # label, analysis, folder
  log "indexing ($1)"
  read -r wall paragraphs peak cpu < <(index_once "$2" "$3")
  local size
  size=$(du -sb "$3" | cut -f1)
  awk -v l="$1" -v w="$wall" -v p="$paragraphs" -v t="$TEXT_BYTES" -v s="$size" -v k="$peak" -v c="$cpu" 'BEGIN {
    printf "| %s | %d | %.1f | %.1f | %.0f | %.2f | %.1f | %.2f | %.0f |\n", l, p, w, c, p/w, t/1048576/w, s/1048576, s/t, k/1024 }' >>"$RESULTS"
}

report "## Indexing (real indexer CLI, Release, end to end: read, split, analyse, write, commit)"
report ""
report "| Analysis | Paragraphs | Wall s | CPU s (user+sys) | Paragraphs/s | MB/s | Index MB | Index/text | Peak RSS MB |"
report "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
HAS_ANALYSIS_SWITCH=
if $INDEXER --help 2>/dev/null | grep -q -- '--analysis'; then HAS_ANALYSIS_SWITCH=1; fi
index_row "default" "" "$INDEX"
if [[ -n $HAS_ANALYSIS_SWITCH ]]; then
  index_row "standard" standard "$INDEX-standard"
fi
report ""

latency_section() { # label, index folder (its commit names the analysis it was built with)
  log "in-process latency ($1)"
  report "## In-process latency, $1 ($ROUNDS rounds of the mix after 20 warm-up rounds; 10 hits with highlighting)"
  report ""
  $BENCH latency --index "$2" --rounds "$ROUNDS" >>"$RESULTS"
  report ""
}
latency_section "default analysis" "$INDEX"
if [[ -n $HAS_ANALYSIS_SWITCH ]]; then
  latency_section "standard analysis" "$INDEX-standard"
fi
log "region comparison latency"
report "## The region comparison beside search, in-process ($ROUNDS rounds of the unfiltered mix after 20 warm-up rounds; no result caches)"
report ""
$BENCH regions --index "$INDEX" --rounds "$ROUNDS" >>"$RESULTS"
report ""

free_port() {
  local port
  for port in $(seq 5100 5199); do
    if ! ss -ltn "( sport = :$port )" | grep -q ":$port"; then echo "$port"; return; fi
  done
  echo "error: no free port in 5100-5199" >&2; exit 1
}
PORT=${PORT:-$(free_port)}
BASE=http://127.0.0.1:$PORT
$BENCH mix >"$WORK/mix.txt"
FIRST_QUERY=$(head -1 "$WORK/mix.txt")
# Many distinct queries, a few popular: what the result cache meets in practice (see QueryStream).
STREAM_REQUESTS=100000
STREAM_DISTINCT=20000
$BENCH stream --index "$INDEX" --requests $STREAM_REQUESTS --distinct $STREAM_DISTINCT >"$WORK/stream.txt"

# shellcheck source=bench/api.sh
source "$ROOT/bench/api.sh"

serve() { # label, index folder, request paths, what they are, extra API arguments
  log "HTTP ($1) on port $PORT"
  local started answered
  started=$(now_ms)
  # shellcheck disable=SC2086
  start_api "$API_DLL" "$2" "$BASE" "$WORK/api.log" ${API_ARGS:-} "${@:5}"
  await_answer "$BASE$FIRST_QUERY" 0.02 "$WORK/api.log"
  answered=$(now_ms)
  # Load is measured once the service says it is ready: it warms itself up first (Search:WarmUpSeconds),
  # answering meanwhile, and /health is 503 "warming" until then.
  await_answer "$BASE/health" 0.1 "$WORK/api.log"
  report "## HTTP, $1 (wrk on loopback, ${DURATION} s per run, $4)"
  report ""
  report "Start of the process to first answered query (existing index): $(( answered - started )) ms; ready (\`/health\` 200, warm-up done): $(( $(now_ms) - started )) ms."
  report ""
  report "| Connections | Requests/s | p50 ms | p90 ms | p99 ms | Errors (socket + non-2xx) |"
  report "|---:|---:|---:|---:|---:|---:|"
  for connections in 1 16 64; do
    local threads=$(( connections < 2 ? 1 : 2 ))
    BENCH_MIX=$3 wrk -t"$threads" -c"$connections" -d"${DURATION}s" --timeout 5s --latency \
      -s "$ROOT/bench/wrk/mix.lua" "$BASE" >"$WORK/wrk.txt"
    awk -v c="$connections" '
      function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
      /^ +50%/ {p50=ms($2)} /^ +90%/ {p90=ms($2)} /^ +99%/ {p99=ms($2)}
      /Requests\/sec/ {rps=$2}
      /Socket errors/ {gsub(",",""); e+=$4+$6+$8+$10}
      /Non-2xx/ {e+=$5}
      END {printf "| %d | %.0f | %.2f | %.2f | %.2f | %d |\n", c, rps, p50, p90, p99, e}' "$WORK/wrk.txt" >>"$RESULTS"
  done
  local rss hwm anon file
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$SERVER_PID/status")
  hwm=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$SERVER_PID/status")
  # The index is memory-mapped: pages of it that searches read count as file-backed RSS, shared
  # with the page cache; the process's own memory is the anonymous part.
  anon=$(awk '/RssAnon/ {print int($2/1024)}' "/proc/$SERVER_PID/status")
  file=$(awk '/RssFile/ {print int($2/1024)}' "/proc/$SERVER_PID/status")
  report ""
  report "Serving process after the load: RSS $rss MB (peak $hwm MB): $anon MB its own, $file MB mapped files (the index)."
  report ""
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
}
# The engine is measured with the result cache off (every request is searched); the cached run shows
# what a query repeated by many people costs once it has been answered.
MIX="the mix's $(wc -l <"$WORK/mix.txt") requests in turn"
STREAM="a stream of $STREAM_REQUESTS requests over $STREAM_DISTINCT distinct queries, Zipf-shaped, in order"
serve "default analysis, result cache off" "$INDEX" "$WORK/mix.txt" "$MIX" --Search:ResultCacheHits=0
serve "default analysis, result cache on" "$INDEX" "$WORK/mix.txt" "$MIX"
serve "default analysis, query stream, result cache off" "$INDEX" "$WORK/stream.txt" "$STREAM" --Search:ResultCacheHits=0
serve "default analysis, query stream, result cache on" "$INDEX" "$WORK/stream.txt" "$STREAM"
if [[ -n $HAS_ANALYSIS_SWITCH ]]; then
  serve "standard analysis, result cache off" "$INDEX-standard" "$WORK/mix.txt" "$MIX" --Search:Analysis=standard --Search:ResultCacheHits=0
fi

report "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)."
log "results: $RESULTS"
cat "$RESULTS"
