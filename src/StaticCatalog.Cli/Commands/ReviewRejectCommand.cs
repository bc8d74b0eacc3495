using Spectre.Console.Cli;
using StaticCatalog.Reviewing;

namespace StaticCatalog.Cli.Commands;

/// <summary><c>staticcatalog review reject POST ITEM...</c>: each item is not a feature or limit the post announces; it is left out.</summary>
public sealed class ReviewRejectCommand : Command<ReviewDecideSettings>
{
    public override int Execute(CommandContext context, ReviewDecideSettings settings, CancellationToken cancellationToken) =>
        ReviewCommandRunner.Run(settings, settings.Post, settings.Items, (_, _, review, item) => (review.With(ReviewDecisions.Reject(item)), "rejected"));
}
