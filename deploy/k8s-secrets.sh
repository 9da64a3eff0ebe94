#!/usr/bin/env bash
# Creates the Secrets that k8s/ refers to but never contains, with fresh random values, in the
# given namespace (default golden-thread-dev). A Secret that already exists is left alone: the
# database passwords are in use, and tracking's pseudonym secret must never change once pupils'
# events have been published (every pseudonym would change with it).
#
#   deploy/k8s-secrets.sh golden-thread-dev      # then: kubectl apply -k k8s/overlays/dev
#
# Secrets (the README's Deployment section):
#   golden-thread-<service>-db  username/password of each service's PostgreSQL role
#                               (kubernetes.io/basic-auth, read by CloudNativePG and the service)
#   golden-thread-gateway       admin-client-id/admin-client-secret: the platform-admin API client
#   golden-thread-tracking      pseudonym-secret: the key pupils' pseudonyms are derived from
set -euo pipefail

namespace="${1:-golden-thread-dev}"

secret() {
  od -An -N24 -tx1 /dev/urandom | tr -d ' \n'
}

exists() {
  kubectl get secret "$1" --namespace "$namespace" > /dev/null 2>&1
}

create() {
  local name="$1"; shift
  if exists "$name"; then
    echo "secret/$name exists; left as it is"
    return
  fi
  kubectl create secret generic "$name" --namespace "$namespace" "$@"
}

kubectl get namespace "$namespace" > /dev/null 2>&1 || kubectl create namespace "$namespace"

for service in gateway plans tracking monitoring; do
  create "golden-thread-$service-db" --type=kubernetes.io/basic-auth \
    --from-literal=username="$service" --from-literal=password="$(secret)"
  # CloudNativePG reloads a role's password when a labelled Secret changes.
  kubectl label secret "golden-thread-$service-db" --namespace "$namespace" cnpg.io/reload=true --overwrite > /dev/null
done
create golden-thread-gateway \
  --from-literal=admin-client-id=platform-admin --from-literal=admin-client-secret="$(secret)"
create golden-thread-tracking --from-literal=pseudonym-secret="$(secret)"

echo "done; the platform-admin client secret: kubectl get secret golden-thread-gateway -n $namespace -o jsonpath='{.data.admin-client-secret}' | base64 -d"
