#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on the loopback for the cluster test: galera.sh start DIR | stop DIR.
# Each node has its own data folder, socket and ports: SQL on 3311-3313, Galera's group communication
# on 24567/24577/24587 (its default 4567 may be taken), state transfers by rsync on their own ports.
# The first node starts a new cluster; the others join it and copy its state.
set -euo pipefail
action="$1"
dir="$2"
provider=/usr/lib/galera/libgalera_smm.so
members="gcomm://127.0.0.1:24567,127.0.0.1:24577,127.0.0.1:24587"

node_conf() {
  local n="$1" sql=$((3310 + $1)) gcomm=$((24557 + 10 * $1))
  cat > "$dir/n$n/my.cnf" <<CNF
[mysqld]
user=mysql
datadir=$dir/n$n/data
socket=$dir/n$n/mysqld.sock
pid-file=$dir/n$n/mysqld.pid
log-error=$dir/n$n/error.log
port=$sql
bind-address=127.0.0.1
skip-name-resolve
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
innodb_log_file_size=48M
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
wsrep_on=ON
wsrep_provider=$provider
wsrep_cluster_name=parity
wsrep_cluster_address=$members
wsrep_node_name=galera$n
wsrep_node_address=127.0.0.1:$gcomm
wsrep_provider_options="base_port=$gcomm;ist.recv_addr=127.0.0.1:$((gcomm + 1));gcache.size=32M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((gcomm + 2))
CNF
}

synced() {
  mysql -uroot -S "$dir/n$1/mysqld.sock" -N -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null \
    | grep -q Synced
}

start_node() {
  local n="$1"
  shift
  mkdir -p "$dir/n$n"
  node_conf "$n"
  # As mysql, not root: the joiner's rsync daemon would otherwise write as nobody.
  mkdir -p "$dir/n$n/data"
  chown mysql "$dir/n$n" "$dir/n$n/data"
  if [ ! -d "$dir/n$n/data/mysql" ] && [ "$n" = 1 ]; then
    mariadb-install-db --defaults-file="$dir/n$n/my.cnf" --auth-root-authentication-method=normal \
      > "$dir/n$n/install.log" 2>&1
  fi
  setsid /usr/sbin/mariadbd --defaults-file="$dir/n$n/my.cnf" "$@" > "$dir/n$n/out.log" 2>&1 < /dev/null &
  for _ in $(seq 1 60); do
    synced "$n" && return 0
    sleep 1
  done
  echo "Galera node $n did not join; see $dir/n$n/error.log" >&2
  tail -20 "$dir/n$n/error.log" >&2
  return 1
}

case "$action" in
  start)
    mkdir -p "$dir"
    chmod 755 "$dir"
    start_node 1 --wsrep-new-cluster
    start_node 2
    start_node 3
    mysql -uroot -S "$dir/n1/mysqld.sock" <<'SQL'
CREATE DATABASE IF NOT EXISTS parity CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'parity'@'%' IDENTIFIED BY 'parity-cluster-password';
GRANT ALL PRIVILEGES ON parity.* TO 'parity'@'%';
SQL
    echo "Galera: three nodes synced on 3311-3313"
    ;;
  kill)
    # kill DIR N: the node dies at once, as a machine would.
    kill -9 "$(cat "$dir/n$3/mysqld.pid")"
    ;;
  stop)
    for n in 3 2 1; do
      if [ -f "$dir/n$n/mysqld.pid" ]; then
        kill "$(cat "$dir/n$n/mysqld.pid")" 2>/dev/null || true
      fi
    done
    sleep 3
    pkill -9 -f "mariadbd --defaults-file=$dir/" 2>/dev/null || true
    ;;
esac
