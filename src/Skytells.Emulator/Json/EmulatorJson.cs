using System.Text.Json.Serialization;
using Skytells.Emulator.Chat;
using Skytells.Emulator.Embeddings;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Models;
using Skytells.Emulator.Predictions;
using Skytells.Emulator.Webhooks;

namespace Skytells.Emulator.Json;

/// <summary>
/// Every body the emulator writes, source-generated (no reflection, so trim and Native-AOT safe). Wire names are the
/// record names in snake_case; nulls are written because the API writes them.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RestErrorBody))]
[JsonSerializable(typeof(InferenceErrorBody))]
[JsonSerializable(typeof(PredictionBody))]
[JsonSerializable(typeof(PredictionPage))]
[JsonSerializable(typeof(WebhookEnvelopeBody))]
[JsonSerializable(typeof(ModelBody))]
[JsonSerializable(typeof(ModelBody[]))]
[JsonSerializable(typeof(ChatCompletionBody))]
[JsonSerializable(typeof(ChatChunkBody<ChatDelta>))]
[JsonSerializable(typeof(ChatChunkBody<ChatRoleDelta>))]
[JsonSerializable(typeof(ChatToolArguments))]
[JsonSerializable(typeof(ChatJsonReply))]
[JsonSerializable(typeof(EmbeddingListBody<string>))]
[JsonSerializable(typeof(EmbeddingListBody<float[]>))]
internal sealed partial class EmulatorJson : JsonSerializerContext;
