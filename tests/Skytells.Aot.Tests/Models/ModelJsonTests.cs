using System.Text.Json;

namespace Skytells.Tests.Models;

/// <summary>The model object of spec section 8, including the pricing variants and fields this release does not know.</summary>
public sealed class ModelJsonTests
{
    private static SkytellsModel Parse(string json) => JsonSerializer.Deserialize(json, ModelJsonContext.Default.SkytellsModel)!;

    [Fact]
    public void The_specs_example_reads_in_full()
    {
        var model = Parse("""
            {"name":"TrueFusion","description":"TrueFusion Standard","namespace":"truefusion","type":"image","privacy":"public","img_url":null,
             "vendor":{"name":"Skytells","description":"Skytells AI","image_url":"https://cdn/v.png","verified":true,"slug":"skytells","metadata":null},
             "billable":true,"pricing":{"amount":0.03,"currency":"USD","unit":"image"},"capabilities":["text-to-image"],
             "metadata":{"edge_compatible":false,"openai_compatible":false,"cold_boot":false},"status":"operational"}
            """);
        Assert.Equal("TrueFusion", model.Name);
        Assert.Equal("truefusion", model.Namespace);
        Assert.Equal("image", model.Type);
        Assert.Null(model.ImageUrl);
        Assert.True(model.Vendor!.Verified);
        Assert.Equal("https://cdn/v.png", model.Vendor.ImageUrl);
        Assert.True(model.Billable);
        Assert.Equal(0.03, model.Pricing!.Amount);
        Assert.Equal("image", model.Pricing.Unit);
        Assert.Empty(model.Pricing.Criteria);
        Assert.Equal(["text-to-image"], model.Capabilities);
        Assert.False(model.IsEdgeCompatible);
        Assert.False(model.Metadata!.OpenAICompatible);
        Assert.Equal("operational", model.Status);
        Assert.Null(model.AdditionalProperties);
    }

    [Fact]
    public void Criteria_formulas_hardware_service_schemas_and_unknown_fields_are_kept()
    {
        var model = Parse("""
            {"namespace":"veo-3.1-fast","type":"video",
             "pricing":{"amount":"0.18","currency":"USD","unit":"second",
               "criterias":[{"field":"generate_audio","description":"with audio","operator":"equals","value":true,"billable_price":0.17,"unit":"second"},
                            {"field":"resolution","operator":"==","value":"720p","billable_price":0.07,"unit":"video"}],
               "formula":{"description":"per megapixel","type":"megapixel","variables":{"input_rate":0.01,"output_rate":0.02},
                          "terms":[{"megapixel_type":"output","megapixels_key":"mp_out","rate_key":"output_rate"}],"result_key":"price"}},
             "metadata":{"edge_compatible":true,"openai_compatible":false,"cold_boot":true,"deployment_hardware":{"type":"gpu","slug":"h100"}},
             "service":{"type":"prediction_serving","inference_party":"partner"},
             "input_schema":{"type":"object","required":["prompt"],"properties":{"prompt":{"type":"string"}}},
             "release":"2026-01"}
            """);
        Assert.Equal(0.18, model.Pricing!.Amount);
        Assert.Equal(2, model.Pricing.Criteria.Count);
        Assert.True(model.Pricing.Criteria[0].Value!.Value.GetBoolean());
        Assert.Equal("720p", model.Pricing.Criteria[1].Value!.Value.GetString());
        Assert.Equal(0.07, model.Pricing.Criteria[1].BillablePrice);
        Assert.Equal(0.02, model.Pricing.Formula!.Variables["output_rate"]);
        Assert.Equal("mp_out", model.Pricing.Formula.Terms[0].MegapixelsKey);
        Assert.Equal("price", model.Pricing.Formula.ResultKey);
        Assert.True(model.IsEdgeCompatible);
        Assert.Equal("h100", model.Metadata!.DeploymentHardware!.Slug);
        Assert.Equal("partner", model.Service!.InferenceParty);
        Assert.Equal("prompt", model.InputSchema!.Value.GetProperty("required")[0].GetString());
        Assert.Equal("2026-01", model.AdditionalProperties!["release"].GetString());
    }
}
