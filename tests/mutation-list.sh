#!/usr/bin/env bash
# Lists Stryker.NET's mutants of src/NewsParsing without testing them: Stryker runs against a throw-away test project
# whose one test never calls the library, so every mutant is listed (as "Survived") in a few minutes.
# tests/mutation-sample.py then runs a random sample of them against the real tests, one build per mutant.
#
#   tests/mutation-list.sh OUT.json
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:?usage: tests/mutation-list.sh OUT.json}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
cat > MutantList.Tests.csproj <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
    <IsTestProject>true</IsTestProject>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="xunit.v3" Version="4.0.2" />
    <ProjectReference Include="$root/src/NewsParsing/NewsParsing.csproj" />
  </ItemGroup>
</Project>
EOF
echo 'public class Placeholder { [Xunit.Fact] public void NeverCallsTheLibrary() => Xunit.Assert.Equal(2, 1 + 1); }' > Placeholder.cs
echo '{ "test": { "runner": "Microsoft.Testing.Platform" } }' > global.json
cat > stryker-config.json <<'EOF'
{ "stryker-config": { "project": "NewsParsing.csproj", "test-runner": "mtp", "configuration": "Release", "coverage-analysis": "perTest",
  "concurrency": 2, "reporters": ["json"], "ignore-methods": ["*ThrowHelper.*", "*Debug.Assert"] } }
EOF
cp "$root/dotnet-tools.json" .
dotnet tool restore >/dev/null
dotnet stryker >/dev/null
cp StrykerOutput/*/reports/mutation-report.json "$out"
echo "mutants of src/NewsParsing listed in $out"
