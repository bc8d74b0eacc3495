namespace StaticCatalog.Catalog.Review;

/// <summary>
/// A seed's review decisions, kept in a file beside it (<c>post.md</c> has <c>post.catalog.yml</c>) so that a review
/// never changes a byte of the post. Read by every build, written by <c>staticcatalog review</c>.
/// </summary>
public sealed record ReviewFile(IReadOnlyList<ReviewDecision> Decisions)
{
    /// <summary>What ends a review file's name in place of the post's <c>.md</c>.</summary>
    public const string Suffix = ".catalog.yml";

    public static ReviewFile Empty { get; } = new([]);

    /// <summary>The review file of the seed at <paramref name="seedPath"/>: the same folder and name, <c>.catalog.yml</c> for <c>.md</c>.</summary>
    public static string PathFor(string seedPath) => Path.ChangeExtension(seedPath, null) + Suffix;

    /// <summary>The decision about the item with <paramref name="label"/>, or null.</summary>
    public ReviewDecision? For(ReviewItemKind kind, string label) => Decisions.FirstOrDefault(d => d.IsAbout(kind, label));

    /// <summary>These decisions with <paramref name="decision"/> in place of an earlier one about the same item, else after the others.</summary>
    public ReviewFile With(ReviewDecision decision)
    {
        var decisions = Decisions.ToList();
        var index = decisions.FindIndex(d => d.IsAbout(decision.Kind, decision.Item));
        if (index >= 0)
        {
            decisions[index] = decision;
        }
        else
        {
            decisions.Add(decision);
        }

        return new ReviewFile(decisions);
    }

    /// <summary>These decisions without <paramref name="decision"/> (this very one), or all of them when it is null.</summary>
    public ReviewFile Without(ReviewDecision? decision) => decision is null ? this : new(Decisions.Where(d => !ReferenceEquals(d, decision)).ToList());
}
