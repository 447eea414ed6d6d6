using System.Globalization;
using System.Text;

namespace Skytells.Emulator.Faults;

/// <summary>The built-in bodies that faults break, for rules that do not bring their own.</summary>
internal static class FaultBodies
{
    // Starts like a prediction and stops mid-value, so that every JSON parser rejects it.
    public static readonly byte[] MalformedJson = """{"id":"emulator-malformed","status":"succeeded","output":["http://"""u8.ToArray();

    public static readonly byte[] TruncationSource =
        """{"id":"emulator-truncated","status":"succeeded","output":["http://127.0.0.1/assets/emulator-truncated/0.png"]}"""u8.ToArray();

    /// <summary>
    /// A valid prediction of about 4 KB for <see cref="EmulatorFault.ResetAfterBodyBytes"/>: long enough that a reset
    /// after a few hundred bytes lands inside a JSON array, where a client cannot mistake the cut for a whole answer.
    /// </summary>
    public static readonly byte[] ResetSource = Encoding.UTF8.GetBytes(
        "{\"id\":\"emulator-reset\",\"status\":\"succeeded\",\"output\":["
        + string.Join(',', Enumerable.Range(0, 80).Select(i => string.Create(CultureInfo.InvariantCulture, $"\"http://127.0.0.1/assets/emulator-reset/{i}.png\"")))
        + "]}");
}
