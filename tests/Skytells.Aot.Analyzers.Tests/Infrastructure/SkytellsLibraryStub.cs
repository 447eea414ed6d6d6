using System.Reflection;
using System.Text;

namespace Skytells.Aot.Analyzers.Tests.Infrastructure;

/// <summary>
/// The public surface of Skytells.Aot that the analyzer relies on (attributes, client, operation groups, requests),
/// as one source file. Tests compile it into a metadata reference named Skytells.Aot, so the analyzer sees it the way
/// a consumer of the package does. <c>SkytellsModels</c> is generated from the catalog compiled into the analyzer, so
/// the stub cannot drift from it. Member bodies are never run (the stub is only compiled as a reference), so they
/// throw null as reference assemblies do.
/// </summary>
internal static class SkytellsLibraryStub
{
    public static string Source { get; } = Build();

    private static string Build() => /* lang=c#-test */ """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Text.Json.Nodes;
        using System.Text.Json.Serialization.Metadata;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Skytells
        {
            [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
            public sealed class ModelIdAttribute : Attribute { }

            [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
            public sealed class EdgeModelIdAttribute : Attribute { }

            [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.ReturnValue, AllowMultiple = false, Inherited = true)]
            public sealed class EdgeGatewayAttribute : Attribute { }

            public enum SkytellsGateway { Standard = 0, Edge = 1 }

            public sealed class SkytellsClientOptions
            {
                public string? ApiKey { get; set; }
                public SkytellsGateway Gateway { get; set; }
                public static SkytellsClientOptions FromEnvironment() => new();
            }

            public sealed class SkytellsClient : IDisposable
            {
                public SkytellsClient(SkytellsClientOptions options, HttpClient? httpClient = null) { }
                public SkytellsClient(string apiKey, SkytellsGateway gateway = SkytellsGateway.Standard) { }
                public static SkytellsClient FromEnvironment() => throw null!;
                public SkytellsGateway Gateway => throw null!;
                [EdgeGateway] public SkytellsClient Edge => throw null!;
                public SkytellsClient Standard => throw null!;
                public PredictionsClient Predictions => throw null!;
                public ChatClient Chat => throw null!;
                public EmbeddingsClient Embeddings => throw null!;
                public void Dispose() { }
            }

            public sealed class Prediction { public string Id { get; set; } = "p"; }
            public sealed class ImageInput { public string? Prompt { get; set; } }
            public sealed class PredictionCreateOptions { public bool Await { get; set; } }

            public sealed class PredictionsClient
            {
                public SkytellsGateway Gateway => throw null!;
                public Task<Prediction> CreateAsync([ModelId] string model, JsonObject input, PredictionCreateOptions? options = null, CancellationToken cancellationToken = default) => throw null!;
                public Task<Prediction> CreateAsync([ModelId] string model, ImageInput input, PredictionCreateOptions? options = null, CancellationToken cancellationToken = default) => throw null!;
                public Task<Prediction> CreateAsync<TInput>([ModelId] string model, TInput input, JsonTypeInfo<TInput> inputTypeInfo, PredictionCreateOptions? options = null, CancellationToken cancellationToken = default) => throw null!;
                public Task<Prediction> CreateAsync(PredictionRequest request, CancellationToken cancellationToken = default) => throw null!;
                public Task<Prediction> GetAsync(string id, CancellationToken cancellationToken = default) => throw null!;
                public Task CancelAsync(string id, CancellationToken cancellationToken = default) => throw null!;
                public Task<Prediction> RunAsync([ModelId] string model, JsonObject input, object? options = null, CancellationToken cancellationToken = default) => throw null!;
            }

            public sealed class EmbeddingsClient
            {
                public Task<object> CreateAsync([ModelId] string model, string input, object? options = null, CancellationToken cancellationToken = default) => throw null!;
                public Task<object> CreateAsync([ModelId] string model, IReadOnlyList<string> inputs, object? options = null, CancellationToken cancellationToken = default) => throw null!;
            }

            public sealed class PredictionRequest
            {
                [ModelId] public string Model { get; set; } = null!;
                public JsonObject Input { get; set; } = new();
                public string? Webhook { get; set; }
            }

            public sealed class ChatMessage
            {
                public ChatMessage(string role, string content) { Role = role; Content = content; }
                public string Role { get; }
                public string Content { get; }
            }

            public sealed class ChatCompletionRequest
            {
                [ModelId] public string Model { get; set; } = "deepbrain-router";
                public IList<ChatMessage> Messages { get; set; } = new List<ChatMessage>();
            }

            public sealed class ChatCompletion { public string? Content { get; set; } }
            public sealed class ChatCompletionChunk { public string? Delta { get; set; } }

            public sealed class ChatClient
            {
                public Task<ChatCompletion> CompleteAsync(ChatCompletionRequest request, CancellationToken ct = default) => throw null!;
                public IAsyncEnumerable<ChatCompletionChunk> StreamAsync(ChatCompletionRequest request, CancellationToken ct = default) => throw null!;
            }

            public static class SkytellsModels
            {
        """ + ModelConstants() + """
            }
        }
        """;

    private static string ModelConstants()
    {
        var text = new StringBuilder();
        foreach (var field in typeof(SkytellsModels).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            text.Append("        public const string ").Append(field.Name).Append(" = \"").Append(field.GetRawConstantValue()).AppendLine("\";");
        }

        return text.ToString();
    }
}
