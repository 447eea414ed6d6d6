#!/usr/bin/env bash
# Writes the C# sources of one benchmark project (sourced by run.sh; not run on its own).
#
# generate_project DIR FILES CALLERS
#   DIR/Generated/Feature<i>.cs for i < CALLERS: Skytells calls of every kind the analyzer checks, including the
#     cross-file ones (holders in EdgeClients.cs, a partial class split over two files, a positional record, a member
#     body, a static readonly model id), all valid, so the build reports no Skytells diagnostics and the cost measured
#     is that of analysing, not of logging.
#   DIR/Generated/Plain<i>.cs for the other files: ordinary application code that never touches the library
#     (records, LINQ, string handling, dictionaries, async calls, object initializers, assignments).

write_shared() {
  local dir="$1"
  cat > "$dir/Generated/EdgeClients.cs" <<'CS'
using Skytells;

namespace Bench.Features;

public static class EdgeClients
{
    public static readonly SkytellsClient Shared = new("key", SkytellsGateway.Edge);

    public static SkytellsClient Fast { get; } = new(new SkytellsClientOptions { ApiKey = "key", Gateway = SkytellsGateway.Edge });

    public static readonly string PreviewModel = "truefusion-edge";
}
CS
}

write_feature() {
  local dir="$1" i="$2"
  cat > "$dir/Generated/Feature$i.cs" <<CS
using System.Text.Json.Nodes;
using Skytells;

namespace Bench.Features;

public sealed partial class Feature$i
{
    private const string PreviewModel = SkytellsModels.TrueFusionEdge;
    private readonly SkytellsClient _edge = new("key", SkytellsGateway.Edge);
    private readonly SkytellsClient _client;

    public Feature$i(SkytellsClient client) => _client = client;

    private SkytellsClient EdgeView => _client.Edge;

    public async Task<string> PreviewAsync(string prompt, CancellationToken cancellationToken)
    {
        var input = new JsonObject { ["prompt"] = prompt, ["width"] = 512 + $i % 7, ["height"] = 512 };
        var preview = await _client.Edge.Predictions.CreateAsync(PreviewModel, input, cancellationToken: cancellationToken);
        var fast = await _edge.Predictions.CreateAsync("flux-1-edge", input, cancellationToken: cancellationToken);
        var final = await _client.Standard.Predictions.CreateAsync(SkytellsModels.TrueFusionPro, input, cancellationToken: cancellationToken);
        var predictions = _client?.Edge.Predictions;
        var again = await predictions!.CreateAsync(SkytellsModels.Flux1Edge, input, cancellationToken: cancellationToken);
        var shared = await EdgeClients.Shared.Predictions.CreateAsync(EdgeClients.PreviewModel, input, cancellationToken: cancellationToken);
        var view = await EdgeView.Predictions.CreateAsync("truefusion-edge", input, cancellationToken: cancellationToken);
        return string.Join(",", new[] { preview.Id, fast.Id, final.Id, again.Id, shared.Id, view.Id }.Where(id => id.Length > $i % 3));
    }

    public Task<Prediction> RenderAsync([EdgeModelId] string model, string prompt) =>
        _client.Edge.Predictions.CreateAsync(model, new JsonObject { ["prompt"] = prompt });

    public Task<Prediction> CallerAsync() => RenderAsync(SkytellsModels.TrueFusionEdge, "feature $i");

    public Task<ChatCompletion> AskAsync(string question) =>
        _client.Edge.Chat.CompleteAsync(new ChatCompletionRequest
        {
            Model = SkytellsModels.DeepBrainRouter,
            Messages = [ChatMessage.User(question)],
        });

    public static int Score(IEnumerable<int> values) =>
        values.Where(v => v % ($i % 5 + 2) == 0).Select(v => v * v).Sum() + "feature$i".Length;

    public override string ToString() => \$"Feature{$i}:{Score(Enumerable.Range(0, 10))}";
}

public sealed partial class Feature$i
{
    public Task<Prediction> FastAsync(JsonObject input) => EdgeClients.Fast.Predictions.CreateAsync("flux-1-edge", input);
}

public sealed record Renderer$i([EdgeGateway] SkytellsClient Client)
{
    public Task<Prediction> RunAsync(JsonObject input) => Client.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, input);
}
CS
}

write_plain() {
  local dir="$1" i="$2"
  cat > "$dir/Generated/Plain$i.cs" <<CS
using System.Globalization;
using System.Text;

namespace Bench.Plain;

public sealed record Order$i(string Id, string Customer, decimal Amount, DateTime PlacedAt);

public sealed class OrderService$i
{
    private readonly Dictionary<string, List<Order$i>> _byCustomer = new(StringComparer.Ordinal);
    private readonly List<string> _log = [];

    public string Name { get; set; } = "service-$i";

    public int Count => _byCustomer.Values.Sum(orders => orders.Count);

    public void Add(Order$i order)
    {
        if (!_byCustomer.TryGetValue(order.Customer, out var orders))
        {
            orders = new List<Order$i>();
            _byCustomer[order.Customer] = orders;
        }

        orders.Add(order);
        _log.Add(string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2:0.00}", order.PlacedAt, order.Id, order.Amount));
        Name = Name.Length > 40 ? Name.Substring(0, 10) : Name + ".";
    }

    public IEnumerable<Order$i> Largest(int top) =>
        _byCustomer.Values.SelectMany(orders => orders).OrderByDescending(order => order.Amount).ThenBy(order => order.Id).Take(top);

    public async Task<string> ReportAsync(CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        foreach (var (customer, orders) in _byCustomer.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            var total = orders.Sum(order => order.Amount);
            builder.Append(customer.ToUpperInvariant()).Append(": ").Append(total.ToString("0.00", CultureInfo.InvariantCulture)).AppendLine();
        }

        var summary = new Summary$i { Lines = _log.Count, Text = builder.ToString().Trim(), Created = DateTime.UtcNow };
        summary.Text = summary.Text.Replace("\r", string.Empty, StringComparison.Ordinal);
        return summary.Text.Length > 0 ? summary.Text : "empty $i";
    }

    public static Order$i Parse(string line)
    {
        var parts = line.Split(',', StringSplitOptions.TrimEntries);
        return new Order$i(parts[0], parts[1], decimal.Parse(parts[2], CultureInfo.InvariantCulture), DateTime.Parse(parts[3], CultureInfo.InvariantCulture));
    }
}

public sealed class Summary$i
{
    public int Lines { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTime Created { get; init; }

    public override string ToString() => \$"{Lines} lines at {Created:O}: {Text}";
}
CS
}

generate_project() {
  local dir="$1" files="$2" callers="$3"
  mkdir -p "$dir/Generated"
  write_shared "$dir"
  for ((i = 0; i < files; i++)); do
    if ((i < callers)); then write_feature "$dir" "$i"; else write_plain "$dir" "$i"; fi
  done
}
