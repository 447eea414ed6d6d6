namespace Skytells;

/// <summary>The model of a prediction (<c>{name, type}</c>; a plain string from the server becomes the name).</summary>
public sealed class PredictionModel
{
    /// <summary>The model slug.</summary>
    public string? Name { get; init; }

    /// <summary>The model type (<c>image</c>, <c>video</c>, <c>audio</c>, <c>music</c>, <c>text</c>...).</summary>
    public string? Type { get; init; }
}
