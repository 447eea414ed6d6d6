using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Skytells.Emulator.Webhooks;

/// <summary>
/// Posts one event to its URL, retrying a non-2xx answer, a connection error or a timeout, and logs every attempt.
/// Backoff and the per-attempt timeout run on wall-clock time, like injected fault delays: with a fake clock a retry
/// must not wait for the test to advance time.
/// </summary>
internal sealed class WebhookSender : IDisposable
{
    private const string UndeliverableError = "The webhook URL is not an absolute http(s) URL, so the emulator cannot deliver to it.";

    private readonly HttpClient _http;
    private readonly WebhookPolicy _policy;
    private readonly TimeProvider _time;
    private readonly WebhookDeliveryLog _log;

    public WebhookSender(WebhookPolicy policy, TimeProvider time, WebhookDeliveryLog log)
    {
        _policy = policy;
        _time = time;
        _log = log;

        // No proxy: a machine-wide proxy must not intercept deliveries to loopback receivers. No redirects: a receiver
        // answering 3xx has not accepted the event, and following it would resend a signed body elsewhere.
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
        {
            Timeout = Timeout.InfiniteTimeSpan, // each attempt has its own timeout
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Skytells-Emulator-Webhooks/1.0");
    }

    public async Task DeliverAsync(WebhookJob job, byte[] body, string signature, CancellationToken stopping)
    {
        var text = Encoding.UTF8.GetString(body);
        if (job.Subscription.Target is not { } target)
        {
            Log(job, 1, 0, text, signature, UndeliverableError);
            return;
        }

        for (var attempt = 1; attempt <= _policy.MaxAttempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(_policy.BackoffBefore(attempt), stopping).ConfigureAwait(false);
            }

            var sentAt = _time.GetUtcNow();
            var (status, error) = await SendOnceAsync(target, body, signature, stopping).ConfigureAwait(false);
            _log.Add(new WebhookDeliveryRecord(job.Prediction.Id, job.Kind.ToEventType(), job.Subscription.Url, attempt, status, text, signature, sentAt, error));
            if (status is >= 200 and <= 299)
            {
                return;
            }
        }
    }

    /// <summary>Logs an attempt that never reached the network (an undeliverable URL, an emulator failure).</summary>
    public void Log(WebhookJob job, int attempt, int status, string body, string signature, string error) =>
        _log.Add(new WebhookDeliveryRecord(
            job.Prediction.Id, job.Kind.ToEventType(), job.Subscription.Url, attempt, status, body, signature, _time.GetUtcNow(), error));

    public void Dispose() => _http.Dispose();

    private async Task<(int Status, string? Error)> SendOnceAsync(Uri target, byte[] body, string signature, CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(_policy.AttemptTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(WebhookSigner.HeaderName, signature);
        try
        {
            // Headers are enough: the receiver's answer body means nothing to the sender.
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            return ((int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            return (0, string.Create(CultureInfo.InvariantCulture, $"The receiver did not answer within {_policy.AttemptTimeout.TotalSeconds:0.###} s."));
        }
        catch (HttpRequestException e)
        {
            return (0, e.Message);
        }
    }
}
