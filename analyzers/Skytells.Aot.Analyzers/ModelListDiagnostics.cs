using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// SKY1004 on a saved model list that cannot be read, at the line and column the reader names. An additional-file
/// action, so the IDE shows it live on the file itself.
/// </summary>
internal static class ModelListDiagnostics
{
    /// <summary>Reports SKY1004 when the file <paramref name="context"/> analyzes is a model list that does not parse.</summary>
    public static void Analyze(AdditionalFileAnalysisContext context)
    {
        if (!ModelListFile.IsModelList(context.AdditionalFile, context.Options)
            || ModelListFile.Read(context.AdditionalFile, context.CancellationToken) is not { Error: { } error } file)
        {
            return;
        }

        var position = new LinePosition(error.Line - 1, error.Column - 1);
        var text = file.File.GetText(context.CancellationToken);
        var offset = text is not null && position.Line < text.Lines.Count
            ? System.Math.Min(text.Lines[position.Line].Start + position.Character, text.Length)
            : 0;
        var location = Location.Create(file.File.Path, new TextSpan(offset, 0), new LinePositionSpan(position, position));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ModelListUnreadable,
            location,
            Path.GetFileName(file.File.Path),
            error.Message));
    }
}
