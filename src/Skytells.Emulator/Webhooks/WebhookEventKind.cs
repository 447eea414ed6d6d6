namespace Skytells.Emulator.Webhooks;

/// <summary>The status changes a webhook can subscribe to, whichever vocabulary the create request named them in.</summary>
internal enum WebhookEventKind
{
    /// <summary>Processing began (<c>pending</c> to <c>processing</c>).</summary>
    Started,

    /// <summary>The prediction succeeded.</summary>
    Succeeded,

    /// <summary>The prediction failed.</summary>
    Failed,

    /// <summary>The prediction was cancelled.</summary>
    Cancelled,
}
