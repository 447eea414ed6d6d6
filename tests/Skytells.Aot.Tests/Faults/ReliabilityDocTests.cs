namespace Skytells.Tests.Faults;

/// <summary>docs/reliability.md shows the fault matrix the tests run, not a copy that drifts from it.</summary>
public sealed class ReliabilityDocTests
{
    [Fact]
    public void The_documented_fault_matrix_is_the_tested_one()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "reliability.md")).ReplaceLineEndings("\n");
        var table = FaultMatrix.RenderTable();
        Assert.True(doc.Contains(table, StringComparison.Ordinal), "docs/reliability.md must hold this table exactly:\n" + table);
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

        throw new InvalidOperationException("The repository root (SkytellsAot.sln) was not found above " + AppContext.BaseDirectory);
    }
}
