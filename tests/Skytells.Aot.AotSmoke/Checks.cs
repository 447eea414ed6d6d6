namespace Skytells.AotSmoke;

/// <summary>Runs named checks and counts failures, so one broken behaviour does not hide the others.</summary>
internal sealed class Checks
{
    public int Failures { get; private set; }

    public async Task RunAsync(string name, Func<Task> check)
    {
        try
        {
            await check();
            Console.WriteLine($"PASS {name}");
        }
        catch (Exception error)
        {
            Failures++;
            Console.WriteLine($"FAIL {name}: {error}");
        }
    }

    public static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Expected: {what}");
        }
    }
}
