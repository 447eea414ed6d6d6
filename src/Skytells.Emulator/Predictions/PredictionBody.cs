using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Skytells.Emulator.Assets;
using Skytells.Emulator.Models;

namespace Skytells.Emulator.Predictions;

/// <summary>The Prediction object in the full shape of spec section 3.</summary>
internal sealed record PredictionBody(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Success,
    string Id,
    string Status,
    string Type,
    bool Stream,
    JsonElement Input,
    IReadOnlyList<string>? Output,
    string? Response,
    string? Error,
    string CreatedAt,
    string? StartedAt,
    string? CompletedAt,
    string UpdatedAt,
    string Privacy,
    string Source,
    PredictionModel Model,
    PredictionWebhook? Webhook,
    PredictionMetrics Metrics,
    PredictionMetadata Metadata,
    PredictionUrls Urls)
{
    /// <param name="snapshot">The state to write.</param>
    /// <param name="origin">Scheme, host and port of the request being answered; <c>urls</c> point back at it.</param>
    /// <param name="withSuccess">Adds <c>"success":true</c>, which cancel and delete answers carry for DOCS/CLI clients.</param>
    public static PredictionBody From(PredictionSnapshot snapshot, string origin, bool withSuccess = false)
    {
        var spec = snapshot.Prediction.Spec;
        var kind = spec.Model.Kind;
        var output = snapshot.Output ?? [];
        var format = AssetFormat.For(kind);
        var size = AssetPayloads.For(format).Length;
        var self = $"{origin}/v1/predictions/{Uri.EscapeDataString(spec.Id)}";
        return new(
            withSuccess ? true : null,
            spec.Id,
            snapshot.Status.ToWire(),
            "inference",
            spec.Stream,
            spec.Input,
            snapshot.Output,
            snapshot.Error,
            snapshot.Error,
            Timestamp(spec.Timeline.CreatedAt),
            Timestamp(snapshot.StartedAt),
            Timestamp(snapshot.CompletedAt),
            Timestamp(snapshot.UpdatedAt),
            "private",
            "api",
            new(spec.Model.Id, ModelKindTraits.WireType(kind)),
            spec.Webhook is { } webhook ? new(webhook.Url, webhook.Events) : null,
            new(kind == ModelKindName.Image ? snapshot.Output?.Count ?? 0 : 0, snapshot.PredictTime, snapshot.TotalTime, snapshot.Progress),
            new(
                new(ModelKindTraits.Price(kind).Amount * output.Count),
                new([.. output.Select((url, i) => new StoredFile($"{i}.{format.Extension}", format.ContentType, size, url))]),
                true),
            new(self, self + "/cancel", self + "/stream", self + "/delete"));
    }

    /// <summary>ISO-8601 UTC with microseconds and <c>Z</c>, the form the API's documents show.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static string? Timestamp(DateTimeOffset? value) => value is { } v ? Timestamp(v) : null;
}

/// <summary>The model a prediction ran.</summary>
internal sealed record PredictionModel(string Name, string Type);

/// <summary>The webhook a prediction was created with.</summary>
internal sealed record PredictionWebhook(string? Url, IReadOnlyList<string> Events);

/// <summary>The timing and count figures of a prediction.</summary>
internal sealed record PredictionMetrics(int ImageCount, double? PredictTime, double TotalTime, int Progress);

/// <summary>The billing and storage facts of a prediction.</summary>
internal sealed record PredictionMetadata(PredictionBilling Billing, PredictionStorage Storage, bool DataAvailable);

/// <summary>What a prediction cost.</summary>
internal sealed record PredictionBilling(decimal CreditsUsed);

/// <summary>The files a prediction stored.</summary>
internal sealed record PredictionStorage(StoredFile[] Files);

/// <summary>One output file.</summary>
internal sealed record StoredFile(string Name, string Type, int Size, string Url);

/// <summary>The links of a prediction, pointing back at the gateway that answered.</summary>
internal sealed record PredictionUrls(string Get, string Cancel, string Stream, string Delete);

/// <summary>A page of <c>GET /v1/predictions</c>.</summary>
internal sealed record PredictionPage(IEnumerable<PredictionBody> Data, PredictionPagination Pagination);

/// <summary>Where a page sits in the whole list.</summary>
internal sealed record PredictionPagination(int CurrentPage, int PerPage, int Total, int LastPage);
