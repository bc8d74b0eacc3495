using System.Text;
using StaticCatalog.Catalog.Review;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Sources;

/// <summary>The load stage: every <c>*.md</c> file below the seeds folder, in a stable order.</summary>
public static class SourceLoader
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<SourceFile> Load(string seedsDirectory, DiagnosticBag diagnostics) =>
        Load(seedsDirectory, diagnostics, out _);

    /// <param name="seedsDirectory">The seeds folder.</param>
    /// <param name="diagnostics">Where unreadable, empty and non-UTF-8 files are reported.</param>
    /// <param name="filesFound">Every seed file found, the ones that could not be decoded included.</param>
    public static IReadOnlyList<SourceFile> Load(string seedsDirectory, DiagnosticBag diagnostics, out int filesFound)
    {
        filesFound = 0;
        if (List(seedsDirectory, diagnostics) is not { } relativePaths)
        {
            return [];
        }

        filesFound = relativePaths.Length;

        var files = new SourceFile?[relativePaths.Length];
        Parallel.For(0, relativePaths.Length, i => files[i] = ReadSeed(seedsDirectory, relativePaths[i], diagnostics));

        return files.OfType<SourceFile>().ToArray();
    }

    /// <summary>The seed files below <paramref name="seedsDirectory"/>, relative and in ordinal order; null when the folder is missing (reported).</summary>
    public static string[]? List(string seedsDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(seedsDirectory))
        {
            diagnostics.Add(Diagnostic.Error(seedsDirectory, 0, 0, DiagnosticCodes.SeedFolderMissing,
                $"the seeds folder '{seedsDirectory}' does not exist"));
            return null;
        }

        // One walk of the folder finds the seeds and their review files.
        var files = Directory
            .EnumerateFiles(seedsDirectory, "*", new EnumerationOptions { RecurseSubdirectories = true })
            .Where(path => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(ReviewFile.Suffix, StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(seedsDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToLookup(path => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase));
        var seeds = files[true].ToArray();
        ReportOrphanReviews(seedsDirectory, seeds, files[false], diagnostics);
        return seeds;
    }

    /// <summary>A review file whose post was renamed or moved keeps its decisions from every build: say so, where it is.</summary>
    private static void ReportOrphanReviews(string seedsDirectory, string[] seeds, IEnumerable<string> reviewFiles, DiagnosticBag diagnostics)
    {
        var reviews = seeds.Select(ReviewFile.PathFor).ToHashSet(StringComparer.Ordinal);
        foreach (var relative in reviewFiles.Where(r => !reviews.Contains(r)))
        {
            diagnostics.Add(Diagnostic.Warning(Path.Combine(seedsDirectory, relative).Replace('\\', '/'), 1, 1, DiagnosticCodes.OrphanReviewFile,
                $"this review file has no post '{relative[..^ReviewFile.Suffix.Length]}.md' beside it, so its decisions apply to nothing: move it with its post, or delete it"));
        }
    }

    /// <summary>
    /// One seed file, by its path below the seeds folder, named in diagnostics as <c>seeds/relative/path.md</c>; its
    /// review file (<see cref="ReviewFile.PathFor"/>) comes with it when there is one.
    /// </summary>
    public static SourceFile? ReadSeed(string seedsDirectory, string relativePath, DiagnosticBag diagnostics)
    {
        var fullPath = Path.Combine(seedsDirectory, relativePath);
        var seed = Read(fullPath, fullPath.Replace('\\', '/'), relativePath, diagnostics);
        var reviewPath = ReviewFile.PathFor(fullPath);
        if (seed is null || !File.Exists(reviewPath))
        {
            return seed;
        }

        var review = Read(reviewPath, reviewPath.Replace('\\', '/'), ReviewFile.PathFor(relativePath), diagnostics);
        return review is null ? seed : seed with { Review = review };
    }

    /// <summary>Decodes one file, reporting empty files and bad bytes instead of throwing.</summary>
    public static SourceFile? Read(string fullPath, string displayPath, string relativePath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, 0, 0, DiagnosticCodes.UnreadableFile, ex.Message));
            return null;
        }

        return Decode(bytes, displayPath, relativePath, diagnostics);
    }

    public static SourceFile? Decode(ReadOnlySpan<byte> bytes, string displayPath, string relativePath, DiagnosticBag diagnostics)
    {
        var start = bytes.StartsWith(ByteOrderMark) ? 3 : 0;
        var content = bytes[start..];
        if (content.IsEmpty || IsAllWhiteSpace(content))
        {
            diagnostics.Add(Diagnostic.Warning(displayPath, 1, 1, DiagnosticCodes.EmptyFile, "the file is empty; it was skipped"));
            return null;
        }

        string? text = null;
        var bad = -1;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            bad = Math.Max(ex.Index, 0);
        }

        // A NUL byte decodes, but no text file holds one: the file is binary (an image saved as .md, a corrupt copy).
        var nul = content.IndexOf((byte)0);
        if (nul >= 0 && (bad < 0 || nul < bad))
        {
            var (line, column) = PositionOfByte(content, nul);
            diagnostics.Add(Diagnostic.Error(displayPath, line, column, DiagnosticCodes.InvalidUtf8,
                "the file holds a NUL byte, as binary files do, not text"));
            return null;
        }

        if (text is null)
        {
            var (line, column) = PositionOfByte(content, bad);
            diagnostics.Add(Diagnostic.Error(displayPath, line, column, DiagnosticCodes.InvalidUtf8,
                "the file is not valid UTF-8 (save it as UTF-8)"));
            return null;
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return new SourceFile(displayPath, relativePath, text);
    }

    private static bool IsAllWhiteSpace(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>1-based line and column (in characters, counting decodable bytes before it) of a byte offset.</summary>
    private static (int Line, int Column) PositionOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var prefix = bytes[lineStart..index];
        var column = Encoding.UTF8.GetCharCount(prefix) + 1;
        return (line, column);
    }
}
