using System.Net;

namespace Skytells;

/// <summary>
/// The model does not support Edge routing: thrown before any network I/O when the model catalog knows the model
/// is not served by Edge, and also when the Edge gateway itself answers HTTP 422 with that message.
/// </summary>
public sealed class SkytellsEdgeNotSupportedException : SkytellsValidationException
{
    /// <summary>The error id used for this failure.</summary>
    public const string EdgeNotSupportedErrorId = "EDGE_NOT_SUPPORTED";

    /// <summary>Creates the exception from an Edge gateway 422 response.</summary>
    public SkytellsEdgeNotSupportedException(SkytellsErrorInfo error, string? model, Exception? innerException = null)
        : base(error, innerException)
    {
        Model = model;
        EdgeAlternatives = model is null ? [] : ModelCatalog.GetEdgeAlternatives(model);
    }

    /// <summary>The model that was sent to Edge, when known.</summary>
    public string? Model { get; }

    /// <summary>Edge-capable models to use instead (empty for video, audio and unknown models).</summary>
    public IReadOnlyList<string> EdgeAlternatives { get; }

    /// <summary>True when the client refused the call before sending it; false when the server answered 422.</summary>
    public bool RejectedBeforeSending { get; private init; }

    internal static SkytellsEdgeNotSupportedException BeforeSending(string model)
    {
        var alternatives = ModelCatalog.GetEdgeAlternatives(model);
        var advice = alternatives.Count > 0
            ? $" Use {string.Join(" or ", alternatives.Select(a => $"'{a}'"))} on Edge, or send '{model}' through the Standard gateway."
            : $" Send '{model}' through the Standard gateway.";
        var info = new SkytellsErrorInfo
        {
            StatusCode = HttpStatusCode.UnprocessableEntity,
            ErrorId = EdgeNotSupportedErrorId,
            Message = $"{ModelCatalog.EdgeNotSupportedMessage} Model '{model}' is not served by the Edge gateway.{advice}",
            Gateway = SkytellsGateway.Edge,
        };
        return new SkytellsEdgeNotSupportedException(info, model) { RejectedBeforeSending = true };
    }
}
