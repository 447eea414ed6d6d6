using System.Text.Json;
using Skytells.Emulator.Accounts;

namespace Skytells.Emulator.Predictions;

/// <summary>What a create request fixed about a prediction.</summary>
internal sealed record PredictionSpec(
    string Id,
    long Sequence,
    Account Owner,
    EmulatedModel Model,
    JsonElement Input,
    WebhookRegistration? Webhook,
    bool Stream,
    PredictionTimeline Timeline,
    int OutputCount,
    string? FailureMessage,
    string AssetOrigin);
