# Sourced by bench/run.sh and bench/first-answer.sh: starts the API (Release build) on an existing index, and waits
# for its answers, so both time the same start.

start_api() { # API dll, index folder, base URL, log file, more API arguments: the API in the background, its pid in SERVER_PID
  local dll=$1 index=$2 base=$3 log=$4
  shift 4
  # The per-client rate limit would measure the limiter, not the search: a benchmark is one client.
  dotnet "$dll" --Search:IndexPath="$index" --urls "$base" --Logging:LogLevel:Default=Warning --RateLimiting:Enabled=false "$@" \
    >"$log" 2>&1 &
  SERVER_PID=$!
}

await_answer() { # URL, seconds between tries, log file: until it answers 2xx; the service's log and exit if it died
  until curl -sf -o /dev/null "$1"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$3" >&2; exit 1; }
    sleep "$2"
  done
}
