#!/usr/bin/env bash
# Creates Golden Thread's Kafka topics on the docker-compose broker (the kafka-init service runs it
# once the broker is healthy; --if-not-exists makes re-runs harmless). The same topics, partitions
# and retention as the Strimzi KafkaTopic resources in k8s/base/kafka/topics.yaml; the reasons are in
# the README's Deployment section. Automatic topic creation is off on the broker, so a topic missing here fails
# loudly instead of appearing with the broker's defaults.
set -euo pipefail

BOOTSTRAP="${BOOTSTRAP_SERVERS:-kafka:9092}"
THIRTY_DAYS_MS=2592000000
NINETY_DAYS_MS=7776000000

create() {
  local topic="$1" partitions="$2" retention_ms="$3"
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$topic" --partitions "$partitions" --replication-factor 1 \
    --config retention.ms="$retention_ms" --config cleanup.policy=delete
}

# Each service's events, keyed by school: 6 partitions bound the useful consumer replicas per group.
create plans.events 6 "$THIRTY_DAYS_MS"
create tracking.events 6 "$THIRTY_DAYS_MS"
create monitoring.events 6 "$THIRTY_DAYS_MS"
# Dead letters: rare, read by people; one partition keeps them in arrival order, kept for 90 days.
create plans.events.dlq 1 "$NINETY_DAYS_MS"
create tracking.events.dlq 1 "$NINETY_DAYS_MS"
create monitoring.events.dlq 1 "$NINETY_DAYS_MS"

/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --list
