using Spectre.Console;
using StaticCatalog.Configuration;
using StaticCatalog.Pipeline;

namespace StaticCatalog.Cli.Commands;

/// <summary>A live progress bar on an interactive terminal; nothing at all when output is redirected (CI).</summary>
public static class BuildProgressDisplay
{
    public static bool IsWanted() =>
        !Console.IsOutputRedirected
        && !Console.IsErrorRedirected
        && AnsiConsole.Profile.Capabilities.Interactive
        && Environment.GetEnvironmentVariable("CI") is null;

    public static BuildResult Run(BuildOptions options)
    {
        BuildResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("load");
                var progress = new Progress(task);
                result = SiteBuilder.Build(options, progress);
                task.Value = task.MaxValue;
            });
        return result!;
    }

    /// <summary>Called from worker threads; Spectre's task is safe to update from any thread.</summary>
    private sealed class Progress(ProgressTask task) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
            task.Description = value.Stage;
            if (value.Total > 0)
            {
                task.MaxValue = value.Total;
                task.Value = value.Completed;
            }
        }
    }
}
