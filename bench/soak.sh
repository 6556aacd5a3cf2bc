#!/usr/bin/env bash
# Soak test: the real service (Release build, rate limit off) on a loopback port under wrk for 60 s at 64
# connections with the mix in bench/soak.lua: typical searches with adversarial requests mixed in (made-up
# words, 32 rare words, over-long words, deep parentheses, large document pages). Reports requests/s,
# latency, status classes, socket errors and the service's RSS at start, every RSS_EVERY seconds during
# the run and at the end; exits non-zero on any 5xx, socket error or request over 2 s.
#
#   bench/soak.sh        # DURATION (60), CONNECTIONS (64), THREADS (2), MIX (mixed | normal | costly), RSS_EVERY (5); see bench/service.sh
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
MIX=${MIX:-mixed}
RSS_EVERY=${RSS_EVERY:-5}
source "$(dirname "$0")/service.sh"

echo "rss start: $(rss)"
# Memory over the run, not just at its ends: flat means no step that keeps growing.
( while sleep "$RSS_EVERY" && kill -0 "$SERVER_PID" 2>/dev/null; do rss; done ) >"$WORK/rss.txt" 2>/dev/null &
SAMPLER=$!
timeout $((DURATION + 60)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/soak.lua \
  "http://127.0.0.1:$PORT" -- "$MIX" | tee "$WORK/wrk.txt"
kill "$SAMPLER" 2>/dev/null || true
echo "rss every ${RSS_EVERY} s: $(cut -d' ' -f1 "$WORK/rss.txt" | xargs printf '%.0f ' ) MB"
echo "rss end: $(rss)"
echo "health after: $(curl -s "http://127.0.0.1:$PORT/health")"
grep -q "5xx: 0$" "$WORK/wrk.txt" && grep -q "connect: 0  read: 0  write: 0  timeout: 0" "$WORK/wrk.txt" \
  && awk '/max:/ { exit !($(NF-1) < 2000) }' "$WORK/wrk.txt"
