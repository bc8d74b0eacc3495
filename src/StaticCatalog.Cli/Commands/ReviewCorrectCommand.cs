using System.Globalization;
using Spectre.Console.Cli;
using StaticCatalog.Catalog;
using StaticCatalog.Reviewing;

namespace StaticCatalog.Cli.Commands;

/// <summary>
/// <c>staticcatalog review correct POST ITEM --status ga ...</c>: the item is real, with the fields given fixed; the
/// fields not given stay as extracted.
/// </summary>
public sealed class ReviewCorrectCommand : Command<ReviewCorrectSettings>
{
    public override int Execute(CommandContext context, ReviewCorrectSettings settings, CancellationToken cancellationToken) =>
        ReviewCommandRunner.Run(settings, settings.Post, [settings.Item], (session, _, review, item) =>
        {
            var unknown = settings.Service.FirstOrDefault(s => session.Inputs.Taxonomy.Find(s) is null);
            if (unknown is not null)
            {
                return (null, $"--service: '{unknown}' is not a service slug of services.yml");
            }

            // A second correction builds on the first: the fields it does not give stay as the decision in force has them.
            if ((item.Decision?.Feature ?? item.Feature) is { } feature)
            {
                if (settings.GivesLimitOnlyField)
                {
                    return (null, $"{item.Id} is a feature: correct its --name, --status or --service");
                }

                var status = feature.Status;
                if (settings.Status is not null)
                {
                    ReleaseStatusNames.TryParse(settings.Status, out status);
                }

                var corrected = feature with
                {
                    Name = settings.Name ?? feature.Name,
                    Status = status,
                    Services = settings.Service.Length > 0 ? settings.Service : feature.Services,
                };
                return (review.With(ReviewDecisions.Correct(item, corrected, null)), "corrected");
            }

            var limit = item.Decision?.Limit ?? item.Limit!;
            if (settings.Name is not null || settings.Status is not null)
            {
                return (null, $"{item.Id} is a limit: correct its --value, --unit, --metric, --subject, --qualifier or --service");
            }

            if (settings.Service.Length > 1)
            {
                return (null, "a limit belongs to one service: give --service once");
            }

            decimal? value = settings.Value is null ? null : decimal.Parse(settings.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
            var fixedLimit = ReviewDecisions.Corrected(limit, settings.Service.FirstOrDefault(), settings.Subject, settings.Metric, value, settings.Unit, settings.Qualifier);
            if (fixedLimit is null)
            {
                return (null, $"--value: {value ?? limit.Value} is not a positive number that {settings.Unit ?? limit.Unit} can hold");
            }

            return (review.With(ReviewDecisions.Correct(item, null, fixedLimit)), "corrected");
        });
}
