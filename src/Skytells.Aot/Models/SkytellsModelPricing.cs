using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>What a prediction of a model costs: a base price per unit, refined by criteria or a formula.</summary>
public sealed class SkytellsModelPricing
{
    /// <summary>The price per <see cref="Unit"/>.</summary>
    public double? Amount { get; set; }

    /// <summary>The currency (<c>USD</c>).</summary>
    public string? Currency { get; set; }

    /// <summary><c>image</c>, <c>second</c>, <c>token</c>, <c>image_megapixel</c>...</summary>
    public string? Unit { get; set; }

    /// <summary>Prices that apply when an input field has a given value (the API spells it <c>criterias</c>).</summary>
    [JsonPropertyName("criterias")]
    public IReadOnlyList<SkytellsPricingCriterion> Criteria { get => field ?? []; set; }

    /// <summary>A price computed from the input (megapixels and rates).</summary>
    public SkytellsPricingFormula? Formula { get; set; }
}

/// <summary>A price that applies when an input field compares equal to a value.</summary>
public sealed class SkytellsPricingCriterion
{
    /// <summary>The input field.</summary>
    public string? Field { get; set; }

    /// <summary>What the criterion means.</summary>
    public string? Description { get; set; }

    /// <summary><c>equals</c> or <c>==</c>.</summary>
    public string? Operator { get; set; }

    /// <summary>The value compared (a string, a boolean or a number), as received.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>The price when the criterion holds.</summary>
    public double? BillablePrice { get; set; }

    /// <summary>The unit of <see cref="BillablePrice"/>.</summary>
    public string? Unit { get; set; }
}

/// <summary>A price computed from the input.</summary>
public sealed class SkytellsPricingFormula
{
    /// <summary>What the formula computes.</summary>
    public string? Description { get; set; }

    /// <summary>The kind of formula.</summary>
    public string? Type { get; set; }

    /// <summary>Named rates and constants.</summary>
    public IReadOnlyDictionary<string, double> Variables { get => field ?? new Dictionary<string, double>(); set; }

    /// <summary>The terms summed into the price.</summary>
    public IReadOnlyList<SkytellsPricingTerm> Terms { get => field ?? []; set; }

    /// <summary>The variable that holds the result.</summary>
    public string? ResultKey { get; set; }
}

/// <summary>One term of a pricing formula: megapixels of one kind times a rate.</summary>
public sealed class SkytellsPricingTerm
{
    /// <summary>Which megapixels the term counts (input or output).</summary>
    public string? MegapixelType { get; set; }

    /// <summary>The variable holding the megapixels.</summary>
    public string? MegapixelsKey { get; set; }

    /// <summary>The variable holding the rate.</summary>
    public string? RateKey { get; set; }
}
