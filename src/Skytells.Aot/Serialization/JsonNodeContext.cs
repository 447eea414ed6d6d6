using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>
/// <see cref="JsonObject"/> inputs, apart from <see cref="SkytellsJsonContext"/>: System.Text.Json.Nodes is linked
/// only into applications that send one.
/// </summary>
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class JsonNodeContext : JsonSerializerContext;
