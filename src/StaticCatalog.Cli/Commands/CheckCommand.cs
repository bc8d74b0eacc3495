using System.Globalization;
using Spectre.Console.Cli;
using StaticCatalog.Checking;
using StaticCatalog.Urls;

namespace StaticCatalog.Cli.Commands;

/// <summary><c>staticcatalog check [DIR]</c>: checks a built site, prints diagnostics to stderr and a one-line summary.</summary>
public sealed class CheckCommand : Command<CheckSettings>
{
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        var siteUrl = settings.BaseUrl is null ? null : SiteUrl.TryParse(settings.BaseUrl, out _);
        var result = SiteChecker.Check(settings.Directory, siteUrl, cancellationToken, settings.Catalog, settings.Strict);
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        Console.Out.WriteLine(Summary(result, settings.Directory));
        return result.Succeeded ? CliApp.Success : CliApp.InputErrors;
    }

    /// <summary>The one line <c>check</c> (and <c>build --check</c>) prints.</summary>
    internal static string Summary(SiteCheckResult result, string directory)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);
        var root = result.SiteUrl.AbsoluteRoot ?? result.SiteUrl.BasePath;
        return $"Checked {directory.TrimEnd('/')}/ (root {root}): {result.PagesChecked} page(s), {result.FeedsChecked} feed(s), " +
               $"{result.LinksChecked} internal link(s), {result.ErrorCount} error(s), {seconds} s"
               + (result.InsightsReported > 0 ? $"; catalog report: {result.InsightsReported} item(s)" : string.Empty);
    }
}
