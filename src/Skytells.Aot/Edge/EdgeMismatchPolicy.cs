namespace Skytells;

/// <summary>What the client does when a model the catalog knows to be non-Edge is sent through the Edge gateway.</summary>
public enum EdgeMismatchPolicy
{
    /// <summary>Throw <see cref="SkytellsEdgeNotSupportedException"/> before any network I/O (default).</summary>
    Throw = 0,

    /// <summary>Send the request to the Standard gateway instead.</summary>
    RouteToStandard = 1,

    /// <summary>Send it to Edge anyway and let the server decide (it answers 422).</summary>
    SendToServer = 2,
}
