namespace Skytells.Tests.Webhooks;

/// <summary>Checks that a secret leaks into neither an exception's message nor its <c>ToString</c> (which includes inner exceptions).</summary>
internal static class SecretAssert
{
    public static void NotShown(string secret, Exception error)
    {
        Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
        NotShown(secret, error.ToString());
    }

    public static void NotShown(string secret, string? text) =>
        Assert.DoesNotContain(secret, text ?? "", StringComparison.Ordinal);
}
