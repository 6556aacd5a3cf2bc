#!/usr/bin/env bash
# What made-up words cost (issue 13, finding 1): 3 connections sending only made-up words, a different
# one each request (one 16-letter word, the longest looked up for near spellings, or 32 rare 14-letter
# words), and 1 connection sending typical searches, first alone and then beside the 3. Prints each
# wrk run's latency percentiles.
#
#   INDEX=bench/out/index-100000-seed1 bench/costly-words.sh     # DURATION (20); see bench/service.sh
DURATION=${DURATION:-20}
source "$(dirname "$0")/service.sh"
run() { # label, connections, mix
  echo "== $1"
  wrk -t1 -c"$2" -d"${DURATION}s" --timeout 10s -s bench/soak.lua "http://127.0.0.1:$PORT" -- "$3" | grep -E "Requests/sec|status|latency|errors"
}
run "typical searches alone, 1 connection" 1 normal
run "made-up words alone, 3 connections" 3 costly
echo "== typical searches (1 connection) while made-up words (3 connections) run"
wrk -t1 -c3 -d"$((DURATION + 4))s" --timeout 10s -s bench/soak.lua "http://127.0.0.1:$PORT" -- costly >"$WORK/costly.txt" &
COSTLY=$!
sleep 2
run "  typical searches beside made-up words" 1 normal
wait $COSTLY
echo "  made-up words beside typical searches:"; grep -E "Requests/sec|status|latency" "$WORK/costly.txt"
echo "rss end: $(rss)"
