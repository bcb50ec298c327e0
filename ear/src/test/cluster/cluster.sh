#!/usr/bin/env bash
# Parity as a cluster on one machine, for ClusterIT (the -Pcluster profile) and the scale-out
# benchmark: OpenSearch on 19201, a three-node Galera cluster on 3311-3313, two WildFly nodes with
# standalone-ha.xml on 8280 and 8380 (port offsets 200 and 300: 8080 and 9990 stay free) and
# HAProxy on 18080 in front, sticky by a cookie of its own and moving a session's requests to the
# other node when one stops answering /health/ready.
#   cluster.sh start TARGET   (TARGET: ear/target, holding the configured WildFly and parity.ear)
#   cluster.sh opensearch TARGET | stop-opensearch TARGET   (OpenSearch alone)
#   cluster.sh kill-node TARGET N    (SIGKILL, as a machine dying; start-node TARGET N starts it again)
#   cluster.sh start-node TARGET N lucene   (node N alone on its own Lucene index, for the benchmark)
# CLUSTER_SAME_GALERA_ORDER=1: both nodes write to Galera node 1 first, as docs/operations.md
# advises (the scale-out benchmark); otherwise node 2 writes to Galera node 2 first (the check).
# PARITY_DIGEST_AT: when the nodes send digests (every minute unless set).
#   cluster.sh kill-galera TARGET N
#   cluster.sh stop TARGET
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
action="$1"
target="$(cd "${2:-.}" && pwd)"
dir="$target/cluster"
wildfly="$target/wildfly-39.0.1.Final"
# Galera's nodes run as the mysql user, which must reach their folders: not under a checkout that
# may sit in a folder only root can enter.
galera=/tmp/parity-cluster-galera

log() { echo "[cluster $(date +%T)] $*"; }

start_opensearch() {
  mkdir -p "$dir"
  (cd "$here/../opensearch" && "$here/../../../../mvnw" -B -ntp -q -f pom.xml \
    dependency:build-classpath -Dmdep.outputFile="$dir/opensearch.classpath")
  rm -rf "$dir/opensearch"
  setsid java -Xms256m -Xmx512m -cp "$(cat "$dir/opensearch.classpath")" \
    "$here/../opensearch/OpenSearchNode.java" "$dir/opensearch" 19201 \
    > "$dir/opensearch.log" 2>&1 < /dev/null &
  echo $! > "$dir/opensearch.pid"
  for _ in $(seq 1 120); do
    grep -q "^ready" "$dir/opensearch.log" && { log "OpenSearch ready"; return 0; }
    sleep 1
  done
  log "OpenSearch did not start"; tail -30 "$dir/opensearch.log"; return 1
}

# Node 1 writes to Galera node 1 first, node 2 to Galera node 2: the two can refuse each other's
# commits (certification), as in a cluster whose nodes spread their connections.
galera_order() {
  if [ "$1" = 1 ] || [ "${CLUSTER_SAME_GALERA_ORDER:-0}" = 1 ]; then
    echo "127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313"
  else
    echo "127.0.0.1:3312,127.0.0.1:3311,127.0.0.1:3313"
  fi
}

start_node() {
  local n="$1" offset=$((100 + 100 * $1)) base="$dir/node$1" search="${2:-opensearch}"
  rm -rf "$base"
  mkdir -p "$base/deployments"
  cp -R "$wildfly/standalone/configuration" "$base/configuration"
  cp "$target/parity.ear" "$base/deployments/parity.ear"
  # HAProxy on this machine is the nodes' trusted proxy; the tests and the benchmark, coming from
  # the same address, sign in more people a minute than one client may (as on the test server).
  PARITY_DB_DRIVER=mariadb \
  PARITY_DB_URL="jdbc:mariadb:sequential://$(galera_order "$n")/parity" \
  PARITY_DB_USER=parity PARITY_DB_PASSWORD=parity-cluster-password \
  PARITY_SEARCH_BACKEND="$search" PARITY_SEARCH_HOSTS=127.0.0.1:19201 \
  PARITY_CLUSTER_HOST_1=127.0.0.1 PARITY_CLUSTER_PORT_1=7800 \
  PARITY_CLUSTER_HOST_2=127.0.0.1 PARITY_CLUSTER_PORT_2=7900 \
  PARITY_BASE_URL=http://127.0.0.1:18080 \
  PARITY_SECOND_FACTOR_ROLES=none PARITY_DIGEST_AT="${PARITY_DIGEST_AT:-*:*}" \
  PARITY_TRUSTED_PROXIES=127.0.0.1 \
  PARITY_ADMIN_EMAIL="${PARITY_ADMIN_EMAIL:-admin@cluster.test}" \
  PARITY_ADMIN_PASSWORD="${PARITY_ADMIN_PASSWORD:-Quiet-Harbour-Lantern-42}" \
  PARITY_SMTP_HOST=127.0.0.1 PARITY_SMTP_PORT="${PARITY_SMTP_PORT:-3025}" \
  JAVA_OPTS="-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true" \
  setsid "$wildfly/bin/standalone.sh" -c standalone-ha.xml \
    -Djboss.server.base.dir="$base" -Djboss.node.name="node$n" \
    -Djboss.socket.binding.port-offset="$offset" \
    > "$base/console.log" 2>&1 < /dev/null &
  echo $! > "$dir/node$n.pid"
}

