using Spectre.Console.Cli;
using StaticCatalog.Reviewing;

namespace StaticCatalog.Cli.Commands;

/// <summary><c>staticcatalog review accept POST ITEM...</c>: each item is right as extracted, and stays so.</summary>
public sealed class ReviewAcceptCommand : Command<ReviewDecideSettings>
{
    public override int Execute(CommandContext context, ReviewDecideSettings settings, CancellationToken cancellationToken) =>
        ReviewCommandRunner.Run(settings, settings.Post, settings.Items, (_, _, review, item) => (review.With(ReviewDecisions.Accept(item)), "accepted"));
}
