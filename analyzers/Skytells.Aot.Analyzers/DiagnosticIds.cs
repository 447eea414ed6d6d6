namespace Skytells.Aot.Analyzers;

/// <summary>
/// The diagnostic ids of the Skytells analyzer. An id is never reused for another meaning, even after its rule is removed.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>A constant model id the catalog marks non-Edge, on a call that goes to the Edge gateway.</summary>
    public const string EdgeModelNotSupported = "SKY1001";

    /// <summary>A constant model id that is not in the model catalog.</summary>
    public const string UnknownModel = "SKY1002";

    /// <summary>An Edge call whose model id is not a compile-time constant.</summary>
    public const string EdgeModelNotConstant = "SKY1003";

    /// <summary>A saved model list (skytells-models.json) that is not a <c>GET /models</c> answer.</summary>
    public const string ModelListUnreadable = "SKY1004";
}
