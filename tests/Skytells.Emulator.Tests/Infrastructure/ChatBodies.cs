using System.Text.Json.Nodes;

namespace Skytells.Emulator.Tests.Infrastructure;

/// <summary>Chat request bodies built with <see cref="JsonNode"/> (no reflection), so user text needs no hand escaping.</summary>
internal static class ChatBodies
{
    public static string User(string text, string model = SkytellsModels.DeepBrainRouter, bool stream = false, Action<JsonObject>? extra = null)
    {
        var body = new JsonObject
        {
            ["model"] = model,
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = text }),
        };
        if (stream)
        {
            body["stream"] = true;
        }

        extra?.Invoke(body);
        return body.ToJsonString();
    }

    public static JsonArray Tools(params string[] names)
    {
        var tools = new JsonArray();
        foreach (var name in names)
        {
            tools.Add(new JsonObject
            {
                ["type"] = "function",
                ["function"] = new JsonObject
                {
                    ["name"] = name,
                    ["description"] = $"The {name} tool.",
                    ["parameters"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["query"] = new JsonObject { ["type"] = "string" } } },
                },
            });
        }

        return tools;
    }
}
