#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for tests / manual runs (no systemd, no /var/run/postgresql).
#
#   out=$(scripts/pg-start.sh) && eval "$out"    # exports INSIGHTS_TEST_POSTGRES and INSIGHTS_PG_DATA
#   ...                                           # run dotnet test / the app against it
#   scripts/pg-stop.sh                            # stops the server and deletes its data dir
#
# Needs the Debian `postgresql` package (binaries in /usr/lib/postgresql/*/bin; scripts/test.sh installs it).
# Run as root, or as a user with sudo. stdout carries only the `export ...` lines; progress goes to stderr.
# Role/database/password: insights/insights/insights (throwaway, loopback only). Host connections use
# scram-sha-256, so a wrong password is refused; the superuser uses a trusted unix socket inside the data dir.
# INSIGHTS_PG_PORT picks the first port to try (default 55432); a busy port is skipped (up to 20 tries).
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then SUDO=(); AS_PG=(runuser -u postgres --)
else SUDO=(sudo); AS_PG=(sudo -u postgres --); fi

PGBIN=$(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V | tail -n 1)   # newest installed major
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "pg-start: PostgreSQL server not found in /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2; exit 1
fi

port_busy() { timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# /tmp (not $TMPDIR): the postgres user must reach it, and the unix socket path must stay short.
DATA=$(mktemp -d /tmp/insights-pg.XXXXXX)
ok=0
cleanup() {
  if [ "$ok" -ne 1 ]; then
    "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DATA/db" -m immediate -w stop >/dev/null 2>&1 || true
    "${SUDO[@]}" rm -rf "$DATA"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${SUDO[@]}" chown postgres:postgres "$DATA"
"${SUDO[@]}" chmod 700 "$DATA"
cd /   # the postgres user may not be able to read the caller's cwd

if ! out=$("${AS_PG[@]}" "$PGBIN/initdb" -D "$DATA/db" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --no-locale 2>&1); then
  echo "$out" >&2; exit 1
fi

PORT=${INSIGHTS_PG_PORT:-55432}
started=0
for _ in $(seq 1 20); do
  if ! port_busy "$PORT"; then
    if "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DATA/db" -l "$DATA/log" -w -t 30 -o "-p $PORT -k $DATA \
        -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off" \
        start >/dev/null 2>&1; then
      started=1; break
    fi
    # Lost a race for the port? Then try the next one; any other failure is fatal.
    if ! "${SUDO[@]}" grep -qiE 'could not (bind|create listen)|address already in use' "$DATA/log" 2>/dev/null; then
      "${SUDO[@]}" cat "$DATA/log" >&2 || true; exit 1
    fi
  fi
  PORT=$((PORT + 1))
done
[ "$started" -eq 1 ] || { echo "pg-start: no free port found" >&2; exit 1; }

"${AS_PG[@]}" "$PGBIN/psql" -h "$DATA" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE insights LOGIN CREATEDB PASSWORD 'insights'" \
  -c "CREATE DATABASE insights OWNER insights" >&2

ok=1
echo "pg-start: PostgreSQL $("$PGBIN/postgres" -V | awk '{print $3}') on 127.0.0.1:$PORT, data $DATA" >&2
printf 'export INSIGHTS_PG_DATA=%q\n' "$DATA"
printf 'export INSIGHTS_TEST_POSTGRES=%q\n' "Host=127.0.0.1;Port=$PORT;Database=insights;Username=insights;Password=insights"
