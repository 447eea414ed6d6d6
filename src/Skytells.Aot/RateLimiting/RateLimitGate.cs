using System.Net;
using System.Threading.RateLimiting;

namespace Skytells;

/// <summary>Acquires permits from a client-side limiter and turns refusals into typed errors.</summary>
internal static class RateLimitGate
{
    private static readonly RateLimitLease NoLimit = new UnlimitedLease();

    public static async ValueTask<RateLimitLease> AcquireAsync(RateLimiter? limiter, TimeSpan maxWait, SkytellsGateway gateway, string what, CancellationToken cancellationToken)
    {
        if (limiter is null)
        {
            return NoLimit;
        }

        var immediate = limiter.AttemptAcquire(1);
        if (immediate.IsAcquired)
        {
            return immediate;
        }

        immediate.Dispose();
        SkytellsTelemetry.RateLimitWaits.Add(1, new KeyValuePair<string, object?>("skytells.gateway", SkytellsTelemetry.GatewayTag(gateway)));
        RateLimitLease lease;
        if (maxWait == Timeout.InfiniteTimeSpan)
        {
            lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(maxWait);
            try
            {
                lease = await limiter.AcquireAsync(1, wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw Refused(gateway, $"waited longer than {maxWait} for a client-side {what} permit", null, exception);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Surface the caller's own token, not the linked one.
                throw new OperationCanceledException(cancellationToken);
            }
        }

        if (lease.IsAcquired)
        {
            return lease;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : (TimeSpan?)null;
        lease.Dispose();
        throw Refused(gateway, $"the client-side {what} queue is full", retryAfter, null);
    }

    private static SkytellsRateLimitException Refused(SkytellsGateway gateway, string reason, TimeSpan? retryAfter, Exception? inner) =>
        new(new SkytellsErrorInfo
        {
            StatusCode = HttpStatusCode.TooManyRequests,
            ErrorId = "CLIENT_RATE_LIMITED",
            Message = $"Not sent to the {gateway} gateway: {reason}.",
            Gateway = gateway,
            RetryAfter = retryAfter,
        }, inner);

    private sealed class UnlimitedLease : RateLimitLease
    {
        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
