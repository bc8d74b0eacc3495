using Markdig.Syntax;

namespace StaticCatalog.Catalog.Features;

/// <summary>
/// Reads a roundup (a weekly digest, "What's new in X this month", a partner or event digest) as its list of
/// announcements, as the labelling guide asks: each separately headlined or bolded announcement is one feature,
/// attributed to the product it is about, never to every product the post names. An item is
/// <list type="bullet">
/// <item>a bold lead ("**Entra Backup and Recovery**: automated backup ... (Preview.)"), unless it labels a field ("**Purpose**:");</item>
/// <item>a linked title that announces ("- [Copilot code review now generally available on GitHub Mobile](...)");</item>
/// <item>a plain list item that states its own status ("- Synced passkeys (generally available)");</item>
/// <item>a heading that names one product change at the post's deepest heading level, with no items of its own under it
/// ("### Workspace Private Link Support (Preview)"); weekly digests' headings (a post with a table of contents, a heading over
/// a list of links) are themes, so their items come from the text under them;</item>
/// <item>a table row under a heading that only states a status ("## Deprecations").</item>
/// </list>
/// A list nested in an item describes it, so it yields no item unless it states a status of its own. Status comes from
/// the item's own words (<see cref="RoundupStatus"/>), else from a heading above it that states one ("## Generally
/// available"); never from the post's title. Services come from the item's own name, text or section
/// (<see cref="RoundupAttribution"/>). Thread-safe: state is per call.
/// </summary>
public static class RoundupItemFinder
{
    /// <summary>The items of one roundup, in document order, with the passages each covers.</summary>
    /// <param name="passages">The post's passages (<see cref="PassageReader"/>).</param>
    /// <param name="title">The post's title, the last place an item's product is looked for.</param>
    /// <param name="matcher">The service names.</param>
    /// <param name="postDate">The post's date: a status stated with a later date is planned. Null: dates are not read.</param>
    public static RoundupItems Find(IReadOnlyList<Passage> passages, string title, ServiceMatcher matcher, DateTimeOffset? postDate = null) =>
        new Reader(passages, title, new RoundupAttribution(matcher), postDate).Read();

    private sealed class Reader(IReadOnlyList<Passage> passages, string title, RoundupAttribution attribution, DateTimeOffset? postDate)
    {
        private readonly Dictionary<Block, Passage> _byBlock = passages.ToDictionary(p => p.Block, p => p, (IEqualityComparer<Block>)ReferenceEqualityComparer.Instance);
        private readonly Dictionary<Passage, RoundupItem> _itemOf = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<Passage, StatusCue?> _cues = new(ReferenceEqualityComparer.Instance);
        private readonly List<(int Index, RoundupItem Item)> _found = [];
        private readonly Dictionary<Passage, bool> _nonItem = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<Passage, List<Passage>> _paragraphsBySection = passages
            .Where(p => p.Kind == PassageKind.Paragraph && p.Section is not null)
            .GroupBy(p => p.Section!, ReferenceEqualityComparer.Instance)
            .ToDictionary(g => (Passage)g.Key!, g => g.ToList(), (IEqualityComparer<Passage>)ReferenceEqualityComparer.Instance);

        public RoundupItems Read()
        {
            var hasContents = passages.Any(LinkedTitle.IsContentsEntry);
            for (var i = 0; i < passages.Count; i++)
            {
                if (passages[i].Kind != PassageKind.Heading && !LinkedTitle.IsContentsEntry(passages[i]))
                {
                    ReadBlock(i);
                    ReadNewMentions(i);
                }
            }

            var deepest = passages.Where(p => p.Kind == PassageKind.Heading && p.Level >= 2).Select(p => p.Level).DefaultIfEmpty(0).Max();
            for (var i = 0; i < passages.Count && !hasContents; i++)
            {
                if (passages[i].Kind == PassageKind.Heading && passages[i].Level == deepest)
                {
                    ReadHeading(i);
                }
            }

            return Merge();
        }

