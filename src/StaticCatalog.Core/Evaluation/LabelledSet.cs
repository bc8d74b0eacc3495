namespace StaticCatalog.Evaluation;

/// <summary>A labelled set: its posts in <c>selection.txt</c>'s order, each with its half.</summary>
public sealed record LabelledSet(string Folder, IReadOnlyList<LabelledPost> Posts)
{
    public const string Dev = "dev";
    public const string Test = "test";

    /// <summary>The halves, in the order they are reported.</summary>
    public static IReadOnlyList<string> Halves { get; } = [Dev, Test];

    public IEnumerable<LabelledPost> In(string half) => Posts.Where(p => p.Half == half);
}
