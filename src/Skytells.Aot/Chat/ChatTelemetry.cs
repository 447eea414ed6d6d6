using System.Diagnostics;

namespace Skytells;

/// <summary>GenAI-convention measurements of chat operations.</summary>
internal static class ChatTelemetry
{
    /// <param name="request">The request measured.</param>
    /// <param name="responseModel">The model the server named; server text, so it is redacted before it becomes a tag.</param>
    /// <param name="usage">The token usage the server reported.</param>
    /// <param name="duration">How long the operation took.</param>
    /// <param name="redactor">Removes the key from <paramref name="responseModel"/>.</param>
    public static void RecordOperation(SkytellsRequest request, string? responseModel, ChatUsage? usage, TimeSpan duration, SecretRedactor redactor)
    {
        if (!SkytellsTelemetry.OperationDuration.Enabled && !SkytellsTelemetry.TokenUsage.Enabled)
        {
            return;
        }

        var tags = Tags(request, redactor.Redact(responseModel));
        if (SkytellsTelemetry.OperationDuration.Enabled)
        {
            SkytellsTelemetry.OperationDuration.Record(duration.TotalSeconds, tags);
        }

        if (usage is not null && SkytellsTelemetry.TokenUsage.Enabled)
        {
            var input = tags;
            input.Add("gen_ai.token.type", "input");
            SkytellsTelemetry.TokenUsage.Record(usage.PromptTokens, input);
            var output = tags;
            output.Add("gen_ai.token.type", "output");
            SkytellsTelemetry.TokenUsage.Record(usage.CompletionTokens, output);
        }
    }

    public static void RecordTimeToFirstToken(SkytellsRequest request, TimeSpan elapsed)
    {
        if (SkytellsTelemetry.TimeToFirstToken.Enabled)
        {
            SkytellsTelemetry.TimeToFirstToken.Record(elapsed.TotalSeconds, Tags(request, null));
        }
    }

    private static TagList Tags(SkytellsRequest request, string? responseModel) => new()
    {
        { "gen_ai.system", "skytells" },
        { "gen_ai.operation.name", "chat" },
        { "gen_ai.request.model", request.Model },
        { "gen_ai.response.model", responseModel },
        { "skytells.gateway", SkytellsTelemetry.GatewayTag(request.Gateway) },
    };
}
