namespace Skytells.Emulator.Assets;

/// <summary>The file type of a model kind's outputs.</summary>
internal sealed record AssetFormat(string Extension, string ContentType)
{
    public static readonly AssetFormat Png = new("png", "image/png");
    public static readonly AssetFormat Mp4 = new("mp4", "video/mp4");
    public static readonly AssetFormat Mp3 = new("mp3", "audio/mpeg");

    public static AssetFormat For(ModelKindName kind) => kind switch
    {
        ModelKindName.Video => Mp4,
        ModelKindName.Audio => Mp3,
        _ => Png,
    };
}
