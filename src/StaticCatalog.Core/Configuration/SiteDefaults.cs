using StaticCatalog.Diagnostics;

namespace StaticCatalog.Configuration;

/// <summary>
/// Where a build finds what a site folder leaves out. The theme is the folder's own (<c>themes/default</c>, or the
/// folder given with <c>--theme</c>) and, when the folder has none, the theme the program carries; the input folder
/// overrides either file by file (<see cref="Rendering.ThemeFiles"/>). <c>site.yml</c> and <c>services.yml</c> are the
/// input folder's when it has them, else the program's. So a folder that holds only <c>seeds/</c> builds.
/// </summary>
public sealed class SiteDefaults
{
    /// <summary>The folder, beside the program, that the build lays the carried defaults out in.</summary>
    public const string FolderName = "defaults";

    public SiteDefaults(string directory)
    {
        Directory = directory;
    }

    /// <summary>The defaults the program carries (<c>defaults/</c> beside its assembly).</summary>
    public static SiteDefaults Bundled { get; } = new(Path.Combine(AppContext.BaseDirectory, FolderName));

    public string Directory { get; }

    /// <summary>The carried theme: <c>themes/default</c> of this repository.</summary>
    public string Theme => Path.Combine(Directory, "themes", "default");

    /// <summary>The carried <c>site.yml</c> and <c>services.yml</c>.</summary>
    public string Input => Path.Combine(Directory, "input");

    /// <summary>
    /// The theme folder a build uses: <see cref="BuildOptions.ThemeDirectory"/> when it exists, else the carried
    /// theme. A folder given with <c>--theme</c> must exist: one SC3003 names it and null is returned.
    /// </summary>
    public string? ThemeFor(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (System.IO.Directory.Exists(options.ThemeDirectory))
        {
            return options.ThemeDirectory;
        }

        if (options.ThemeDirectoryGiven)
        {
            diagnostics.Add(Diagnostic.Error(options.ThemeDirectory, 0, 0, DiagnosticCodes.TemplateNotFound,
                $"the theme folder '{options.ThemeDirectory}' does not exist (leave out --theme to use the default theme)"));
            return null;
        }

        return Theme;
    }

    /// <summary>
    /// The folder to read <paramref name="fileName"/> (<c>site.yml</c>, <c>services.yml</c>) from: the input folder when
    /// it has the file, else the carried input when that has it, else the input folder (whose loader then uses its defaults).
    /// </summary>
    public string InputFolderFor(string inputDirectory, string fileName) =>
        !File.Exists(Path.Combine(inputDirectory, fileName)) && File.Exists(Path.Combine(Input, fileName))
            ? Input
            : inputDirectory;
}