        private void ReadBlock(int index)
        {
            var passage = passages[index];
            if (InNonItemSection(passage))
            {
                return;
            }

            var cue = Cue(passage);
            if (ParentItem(passage) is { } parent)
            {
                // A list nested in an item describes it; a nested line with its own status is an item of its own.
                _itemOf[passage] = parent;
                if (cue is null)
                {
                    return;
                }
            }

            if (passage.Kind == PassageKind.ListItem && passage.Lead is null && LinkedTitle.Of(passage) is null && BareProductLead(passage) is { } group)
            {
                // "- **Azure Kubernetes Service (AKS)**:" over "  - Automatic cluster upgrades": each line is one of the product's changes.
                var listed = RoundupItemNames.Clean(cue is { Index: > 0 } ? passage.Text[..cue.Index] : passage.Text);
                if (listed.Length > 0 && Words(listed) <= 12 && !listed.Contains(". ", StringComparison.Ordinal) && !FeatureFinder.IsGeneric(listed))
                {
                    Add(index, RoundupItemShape.GroupedListItem, listed, passage, passage.Text, cue, shapeConfidence: null, group: group);
                    return;
                }
            }

            if (passage.Lead is { } lead)
            {
                var name = RoundupItemNames.Clean(lead);
                var hasText = passage.Text.Length > lead.Length + 3;
                if (name.Length > 0 && Words(name) <= 14 && !FeatureFinder.IsGeneric(name) && !RoundupItemShapes.IsFieldLabel(name)
                    && (cue is not null || (hasText && (attribution.Owners(name, fromName: true).Count > 0 || RoundupItemShapes.LooksLikeProduct(name)))))
                {
                    Add(index, RoundupItemShape.BoldLead, name, passage, passage.Text, cue, shapeConfidence: null);
                }

                return;
            }

            if (LinkedTitle.Of(passage) is { } linked)
            {
                var confidence = AnnouncementTitles.Confidence(linked.Title, linked.Rest, linked.Url);
                var name = RoundupItemNames.Clean(linked.Title);
                // A weekly digest describes its linked items in the section's text: the sentence naming the item gives its status and product,
                // and makes a plain title ("MAI-Image-2-Efficient in Microsoft Foundry: ...") an announcement when it states one.
                var described = cue is null && name.Length > 0 ? DescribingSentence(passage, name) : null;
                if (confidence == 0 && described is not null && RoundupStatus.Of(described, postDate) is not null && !AnnouncementTitles.IsNotAnnouncement(linked.Title))
                {
                    confidence = AnnouncementTitles.DescribedConfidence;
                }

                if (confidence > 0 && name.Length > 0 && !FeatureFinder.IsGeneric(name))
                {
                    Add(index, RoundupItemShape.LinkedTitle, name, passage, described is null ? passage.Text : passage.Text + " " + described,
                        cue ?? (described is null ? null : RoundupStatus.Of(described, postDate)), confidence);
                }

                return;
            }

            if (passage.Kind == PassageKind.ListItem)
            {
                var name = cue is { Index: > 0 } ? RoundupItemNames.BeforeCue(passage.Text[..cue.Index]) : string.Empty;
                if (name.Length > 0 && Words(name) <= 10 && (char.IsUpper(name[0]) || char.IsDigit(name[0])) && !FeatureFinder.IsGeneric(name) && !(IsWeak(cue!) && IsBareProduct(name)))
                {
                    Add(index, RoundupItemShape.StatusListItem, name, passage, passage.Text, cue, shapeConfidence: null);
                    return;
                }

                var said = RoundupItemShapes.SubjectAndVerb(SentenceSplitter.Split(passage.Text).FirstOrDefault() ?? string.Empty);
                var subject = said is { } found ? RoundupItemNames.Clean(found.Subject) : string.Empty;
                if (subject.Length > 0 && !FeatureFinder.IsGeneric(subject) && !RoundupItemShapes.IsFieldLabel(subject)
                    && !((RoundupItemShapes.ObjectVerbs.Contains(said!.Value.Verb) && IsBareProduct(subject)) || !subject.Contains(' ', StringComparison.Ordinal))
                    && (attribution.Owners(subject, fromName: true).Count > 0 || RoundupItemShapes.LooksLikeProduct(subject)))
                {
                    Add(index, RoundupItemShape.ProductSentence, subject, passage, passage.Text, cue, shapeConfidence: null);
                }

                return;
            }

            if (passage.Kind == PassageKind.TableRow && passage.Section is { } heading && StatusOnly(heading) is { } headingCue)
            {
                var name = RoundupItemNames.Clean(passage.Text.Split(" | ")[0]);
                if (name.Length > 0 && Words(name) <= 10 && !FeatureFinder.IsGeneric(name))
                {
                    Add(index, RoundupItemShape.StatusTableRow, name, passage, passage.Text, cue ?? headingCue, shapeConfidence: null);
                }
            }
        }

