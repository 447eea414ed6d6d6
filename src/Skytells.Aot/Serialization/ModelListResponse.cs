namespace Skytells;

/// <summary>A model list wrapped as <c>{data: [...]}</c>, as some deployments answer instead of a bare array.</summary>
internal sealed class ModelListResponse
{
    public List<SkytellsModel>? Data { get; set; }
}
