#!/usr/bin/env bash
# Proves the module-boundary rule is live (not silently skipped for want of a project
# graph): a platform file importing a domain library, and a domain importing a higher
# domain, must both fail lint; and so must a domain service that queries outside its store.
set -euo pipefail
cd "$(dirname "$0")/../.."
probe_platform=libs/platform/core/src/__boundary_probe__.ts
probe_domain=libs/identity/src/__boundary_probe__.ts
probe_sql=libs/identity/src/__sql_probe__.service.ts
trap 'rm -f "$probe_platform" "$probe_domain" "$probe_sql"' EXIT
echo "import { IdentityModule } from '@muster/identity';
export const probe = IdentityModule;" > "$probe_platform"
echo "import * as runbooks from '@muster/runbooks';
export const probe = runbooks;" > "$probe_domain"
for probe in "$probe_platform" "$probe_domain"; do
  if out=$(npx eslint --no-warn-ignored "$probe" 2>&1); then
    echo "check-boundaries: $probe was NOT refused by @nx/enforce-module-boundaries" >&2
    exit 1
  fi
  grep -q 'enforce-module-boundaries' <<<"$out" || { echo "$out" >&2; exit 1; }
done
echo "import { EntityManager } from 'typeorm';
export const probe = (manager: EntityManager) => manager.find('organisation');" > "$probe_sql"
if out=$(npx eslint --no-warn-ignored "$probe_sql" 2>&1); then
  echo "check-boundaries: $probe_sql was NOT refused by no-restricted-syntax (SQL outside a store)" >&2
  exit 1
fi
grep -q 'no-restricted-syntax' <<<"$out" || { echo "$out" >&2; exit 1; }
echo "check-boundaries: wrong imports and queries outside stores are refused"
