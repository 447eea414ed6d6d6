namespace Skytells.Emulator.Cli;

/// <summary>The command-line program: parse, start, print the URLs and demo keys, run until stopped.</summary>
internal static class EmulatorCommand
{
    public const int Success = 0;
    public const int StartFailed = 1;
    public const int UsageError = 2;

    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where the URLs and help go.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="stop">Signalled by Ctrl+C or SIGTERM.</param>
    /// <param name="started">Told the running emulator once it listens (tests use it; the program passes null).</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken stop, Action<SkytellsEmulator>? started = null)
    {
        CommandLine commandLine;
        try
        {
            commandLine = CommandLineParser.Parse(args);
        }
        catch (CommandLineException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            await error.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return UsageError;
        }

        if (commandLine.ShowHelp)
        {
            await output.WriteLineAsync(CommandLineParser.Usage).ConfigureAwait(false);
            return Success;
        }

        SkytellsEmulator emulator;
        try
        {
            emulator = await SkytellsEmulator.StartAsync(commandLine.Options, stop).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await error.WriteLineAsync($"Could not start the emulator: {e.Message}").ConfigureAwait(false);
            return StartFailed;
        }

        await using (emulator.ConfigureAwait(false))
        {
            // Secrets belong to accounts, which exist only once the emulator runs; the parser checked every key is registered.
            foreach (var (key, secret) in commandLine.WebhookSecrets)
            {
                emulator.SetWebhookSecret(key, secret);
            }

            await output.WriteLineAsync(Banner(emulator, commandLine)).ConfigureAwait(false);
            await output.FlushAsync(stop).ConfigureAwait(false);
            started?.Invoke(emulator);
            try
            {
                await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await output.WriteLineAsync("Stopping.").ConfigureAwait(false);
            }
        }

        return Success;
    }

    internal static string Banner(SkytellsEmulator emulator, CommandLine commandLine)
    {
        var lines = new List<string>
        {
            "Skytells API emulator",
            $"  Standard gateway: {emulator.StandardBaseUrl}",
            $"  Edge gateway:     {emulator.EdgeBaseUrl}",
            "  Demo API keys (send as x-api-key):",
        };

        // Only the emulator's own public demo keys are printed; keys the user passed stay off the console.
        foreach (var (key, plan) in EmulatorApiKeys.Defaults)
        {
            if (commandLine.Options.ApiKeys.TryGetValue(key, out var registered) && registered == plan)
            {
                lines.Add($"    {key,-24} {plan}{(plan is AccountPlan.Business or AccountPlan.Enterprise ? " (Edge allowed)" : string.Empty)}");
            }
        }

        if (commandLine.UserKeyCount > 0)
        {
            lines.Add($"  Keys from --key: {commandLine.UserKeyCount} registered (not shown)");
        }

        if (commandLine.WebhookSecrets.Count > 0)
        {
            lines.Add($"  Webhook secrets from --webhook-secret: {commandLine.WebhookSecrets.Count} set (not shown)");
        }

        lines.Add("Press Ctrl+C to stop.");
        return string.Join(Environment.NewLine, lines);
    }
}
