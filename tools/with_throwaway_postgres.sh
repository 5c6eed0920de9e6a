#!/usr/bin/env bash
# Run a command against a throw-away PostgreSQL cluster, then stop and remove the cluster.
#
#   tools/with_throwaway_postgres.sh .venv/bin/pytest -q tests/store
#
# The cluster lives in a temporary folder, listens on 127.0.0.1 on a free port (and on a Unix socket in that
# folder only), and has a role `checker` that may create databases and end other sessions (the tests drop
# their databases WITH (FORCE)). The command sees TEST_DATABASE_URL pointing at it. Durability is switched
# off (fsync, synchronous_commit): nothing in it outlives the command. initdb refuses to run as root, so as
# root the cluster runs as the `postgres` system user (Debian's postgresql package creates it).
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "PostgreSQL's server tools are missing (no /usr/lib/postgresql/*/bin/initdb): apt-get install -y postgresql" >&2
  exit 1
fi

owner=""
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "Running as root, but there is no 'postgres' system user to own the cluster (apt-get install -y postgresql)." >&2
    exit 1
  fi
  owner=postgres
fi

as_owner() {
  # Run "$@" as the cluster's owner, from a folder that user may read.
  if [ -n "$owner" ]; then
    (cd "$folder" && runuser -u "$owner" -- "$@")
  else
    (cd "$folder" && "$@")
  fi
}

folder=$(mktemp -d "${TMPDIR:-/tmp}/checker-pg.XXXXXX")
cleanup() {
  status=$?
  if [ -f "$folder/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$folder"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

superuser_password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$superuser_password" >"$folder/pwfile"
chmod 600 "$folder/pwfile"
if [ -n "$owner" ]; then
  chown -R "$owner:" "$folder"
fi

as_owner "$bindir/initdb" -D "$folder/data" -U postgres --pwfile="$folder/pwfile" --auth=scram-sha-256 \
  --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 || {
  cat "$folder/initdb.log" >&2
  exit 1
}
rm -f "$folder/pwfile"

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

started=""
for _ in 1 2 3; do
  port=$(free_port)
  if as_owner "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
    started=yes
    break
  fi
done
if [ -z "$started" ]; then
  echo "The throw-away PostgreSQL cluster did not start; its log:" >&2
  cat "$folder/server.log" >&2 || true
  exit 1
fi

PGPASSWORD=$superuser_password "$bindir/psql" -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
  -c "CREATE ROLE checker LOGIN CREATEDB PASSWORD '$password'" \
  -c "GRANT pg_signal_backend TO checker" >/dev/null

export TEST_DATABASE_URL="postgresql://checker:$password@127.0.0.1:$port/postgres"
echo "Throw-away PostgreSQL $(basename "$(dirname "$bindir")") on 127.0.0.1:$port in $folder (removed afterwards)."
set +e
"$@"
status=$?
set -e
exit "$status"
