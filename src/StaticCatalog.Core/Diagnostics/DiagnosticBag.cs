using System.Collections.Concurrent;

namespace StaticCatalog.Diagnostics;

/// <summary>Collects diagnostics from parallel stages; reads them back in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic);
        }
    }

    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>Sorted by path, line, column and code so that output never depends on thread timing.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
