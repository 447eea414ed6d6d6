using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class ChatCompletionTests
{
    [Theory]
    [InlineData(EmulatorGateway.Standard)]
    [InlineData(EmulatorGateway.Edge)]
    public async Task Completion_has_the_openai_shape_and_echoes_the_last_user_message(EmulatorGateway gateway)
    {
        await using var host = await EmulatorHost.StartAsync();
        const string Body = """
            {"model":"deepbrain-router","messages":[
              {"role":"system","content":"Be brief."},
              {"role":"user","content":"What is the capital of France"}]}
            """;

        var response = await host.PostAsync(gateway, "/chat/completions", Body);

        var json = response.AssertOk().Json;
        Assert.StartsWith("chatcmpl-", json.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("chat.completion", json.GetProperty("object").GetString());
        Assert.True(json.GetProperty("created").GetInt64() > 1_600_000_000);
        Assert.Equal("deepbrain-router", json.GetProperty("model").GetString());
        Assert.StartsWith("fp_", json.GetProperty("system_fingerprint").GetString(), StringComparison.Ordinal);

        var choice = Assert.Single(json.GetProperty("choices").EnumerateArray());
        Assert.Equal(0, choice.GetProperty("index").GetInt32());
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        var message = choice.GetProperty("message");
        Assert.Equal("assistant", message.GetProperty("role").GetString());
        Assert.Equal("Echo: What is the capital of France", message.GetProperty("content").GetString());
        Assert.Equal(JsonValueKind.Null, message.GetProperty("refusal").ValueKind);
        Assert.Equal(0, message.GetProperty("annotations").GetArrayLength());
        Assert.False(message.TryGetProperty("tool_calls", out _));

        var filters = choice.GetProperty("content_filter_results");
        foreach (var category in new[] { "hate", "self_harm", "sexual", "violence" })
        {
            Assert.False(filters.GetProperty(category).GetProperty("filtered").GetBoolean());
            Assert.Equal("safe", filters.GetProperty(category).GetProperty("severity").GetString());
        }

        Assert.False(filters.GetProperty("protected_material_code").GetProperty("detected").GetBoolean());
        Assert.False(filters.GetProperty("protected_material_text").GetProperty("filtered").GetBoolean());

        // Prompt: 2 + 6 words; completion: "Echo:" and the 6 words.
        var usage = json.GetProperty("usage");
        Assert.Equal(8, usage.GetProperty("prompt_tokens").GetInt32());
        Assert.Equal(7, usage.GetProperty("completion_tokens").GetInt32());
        Assert.Equal(15, usage.GetProperty("total_tokens").GetInt32());

        var prompt = Assert.Single(json.GetProperty("prompt_filter_results").EnumerateArray());
        Assert.Equal(0, prompt.GetProperty("prompt_index").GetInt32());
        Assert.False(prompt.GetProperty("content_filter_results").GetProperty("jailbreak").GetProperty("detected").GetBoolean());
    }

    [Fact]
    public async Task Parts_content_is_read_as_text_with_its_images_counted()
    {
        await using var host = await EmulatorHost.StartAsync();
        const string Body = """
            {"model":"gpt-5","messages":[{"role":"user","content":[
              {"type":"text","text":"Describe"},
              {"type":"image_url","image_url":{"url":"https://example.com/cat.png","detail":"low"}},
              {"type":"text","text":"this cat"}]}]}
            """;

        var json = (await host.PostAsync(EmulatorGateway.Edge, "/chat/completions", Body)).AssertOk().Json;

        Assert.Equal("Echo: Describe this cat [1 image]", Content(json));
        Assert.Equal(3, json.GetProperty("usage").GetProperty("prompt_tokens").GetInt32());
    }

    [Fact]
    public async Task Tools_make_the_answer_a_call_to_the_first_tool_with_the_user_text_as_arguments()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("weather in Paris", extra: b => b["tools"] = ChatBodies.Tools("search", "weather"));

        var choice = Choice((await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", body)).AssertOk().Json);

        Assert.Equal("tool_calls", choice.GetProperty("finish_reason").GetString());
        var message = choice.GetProperty("message");
        Assert.Equal(JsonValueKind.Null, message.GetProperty("content").ValueKind);
        var call = Assert.Single(message.GetProperty("tool_calls").EnumerateArray());
        Assert.StartsWith("call_", call.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("function", call.GetProperty("type").GetString());
        Assert.Equal("search", call.GetProperty("function").GetProperty("name").GetString());
        using var arguments = JsonDocument.Parse(call.GetProperty("function").GetProperty("arguments").GetString()!);
        Assert.Equal("weather in Paris", arguments.RootElement.GetProperty("query").GetString());
    }

    [Fact]
    public async Task Named_tool_choice_calls_that_tool()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("weather in Paris", extra: b =>
        {
            b["tools"] = ChatBodies.Tools("search", "weather");
            b["tool_choice"] = new JsonObject { ["type"] = "function", ["function"] = new JsonObject { ["name"] = "weather" } };
        });

        var choice = Choice((await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", body)).AssertOk().Json);

        Assert.Equal("weather", choice.GetProperty("message").GetProperty("tool_calls")[0].GetProperty("function").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Tool_choice_none_answers_with_text()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("weather in Paris", extra: b =>
        {
            b["tools"] = ChatBodies.Tools("search");
            b["tool_choice"] = "none";
        });

        var json = (await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", body)).AssertOk().Json;

        Assert.Equal("Echo: weather in Paris", Content(json));
        Assert.Equal("stop", Choice(json).GetProperty("finish_reason").GetString());
    }

    [Fact]
    public async Task After_a_tool_message_the_model_answers_with_text_from_the_tool_result()
    {
        await using var host = await EmulatorHost.StartAsync();
        const string Body = """
            {"model":"deepbrain-router",
             "tools":[{"type":"function","function":{"name":"weather"}}],
             "messages":[
              {"role":"user","content":"weather in Paris"},
              {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"weather","arguments":"{}"}}]},
              {"role":"tool","tool_call_id":"call_1","content":"22 degrees and sunny"}]}
            """;

        var json = (await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", Body)).AssertOk().Json;

        Assert.Equal("Answer: 22 degrees and sunny", Content(json));
        Assert.Equal("stop", Choice(json).GetProperty("finish_reason").GetString());
        Assert.False(Choice(json).GetProperty("message").TryGetProperty("tool_calls", out _));
    }

    [Fact]
    public async Task Json_object_response_format_answers_a_json_object_string()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("hi \"there\"", extra: b => b["response_format"] = new JsonObject { ["type"] = "json_object" });

        var content = Content((await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", body)).AssertOk().Json);

        using var answer = JsonDocument.Parse(content);
        Assert.Equal(JsonValueKind.Object, answer.RootElement.ValueKind);
        Assert.Equal("Echo: hi \"there\"", answer.RootElement.GetProperty("reply").GetString());
    }

    [Fact]
    public async Task Stop_cuts_the_answer_at_the_earliest_stop_sequence()
    {
        await using var host = await EmulatorHost.StartAsync();
        var listBody = ChatBodies.User("one two three four", extra: b => b["stop"] = new JsonArray("three", "two"));
        var stringBody = ChatBodies.User("one two three four", extra: b => b["stop"] = "four");

        var list = (await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", listBody)).AssertOk().Json;
        var single = (await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", stringBody)).AssertOk().Json;

        Assert.Equal("Echo: one ", Content(list));
        Assert.Equal("stop", Choice(list).GetProperty("finish_reason").GetString());
        Assert.Equal("Echo: one two three ", Content(single));
    }

    [Fact]
    public async Task Max_tokens_truncates_with_finish_reason_length()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("one two three four", extra: b => b["max_tokens"] = 3);

        var json = (await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", body)).AssertOk().Json;

        Assert.Equal("Echo: one two", Content(json));
        Assert.Equal("length", Choice(json).GetProperty("finish_reason").GetString());
        Assert.Equal(3, json.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
    }

    [Fact]
    public async Task Max_tokens_above_the_answer_length_changes_nothing()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("one two", extra: b => b["max_completion_tokens"] = 3);

        var json = (await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", body)).AssertOk().Json;

        Assert.Equal("Echo: one two", Content(json));
        Assert.Equal("stop", Choice(json).GetProperty("finish_reason").GetString());
    }

    [Fact]
    public async Task Chat_requests_are_recorded_with_body_and_status()
    {
        await using var host = await EmulatorHost.StartAsync();
        var body = ChatBodies.User("hello");

        await host.PostAsync(EmulatorGateway.Edge, "/chat/completions", body);

        var record = Assert.Single(host.Emulator.Requests);
        Assert.Equal(EmulatorGateway.Edge, record.Gateway);
        Assert.Equal("/v1/chat/completions", record.Path);
        Assert.Equal(body, record.Body);
        Assert.Equal(200, record.StatusCode);
    }

    private static JsonElement Choice(JsonElement completion) => completion.GetProperty("choices")[0];

    private static string Content(JsonElement completion) => Choice(completion).GetProperty("message").GetProperty("content").GetString()!;

    [Fact]
    public async Task N_answers_with_that_many_choices_and_usage_counts_them_all()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", ChatBodies.User("one two", extra: b => b["n"] = 3));

        var json = response.AssertOk().Json;
        var choices = json.GetProperty("choices");
        Assert.Equal([0, 1, 2], choices.EnumerateArray().Select(c => c.GetProperty("index").GetInt32()));
        Assert.All(choices.EnumerateArray(), c => Assert.Equal("Echo: one two", c.GetProperty("message").GetProperty("content").GetString()));
        Assert.All(choices.EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("logprobs").ValueKind));
        Assert.Equal(9, json.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
    }

    [Fact]
    public async Task Logprobs_true_answers_with_one_entry_per_token()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Edge, "/chat/completions", ChatBodies.User("one two", extra: b => b["logprobs"] = true));

        var content = response.AssertOk().Json.GetProperty("choices")[0].GetProperty("logprobs").GetProperty("content");
        Assert.Equal(["Echo:", " one", " two"], content.EnumerateArray().Select(t => t.GetProperty("token").GetString()));
        Assert.All(content.EnumerateArray(), t => Assert.Equal(0, t.GetProperty("logprob").GetDouble()));
        Assert.Equal((int)'E', content[0].GetProperty("bytes")[0].GetInt32());
    }

    [Theory]
    [InlineData("n", "0")]
    [InlineData("n", "9")]
    [InlineData("n", "\"two\"")]
    [InlineData("logprobs", "1")]
    public async Task Invalid_n_or_logprobs_is_400_naming_the_field(string field, string value)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", ChatBodies.User("hi", extra: b => b[field] = JsonNode.Parse(value)));

        Assert.Equal(field, response.AssertInferenceError(HttpStatusCode.BadRequest, "INVALID_PARAMETER").GetProperty("param").GetString());
    }
}
