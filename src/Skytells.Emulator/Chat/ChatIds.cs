using System.Security.Cryptography;

namespace Skytells.Emulator.Chat;

/// <summary>Ids in the shapes OpenAI-compatible answers use.</summary>
internal static class ChatIds
{
    /// <summary>One fingerprint for every answer: the emulator's "backend" never changes.</summary>
    public const string SystemFingerprint = "fp_emulator";

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Completion() => "chatcmpl-" + RandomNumberGenerator.GetString(Alphabet, 24);

    public static string ToolCall() => "call_" + RandomNumberGenerator.GetString(Alphabet, 24);
}
