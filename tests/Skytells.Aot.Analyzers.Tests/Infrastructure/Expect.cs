using Microsoft.CodeAnalysis.Testing;

namespace Skytells.Aot.Analyzers.Tests.Infrastructure;

/// <summary>Expected diagnostics, located at markup span <c>{|#0:...|}</c> unless said otherwise.</summary>
internal static class Expect
{
    /// <summary>
    /// SKY1001 naming <paramref name="alternative"/>. The "send to Standard" target (an additional location) is not
    /// compared here; the tests about that fix assert it with <see cref="Sky1001WithStandardTarget"/>.
    /// </summary>
    public static DiagnosticResult Sky1001(string model, string alternative = "truefusion-edge", int location = 0) =>
        Verify.Diagnostic(Descriptors.EdgeModelNotSupported)
            .WithLocation(location)
            .WithArguments(model, $"'{alternative}'")
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>SKY1001 whose "send to Standard" fix renames the <c>Edge</c> at markup span <c>{|#1:...|}</c>.</summary>
    public static DiagnosticResult Sky1001WithStandardTarget(string model, string alternative = "truefusion-edge") =>
        Verify.Diagnostic(Descriptors.EdgeModelNotSupported)
            .WithLocation(0)
            .WithLocation(1)
            .WithArguments(model, $"'{alternative}'");

    /// <summary>SKY1001 for a model with no Edge-capable alternative.</summary>
    public static DiagnosticResult Sky1001NoAlternative(string model, int location = 0) =>
        Verify.Diagnostic(Descriptors.EdgeModelNotSupportedNoAlternative)
            .WithLocation(location)
            .WithArguments(model)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>SKY1002 with a "did you mean".</summary>
    public static DiagnosticResult Sky1002(string model, string suggestion, int location = 0) =>
        Verify.Diagnostic(Descriptors.UnknownModelWithSuggestion).WithLocation(location).WithArguments(model, suggestion);

    /// <summary>SKY1002 with nothing to suggest.</summary>
    public static DiagnosticResult Sky1002(string model, int location = 0) =>
        Verify.Diagnostic(Descriptors.UnknownModel).WithLocation(location).WithArguments(model);

    /// <summary>SKY1003.</summary>
    public static DiagnosticResult Sky1003(int location = 0) =>
        Verify.Diagnostic(Descriptors.EdgeModelNotConstant).WithLocation(location);
}
