using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// The project's saved copy of the API's <c>GET /models</c> answer: an AdditionalFile named <c>skytells-models.json</c>,
/// or any AdditionalFile the package's targets mark from a <c>SkytellsModelList</c> item. Parsed once per file text,
/// across compilations (the IDE makes a new compilation on every edit, the file rarely changes).
/// </summary>
internal sealed class ModelListFile
{
    /// <summary>The file name recognised without any MSBuild item.</summary>
    public const string FileName = "skytells-models.json";

    /// <summary>The item metadata the package's targets set on the AdditionalFile made from a <c>SkytellsModelList</c> item.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.SkytellsModelList";

    private static readonly ConditionalWeakTable<SourceText, Parsed> Cache = new();

    private ModelListFile(AdditionalText file, Parsed parsed)
    {
        File = file;
        Entries = parsed.Entries;
        Error = parsed.Error;
    }

    /// <summary>The additional file.</summary>
    public AdditionalText File { get; }

    /// <summary>The models by slug; empty when the file could not be read.</summary>
    public IReadOnlyDictionary<string, ModelListEntry> Entries { get; }

    /// <summary>Why the file could not be read, or null.</summary>
    public ModelListFormatException? Error { get; }

    /// <summary>Whether <paramref name="file"/> is a saved model list.</summary>
    public static bool IsModelList(AdditionalText file, AnalyzerOptions options) =>
        string.Equals(Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase)
        || (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(MetadataKey, out var marked)
            && string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>The first saved model list among the compilation's additional files, or null.</summary>
    public static ModelListFile? Find(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (IsModelList(file, options))
            {
                return Read(file, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>Reads <paramref name="file"/> (from the cache when its text was read before).</summary>
    public static ModelListFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        var parsed = text is null ? Parsed.Empty : Cache.GetValue(text, static text => Parsed.From(text.ToString()));
        return new ModelListFile(file, parsed);
    }

    private sealed class Parsed
    {
        public static readonly Parsed Empty = new(new Dictionary<string, ModelListEntry>(), error: null);

        private Parsed(IReadOnlyDictionary<string, ModelListEntry> entries, ModelListFormatException? error)
        {
            Entries = entries;
            Error = error;
        }

        public IReadOnlyDictionary<string, ModelListEntry> Entries { get; }

        public ModelListFormatException? Error { get; }

        public static Parsed From(string text)
        {
            try
            {
                var entries = new Dictionary<string, ModelListEntry>(StringComparer.Ordinal);
                foreach (var entry in ModelListReader.Parse(text))
                {
                    entries[entry.Slug] = entry;
                }

                return new Parsed(entries, error: null);
            }
            catch (ModelListFormatException error)
            {
                return new Parsed(Empty.Entries, error);
            }
        }
    }
}
