using System.Globalization;
using Microsoft.AspNetCore.Http;
using Skytells.Emulator.Errors;

namespace Skytells.Emulator.Predictions;

/// <summary>The filters and page of <c>GET /v1/predictions</c> (spec section 2.3 and section 12, row 7).</summary>
internal sealed record PredictionListQuery(int Page, int PerPage, string? Model, PredictionStatus? Status, DateTimeOffset? From, DateTimeOffset? Until)
{
    public const int DefaultPerPage = 20;
    public const int MaxPerPage = 50;

    public static PredictionListQuery Parse(IQueryCollection query)
    {
        var page = PositiveInteger(query, "page") ?? 1;
        var perPage = Math.Min(PositiveInteger(query, "per_page") ?? DefaultPerPage, MaxPerPage);
        var model = NonEmpty(query, "model");

        PredictionStatus? status = null;
        if (NonEmpty(query, "status") is { } statusText)
        {
            status = PredictionStatusNames.TryParse(statusText, out var parsed)
                ? parsed
                : throw new ApiErrorException(ApiError.Validation($"Unknown status '{statusText}'."));
        }

        // The TS SDK calls these since/until but sends from/to; both spellings are accepted, from/to first.
        var from = Date(query, "from", "since");
        var to = Date(query, "to", "until");
        if (from is { } f && to is { } t && f > t)
        {
            throw new ApiErrorException(new ApiError(422, ErrorIds.InvalidDateRange, "The from date must not be after the to date."));
        }

        // 'to' names a whole day: everything created before the next midnight (UTC) is in range.
        return new PredictionListQuery(page, perPage, model, status, Midnight(from), Midnight(to?.AddDays(1)));
    }

    public bool Matches(PredictionSnapshot snapshot)
    {
        var spec = snapshot.Prediction.Spec;
        return (Model is null || string.Equals(spec.Model.Id, Model, StringComparison.Ordinal))
            && (Status is null || snapshot.Status == Status)
            && (From is null || spec.Timeline.CreatedAt >= From)
            && (Until is null || spec.Timeline.CreatedAt < Until);
    }

    private static int? PositiveInteger(IQueryCollection query, string name)
    {
        if (NonEmpty(query, name) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1
            ? value
            : throw new ApiErrorException(ApiError.Validation($"The {name} parameter must be a positive integer."));
    }

    private static DateOnly? Date(IQueryCollection query, string name, string alias)
    {
        var key = NonEmpty(query, name) is not null ? name : alias;
        if (NonEmpty(query, key) is not { } text)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ApiErrorException(new ApiError(422, ErrorIds.InvalidDateFormat, $"The {key} parameter must be a date in the form YYYY-MM-DD."));
    }

    private static DateTimeOffset? Midnight(DateOnly? date) =>
        date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private static string? NonEmpty(IQueryCollection query, string name)
    {
        var value = query[name].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
