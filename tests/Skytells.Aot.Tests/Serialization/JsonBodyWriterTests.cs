using System.Text;

namespace Skytells.Tests.Serialization;

/// <summary>The kept per-thread body writer: each body stands alone, whatever came before it.</summary>
public sealed class JsonBodyWriterTests
{
    [Fact]
    public void Consecutive_bodies_hold_only_their_own_bytes()
    {
        var longPrompt = new string('x', 100_000);
        var large = Write(longPrompt);
        var small = Write("fox");
        var again = Write("fox");
        Assert.Equal("""{"prompt":"fox"}""", Encoding.UTF8.GetString(small));
        Assert.Equal(small, again);
        Assert.Equal(longPrompt.Length + 13, large.Length);
    }

    [Fact]
    public void A_body_left_unfinished_by_a_failure_does_not_leak_into_the_next()
    {
        using (var broken = JsonBodyWriter.Rent())
        {
            broken.Writer.WriteStartObject();
            broken.Writer.WriteString("secret-prompt", "half");
        }

        Assert.Equal("""{"prompt":"fox"}""", Encoding.UTF8.GetString(Write("fox")));
    }

    private static byte[] Write(string prompt)
    {
        using var body = JsonBodyWriter.Rent();
        body.Writer.WriteStartObject();
        body.Writer.WriteString("prompt", prompt);
        body.Writer.WriteEndObject();
        return body.ToArray();
    }
}