        /// <summary>
        /// "new X" in an item's text that states a status (or whose links' URLs do): X is announced too. Its status is its sentence's,
        /// else the one the URL of a link naming it gives ("[NAT Gateway V2 blog](.../announcing-the-public-preview-of-...)"), less surely.
        /// </summary>
        private void ReadNewMentions(int index)
        {
            var passage = passages[index];
            if (passage.Kind is not (PassageKind.ListItem or PassageKind.Paragraph) || (Cue(passage) is null && StatusCues.First(passage.LinkWords) is null)
                || InNonItemSection(passage))
            {
                return;
            }

            foreach (var name in FeatureFinder.FindNew(passage.Text))
            {
                var sentence = SentenceSplitter.Split(passage.Text).FirstOrDefault(s => s.Contains(name, StringComparison.Ordinal)) ?? passage.Text;
                if (RoundupStatus.Of(sentence, postDate) is { } cue)
                {
                    Add(index, RoundupItemShape.NewMention, name, passage, sentence, cue, shapeConfidence: null);
                }
                else if (LinkedStatus(passage, name) is { } linked)
                {
                    var item = Add(index, RoundupItemShape.NewMention, name, passage, sentence, null, shapeConfidence: null);
                    Replace(item, item with { Status = linked.Status, StatusConfidence = 0.5 });
                }
            }
        }

        private void Replace(RoundupItem item, RoundupItem with)
        {
            var at = _found.FindIndex(f => ReferenceEquals(f.Item, item));
            _found[at] = (_found[at].Index, with);
            foreach (var passage in _itemOf.Where(p => ReferenceEquals(p.Value, item)).Select(p => p.Key).ToList())
            {
                _itemOf[passage] = with;
            }
        }

        /// <summary>The status the URL of one of the passage's links gives, when the link's text names <paramref name="name"/>.</summary>
        private static StatusCue? LinkedStatus(Passage passage, string name)
        {
            foreach (var link in passage.Block.Descendants<Markdig.Syntax.Inlines.LinkInline>())
            {
                if (!link.IsImage && link.Url is { } url && StaticCatalog.Markdown.PlainText.Of(link).Contains(name, StringComparison.Ordinal)
                    && StatusCues.First(url.Replace('-', ' ')) is { } cue)
                {
                    return cue;
                }
            }

            return null;
        }

        private void ReadHeading(int index)
        {
            var heading = passages[index];
            var end = index + 1;
            while (end < passages.Count && !(passages[end].Kind == PassageKind.Heading && passages[end].Level <= heading.Level))
            {
                end++;
            }

            var body = passages.Skip(index + 1).Take(end - index - 1).ToList();
            var lists = body.Where(p => p.Kind == PassageKind.ListItem).ToList();
            var linkList = lists.Count > 0 && lists.All(p => LinkedTitle.Of(p) is not null) && body.Any(p => p.Kind == PassageKind.Paragraph);
            // Items under it, sub-headings, a list of links to the stories, or labelled fields ("**Role**: ...") make it a theme, not an item.
            if (body.Any(p => p.Kind == PassageKind.Heading || _itemOf.ContainsKey(p) || (p.Lead is { } lead && p.Text.Length > lead.Length + 3)) || linkList
                || RoundupItemShapes.IsNonItemSection(heading.Text))
            {
                return;
            }

            // "## JFrog Fly: Zero-Config, AI-Native Release Management": a heading names its product before the colon.
            var colon = heading.Text.IndexOf(": ", StringComparison.Ordinal);
            var name = RoundupItemNames.Clean(colon > 0 ? heading.Text[..colon] : heading.Text);
            var cue = Cue(heading);
            if (name.Length == 0 || Words(name) > 12 || FeatureFinder.IsGeneric(name) || RoundupItemShapes.IsThemeHeading(name))
            {
                return;
            }

            var text = string.Join(' ', body.Select(p => p.Text));
            if (cue is null && attribution.Owners(name, fromName: true).Count == 0 && !RoundupItemShapes.LooksLikeProduct(name))
            {
                return;
            }

            var bodyCue = cue is null ? body.Select(Cue).FirstOrDefault(c => c is not null) : null;
            // "### 1. AI-Optimized Network Infrastructure": the number is no sentence of its own.
            var evidence = cue is null && bodyCue is not null ? null : heading.Text.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ')', ' ');
            var item = Add(index, RoundupItemShape.Heading, name, heading, text, cue ?? bodyCue, shapeConfidence: null, evidenceText: evidence ?? text);
            foreach (var passage in body)
            {
                _itemOf[passage] = item;
            }
        }

