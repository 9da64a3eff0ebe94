#!/usr/bin/env bash
# Writes ./.env for docker-compose.yml with fresh random secrets: the four database passwords, the
# PostgreSQL superuser password, the platform-admin API client secret and tracking's pseudonym
# secret. Run it once from the project root; it never overwrites an existing .env (the pseudonym
# secret must never change once pupils' events have been published, and the database passwords
# are fixed when PostgreSQL first initialises its volume).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -e .env ]; then
  echo ".env already exists; leaving it as it is (delete it only together with the compose volumes)" >&2
  exit 0
fi

secret() {
  od -An -N24 -tx1 /dev/urandom | tr -d ' \n'
}

umask 077
cat > .env <<ENV
# Made by deploy/compose-env.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ). Keep it private; see the README's Deployment section.
GT_POSTGRES_PASSWORD=$(secret)
GT_GATEWAY_DB_PASSWORD=$(secret)
GT_PLANS_DB_PASSWORD=$(secret)
GT_TRACKING_DB_PASSWORD=$(secret)
GT_MONITORING_DB_PASSWORD=$(secret)
GT_ADMIN_CLIENT_ID=platform-admin
GT_ADMIN_CLIENT_SECRET=$(secret)
GT_TRACKING_PSEUDONYM_SECRET=$(secret)
# The address clients use to reach the gateway (the issuer of its access tokens) and its host port.
GT_PUBLIC_URL=http://localhost:8080
GT_GATEWAY_PORT=8080
# Browser origins allowed to call the API (comma-separated), e.g. the SPA's address.
GT_CORS_ORIGINS=http://localhost:5173
# The gateway's built-in OIDC issuer (users stored in the gateway); false once you use your own issuer.
GT_BUILT_IN_ISSUER_ENABLED=true
ENV
echo "wrote .env with new secrets; the platform-admin client secret is in GT_ADMIN_CLIENT_SECRET"
