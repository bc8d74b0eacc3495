using System.IO.Hashing;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Output;

/// <summary>
/// The write stage of a build that stays in memory between rebuilds (<c>serve</c>). The first write replaces
/// the output folder as <see cref="SiteWriter"/> does. Later writes compare each file with a digest of what was
/// last written there and write only the files whose bytes changed, each to a temporary file then renamed over
/// the old one, so a browser never reads half a page; a complete site also deletes the files it no longer has.
/// </summary>
public sealed class IncrementalSiteWriter
{
    private const string TemporarySuffix = ".staticcatalog-tmp";

    private readonly string _outputDirectory;
    private readonly Dictionary<string, UInt128> _digests = new(StringComparer.Ordinal);
    private bool _replaced;

    public IncrementalSiteWriter(string outputDirectory)
    {
        _outputDirectory = outputDirectory;
    }

    /// <summary>
    /// Writes the files that differ from the last write. <paramref name="complete"/> says <paramref name="files"/>
    /// is the whole site: files written before and missing now are then deleted. Null on failure (reported).
    /// </summary>
    public IncrementalWrite? Write(IReadOnlyList<OutputFile> files, bool complete, DiagnosticBag diagnostics)
    {
        if (!_replaced)
        {
            if (!complete || !SiteWriter.Write(_outputDirectory, files, diagnostics))
            {
                return null;
            }

            _replaced = true;
            foreach (var file in files)
            {
                _digests[file.RelativePath] = XxHash128.HashToUInt128(file.Content);
            }

            return new IncrementalWrite(files.Select(f => f.RelativePath).ToList(), []);
        }

        var changed = files
            .Select(file => (file, digest: XxHash128.HashToUInt128(file.Content)))
            .Where(f => !_digests.TryGetValue(f.file.RelativePath, out var old) || old != f.digest)
            .OrderBy(f => f.file.RelativePath, StringComparer.Ordinal)
            .ToList();
        var removed = complete
            ? _digests.Keys.Except(files.Select(f => f.RelativePath), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : [];
        try
        {
            Parallel.ForEach(changed, f => Replace(f.file));
            foreach (var path in removed)
            {
                Delete(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The digests of what did reach the disk are unknown now: the next write replaces the whole folder.
            _replaced = false;
            _digests.Clear();
            diagnostics.Add(Diagnostic.Error(_outputDirectory, 0, 0, DiagnosticCodes.OutputWrite, $"the site could not be written: {ex.Message}"));
            return null;
        }

        foreach (var (file, digest) in changed)
        {
            _digests[file.RelativePath] = digest;
        }

        foreach (var path in removed)
        {
            _digests.Remove(path);
        }

        return new IncrementalWrite(changed.Select(f => f.file.RelativePath).ToList(), removed);
    }

    private void Replace(OutputFile file)
    {
        var path = Path.Combine(_outputDirectory, file.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + TemporarySuffix;
        File.WriteAllBytes(temporary, file.Content);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Deletes a file and the folders it leaves empty, so the folder matches a clean build's.</summary>
    private void Delete(string relativePath)
    {
        var root = Path.GetFullPath(_outputDirectory);
        var path = Path.Combine(root, relativePath);
        File.Delete(path);
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.EnumerateFileSystemEntries(folder).Any())
            {
                break;
            }

            Directory.Delete(folder);
        }
    }
}
