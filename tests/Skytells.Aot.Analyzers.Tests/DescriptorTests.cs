using System.Reflection;
using System.Runtime.Versioning;
using Microsoft.CodeAnalysis;
using Skytells.Aot.CodeFixes;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>Every rule has its page, its release-tracking row and the severity the issue asks for.</summary>
public sealed class DescriptorTests
{
    private static readonly DiagnosticDescriptor[] All = [.. new EdgeModelAnalyzer().SupportedDiagnostics];

    public static TheoryData<string> Ids() => [.. All.Select(d => d.Id).Distinct()];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_links_to_its_page_and_the_page_exists(string id)
    {
        foreach (var descriptor in All.Where(d => d.Id == id))
        {
            Assert.Equal($"{Descriptors.HelpLinkBase}{id}.md", descriptor.HelpLinkUri);
            Assert.Equal("Usage", descriptor.Category);
        }

        var page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        Assert.Contains("# " + id, text, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SKY1001", DiagnosticSeverity.Warning, true, "Warning")]
    [InlineData("SKY1002", DiagnosticSeverity.Info, true, "Info")]
    [InlineData("SKY1003", DiagnosticSeverity.Hidden, false, "Disabled")]
    [InlineData("SKY1004", DiagnosticSeverity.Warning, true, "Warning")]
    public void Severities_match_the_issue_and_the_release_tracking(string id, DiagnosticSeverity severity, bool enabled, string tracked)
    {
        foreach (var descriptor in All.Where(d => d.Id == id))
        {
            Assert.Equal(severity, descriptor.DefaultSeverity);
            Assert.Equal(enabled, descriptor.IsEnabledByDefault);
        }

        var releases = File.ReadAllText(Path.Combine(RepositoryRoot(), "analyzers", "Skytells.Aot.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(RepositoryRoot(), "analyzers", "Skytells.Aot.Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Contains($"{id} | Usage | {tracked} |", releases, StringComparison.Ordinal);
    }

    [Fact]
    public void The_issues_four_rules_and_no_others()
    {
        Assert.Equal(["SKY1001", "SKY1002", "SKY1003", "SKY1004"], All.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
        Assert.Subset(All.Select(d => d.Id).ToHashSet(), new EdgeModelCodeFixProvider().FixableDiagnosticIds.ToHashSet());
    }

    [Fact]
    public void The_analyzer_assembly_targets_netstandard2_0_without_Workspaces()
    {
        var assembly = typeof(EdgeModelAnalyzer).Assembly;
        Assert.Equal(".NETStandard,Version=v2.0", assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.Contains("Workspaces", StringComparison.Ordinal));
        Assert.Equal(new Version(4, 8, 0, 0), assembly.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.CodeAnalysis").Version);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SkytellsAot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SkytellsAot.sln not found above " + AppContext.BaseDirectory);
    }
}
