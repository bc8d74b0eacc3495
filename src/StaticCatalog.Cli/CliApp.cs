using Spectre.Console;
using Spectre.Console.Cli;
using StaticCatalog.Cli.Commands;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Cli;

/// <summary>Wires the commands. Exit codes: 0 success, 1 input errors, 2 usage errors.</summary>
public static class CliApp
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int UsageErrors = 2;

    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("staticcatalog");
            config.UseStrictParsing();
            config.AddCommand<NewCommand>("new")
                .WithDescription("Make a new site: an example post in seeds/, input/site.yml, .gitignore and a GitHub Pages workflow.")
                .WithExample("new", "my-site");
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Build the site from the seed posts into the output folder.")
                .WithExample("build")
                .WithExample("build", "--base-url", "https://user.github.io/my-repo/");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Build, serve the site on 127.0.0.1, rebuild what changed when a file changes and reload open tabs.")
                .WithExample("serve")
                .WithExample("serve", "--port", "8080", "--base-url", "/my-repo/");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check a built site: HTML, links and fragments, feeds, sitemap, robots.txt and catalog.json.")
                .WithExample("check")
                .WithExample("check", "public", "--base-url", "https://user.github.io/my-repo/");
            config.AddCommand<EvaluateCommand>("evaluate")
                .WithDescription("Score the catalog extractor against the labelled set (precision and recall per kind).")
                .WithExample("evaluate", "--verbose");
            config.AddBranch<ReviewSettings>("review", review =>
            {
                review.SetDescription("List the catalog items the extractor is unsure of, per post, and accept, correct or reject them (kept in post.catalog.yml beside each post).");
                review.SetDefaultCommand<ReviewListCommand>();
                review.AddCommand<ReviewAcceptCommand>("accept")
                    .WithDescription("The items are right as extracted; they are shown as curated and stay as they are.")
                    .WithExample("review", "accept", "seeds/2025-11-18-private-link.md", "f2", "l1");
                review.AddCommand<ReviewCorrectCommand>("correct")
                    .WithDescription("The item is real, with these fields fixed (the others stay as extracted).")
                    .WithExample("review", "correct", "seeds/2025-11-18-private-link.md", "f3", "--status", "ga")
                    .WithExample("review", "correct", "seeds/2025-11-18-private-link.md", "l1", "--value", "5000", "--unit", "count");
                review.AddCommand<ReviewRejectCommand>("reject")
                    .WithDescription("The items are not features or limits the post announces; they are left out.")
                    .WithExample("review", "reject", "seeds/2025-11-18-private-link.md", "f4");
                review.AddCommand<ReviewUndoCommand>("undo")
                    .WithDescription("Forget the decisions on the items; they are shown as extracted again.")
                    .WithExample("review", "undo", "seeds/2025-11-18-private-link.md", "f4");
            });
            config.AddCommand<ExplainCommand>("explain")
                .WithDescription("Explain a diagnostic code (what it means, what to do), or list every code.")
                .WithExample("explain", "SC1007")
                .WithExample("explain", "--markdown");
            config.SetExceptionHandler((exception, _) =>
            {
                if (exception is CommandAppException)
                {
                    Console.Error.WriteLine($"staticcatalog: error {DiagnosticCodes.Usage}: {exception.Message} (see 'staticcatalog --help')");
                    return UsageErrors;
                }

                Console.Error.WriteLine($"staticcatalog: error {DiagnosticCodes.Internal}: internal error: {exception.Message}");
                return InputErrors;
            });
        });

        var code = app.Run(args);
        return code < 0 ? UsageErrors : code;
    }
}
