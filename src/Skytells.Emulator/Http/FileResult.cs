namespace Skytells.Emulator.Http;

/// <summary>A binary answer with its own content type (generated assets).</summary>
internal sealed class FileResult : ApiResult
{
    private readonly ReadOnlyMemory<byte> _body;

    public FileResult(string contentType, ReadOnlyMemory<byte> body)
        : base(200)
    {
        ContentType = contentType;
        _body = body;
    }

    public override ReadOnlyMemory<byte> Body => _body;

    public override string ContentType { get; }
}
