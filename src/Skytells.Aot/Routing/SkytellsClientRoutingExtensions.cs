namespace Skytells;

/// <summary>Routing strategies that use both gateways together.</summary>
public static class SkytellsClientRoutingExtensions
{
    /// <summary>
    /// Fires an Edge preview and a Standard final render of <paramref name="prompt"/> in parallel with all-settled
    /// semantics: a failure of one half is reported in the result and never cancels or hides the other. The Edge
    /// guard still applies to the preview model. Cancellation by the caller is not a failure and is thrown.
    /// </summary>
    public static async Task<PreviewRenderResult> RenderWithPreviewAsync(this SkytellsClient client, string prompt, PreviewRenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(prompt);
        options ??= new PreviewRenderOptions();

        var preview = SettleAsync(() => PreviewAsync(client.Edge.Predictions, prompt, options, cancellationToken));
        var final = SettleAsync(() => client.Standard.Predictions.CreateAsync(
            options.FinalModel,
            new ImageInput { Prompt = prompt, Width = options.FinalWidth, Height = options.FinalHeight, NumInferenceSteps = options.FinalSteps },
            new PredictionCreateOptions { Webhook = options.FinalWebhook },
            cancellationToken));
        await Task.WhenAll(preview, final).ConfigureAwait(false);

        var (previewPrediction, previewError) = await preview.ConfigureAwait(false);
        var (finalPrediction, finalError) = await final.ConfigureAwait(false);
        return new PreviewRenderResult { Preview = previewPrediction, PreviewError = previewError, Final = finalPrediction, FinalError = finalError };
    }

    private static async Task<Prediction> PreviewAsync(PredictionsClient edge, string prompt, PreviewRenderOptions options, CancellationToken cancellationToken)
    {
        var created = await edge.CreateAsync(
            options.PreviewModel,
            new ImageInput { Prompt = prompt, Width = options.PreviewWidth, Height = options.PreviewHeight, NumInferenceSteps = options.PreviewSteps },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return created.IsTerminal
            ? EnsureSucceeded(created)
            : await edge.WaitAsync(created, new PredictionWaitOptions { PollInterval = TimeSpan.FromMilliseconds(250), MaxWait = options.PreviewMaxWait }, cancellationToken).ConfigureAwait(false);
    }

    private static Prediction EnsureSucceeded(Prediction prediction) =>
        prediction.Status == PredictionStatus.Failed ? throw new SkytellsPredictionFailedException(prediction) : prediction;

    private static async Task<(Prediction? Value, SkytellsException? Error)> SettleAsync(Func<Task<Prediction>> operation)
    {
        try
        {
            return (await operation().ConfigureAwait(false), null);
        }
        catch (SkytellsException error)
        {
            return (null, error);
        }
    }
}
