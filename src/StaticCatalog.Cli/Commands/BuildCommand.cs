using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticCatalog.Pipeline;

namespace StaticCatalog.Cli.Commands;

/// <summary><c>staticcatalog build</c>: runs the pipeline, prints diagnostics and a short summary.</summary>
public sealed class BuildCommand : Command<BuildSettings>
{
    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToOptions() with
        {
            KeepGoing = settings.KeepGoing,
            Check = settings.Check,
            CompareTo = settings.CompareTo,
            ReportPath = settings.Report,
        };

        using var outputLock = OutputLockTaking.Take(options, settings);
        if (outputLock is null)
        {
            return CliApp.InputErrors;
        }

        var result = BuildProgressDisplay.IsWanted()
            ? BuildProgressDisplay.Run(options)
            : SiteBuilder.Build(options);

        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        if (settings.Verbose)
        {
            foreach (var timing in result.Timings)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timing.Stage,-12} {timing.Elapsed.TotalMilliseconds,8:F0} ms"));
            }
        }

        if (result.Check is { } check)
        {
            Console.Out.WriteLine(CheckCommand.Summary(check, settings.Output));
        }

        Console.Out.WriteLine(Summary(result, settings.Output));
        if (result.ChangeSummary is { } changes)
        {
            Console.Out.WriteLine($"Changes since {settings.CompareTo}: {changes} (report: {settings.Report})");
        }

        return result.Succeeded ? CliApp.Success : CliApp.InputErrors;
    }

    private static string Summary(BuildResult result, string output)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);
        var counts = $"{result.SourcesRead} post(s) read, {result.PagesWritten} page(s) written, " +
                     $"{result.ErrorCount} error(s), {result.WarningCount} warning(s), {seconds} s";
        if (result.OutputWritten)
        {
            return result.Succeeded
                ? $"Built {output}/: {counts}"
                : $"Built {output}/ without the posts that have errors: {counts}";
        }

        return $"Build failed, {output}/ was left as it was: {counts}";
    }
}
