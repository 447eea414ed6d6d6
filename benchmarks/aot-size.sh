#!/usr/bin/env bash
# Native-AOT size of an app using the client, against a "hello world" baseline published in the same run.
# Not a test: prints sizes and the ratio. Usage: benchmarks/aot-size.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/baseline"
cat > "$work/baseline/Baseline.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <PublishAot>true</PublishAot>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
XML
echo 'System.Console.WriteLine("hello");' > "$work/baseline/Program.cs"

dotnet publish "$work/baseline/Baseline.csproj" -c Release -r linux-x64 -o "$work/out-baseline" >/dev/null
dotnet publish "$root/samples/Skytells.Aot.Samples.QuickStart" -c Release -r linux-x64 -o "$work/out-sample" >/dev/null

baseline=$(stat -c %s "$work/out-baseline/Baseline")
sample=$(stat -c %s "$work/out-sample/Skytells.Aot.Samples.QuickStart")
awk -v b="$baseline" -v s="$sample" 'BEGIN {
  printf "hello-world baseline      %6.1f MiB\n", b / 1048576
  printf "QuickStart (client+emulator) %6.1f MiB  (%.1fx the baseline)\n", s / 1048576, s / b
}'
