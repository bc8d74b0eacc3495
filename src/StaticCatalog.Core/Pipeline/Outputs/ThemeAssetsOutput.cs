using StaticCatalog.Diagnostics;
using StaticCatalog.Output;

namespace StaticCatalog.Pipeline.Outputs;

/// <summary>
/// The theme's <c>assets/</c> (kept under <c>assets/</c>) and <c>static/</c> (copied to the site root: favicons and
/// other files that must live there), each overridable from the input folder. One at the path of a file an
/// output before it made is left out (the made one wins), with a warning; so this output comes last.
/// </summary>
public sealed class ThemeAssetsOutput : ISiteOutput
{
    public string Name => "theme assets";

    public void Write(SiteOutputContext context, Action<OutputFile> write)
    {
        var theme = context.Inputs.Theme;
        var taken = context.Made.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var assets = theme.List("assets").Select(relative => (relative, output: relative))
            .Concat(theme.List("static").Select(relative => (relative, output: relative["static/".Length..])));
        foreach (var (relative, output) in assets)
        {
            if (theme.Resolve(relative) is not { } full)
            {
                continue;
            }

            if (taken.Add(output))
            {
                write(new OutputFile(output, File.ReadAllBytes(full)));
            }
            else
            {
                context.Diagnostics.Add(Diagnostic.Warning(theme.Display(relative), 0, 0, DiagnosticCodes.DuplicateUrl,
                    $"'{output}' is also a page or file the build writes; the build's version is kept"));
            }
        }
    }
}
