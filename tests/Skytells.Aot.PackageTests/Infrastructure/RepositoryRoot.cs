namespace Skytells.Aot.PackageTests.Infrastructure;

/// <summary>Finds the repository from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Find()
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
