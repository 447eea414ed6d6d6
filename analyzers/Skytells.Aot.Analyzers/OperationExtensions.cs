using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Skytells.Aot.Analyzers;

/// <summary>Small helpers over <see cref="IOperation"/> trees.</summary>
internal static class OperationExtensions
{
    /// <summary>
    /// Skips conversions that do not run user code, so <c>(object)x</c>, implicit boxing and target typing all lead to
    /// the value that was written.
    /// </summary>
    public static IOperation WalkDownConversion(this IOperation operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The receiver of a call, including the <c>this</c> argument of an extension method.</summary>
    public static IOperation? GetReceiver(this IInvocationOperation invocation)
    {
        if (invocation.Instance is { } instance)
        {
            return instance;
        }

        if (invocation.TargetMethod.IsExtensionMethod)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { Ordinal: 0 })
                {
                    return argument.Value;
                }
            }
        }

        return null;
    }

    /// <summary>For the implicit receiver inside <c>a?.b</c>, the <c>a</c> whose value it stands for.</summary>
    public static IOperation? GetConditionalAccessTarget(this IConditionalAccessInstanceOperation instance)
    {
        IOperation child = instance;
        for (var current = instance.Parent; current is not null; child = current, current = current.Parent)
        {
            if (current is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access.Operation;
            }
        }

        return null;
    }
}
