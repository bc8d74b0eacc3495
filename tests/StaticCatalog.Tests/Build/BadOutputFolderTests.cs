namespace StaticCatalog.Tests.Build;

/// <summary>
/// An output folder that cannot be written is error SC5001 (a folder has no line: the MSBuild form without a
/// position), exit code 1, and the previous site stays as it was. Tests run as root, so permissions cannot stop a
/// write: the folders are made unwritable by a regular file where a folder must go.
/// </summary>
[Trait("Category", "Program")]
public sealed class BadOutputFolderTests : IDisposable
{
    private readonly PreviousSite _site = new();

    [Fact]
    public void An_output_folder_below_a_regular_file_is_sc5001_and_writes_nothing()
    {
        _site.Write("not-a-folder", "a regular file\n");

        var run = _site.Build("--output", "not-a-folder/site");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("not-a-folder/site: error SC5001: the site could not be written: ", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("Build failed, not-a-folder/site/ was left as it was", run.Out);
        Assert.Equal("a regular file\n", File.ReadAllText(_site.Folder.Combine("not-a-folder")));
        _site.AssertPreviousSiteUntouched();
    }

    [Fact]
    public void A_staging_folder_that_cannot_be_made_is_sc5001_and_keeps_the_previous_site()
    {
        // Where the new site is staged (._site.staging beside _site) stands a regular file the build must not delete.
        _site.Write("._site.staging", "someone's file\n");
        _site.Write("seeds/2025-12-02-new.md", TestSite.Post("A new post"));

        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("_site: error SC5001: the site could not be written: ", run.Error);
        Assert.Contains("the previous site was left as it was", run.Error);
        Assert.Equal("someone's file\n", File.ReadAllText(_site.Folder.Combine("._site.staging")));
        File.Delete(_site.Folder.Combine("._site.staging"));
        _site.AssertPreviousSiteUntouched();
    }

    public void Dispose() => _site.Dispose();
}
