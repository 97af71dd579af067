#!/usr/bin/env bash
# Mutation testing of the NewsParsing library (parser, reader, filters) with Stryker.NET and the
# Microsoft Testing Platform runner. Not part of CI: it takes tens of minutes on two cores.
#
#   tests/stryker.sh [extra dotnet-stryker arguments, e.g. --mutate "**/Reading/*.cs"]
#
# Reports go to tests/NewsParsing.Tests/StrykerOutput/<date>/reports (HTML and JSON).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
# Tests that pack, publish or run the tool in another process cannot observe an in-process mutant; skip them.
export NEWSPARSING_MUTATION_RUN=1
cd tests/NewsParsing.Tests
dotnet stryker --config-file stryker-config.json "$@"
