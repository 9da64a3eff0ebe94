#!/usr/bin/env bash
# Creates one database and one login role per Golden Thread service, each role owning only its own
# database (docker-compose.yml mounts this into the postgres image's /docker-entrypoint-initdb.d/,
# which runs it once, on an empty data directory). Passwords come from the container's environment
# (GATEWAY_DB_PASSWORD, PLANS_DB_PASSWORD, ...), never from this file.
set -euo pipefail

create_service_database() {
  local name="$1" password="$2"
  if [ -z "$password" ]; then
    echo "init-databases: no password for '$name' (set ${name^^}_DB_PASSWORD)" >&2
    exit 1
  fi
  # psql variables (:"name" quotes an identifier, :'password' a literal) keep the values out of the SQL text.
  psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
  echo "init-databases: database and role '$name' created"
}

create_service_database gateway "${GATEWAY_DB_PASSWORD:-}"
create_service_database plans "${PLANS_DB_PASSWORD:-}"
create_service_database tracking "${TRACKING_DB_PASSWORD:-}"
create_service_database monitoring "${MONITORING_DB_PASSWORD:-}"
