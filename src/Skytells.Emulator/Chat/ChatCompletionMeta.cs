namespace Skytells.Emulator.Chat;

/// <summary>The fields every object of one answer repeats: the whole completion and each of its chunks.</summary>
/// <param name="Id">The <c>chatcmpl-...</c> id.</param>
/// <param name="Created">Unix seconds, on the emulator's clock.</param>
/// <param name="Model">The model id as requested.</param>
internal sealed record ChatCompletionMeta(string Id, long Created, string Model);
