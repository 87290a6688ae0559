#!/usr/bin/env bash
# Generates a migration from the schema and commits it with the schema files, under a lock, so
# that people working in one tree at once never produce two migrations with one number or a
# migration holding someone else's half-done tables.
# Usage: scripts/new-migration.sh <name> <schema files…>   (e.g. app/db/schema/offers.ts app/db/schema/index.ts)
set -euo pipefail
cd "$(dirname "$0")/.."
name="$1"; shift
exec 9>/tmp/technohub-migration.lock
flock 9
npx drizzle-kit generate --name="$name"
git add app/db/migrations "$@"
git commit -m "Migration: $name" -- app/db/migrations "$@"
