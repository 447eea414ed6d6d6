namespace Skytells;

/// <summary>
/// The run-time half of the Edge rule: decides, before any I/O, where a model-carrying call goes.
/// The compile-time analyzer applies the same catalog, so both agree.
/// </summary>
internal static class EdgeGuard
{
    /// <summary>
    /// Returns the gateway to send to. A non-Edge model on Edge throws, or goes to Standard when the options say so.
    /// Who says a model is non-Edge, first answer wins: <see cref="SkytellsClientOptions.AdditionalEdgeModels"/>
    /// (always Edge), the server's <see cref="SkytellsClientOptions.ModelCatalog"/> when set, the built-in catalog.
    /// Models none of them knows pass, and the server decides.
    /// </summary>
    public static SkytellsGateway Resolve(SkytellsGateway gateway, string model, SkytellsClientOptions options)
    {
        if (gateway != SkytellsGateway.Edge
            || options.EdgeMismatchPolicy == EdgeMismatchPolicy.SendToServer
            || options.AdditionalEdgeModels.Contains(model)
            || (options.ModelCatalog?.IsEdgeCompatible(model) ?? !ModelCatalog.IsKnownNonEdge(model)))
        {
            return gateway;
        }

        var reroute = options.EdgeMismatchPolicy == EdgeMismatchPolicy.RouteToStandard;
        SkytellsTelemetry.EdgeGuardRejections.Add(
            1,
            new KeyValuePair<string, object?>("gen_ai.request.model", model),
            new KeyValuePair<string, object?>("skytells.edge_guard.action", reroute ? "rerouted" : "rejected"));
        return reroute ? SkytellsGateway.Standard : throw SkytellsEdgeNotSupportedException.BeforeSending(model);
    }
}