        private RoundupItem Add(int index, RoundupItemShape shape, string name, Passage block, string text, StatusCue? cue, double? shapeConfidence, string? evidenceText = null, string? group = null)
        {
            // A heading item's section is the theme heading above it; any other item's is the heading it sits under.
            var services = attribution.ServicesOf(name, text, block.Section, title, group);
            var headingCue = cue is null ? SectionCue(block.Section) : null;
            var status = (cue ?? headingCue)?.Status ?? ReleaseStatus.Unknown;
            var (withStatus, withService, otherwise) = RoundupItemShapes.Confidence[shape];
            var confidence = shapeConfidence ?? (cue is not null ? withStatus : services.Count > 0 ? withService : otherwise);
            var statusConfidence = cue is not null ? (IsWeak(cue) ? 0.7 : 0.9) : headingCue is not null ? 0.7 : 1.0;
            var item = new RoundupItem(name, status, services, block, Evidence(evidenceText ?? text, cue), shape, confidence, statusConfidence);
            _found.Add((index, item));
            _itemOf[block] = item;
            return item;
        }

        /// <summary>Items in document order, each name once: a later mention that states a status completes an unknown one.</summary>
        private RoundupItems Merge()
        {
            var items = new List<RoundupItem>();
            var keys = new Dictionary<string, int>(StringComparer.Ordinal);
            var replaced = new Dictionary<RoundupItem, RoundupItem>(ReferenceEqualityComparer.Instance);
            foreach (var (_, item) in _found.OrderBy(f => f.Index))
            {
                var key = FeatureFinder.Key(item.Name);
                if (key.Length == 0)
                {
                    continue;
                }

                // "Standard NAT Gateway V2" after "NAT Gateway V2" (or before it) is the same product named with its SKU tier;
                // "Standard Load Balancer" after "Basic Load Balancer" is another SKU, not the same item.
                var untiered = FeatureFinder.Key(RoundupItemShapes.WithoutTier(item.Name));
                if (!keys.ContainsKey(key) && untiered.Length > 0 && keys.TryGetValue(untiered, out var plain)
                    && RoundupItemShapes.WithoutTier(items[plain].Name) == items[plain].Name)
                {
                    keys[key] = plain;
                }

                if (keys.TryGetValue(key, out var at))
                {
                    if (items[at].Status == ReleaseStatus.Unknown && item.Status != ReleaseStatus.Unknown)
                    {
                        var kept = items[at];
                        items[at] = kept with { Status = item.Status, StatusConfidence = item.StatusConfidence };
                        replaced[kept] = items[at];
                    }

                    replaced[item] = items[at];
                    continue;
                }

                keys[key] = items.Count;
                if (untiered.Length > 0 && untiered != key)
                {
                    keys.TryAdd(untiered, items.Count);
                }

                items.Add(item);
            }

            var byPassage = new Dictionary<Passage, RoundupItem>(ReferenceEqualityComparer.Instance);
            foreach (var (passage, item) in _itemOf)
            {
                var final = item;
                while (replaced.TryGetValue(final, out var next) && !ReferenceEquals(next, final))
                {
                    final = next;
                }

                byPassage[passage] = final;
            }

            return new RoundupItems(items, byPassage);
        }

        /// <summary>
        /// The sentence of the section's running text that names the linked item (its name's first three words, else its first two
        /// when they read as a product's, else its first word when that is a product's), with the sentences after it that go on about
        /// the same thing ("It beats older Phi versions ..., now live in Azure AI Foundry"); or null.
        /// </summary>
        private string? DescribingSentence(Passage item, string name)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var head = string.Join(' ', words.Take(Math.Min(3, words.Length)));
            if (head.Length < 4)
            {
                return null;
            }

            if (item.Section is null || !_paragraphsBySection.TryGetValue(item.Section, out var paragraphs))
            {
                return null;
            }

            // "Deep Research in Azure AI Foundry Agent Service" is "Azure AI Foundry's Deep Research Agent Service" in the text.
            var pair = words.Length > 3 ? string.Join(' ', words.Take(2)) : null;
            var heads = new List<string> { head };
            if (pair is { Length: >= 8 } && RoundupItemShapes.LooksLikeProduct(pair) && !FeatureFinder.IsGeneric(pair))
            {
                heads.Add(pair);
            }

