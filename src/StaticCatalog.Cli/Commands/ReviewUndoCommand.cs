using Spectre.Console.Cli;

namespace StaticCatalog.Cli.Commands;

/// <summary><c>staticcatalog review undo POST ITEM...</c>: forgets the decisions on the items (the runner takes the one in force away); they are shown as extracted again.</summary>
public sealed class ReviewUndoCommand : Command<ReviewDecideSettings>
{
    public override int Execute(CommandContext context, ReviewDecideSettings settings, CancellationToken cancellationToken) =>
        ReviewCommandRunner.Run(settings, settings.Post, settings.Items, (_, _, review, item) =>
            item.Decision is null ? (null, $"{item.Id} \"{item.Label}\" has no decision to undo") : (review, "decision removed"));
}
