using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Services;

/// <summary>
/// What a service mention counts for, by where it is: the labelling guide's "services the post discusses substantively".
/// A service is primary (what the post is about) when its mentions add up to <see cref="PrimaryPoints"/>; else it is
/// only mentioned. Each mention takes the first rule of <see cref="Rules"/> that applies, so the mention-only places
/// (link lists, next steps, bylines, dependencies, comparisons, long lists of products) come before the places that make
/// a service primary. To add a rule, add a row (and its case in ServiceMentionRulesTests).
/// </summary>
public static partial class ServiceMentionRules
{
    /// <summary>What a service's mentions must add up to for the service to be primary.</summary>
    public const int PrimaryPoints = 3;

    /// <summary>A passage naming this many services or more lists products ("Tools: Defender, Sentinel, Key Vault, ..."): none of them is its subject.</summary>
    public const int ManyProducts = 4;

    /// <summary>What a front-matter tag naming the service adds. The labelling guide: tags are not evidence.</summary>
    /// <remarks>Measured on the dev half of the blind set: a tag worth 1 point loses precision (0.77 to 0.73) for one more
    /// right service; a tag that makes its service primary drops precision to 0.50.</remarks>
    public static readonly int TagPoints = 0;

    /// <summary>
    /// The languages and runtimes a post's code is written in (the labelling guide: a language or SDK only used is a
    /// mention): primary only when the title names them ("What's new in C# 14"); each row pinned by ServiceMentionRulesTests.
    /// </summary>
    public static IReadOnlySet<string> Languages { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "dotnet", "csharp", "fsharp", "visual-basic", "typescript", "powershell", "t-sql", "kql", "dax", "xaml",
    };

    public static IReadOnlyList<ServiceMentionRule> Rules { get; } =
    [
        new("an affiliation (an engineer at GitHub, GitHub's Eirini)", c => Affiliated().IsMatch(c.Before) || Affiliation().IsMatch(c.After), 0),
        new("the title", c => c.IsTitle, PrimaryPoints) { IsHeadline = true },
        new("a programming, query or scripting language or runtime outside the title: what the post's code is written in", c => Languages.Contains(c.Mention.Service.Slug), 0),
        new("a byline or the blog a post comes from", c => Byline().IsMatch(c.Before) || Publication().IsMatch(c.After) || (c.IsOpening && Reporting().IsMatch(c.After)), 0),
        new("a link list", c => c.InLinkText && c.Passage is { Kind: PassageKind.ListItem or PassageKind.TableRow }, 0),
        new("a next steps, learn more, resources or related section", c => InAsideSection(c.Passage), 0),
        new("a dependency, a tool used or something missing", c => Dependency().IsMatch(c.Before), 0),
        new("a comparison or an example", c => Comparison().IsMatch(c.Before) || ComparedAfter().IsMatch(c.After), 0),
        new("a how-to step's heading", c => c.Passage is { Kind: PassageKind.Heading } heading && IsStep(heading.Text), 0),
        new("a question heading or lead", c => (c.Passage is { Kind: PassageKind.Heading } || c.InLead) && Question().IsMatch(c.Text), 1),
        new("a heading", c => c.Passage is { Kind: PassageKind.Heading }, PrimaryPoints) { IsHeadline = true },
        new("a bare name in a list", c => c.Passage is { Kind: PassageKind.ListItem or PassageKind.TableRow } && BareName().IsMatch(c.Before) && BareName().IsMatch(c.After), 1),
        new("a bold lead", c => c.InLead, PrimaryPoints) { IsHeadline = true },
        new("one of many products named together", c => c.ServicesInPassage >= ManyProducts, 0),
        new("the subject of the opening paragraph", c => c.IsOpening && SentenceStart().IsMatch(c.Before) && Predicate().IsMatch(c.After), PrimaryPoints),
        new("the opening paragraph", c => c.IsOpening, 2),
        new("the subject of a sentence", c => SentenceStart().IsMatch(c.Before) && Predicate().IsMatch(c.After), 2),
        new("the body", _ => true, 1),
    ];

