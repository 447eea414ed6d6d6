using System.Text.Json;

namespace Skytells;

/// <summary>The provider of a model.</summary>
public sealed class SkytellsModelVendor
{
    /// <summary>The vendor's name.</summary>
    public string? Name { get; set; }

    /// <summary>A short description.</summary>
    public string? Description { get; set; }

    /// <summary>The vendor's logo.</summary>
    public string? ImageUrl { get; set; }

    /// <summary>Whether Skytells verified the vendor.</summary>
    public bool? Verified { get; set; }

    /// <summary>The vendor's id.</summary>
    public string? Slug { get; set; }

    /// <summary>Vendor metadata, as received.</summary>
    public JsonElement? Metadata { get; set; }
}
