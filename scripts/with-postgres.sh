#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 cluster, removed afterwards whatever happens.
#
#   bash scripts/with-postgres.sh npm test
#
# The command sees TEST_DATABASE_URL=postgres://postgres@127.0.0.1:PORT/contract (trust auth,
# loopback only, a random free port, a private socket directory) and its exit code is ours.
# Durability is off (fsync, synchronous_commit): the cluster lives for one run of the tests.
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
DATABASE=contract

if [ "$#" -eq 0 ]; then
  echo "usage: bash scripts/with-postgres.sh COMMAND [ARGS...]" >&2
  exit 2
fi

if [ ! -x "$PG_BIN/postgres" ]; then
  echo "with-postgres: installing PostgreSQL 15 (Debian's postgresql package)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if [ ! -x "$PG_BIN/postgres" ]; then
  echo "with-postgres: $PG_BIN/postgres is still missing after installing postgresql" >&2
  exit 1
fi

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

workdir=$(mktemp -d "${TMPDIR:-/tmp}/with-postgres.XXXXXX")
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$workdir"; fi
datadir="$workdir/data"
socketdir="$workdir/socket"
logfile="$workdir/server.log"
as_owner mkdir -m 700 "$socketdir"

# A server that is up (or half up, after a failed start) has a postmaster.pid: stop it.
cleanup() {
  if [ -f "$datadir/postmaster.pid" ]; then
    as_owner "$PG_BIN/pg_ctl" stop -D "$datadir" -m immediate -w >/dev/null 2>&1 || true
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_owner "$PG_BIN/initdb" -D "$datadir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null

# A port the kernel just handed out and released: free unless someone grabs it in between,
# in which case the start fails and we try another.
free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

started=no
for attempt in 1 2 3; do
  port=$(free_port)
  if as_owner "$PG_BIN/pg_ctl" start -D "$datadir" -l "$logfile" -w -t 60 -o "\
      -c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$socketdir \
      -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null; then
    started=yes
    break
  fi
  echo "with-postgres: start on port $port failed (attempt $attempt)" >&2
done
if [ "$started" != yes ]; then
  cat "$logfile" >&2 || true
  exit 1
fi

"$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DATABASE"
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/$DATABASE"
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

# In the background so that a signal reaches us at once (bash runs traps only between
# commands): we pass it on, wait for the command to finish, then the EXIT trap cleans up.
"$@" <&0 &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || true' TERM
trap 'kill -INT "$child" 2>/dev/null || true' INT
status=0
wait "$child" || status=$?
while kill -0 "$child" 2>/dev/null; do
  status=0
  wait "$child" || status=$?
done
exit "$status"
