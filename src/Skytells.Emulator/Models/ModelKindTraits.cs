namespace Skytells.Emulator.Models;

/// <summary>The per-kind facts the wire needs: the <c>type</c> word, price and capability list.</summary>
internal static class ModelKindTraits
{
    /// <summary>The model <c>type</c> on the wire; the API has no embedding type, embeddings are text models.</summary>
    public static string WireType(ModelKindName kind) => kind switch
    {
        ModelKindName.Image => "image",
        ModelKindName.Video => "video",
        ModelKindName.Audio => "audio",
        _ => "text",
    };

    /// <summary>A simple flat price per output (USD); the emulator does not model per-criteria pricing.</summary>
    public static (decimal Amount, string Unit) Price(ModelKindName kind) => kind switch
    {
        ModelKindName.Image => (0.03m, "image"),
        ModelKindName.Video => (0.98m, "video"),
        ModelKindName.Audio => (0.10m, "prediction"),
        _ => (0.000002m, "token"),
    };

    public static string[] Capabilities(ModelKindName kind) => kind switch
    {
        ModelKindName.Image => ["text-to-image"],
        ModelKindName.Video => ["text-to-video", "image-to-video"],
        ModelKindName.Audio => ["text-to-audio"],
        ModelKindName.Text => ["chat"],
        _ => ["embeddings"],
    };
}