    /// <summary>The first rule that applies to the mention (the last one always does).</summary>
    public static ServiceMentionRule RuleFor(ServiceMentionContext context) => Rules.First(r => r.Applies(context));

    /// <summary>True when the mention is named as a dependency, a tool used, something missing, a comparison or an example: not what a passage is about.</summary>
    public static bool IsAside(ServiceMentionContext context) =>
        Dependency().IsMatch(context.Before) || Comparison().IsMatch(context.Before) || ComparedAfter().IsMatch(context.After) || Publication().IsMatch(context.After);

    /// <summary>
    /// Where the list of names that mention <paramref name="index"/> ends starts ("using Azure Monitor, Log Analytics and
    /// Microsoft Sentinel": for Sentinel, where Azure Monitor is), so a cue before a list counts for each name in it.
    /// </summary>
    public static int ChainIndex(string text, IReadOnlyList<ServiceMention> mentions, int index)
    {
        var i = index;
        while (i > 0 && ChainSeparator().IsMatch(text.AsSpan(mentions[i - 1].Index + mentions[i - 1].Length, mentions[i].Index - mentions[i - 1].Index - mentions[i - 1].Length)))
        {
            i--;
        }

        return mentions[i].Index;
    }

    /// <summary>A heading that is a how-to step ("Step 4: Deploy with Azure Developer CLI", "1. Create a Virtual Network").</summary>
    public static bool IsStep(string heading) => StepHeading().IsMatch(heading);

    /// <summary>True when the passage is under a "Next steps", "Learn more", "Resources", "Related" (...) heading.</summary>
    public static bool InAsideSection(Passage? passage)
    {
        for (var heading = passage?.Kind == PassageKind.Heading ? passage : passage?.Section; heading is not null; heading = heading.Section)
        {
            if (AsideHeading().IsMatch(heading.Text))
            {
                return true;
            }
        }

        return false;
    }

    // What may stand between two names of one list: a comma, "and", "or", a slash, a plus; a parenthesis ("Azure Monitor (Log Analytics), ...").
    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*|\+\s*|&\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChainSeparator();

    // The patterns read against the words before a mention (Dependency, Comparison, Affiliated, SentenceStart) end at
    // the mention ($) and run right to left, so each starts there instead of trying every word of a long passage; they are
    // only asked IsMatch, whose answer does not depend on the direction. Byline, two of whose three shapes are anchored at
    // the text's start instead, runs on the non-backtracking engine (the same yes or no in one linear pass).

