using StaticCatalog.Configuration;
using StaticCatalog.Pipeline;

namespace StaticCatalog.Tests.Support;

/// <summary>
/// A small site made from inline seed files (as Hugo's tests do), built with the repository's default
/// theme and input unless a test gives its own.
/// </summary>
public sealed class TestSite : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestSite()
    {
        Directory.CreateDirectory(SeedsDirectory);
    }

    public string SeedsDirectory => _folder.Combine("seeds");

    public string OutputDirectory => _folder.Combine("_site");

    public string InputDirectory { get; set; } = RepoPaths.Input;

    public string ThemeDirectory { get; set; } = RepoPaths.Theme;

    public TempFolder Folder => _folder;

    public TestSite Seed(string relativePath, string text)
    {
        _folder.Write(Path.Combine("seeds", relativePath), text);
        return this;
    }

    public TestSite SeedBytes(string relativePath, byte[] bytes)
    {
        _folder.WriteBytes(Path.Combine("seeds", relativePath), bytes);
        return this;
    }

    public BuildResult Build(string? baseUrl = null, bool keepGoing = false, DateOnly? asOf = null) =>
        SiteBuilder.Build(new BuildOptions
        {
            SeedsDirectory = SeedsDirectory,
            InputDirectory = InputDirectory,
            ThemeDirectory = ThemeDirectory,
            OutputDirectory = OutputDirectory,
            BaseUrl = baseUrl,
            KeepGoing = keepGoing,
            AsOf = asOf,
        });

    /// <summary>Builds <paramref name="seeds"/> with the repository's input and default theme.</summary>
    public static BuildResult BuildWithRepositoryTheme(string seeds, string output, string? baseUrl = null) =>
        SiteBuilder.Build(new BuildOptions
        {
            SeedsDirectory = seeds,
            InputDirectory = RepoPaths.Input,
            ThemeDirectory = RepoPaths.Theme,
            OutputDirectory = output,
            BaseUrl = baseUrl,
        });

    public string Read(string sitePath) => File.ReadAllText(Path.Combine(OutputDirectory, sitePath));

    public bool Exists(string sitePath) => File.Exists(Path.Combine(OutputDirectory, sitePath));

    /// <summary>A post with the fields the corpus uses; override any by passing the whole front matter.</summary>
    public static string Post(string title, string date = "2025-12-01 17:00:00 +00:00", string tags = "- Azure\n- Networking", string body = "An excerpt.<!--excerpt_end-->\n\nThe body.") =>
        $"---\ntitle: '{title.Replace("'", "''")}'\nauthor: Jane Doe\nfeed_name: The Azure Blog\ndate: {date}\ntags:\n{tags}\nsection_names:\n- azure\n---\n{body}\n";

    public void Dispose() => _folder.Dispose();
}
