#!/usr/bin/env bash
# Measures what the Skytells analyzer costs a real build (not a test; run by hand).
#
# Packs src/Skytells.Aot and generates two projects of FILES source files (default 1000) that reference the packed
# package (sources: generate.sh):
#   all-calls  every file calls the client, cross-file holders included (the worst case);
#   realistic  CALLERS files (default 10) call the client, the others are ordinary code that never touches it.
# It builds each from scratch RUNS times (default 3), alternating the projects, with -p:ReportAnalyzer=true, and
# reports per project the medians of the compiler's (Csc task) time, the Skytells analyzer's execution time and that
# of CA1857 (ConstantExpectedAnalyzer, the model analyzer). WITHOUT=1 adds builds with
# <SkytellsAnalyzers>false</SkytellsAnalyzers> to show the wall-clock difference.
#
# Usage: benchmarks/AnalyzerCost/run.sh [FILES] [RUNS] [CALLERS]
# Needs: dotnet (the repository's SDK), the machine's NuGet source for the library's dependencies.
# Leaves nothing behind except its temporary folder when KEEP=1 is set.
set -euo pipefail

FILES="${1:-1000}"
RUNS="${2:-3}"
CALLERS="${3:-10}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/skytells-analyzer-cost.XXXXXX")"
VERSION="0.0.0-bench.$(date -u +%Y%m%d%H%M%S)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
export NUGET_PACKAGES="$WORK/nuget-packages"   # a stale Skytells.Aot in the machine's cache cannot be measured

cleanup() { if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$WORK"; else echo "kept $WORK"; fi; }
trap cleanup EXIT

# shellcheck source=generate.sh
source "$HERE/generate.sh"

echo "== packing Skytells.Aot $VERSION"
dotnet pack "$REPO/src/Skytells.Aot/Skytells.Aot.csproj" -c Release -o "$WORK/packages" \
  --artifacts-path "$WORK/artifacts" -p:Version="$VERSION" -p:UseSharedCompilation=false -nodeReuse:false -v:q >/dev/null

echo '<Project />' > "$WORK/Directory.Build.props"
echo '<Project />' > "$WORK/Directory.Build.targets"
echo '<Project />' > "$WORK/Directory.Packages.props"

PROJECTS=(all-calls realistic)
for project in "${PROJECTS[@]}"; do
  dir="$WORK/$project"
  callers=$([[ "$project" == all-calls ]] && echo "$FILES" || echo "$CALLERS")
  echo "== generating $project: $FILES files, $callers calling the client"
  generate_project "$dir" "$FILES" "$callers"
  cat > "$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="skytells-bench" value="$WORK/packages" />
  </packageSources>
</configuration>
XML
  cat > "$dir/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <NuGetAudit>false</NuGetAudit>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Skytells.Aot" Version="$VERSION" />
  </ItemGroup>
</Project>
XML
  dotnet restore "$dir" -nodeReuse:false -v:q >/dev/null
done

# Builds from scratch (--no-incremental) and prints "<Csc ms> <Skytells s> <CA1857 s> <all analyzers s>".
measure() {
  local dir="$1" log="$WORK/build-$2.log"; shift 2
  dotnet build "$dir" --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=false \
    -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary "$@" >"$log" 2>&1 || { tail -30 "$log"; exit 1; }
  if grep -q "warning SKY\|error SKY" "$log"; then echo "unexpected Skytells diagnostics in $log" >&2; grep -m5 "SKY" "$log" >&2; exit 1; fi
  local csc skytells ca1857 total
  csc=$(awk '/Task Performance Summary/ {s=1} s && $3 == "Csc" {print $1; exit}' "$log")
  total=$(awk '/Total analyzer execution time:/ {print $5; exit}' "$log")
  # ReportAnalyzer lists "<seconds> <percent> <assembly>, Version=..." per assembly, then its analyzers indented.
  skytells=$(awk '$3 == "Skytells.Aot.Analyzers," {print $1; exit}' "$log")
  ca1857=$(awk '/ConstantExpectedAnalyzer/ {print $1; exit}' "$log")
  echo "${csc:-0} ${skytells:-0} ${ca1857:-0} ${total:-0}"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for project in "${PROJECTS[@]}"; do
  echo "== warm-up build of $project"
  measure "$WORK/$project" "$project-warmup" >/dev/null
done

declare -A csc sky ca all without
for ((r = 1; r <= RUNS; r++)); do
  for project in "${PROJECTS[@]}"; do
    read -r c s k a < <(measure "$WORK/$project" "$project-$r")
    csc[$project]+="$c "; sky[$project]+="$s "; ca[$project]+="$k "; all[$project]+="$a "
    echo "run $r $project: Csc ${c} ms, Skytells analyzer ${s} s, CA1857 ${k} s, all analyzers ${a} s"
    if [[ "${WITHOUT:-0}" == 1 ]]; then
      read -r c _ _ _ < <(measure "$WORK/$project" "$project-without-$r" -p:SkytellsAnalyzers=false)
      without[$project]+="$c "
      echo "run $r $project without Skytells: Csc ${c} ms"
    fi
  done
done

for project in "${PROJECTS[@]}"; do
  cw=$(tr ' ' '\n' <<<"${csc[$project]}" | grep . | median)
  s=$(tr ' ' '\n' <<<"${sky[$project]}" | grep . | median)
  k=$(tr ' ' '\n' <<<"${ca[$project]}" | grep . | median)
  a=$(tr ' ' '\n' <<<"${all[$project]}" | grep . | median)
  awk -v p="$project" -v files="$FILES" -v runs="$RUNS" -v cw="$cw" -v sky="$s" -v ca="$k" -v all="$a" 'BEGIN {
    printf "\n== %s, %d files, median of %d builds\n", p, files, runs
    printf "Csc task (compile) time:           %8.0f ms\n", cw
    printf "Skytells analyzer execution time:  %8.0f ms  (%.2f%% of compile time)\n", sky * 1000, 100 * sky * 1000 / cw
    printf "CA1857 (ConstantExpectedAnalyzer): %8.0f ms  (%.2f%% of compile time)\n", ca * 1000, 100 * ca * 1000 / cw
    printf "All analyzers execution time:      %8.0f ms\n", all * 1000
  }'
  if [[ "${WITHOUT:-0}" == 1 ]]; then
    co=$(tr ' ' '\n' <<<"${without[$project]}" | grep . | median)
    awk -v cw="$cw" -v co="$co" 'BEGIN { printf "Csc with Skytells off:             %8.0f ms  (difference %.2f%%, wall clock, noisy)\n", co, 100 * (cw - co) / co }'
  fi
done
echo "Analyzer times are summed over the compiler's threads."
