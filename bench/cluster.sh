#!/usr/bin/env bash
# Throughput and latency of a cluster's coordinator against a single node over the same corpus, with wrk,
# alternating the two (the machine is shared: A/B in turns, not one after the other).
#   bench/cluster.sh http://127.0.0.1:5080 http://127.0.0.1:5099 [seconds=20] [rounds=2] [connections=8]
# Run the single node with Search__ResultCacheHits=0 (replicas have no result cache) and RateLimiting__Enabled=false.
set -euo pipefail
cluster=$1 single=$2 seconds=${3:-20} rounds=${4:-2} connections=${5:-8}
script="$(cd "$(dirname "$0")" && pwd)/cluster-queries.lua"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
for url in "$cluster" "$single"; do wrk -t2 -c2 -d3s -s "$script" "$url" >/dev/null; done  # warm both
for round in $(seq 1 "$rounds"); do
  for pair in "cluster $cluster" "single $single"; do
    set -- $pair
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$script" "$2")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
    echo "round $round $1: $rps req/s, p50 $p50, p99 $p99 ${errors}"
  done
done
