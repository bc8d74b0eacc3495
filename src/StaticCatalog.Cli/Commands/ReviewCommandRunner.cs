using StaticCatalog.Catalog.Review;
using StaticCatalog.Diagnostics;
using StaticCatalog.Formatting;
using StaticCatalog.Reviewing;

namespace StaticCatalog.Cli.Commands;

/// <summary>
/// What every deciding review command does: read the post as <c>review</c> lists it, find each named item, make
/// the decision, save the post's review file once, print what was decided. An unknown post or item is an error
/// and then nothing is written.
/// </summary>
internal static class ReviewCommandRunner
{
    /// <param name="decide">The new review file for one item, or null with the problem in the string.</param>
    public static int Run(ReviewSettings settings, string postPath, IReadOnlyList<string> itemIds, Func<ReviewSession, ReviewPost, ReviewFile, ReviewItem, (ReviewFile? File, string Message)> decide)
    {
        var diagnostics = new DiagnosticBag();
        var session = ReviewSession.Open(settings.ToOptions(), diagnostics);
        ReviewPost? post = null;
        string? seed = null;
        if (session is not null)
        {
            seed = session.SeedOf(postPath, diagnostics);
        }

        FileStream? gate = null;
        if (session is not null && seed is not null)
        {
            // Read under the lock: a decision another command saved a moment ago is in what this one saves.
            gate = ReviewDecisions.Lock(Path.Combine(settings.Seeds, seed), TimeSpan.FromSeconds(30));
            if (gate is null)
            {
                diagnostics.Add(Diagnostic.Error(postPath, 0, 0, DiagnosticCodes.Usage, "another 'staticcatalog review' is deciding on this post; try again when it is done"));
            }
            else
            {
                post = session.Read(seed, diagnostics);
            }
        }

        using var held = gate;

        var messages = new List<string>();
        var review = post?.Review;
        if (post is not null && session is not null)
        {
            foreach (var id in itemIds)
            {
                if (post.Find(id) is not { } item)
                {
                    diagnostics.Add(Diagnostic.Error(post.DisplayPath, 0, 0, DiagnosticCodes.Usage,
                        $"the post has no item '{id}' ({NumberFormat.Counted(post.Items.Count(i => i.Kind == ReviewItemKind.Feature), "feature")}, f1 to f{post.Items.Count(i => i.Kind == ReviewItemKind.Feature)}; " +
                        $"{NumberFormat.Counted(post.Items.Count(i => i.Kind == ReviewItemKind.Limit), "limit")}; 'staticcatalog review --all {postPath}' lists them)"));
                    continue;
                }

                if (item.Curated)
                {
                    diagnostics.Add(Diagnostic.Error(post.DisplayPath, 0, 0, DiagnosticCodes.Usage, $"{item.Id} \"{item.Label}\" is written in the post's catalog: block; edit it there"));
                    continue;
                }

                // The decision in force on the item (found by label, or by the same figure or name) gives way to the new one.
                var (next, message) = decide(session, post, review!.Without(item.Decision), item);
                if (next is null)
                {
                    diagnostics.Add(Diagnostic.Error(post.DisplayPath, 0, 0, DiagnosticCodes.Usage, message));
                    continue;
                }

                review = next;
                messages.Add($"{item.Id} \"{item.Label}\": {message}");
            }
        }

        if (!diagnostics.HasErrors && post is not null && session is not null && review is not null)
        {
            if (ReviewDecisions.Save(post, review, session.Inputs.Taxonomy) is { } problem)
            {
                diagnostics.Add(Diagnostic.Error(post.ReviewPath, 0, 0, DiagnosticCodes.Internal, problem));
            }
        }

        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        if (diagnostics.HasErrors || post is null)
        {
            Console.Error.WriteLine("Nothing was written.");
            return CliApp.InputErrors;
        }

        foreach (var message in messages)
        {
            Console.Out.WriteLine(message);
        }

        Console.Out.WriteLine(review!.Decisions.Count == 0
            ? $"{ReviewFile.PathFor(post.DisplayPath)}: no decision left; the file was removed. The next build shows the items as extracted."
            : $"{ReviewFile.PathFor(post.DisplayPath)}: {NumberFormat.Counted(review.Decisions.Count, "decision")}; the next build shows {(review.Decisions.Count == 1 ? "it" : "them")} ({post.DisplayPath} is unchanged).");
        return CliApp.Success;
    }
}
