using Spectre.Console.Cli;
using StaticCatalog.Diagnostics;
using StaticCatalog.Starter;

namespace StaticCatalog.Cli.Commands;

/// <summary><c>staticcatalog new DIR</c>: writes the starter site and says what to run next.</summary>
public sealed class NewCommand : Command<NewSettings>
{
    public override int Execute(CommandContext context, NewSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var written = StarterSite.Write(settings.Directory, diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        if (written is null)
        {
            return CliApp.InputErrors;
        }

        Console.Out.WriteLine($"Made a new site in {settings.Directory}/:");
        foreach (var path in written)
        {
            Console.Out.WriteLine($"  {path}");
        }

        Console.Out.WriteLine();
        Console.Out.WriteLine("Next:");
        Console.Out.WriteLine($"  cd {settings.Directory}");
        Console.Out.WriteLine("  staticcatalog serve      # build, serve on http://127.0.0.1:5080/ and rebuild on every change");
        Console.Out.WriteLine("  staticcatalog build      # write the site to _site/");
        Console.Out.WriteLine("Put your posts in seeds/; push to GitHub and turn on Pages (Source: GitHub Actions) to publish.");
        return CliApp.Success;
    }
}
