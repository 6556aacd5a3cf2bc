#!/usr/bin/env bash
# The cluster on loopback: 3 NATS JetStream servers, 2 shards x 2 replicas, an indexer per shard and a
# coordinator serving the public API. Every process's pid is kept under the state folder; `down` ends
# exactly those. Usage: deploy/local-cluster.sh up [--source DIR] [--port N] | down | status
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${SEARCHSERVICE_CLUSTER_DIR:-${TMPDIR:-/tmp}/searchservice-cluster}"
SHARDS=2
REPLICAS=2
NATS_PORTS=(14221 14222 14223)
ROUTE_PORTS=(16221 16222 16223)
NATS_URLS="nats://127.0.0.1:14221,nats://127.0.0.1:14222,nats://127.0.0.1:14223"

die() { echo "local-cluster: $*" >&2; exit 1; }

start() { # name, then the command; output to logs/name.log, pid to pids/name.pid
  local name=$1; shift
  "$@" >"$STATE/logs/$name.log" 2>&1 &
  echo $! >"$STATE/pids/$name.pid"
}

role() { # name role shard http-port
  start "$1" env Urls="http://127.0.0.1:$4" Cluster__Role="$2" Cluster__ShardId="$3" Cluster__Shards=$SHARDS \
    Cluster__NatsUrls="$NATS_URLS" Cluster__DataPath="$STATE/data/$1" Cluster__InstanceName="$1" \
    Analytics__DatabasePath="$STATE/data/$1/analytics.db" Security__ApiKey="${SEARCHSERVICE_API_KEY:-}" dotnet "$STATE/bin/SearchService.Api.dll"
}

wait_http() { # url, seconds
  for _ in $(seq 1 "$2"); do curl -fsS "$1" >/dev/null 2>&1 && return 0; sleep 1; done
  return 1
}

up() {
  local source="" port=5080
  while [ $# -gt 0 ]; do
    case "$1" in
      --source) source="$(cd "$2" && pwd)"; shift 2 ;;
      --port) port="$2"; shift 2 ;;
      *) die "unknown option $1" ;;
    esac
  done
  [ -d "$STATE/pids" ] && [ -n "$(ls -A "$STATE/pids")" ] && die "already up (state in $STATE); run down first"
  if ! command -v nats-server >/dev/null; then
    echo "installing nats-server with apt-get"
    sudo apt-get install -y nats-server || apt-get install -y nats-server
  fi
  mkdir -p "$STATE"/{pids,logs,data,nats}
  echo "building into $STATE/bin"
  dotnet publish "$ROOT/src/SearchService.Api" -c Release -o "$STATE/bin" --nologo -v quiet >"$STATE/logs/build.log" 2>&1 || die "build failed: $STATE/logs/build.log"

  local routes=""
  for p in "${ROUTE_PORTS[@]}"; do routes="$routes nats-route://127.0.0.1:$p"; done
  for i in 0 1 2; do
    cat >"$STATE/nats/n$i.conf" <<CONF
server_name: n$i
listen: 127.0.0.1:${NATS_PORTS[$i]}
jetstream { store_dir: "$STATE/nats/store-n$i" }
cluster { name: searchservice, listen: 127.0.0.1:${ROUTE_PORTS[$i]}, routes: [${routes// /, }] }
CONF
    sed -i 's/routes: \[, /routes: [/' "$STATE/nats/n$i.conf"
    start "nats-n$i" nats-server -c "$STATE/nats/n$i.conf"
  done

  local http=5180
  for s in $(seq 0 $((SHARDS - 1))); do
    role "indexer-s$s" indexer "$s" $((http++))
    for r in $(seq 0 $((REPLICAS - 1))); do
      role "replica-s$s-r$r" replica "$s" $((http++))
    done
  done
  role coordinator coordinator 0 "$port"
  echo "$port" >"$STATE/port"
  wait_http "http://127.0.0.1:$port/health" 120 || die "the coordinator did not start: $STATE/logs/coordinator.log"

  if [ -n "$source" ]; then
    echo "ingesting $source"
    env Cluster__Role=ingest Cluster__Shards=$SHARDS Cluster__NatsUrls="$NATS_URLS" Cluster__SourcePath="$source" \
      dotnet "$STATE/bin/SearchService.Api.dll" 2>&1 | tail -1
  fi
  echo "coordinator: http://127.0.0.1:$port  (health: http://127.0.0.1:$port/health; logs and state: $STATE)"
}

down() {
  [ -d "$STATE/pids" ] || { echo "not running"; return 0; }
  for f in "$STATE"/pids/*.pid; do
    [ -e "$f" ] || continue
    kill "$(cat "$f")" 2>/dev/null || true
    rm -f "$f"
  done
  echo "stopped; state left in $STATE (delete it to start from nothing)"
}

status() {
  [ -d "$STATE/pids" ] || { echo "not running"; return 0; }
  for f in "$STATE"/pids/*.pid; do
    [ -e "$f" ] || continue
    local name; name=$(basename "$f" .pid)
    if kill -0 "$(cat "$f")" 2>/dev/null; then echo "up    $name (pid $(cat "$f"))"; else echo "DOWN  $name"; fi
  done
  curl -fsS "http://127.0.0.1:$(cat "$STATE/port")/health" && echo
}

case "${1:-}" in
  up) shift; up "$@" ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up [--source DIR] [--port N] | down | status" >&2; exit 2 ;;
esac
