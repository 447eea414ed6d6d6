#!/usr/bin/env bash
# Measures what the Skytells analyzer costs a real build (not a test; run by hand).
#
# Packs src/Skytells.Aot, generates a project of FILES source files (default 1000) full of Skytells calls that
# reference the packed package, builds it from scratch RUNS times with -p:ReportAnalyzer=true, and reports the
# Skytells analyzer's execution time as a share of the compiler's (Csc task) time. It then builds RUNS times with
# <SkytellsAnalyzers>false</SkytellsAnalyzers> to show the wall-clock difference.
#
# Usage: benchmarks/AnalyzerCost/run.sh [FILES] [RUNS]
# Needs: dotnet (the repository's SDK), network access to the machine's NuGet source for the library's dependencies.
# Leaves nothing behind except its temporary folder when KEEP=1 is set.
set -euo pipefail

FILES="${1:-1000}"
RUNS="${2:-3}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/skytells-analyzer-cost.XXXXXX")"
VERSION="0.0.0-bench.$(date -u +%Y%m%d%H%M%S)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
export NUGET_PACKAGES="$WORK/nuget-packages"   # a stale Skytells.Aot in the machine's cache cannot be measured

cleanup() { if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$WORK"; else echo "kept $WORK"; fi; }
trap cleanup EXIT

echo "== packing Skytells.Aot $VERSION"
dotnet pack "$REPO/src/Skytells.Aot/Skytells.Aot.csproj" -c Release -o "$WORK/packages" \
  --artifacts-path "$WORK/artifacts" -p:Version="$VERSION" -p:UseSharedCompilation=false -nodeReuse:false -v:q >/dev/null

echo "== generating $FILES files"
BENCH="$WORK/bench"
mkdir -p "$BENCH/Generated"
echo '<Project />' > "$WORK/Directory.Build.props"
echo '<Project />' > "$WORK/Directory.Build.targets"
echo '<Project />' > "$WORK/Directory.Packages.props"
cat > "$BENCH/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="skytells-bench" value="$WORK/packages" />
  </packageSources>
</configuration>
XML
cat > "$BENCH/Bench.csproj" <<XML
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

# Each file: Edge and Standard prediction calls (literals, constants, locals, fields), a chat request, a wrapper
# with [EdgeModelId], and ordinary code that is not Skytells-related. Every call is valid, so the build reports no
# Skytells diagnostics and the cost measured is that of analysing, not of logging.
for ((i = 0; i < FILES; i++)); do
  cat > "$BENCH/Generated/Feature$i.cs" <<CS
using System.Text.Json.Nodes;
using Skytells;

namespace Bench.Features;

public sealed class Feature$i
{
    private const string PreviewModel = SkytellsModels.TrueFusionEdge;
    private readonly SkytellsClient _edge = new("key", SkytellsGateway.Edge);
    private readonly SkytellsClient _client;

    public Feature$i(SkytellsClient client) => _client = client;

    public async Task<string> PreviewAsync(string prompt, CancellationToken cancellationToken)
    {
        var input = new JsonObject { ["prompt"] = prompt, ["width"] = 512 + $i % 7, ["height"] = 512 };
        var preview = await _client.Edge.Predictions.CreateAsync(PreviewModel, input, cancellationToken: cancellationToken);
        var fast = await _edge.Predictions.CreateAsync("flux-1-edge", input, cancellationToken: cancellationToken);
        var final = await _client.Standard.Predictions.CreateAsync(SkytellsModels.TrueFusionPro, input, cancellationToken: cancellationToken);
        var predictions = _client.Edge.Predictions;
        var again = await predictions.CreateAsync(SkytellsModels.Flux1Edge, input, cancellationToken: cancellationToken);
        return string.Join(",", new[] { preview.Id, fast.Id, final.Id, again.Id }.Where(id => id.Length > $i % 3));
    }

    public Task<Prediction> RenderAsync([EdgeModelId] string model, string prompt) =>
        _client.Edge.Predictions.CreateAsync(model, new JsonObject { ["prompt"] = prompt });

    public Task<Prediction> CallerAsync() => RenderAsync(SkytellsModels.TrueFusionEdge, "feature $i");

    public Task<ChatCompletion> AskAsync(string question) =>
        _client.Edge.Chat.CompleteAsync(new ChatCompletionRequest
        {
            Model = SkytellsModels.DeepBrainRouter,
            Messages = [ChatMessage.User(question)],
        });

    public static int Score(IEnumerable<int> values) =>
        values.Where(v => v % ($i % 5 + 2) == 0).Select(v => v * v).Sum() + "feature$i".Length;

    public override string ToString() => \$"Feature{$i}:{Score(Enumerable.Range(0, 10))}";
}
CS
done

echo "== restoring"
dotnet restore "$BENCH" -nodeReuse:false -v:q >/dev/null

# Builds from scratch (--no-incremental) and prints "<Csc ms> <Skytells analyzer s> <all analyzers s>".
measure() {
  local log="$WORK/build-$1.log"; shift
  dotnet build "$BENCH" --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=false \
    -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary "$@" >"$log" 2>&1 || { tail -30 "$log"; exit 1; }
  local csc skytells total
  csc=$(awk '/Task Performance Summary/ {s=1} s && $3 == "Csc" {print $1; exit}' "$log")
  total=$(awk '/Total analyzer execution time:/ {print $5; exit}' "$log")
  # ReportAnalyzer lists "<seconds> <percent> <assembly>, Version=..." per analyzer assembly.
  skytells=$(awk '$3 == "Skytells.Aot.Analyzers," {print $1; exit}' "$log")
  echo "${csc:-0} ${skytells:-0} ${total:-0}"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "== warm-up build"
measure warmup >/dev/null

with_csc=(); with_sky=(); with_all=(); without_csc=()
for ((r = 1; r <= RUNS; r++)); do
  read -r c s a < <(measure "with-$r")
  with_csc+=("$c"); with_sky+=("$s"); with_all+=("$a")
  echo "run $r with analyzers:    Csc ${c} ms, Skytells analyzer ${s} s, all analyzers ${a} s"
  read -r c _ _ < <(measure "without-$r" -p:SkytellsAnalyzers=false)
  without_csc+=("$c")
  echo "run $r without Skytells:  Csc ${c} ms"
done

csc_with=$(printf '%s\n' "${with_csc[@]}" | median)
sky=$(printf '%s\n' "${with_sky[@]}" | median)
all=$(printf '%s\n' "${with_all[@]}" | median)
csc_without=$(printf '%s\n' "${without_csc[@]}" | median)
awk -v files="$FILES" -v runs="$RUNS" -v cw="$csc_with" -v sky="$sky" -v all="$all" -v co="$csc_without" 'BEGIN {
  printf "\n== Skytells analyzer cost, %d files, median of %d builds\n", files, runs
  printf "Csc task (compile) time, analyzers on:  %8.0f ms\n", cw
  printf "Csc task (compile) time, Skytells off:  %8.0f ms\n", co
  printf "Skytells analyzer execution time:       %8.0f ms  (%.2f%% of compile time)\n", sky * 1000, 100 * sky * 1000 / cw
  printf "All analyzers execution time:           %8.0f ms  (Skytells = %.1f%% of it)\n", all * 1000, (all > 0 ? 100 * sky / all : 0)
  printf "Compile time difference (on - off):     %8.0f ms  (%.2f%%)\n", cw - co, 100 * (cw - co) / co
  print "Analyzer times are summed over the compiler'"'"'s threads; the difference of medians is wall clock and noisy."
}'
