using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>Routing facts of a model.</summary>
public sealed class SkytellsModelMetadata
{
    /// <summary>Whether the Edge gateway serves the model: the server's word, which the run-time Edge guard can follow.</summary>
    public bool? EdgeCompatible { get; set; }

    /// <summary>Whether the model is served through the OpenAI-compatible endpoints (chat, responses, embeddings) rather than predictions.</summary>
    [JsonPropertyName("openai_compatible")]
    public bool? OpenAICompatible { get; set; }

    /// <summary>Whether the first prediction may wait for the model to start.</summary>
    public bool? ColdBoot { get; set; }

    /// <summary>The hardware the model runs on.</summary>
    public SkytellsModelHardware? DeploymentHardware { get; set; }
}

/// <summary>The hardware a model is deployed on.</summary>
public sealed class SkytellsModelHardware
{
    /// <summary>The hardware type.</summary>
    public string? Type { get; set; }

    /// <summary>The hardware id.</summary>
    public string? Slug { get; set; }
}

/// <summary>How a model is served.</summary>
public sealed class SkytellsModelService
{
    /// <summary><c>prediction_serving</c>.</summary>
    public string? Type { get; set; }

    /// <summary><c>partner</c> for models a partner runs.</summary>
    public string? InferenceParty { get; set; }
}
