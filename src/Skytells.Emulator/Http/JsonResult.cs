namespace Skytells.Emulator.Http;

/// <summary>A JSON answer (every API answer, success or error, is one).</summary>
internal sealed class JsonResult : ApiResult
{
    public const string JsonContentType = "application/json";

    private readonly byte[] _body;

    public JsonResult(int statusCode, byte[] body)
        : base(statusCode) => _body = body;

    public override ReadOnlyMemory<byte> Body => _body;

    public override string ContentType => JsonContentType;
}
