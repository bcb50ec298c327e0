#!/bin/sh
# `./mvnw -Prun package` ends here: the configured server runs from a base folder of its own
# (target/run-server), apart from the tests' server state, with Parity's EAR in its deployments
# folder, so WildFly deploys it once while it boots and answers only when it is ready. Nothing of
# the deployment is written into standalone.xml: a killed run leaves nothing that breaks the next.
# Arguments: the unpacked WildFly, the base folder, the EAR.
set -e
home="$1"
base="$2"
ear="$3"
mkdir -p "$base/deployments" "$base/data"
rm -rf "$base/configuration"
cp -R "$home/standalone/configuration" "$base/configuration"
rm -f "$base"/deployments/parity.ear*
cp "$ear" "$base/deployments/parity.ear"
exec "$home/bin/standalone.sh" -Djboss.server.base.dir="$base"
