using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Build;

/// <summary>
/// Dates as people write them: the common forms are read (as the same instant), anything else is error SC1007 at
/// the date's line and column, with exit code 1 and the previous site untouched.
/// </summary>
[Trait("Category", "Program")]
public sealed class BadDateTests : IDisposable
{
    private readonly PreviousSite _site = new();

    private static readonly string[] Accepted =
    [
        "2025-11-19T20:00:00Z", "2025-11-19 20:00", "19 Nov 2025", "Nov 19, 2025", "November 19, 2025", "Wed, 19 Nov 2025 20:00:00 GMT", "'2025-11-19'",
    ];

    /// <summary>A date that is refused and the column it starts at (line 3).</summary>
    private static readonly (string Date, int Column)[] Refused =
    [
        ("19/11/2025", 7), ("11/19/2025", 7), ("2025-11-31", 7), ("2025-13-01", 7), ("Thu, 19 Nov 2025 20:00:00 GMT", 7), ("next Tuesday", 7),
        ("20251119", 7), ("\"\"", 7), ("  '2025'", 9), ("[2025, 11, 19]", 7),
    ];

    [Fact]
    public void The_common_date_forms_build_each_post_in_its_month()
    {
        for (var i = 0; i < Accepted.Length; i++)
        {
            _site.Write($"seeds/dated-{i}.md", $"---\ntitle: Dated post {i}\ndate: {Accepted[i]}\n---\nBody\n");
        }

        var run = _site.Build();

        for (var i = 0; i < Accepted.Length; i++)
        {
            var page = $"posts/2025/11/dated-post-{i}/index.html";
            _site.AssertBuiltWith(run, page);
            Assert.True(File.ReadAllText(Path.Combine(_site.Output, page)).Contains("datetime=\"2025-11-19T", StringComparison.Ordinal), Accepted[i]);
        }
    }

    [Fact]
    public void Any_other_date_is_an_error_at_the_date()
    {
        for (var i = 0; i < Refused.Length; i++)
        {
            _site.Write($"seeds/dated-{i}.md", $"---\ntitle: Dated post {i}\ndate: {Refused[i].Date}\n---\nBody\n");
        }

        _site.AssertFailedWithEach(_site.Build(), [.. Refused.Select((refused, i) => ($"seeds/dated-{i}.md", 3, refused.Column, DiagnosticCodes.InvalidDate))]);
    }

    public void Dispose() => _site.Dispose();
}
