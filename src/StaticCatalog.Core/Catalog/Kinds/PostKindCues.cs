using static StaticCatalog.Catalog.Kinds.PostKindCueField;

namespace StaticCatalog.Catalog.Kinds;

/// <summary>
/// The words that speak for each post kind, one cue per line: where they are looked for, the words, the kind and a
/// weight. The kind with the highest total wins (see <see cref="PostKindClassifier"/>). To teach the classifier a new
/// cue, add one line here and one test case in PostKindCuesTests that pins it.
/// </summary>
public static class PostKindCues
{
    public static IReadOnlyList<PostKindCue> All { get; } =
    [
        // Roundups: a digest of many announcements.
        new(Title, @"weekly|round-?ups?|the download|azure weekly update|newsletter|digest|recap|what['’]s new in|this week in|monthly update|key (?:announcements|updates)|highlights", PostKind.Roundup, 3),
        new(Title, @"latest (?:updates|announcements|innovations)|innovations\b", PostKind.Roundup, 3),
        new(Feed, @"roundups", PostKind.Roundup, 4),
        new(Tags, @"roundups?\b", PostKind.Roundup, 3),
        new(Lead, @"round-?up|digest|recap|newsletter", PostKind.Roundup, 3),
        new(Lead, @"(?:summari[sz]es|shares|covers|highlights) (?:the |recent |new |latest |microsoft['’]s |key |major )?(?:[\w-]+ ){0,2}(?:updates|announcements|capabilities|releases)", PostKind.Roundup, 2),

        // Release notes: versioned package or SDK releases.
        new(Title, @"release notes|changelog|sdk releases?|\d+\.\d+(?:\.\d+)?\b(?!\s*(?:pro|flash|mini|family|models?)\b)|releases? \(|(?:20\d\d|january|february|march|april|may|june|july|august|september|october|november|december) releases?\b", PostKind.ReleaseNotes, 2.5),
        new(Feed, @"releases\b|sdk blog", PostKind.ReleaseNotes, 1.5),
        new(Lead, @"release notes|changelog|releases? of|\d+\.\d+\.\d+", PostKind.ReleaseNotes, 1.5),
        new(Headings, @"bug fixes|breaking changes|what['’]s changed|fixed issues|known issues|deprecations|new features|improvements", PostKind.ReleaseNotes, 0.75),

        // Events: a conference, session or webinar (venues, dates, agenda).
        new(Title, @"webinar|meetup|summit|conference|sessions? at|join us|livestream|hackathon|keynote|expo|register|\bat (?:microsoft )?(?:ignite|build|\.net conf)", PostKind.Event, 2),
        new(Lead, @"webinar|sessions|register|join us|attendees|agenda|in-person|conference|meetup", PostKind.Event, 1.5),
        new(Headings, @"agenda|sessions?|breakouts?|labs?|venue|register|registration|speakers|schedule|plan your|in-person|booth", PostKind.Event, 1),
        new(Body, @"register(?: now| here| today)|rsvp|agenda|venue|attendees|in-person|breakout sessions?|hands-on labs?|expo|booth", PostKind.Event, 0.5),

        // Tutorials: how-to steps, samples, troubleshooting.
        new(Title, @"how to|step[- ]by[- ]step|guide|tutorial|walkthrough|getting started|hands-on|troubleshoot\w*|best practices|tips|practical|deep dive|a beginner", PostKind.Tutorial, 2),
        new(Title, @"^(?:building|configuring|deploying|implementing|creating|securing|testing|making|designing|choosing|setting up|pushing|optimi[sz]\w+|migrating|integrating|automating|monitoring|fine-tuning|red-teaming|debugging|writing|using)\b", PostKind.Tutorial, 1.5),
        new(Title, @"^(?:build|configure|deploy|create|set up|optimi[sz]e|migrate|automate|monitor|secure|debug|run|add|get started)\b", PostKind.Tutorial, 1),
        new(Lead, @"how to|walks? (?:you |readers |viewers |developers )?through|step-by-step|guide|tutorial|hands-on|best practices|troubleshoot\w*", PostKind.Tutorial, 2),
        new(Headings, @"prerequisites|step \d+|getting started|set(?:ting)? ?up|install\w*|configur\w+|troubleshoot\w*|walkthrough|sample|deploy\w*|how to|best practices|implementation|conclusion|code|example", PostKind.Tutorial, 0.75),
        new(Body, @"run the following|follow(?:ing)? these steps|navigate to|click (?:on )?|open the|you can now|let['’]s|in this (?:guide|tutorial|walkthrough|post we)", PostKind.Tutorial, 0.5),

        // Opinions: views, surveys, trends.
        new(Title, @"why\b|vs\.?\b|versus|the future|rethinking|lessons|mistakes|can teach|opinion|thoughts|trends|era\b|evolution|transforming|replaced|is dead|matters|myths?|the case for|should you", PostKind.Opinion, 2),
        new(Title, @"[?]", PostKind.Opinion, 1),
        new(Lead, @"discusses|argues|reflects|analy[sz]es|examines|opinion|perspective|thoughts|explores (?:how|why|the (?:impact|role|future|shift))|survey|research|findings|report\b|trends|insights", PostKind.Opinion, 2),
        new(Headings, @"the future|why|final thoughts|my take|lessons|the (?:impact|role|shift)|what (?:this|it) means|the bottom line|looking ahead", PostKind.Opinion, 0.75),

        // Case studies: customer stories.
        new(Title, @"case study|customers?\b|success story|journey|how (?:a |an |the )?[\w'’.-]+(?: [\w'’.-]+)? (?:built|uses|used|cut|scaled|saved|transformed|harness)|harness|for social impact|results across", PostKind.CaseStudy, 2),
        new(Lead, @"case study|customer story|customers? (?:share|use|used)|partnered with|collaborat\w+ with|partners? (?:are )?using|(?:empower|help)(?:ed|s) (?:[\w-]+ ){0,3}(?:customers?|organi[sz]ations|maintainers|teams|companies)|how [\w'’.-]+(?: [\w'’.-]+)? (?:built|uses|used|scaled|cut)|results|impact", PostKind.CaseStudy, 1.5),
        new(Headings, @"the (?:challenge|solution|results?|outcome|impact)|results|outcomes|by the numbers|customer|lessons learned", PostKind.CaseStudy, 0.75),

        // Video summaries: a summary of a talk.
        new(Feed, @"videos|youtube", PostKind.VideoSummary, 2.5),
        new(Title, @"episode|standup|podcast|interview|live\b|show\b|onedevquestion|conversation|talks?\b|fireside|chat with|insights from", PostKind.VideoSummary, 1.5),
        new(Lead, @"video|episode|talk\b|conversation|interview|presenters?|speakers?|standup|viewers|podcast|livestream", PostKind.VideoSummary, 1.5),
        new(Headings, @"chapters|timestamps|key moments|video|speakers?|presenters?|about the (?:session|speaker)|session (?:overview|details)|watch", PostKind.VideoSummary, 1),

        // Announcements: one product, SKU or release announced.
        new(Title, @"announc\w*|introduc\w*|launch\w*|unveil\w*|now available|now in|now supports?|adds?\b|expands?|brings?|arrives?|deprecat\w*|retir\w*|changes\b|updates\b|is here|available (?:in|for|on)", PostKind.Announcement, 2),
        new(Lead, @"announc\w*|introduc\w*|launch\w*|unveil\w*|now available|is now|are now|releases?d?\b|rolled out|rolling out|deprecat\w*|retir\w*|changelog update", PostKind.Announcement, 1.5),
        new(Lead, @"new (?:[\w-]+ ){0,2}(?:features?|capabilit\w+|tools?|experiences?|options?|support|integrations?)|updates? (?:to|for) (?:the )?[A-Z]|rollout of", PostKind.Announcement, 1.5),
    ];
}