    [GeneratedRegex(@"\b(?:requires?|required|requiring|needs?|built (?:on|with|using|atop)|powered by|backed by|based on|runs? on|running on|hosted (?:on|in)|deployed (?:on|to)|depends? on|depending on|relies on|relying on|rely on|integrat(?:es|ed|ing|ion|ions|e) (?:with|into)|connects? to|connected to|connecting to|using|uses|via|through|leverag(?:es|ing|e)|combined? with|combines with|paired with|pairs with|alongside|together with|on top of|without|did(?: not|n't) have|do(?:es)?(?: not|n't) have|lacks?|lacked|lacking|lack of|missing|outside of)\s+(?:the\s+|an?\s+|their\s+|your\s+|its\s+|our\s+|existing\s+)?[""'“(]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Dependency();

    [GeneratedRegex(@"\b(?:vs\.?|versus|compared (?:to|with)|comparison (?:to|with)|over|instead of|rather than|alternatives? to|unlike|than|migrat(?:e|es|ed|ing|ion) (?:away )?from|such as|like|e\.g\.,?|for example,?|for instance,?)\s+(?:the\s+|an?\s+)?[""'“(]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?(?:vs\.?|versus)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparedAfter();

    // "Author: ...", "Presented by ...", "This post appeared first on "Microsoft Fabric Blog"": up to the first comma or full stop;
    // "The video, by GitHub, ..."; a "Tags: ..." line.
    [GeneratedRegex(@"(?:[,(]\s*(?:presented |hosted |written |posted |published |curated |produced )?by\s+[""“]?$)|^\W*(?:tags|keywords|topics)\s*:[^.!?]*$|^\W*(?:authors?|by|written by|posted by|presented by|hosted by|curated by|published by|sources?|originally (?:posted|published)(?: on| in| at)?|this (?:post|article|video|episode) (?:appeared|was (?:first )?published|was posted)(?: first)? (?:on|in|at))\b[^,;.!?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    // "a Staff Software Engineer at GitHub", "Research Advisor at GitHub": where a person works.
    [GeneratedRegex(@"\b(?:engineer|advisor|manager|lead|advocate|director|researcher|scientist|architect|employee|intern|designer|developer|PM|MVP|CEO|CTO|VP|president|founder|member)s?\s+(?:at|from|with|of)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Affiliated();

    // "GitHub's Eirini Kalliamvakou", "a GitHub engineer", "the Azure Functions team": who people are, not the product.
    [GeneratedRegex(@"^(?:[’']s\s+(?:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|(?:own\s+)?(?:staff |senior |principal |lead )?(?:software )?(?:engineers?|employees?|researchers?|advocates?|CEO|CTO|VP)\b)|\s+(?:staff |senior |principal )?(?:engineers?|employees?|staff|researchers?|advocates?|CEO|CTO|engineering team)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Affiliation();

    // "GitHub shares how ...", "Visual Studio Code's team ... explains": who tells the post, in its opening paragraph.
    [GeneratedRegex(@"^(?:[’']s?\s+(?:team|engineers?|product team)\b[^.]*?|\s*\([^)]*\))?\s+(?:shares|presents|explains|outlines|walks (?:through|you)|describes|discusses|demonstrates|breaks down|summarizes|covers|reports|provides an overview|offers|recaps)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reporting();

    // The passage asks ("Why use GitHub for architecture?", "**Is there a high-level tool in the C# SDK?**").
    [GeneratedRegex(@"\?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    // Nothing but punctuation or a bracket beside the name: "- **VS Code**", "- Azure Kubernetes Service (AKS)".
    [GeneratedRegex(@"^[\s\p{P}]*(?:\([^)]*\))?[\s\p{P}]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareName();

    // "the Microsoft Fabric Blog", "the Azure SQL team": the publication or its authors, not the product.
    [GeneratedRegex(@"^\s*(?:Blog|blog|Team|team|Tech Community|Community Hub|newsletter|Newsletter|MVPs?|Show|show|Podcast|podcast|YouTube|Advocates?|advocates?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Publication();

    [GeneratedRegex(@"^\W*(?:\d+[.)]?\s*)?(?:next steps?|learn more|resources|additional (?:resources|reading|information|links)|related(?:\s+\w+)?|references?|further reading|see also|useful links|helpful links|links|read more|more (?:information|resources|reading|details)|get(?:ting)? started|documentation|docs|about the (?:authors?|speakers?|hosts?)|speakers?|acknowledg\w*|credits|sources?|where to (?:learn|go|start)\b.*|want to (?:learn|know) more\b.*|stay (?:connected|tuned|informed)\b.*|call to action)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsideHeading();

    // The mention opens its text or a sentence ("Azure DevOps introduces ...", "The Azure Boost card ...").
    [GeneratedRegex(@"(?:^|[.!?]\s+)\W*(?:the\s+|The\s+)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex SentenceStart();

    // Three words or more follow it: a sentence about it, not a bare name in a list.
    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?[\p{L}\p{N}'’-]+\s+\S+\s+\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Predicate();

    [GeneratedRegex(@"^\W*(?:(?:step|phase|part|lab|exercise|task|module|stage)\s*\d+\b|(?:\d+[.)]\s*)?(?:add|choose|configure|set up|set|create|deploy|install|enable|connect|build|test|verify|validate|register|provision|establish|define|run|use|integrate|implement|prepare|open|select|assign|grant|secure|monitor|clean up|review|update|upgrade|migrate|write|publish|push|import|export|sign in|log in|navigate|download|clone|initialize|scaffold|wire up|hook up)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StepHeading();
}
