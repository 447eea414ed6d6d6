namespace Skytells.Emulator.Chat;

/// <summary>One message of a chat request, reduced to what the generator reads.</summary>
/// <param name="Role">The role (<c>system</c>, <c>developer</c>, <c>user</c>, <c>assistant</c>, <c>tool</c>, <c>function</c>).</param>
/// <param name="Text">The text of the content: the string, or the text parts joined with spaces.</param>
/// <param name="ImageCount">How many <c>image_url</c> parts the content had.</param>
internal sealed record ChatMessage(string Role, string Text, int ImageCount);
