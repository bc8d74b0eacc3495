using YamlDotNet.RepresentationModel;

namespace StaticCatalog.Tests.Publishing;

/// <summary>
/// <c>.github/workflows/pages.yml</c> read as GitHub reads it (YAML): it runs the README's commands,
/// checks the site, and deploys with the Pages actions only from main.
/// </summary>
[Trait("Category", "Unit")]
public sealed class PagesWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    [Fact]
    public void It_runs_the_READMEs_test_command_and_builds_with_the_READMEs_build_command()
    {
        var (build, test) = ReadmeCommands();
        var runs = Steps("build").Select(s => Scalar(s, "run")).OfType<string>().ToList();

        Assert.Contains(test, runs);
        var buildRun = Assert.Single(runs, r => r.StartsWith(build + " ", StringComparison.Ordinal));
        Assert.Contains("--base-url", buildRun);
        Assert.Contains("--compare-to", buildRun);
        var check = Assert.Single(runs, r => r.Contains(" -- check", StringComparison.Ordinal));
        Assert.StartsWith(build.Replace(" build", " check", StringComparison.Ordinal), check);
        Assert.True(runs.IndexOf(test) < runs.IndexOf(buildRun) && runs.IndexOf(buildRun) < runs.IndexOf(check),
            "the workflow tests, then builds, then checks");
    }

    [Fact]
    public void It_runs_on_seed_input_theme_and_code_changes_on_main_on_dispatch_and_on_pull_requests()
    {
        var on = (YamlMappingNode)Workflow.Children[new YamlScalarNode("on")];
        var push = (YamlMappingNode)on.Children[new YamlScalarNode("push")];
        Assert.Equal(["main"], Sequence(push, "branches"));
        Assert.Equal(["seeds/**", "input/**", "themes/**", "src/**"], Sequence(push, "paths"));
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("workflow_dispatch")));
    }

    [Fact]
    public void It_deploys_with_the_pages_actions_their_permissions_and_concurrency_group_but_not_from_pull_requests()
    {
        var permissions = (YamlMappingNode)Workflow.Children[new YamlScalarNode("permissions")];
        Assert.Equal("write", Scalar(permissions, "pages"));
        Assert.Equal("write", Scalar(permissions, "id-token"));
        Assert.Equal("read", Scalar(permissions, "contents"));
        var concurrency = (YamlMappingNode)Workflow.Children[new YamlScalarNode("concurrency")];
        Assert.Equal("pages", Scalar(concurrency, "group"));
        Assert.Equal("false", Scalar(concurrency, "cancel-in-progress"));

        var upload = Assert.Single(Steps("build"), s => Scalar(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("_site", Scalar((YamlMappingNode)upload.Children[new YamlScalarNode("with")], "path"));
        Assert.Contains("pull_request", Scalar(upload, "if"));

        var deploy = Job("deploy");
        Assert.Contains("pull_request", Scalar(deploy, "if"));
        Assert.Equal("build", Scalar(deploy, "needs"));
        Assert.Equal("github-pages", Scalar((YamlMappingNode)deploy.Children[new YamlScalarNode("environment")], "name"));
        Assert.Single(Steps("deploy"), s => Scalar(s, "uses")?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void It_sets_up_dotnet_from_global_json_with_a_nuget_cache_and_reports_catalog_changes_in_the_job_summary()
    {
        var steps = Steps("build");
        var dotnet = Assert.Single(steps, s => Scalar(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
        Assert.Equal("global.json", Scalar((YamlMappingNode)dotnet.Children[new YamlScalarNode("with")], "global-json-file"));
        var cache = Assert.Single(steps, s => Scalar(s, "uses")?.StartsWith("actions/cache@", StringComparison.Ordinal) == true);
        Assert.Contains(".nuget/packages", Scalar((YamlMappingNode)cache.Children[new YamlScalarNode("with")], "path"));
        Assert.Contains(steps, s => Scalar(s, "run")?.Contains("catalog-changes.md >> \"$GITHUB_STEP_SUMMARY\"", StringComparison.Ordinal) == true);
    }

    /// <summary>The two commands of the README's first code block: build, then test.</summary>
    internal static (string Build, string Test) ReadmeCommands()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("```", StringComparison.Ordinal));
        var commands = lines.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal))
            .Select(l => l.Split('#', 2)[0].Trim())
            .Where(l => l.Length > 0)
            .ToList();
        Assert.Equal(2, commands.Count);
        return (commands[0], commands[1]);
    }

    private static YamlMappingNode Job(string name) =>
        (YamlMappingNode)((YamlMappingNode)Workflow.Children[new YamlScalarNode("jobs")]).Children[new YamlScalarNode(name)];

    private static IReadOnlyList<YamlMappingNode> Steps(string job) =>
        ((YamlSequenceNode)Job(job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value?.Trim() : null;

    private static IReadOnlyList<string> Sequence(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