            if (words[0].Length >= 6 && RoundupItemShapes.LooksLikeProduct(words[0]))
            {
                heads.Add(words[0]);
            }

            foreach (var wanted in heads)
            {
                foreach (var passage in paragraphs)
                {
                    if (passage.Text.Contains(wanted, StringComparison.OrdinalIgnoreCase))
                    {
                        var sentences = SentenceSplitter.Split(passage.Text);
                        var at = sentences.ToList().FindIndex(s => s.Contains(wanted, StringComparison.OrdinalIgnoreCase));
                        if (at < 0)
                        {
                            return null;
                        }

                        var end = at + 1;
                        while (end < sentences.Count && end - at < 3 && RoundupItemShapes.ContinuesSubject(sentences[end]))
                        {
                            end++;
                        }

                        return string.Join(' ', sentences.Skip(at).Take(end - at));
                    }
                }
            }

            return null;
        }

        /// <summary>The lead of the list item this one is nested in when that lead is all its item says ("**Azure Functions**:").</summary>
        private string? BareProductLead(Passage passage)
        {
            for (var block = passage.Block.Parent; block is not null; block = block.Parent)
            {
                if (block is ListItemBlock && _byBlock.TryGetValue(block, out var parent))
                {
                    // A bare lead groups the lines under it: a product ("**Azure Functions**:") or an area ("**Storage**:").
                    return parent.Lead is { } lead && parent.Text.Length <= lead.Length + 3 && !RoundupItemShapes.IsFieldLabel(lead) ? lead : null;
                }
            }

            return null;
        }

        /// <summary>The item of the list item this passage is nested in, if that one is an item.</summary>
        private RoundupItem? ParentItem(Passage passage)
        {
            for (var block = passage.Block.Parent; block is not null; block = block.Parent)
            {
                if (block is ListItemBlock && _byBlock.TryGetValue(block, out var parent))
                {
                    return _itemOf.GetValueOrDefault(parent);
                }
            }

            return null;
        }

        private bool InNonItemSection(Passage passage)
        {
            if (passage.Section is not { } heading)
            {
                return false;
            }

            if (!_nonItem.TryGetValue(heading, out var skip))
            {
                _nonItem[heading] = skip = RoundupItemShapes.IsNonItemSection(heading.Text);
            }

            return skip;
        }

        private StatusCue? Cue(Passage passage)
        {
            if (!_cues.TryGetValue(passage, out var cue))
            {
                _cues[passage] = cue = RoundupStatus.Of(passage.Text, postDate);
            }

            return cue;
        }

        /// <summary>The nearest heading above that states a status; a theme heading that states none gives none.</summary>
        private StatusCue? SectionCue(Passage? section)
        {
            for (var heading = section; heading is not null; heading = heading.Section)
            {
                if (Cue(heading) is { } cue)
                {
                    return cue;
                }
            }

            return null;
        }

        /// <summary>The cue of a heading that only states a status ("## Deprecations", "### Upcoming features").</summary>
        private StatusCue? StatusOnly(Passage heading) =>
            Cue(heading) is { } cue && FeatureFinder.IsGeneric(FeatureFinder.Clean(heading.Text)) ? cue : null;

        private static string Evidence(string text, StatusCue? cue)
        {
            var sentences = SentenceSplitter.Split(text);
            if (sentences.Count == 0)
            {
                return text;
            }

            return cue is not null ? sentences.FirstOrDefault(s => s.Contains(cue.Text, StringComparison.Ordinal)) ?? sentences[0] : sentences[0];
        }

        private static bool IsWeak(StatusCue cue) =>
            cue.Text.Contains("now", StringComparison.OrdinalIgnoreCase) || cue.Text.Contains("launch", StringComparison.OrdinalIgnoreCase)
            || cue.Text.Contains("roll", StringComparison.OrdinalIgnoreCase) || cue.Text.Contains("live", StringComparison.OrdinalIgnoreCase)
            || cue.Text.Contains("released", StringComparison.OrdinalIgnoreCase) || cue.Text.Contains("support", StringComparison.OrdinalIgnoreCase);

        /// <summary>A product's name alone, or one word ("ACA now supports ..."): the product is no feature of itself in a roundup's list.</summary>
        private bool IsBareProduct(string name) =>
            !name.Contains(' ', StringComparison.Ordinal)
            || (attribution.Owners(name, fromName: true).Count == 1 && attribution.Matcher.Find(name) is [{ } only] && only.Index == 0 && only.Length == name.Length);

        private static int Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }
}