await_node() {
  local n="$1" port=$((8080 + 100 + 100 * $1))
  for _ in $(seq 1 240); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; then
      log "node$n ready on $port"; return 0
    fi
    grep -q "WFLYSRV0026" "$dir/node$n/log/server.log" 2>/dev/null && break
    sleep 1
  done
  log "node$n not ready"; grep -E "ERROR" "$dir/node$n/log/server.log" | head -20; return 1
}

start_haproxy() {
  cat > "$dir/haproxy.cfg" <<CFG
global
  maxconn 4000
  pidfile $dir/haproxy.pid
defaults
  mode http
  timeout connect 2s
  timeout client 120s
  timeout server 120s
  # A request whose node died goes to the other one.
  option redispatch
  retries 3
  # A node killed mid-connection answers nothing: a read is sent to the other node instead.
  retry-on conn-failure empty-response response-timeout
frontend parity
  bind 127.0.0.1:18080
  # A client's offer to switch to HTTP/2 in clear (Java's HttpClient makes one) would turn the
  # connection into a tunnel to one node: no sticky cookie, no move to the other node.
  http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
  http-request del-header HTTP2-Settings
  default_backend nodes
backend nodes
  balance roundrobin
  # Only a read goes again to the other node: a change may have been made before its node died.
  http-request disable-l7-retry unless METH_GET || METH_HEAD
  cookie PARITY_NODE insert indirect nocache
  option httpchk GET /health/ready
  default-server inter 1s fall 2 rise 2
  server node1 127.0.0.1:8280 check cookie node1
  server node2 127.0.0.1:8380 check cookie node2
CFG
  haproxy -D -f "$dir/haproxy.cfg"
  log "HAProxy on 18080"
}

stop_all() {
  [ -f "$dir/haproxy.pid" ] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
  for n in 1 2; do
    [ -f "$dir/node$n.pid" ] && pkill -9 -f "jboss.server.base.dir=$dir/node$n" 2>/dev/null || true
  done
  [ -f "$dir/opensearch.pid" ] && kill "$(cat "$dir/opensearch.pid")" 2>/dev/null || true
  "$here/galera.sh" stop "$galera" || true
  sleep 2
  pkill -9 -f "OpenSearchNode.java $dir/" 2>/dev/null || true
}

case "$action" in
  start)
    command -v haproxy >/dev/null || { echo "haproxy is not installed (apt-get install haproxy)"; exit 1; }
    stop_all >/dev/null 2>&1 || true
    mkdir -p "$dir"
    start_opensearch
    rm -rf "$galera"
    "$here/galera.sh" start "$galera"
    # The first node migrates the new database alone; the second starts once it is ready.
    start_node 1
    await_node 1
    start_node 2
    await_node 2
    start_haproxy
    ;;
  opensearch)
    # OpenSearch alone, for the search tests run against it (.ci/run).
    start_opensearch
    ;;
  stop-opensearch)
    [ -f "$dir/opensearch.pid" ] && kill "$(cat "$dir/opensearch.pid")" 2>/dev/null || true
    sleep 2
    pkill -9 -f "OpenSearchNode.java $dir/" 2>/dev/null || true
    ;;
  kill-node)
    pkill -9 -f "jboss.server.base.dir=$dir/node$3"
    log "node$3 killed"
    ;;
  start-node)
    start_node "$3" "${4:-opensearch}"
    await_node "$3"
    ;;
  kill-galera)
    "$here/galera.sh" kill "$galera" "$3"
    log "Galera node $3 killed"
    ;;
  stop)
    stop_all
    log "stopped"
    ;;
esac
