using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Skytells.Aot.Analyzers;

/// <summary>What kind of value was passed where a model id is expected.</summary>
internal enum ModelValueKind
{
    /// <summary>Nothing to check: a null constant, or code that does not compile yet.</summary>
    Ignored,

    /// <summary>
    /// A string known at compile time: literals, <c>const</c>s, constant concatenation, <c>nameof</c>, and
    /// <c>static readonly</c> fields whose only write is a constant initializer.
    /// </summary>
    Constant,

    /// <summary>
    /// An <c>[EdgeModelId]</c> parameter or property passed on: its own callers were checked, so the requirement
    /// forwards (as CA1857 does for <c>[ConstantExpected]</c>) and nothing is reported here.
    /// </summary>
    Forwarded,

    /// <summary>Any other value: it cannot be verified at compile time.</summary>
    NotConstant,
}

/// <summary>A classified model id value.</summary>
internal readonly struct ModelValue
{
    private ModelValue(ModelValueKind kind, string? id)
    {
        Kind = kind;
        Id = id;
    }

    /// <summary>The kind of value.</summary>
    public ModelValueKind Kind { get; }

    /// <summary>The model id when <see cref="Kind"/> is <see cref="ModelValueKind.Constant"/>.</summary>
    public string? Id { get; }

    /// <summary>Classifies <paramref name="value"/>.</summary>
    public static ModelValue Classify(IOperation value, SkytellsSymbols symbols)
    {
        if (value.ConstantValue.HasValue)
        {
            return value.ConstantValue.Value is string id
                ? new ModelValue(ModelValueKind.Constant, id)
                : default;
        }

        var written = value.WalkDownConversion();
        if (written is IFieldReferenceOperation field && ReadonlyModelId.TryGetValue(field) is { } readonlyId)
        {
            return new ModelValue(ModelValueKind.Constant, readonlyId);
        }

        if (written is IInvalidOperation || written.Type is null or { TypeKind: TypeKind.Error } || HasErrors(written))
        {
            return default;
        }

        var forwarded = written switch
        {
            IParameterReferenceOperation parameter => symbols.IsEdgeModelId(parameter.Parameter.OriginalDefinition),
            IPropertyReferenceOperation property => symbols.IsEdgeModelId(property.Property.OriginalDefinition),
            _ => false,
        };
        return new ModelValue(forwarded ? ModelValueKind.Forwarded : ModelValueKind.NotConstant, id: null);
    }

    // Half-typed code (`CreateAsync(Mod`) binds to invalid operations somewhere below; stay quiet until it compiles.
    private static bool HasErrors(IOperation operation)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is IInvalidOperation)
            {
                return true;
            }
        }

        return false;
    }
}
