#!/usr/bin/env bash
# Proves the module boundaries bite (run by `npm run lint`): every type/scope tag has a
# constraint, every pair the constraints forbid is refused, queries outside a store are
# refused, and ESLint without an Nx project graph fails. See check-boundaries.ts.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node tools/scripts/run-ts.js tools/scripts/check-boundaries.ts "$@"
