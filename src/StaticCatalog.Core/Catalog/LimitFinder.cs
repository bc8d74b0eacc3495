using System.Globalization;
using System.Text.RegularExpressions;
using StaticCatalog.Catalog.Limits;

namespace StaticCatalog.Catalog;

/// <summary>
/// Finds stated capacity and performance figures in one sentence: a number, an optional
/// multiplier ("10 million", "128K"), a unit from <see cref="Units"/> or a counted thing
/// ("5,000 private endpoints"), with the qualifiers around it. It leaves out what is not a limit:
/// prices, numbers glued to a name or version (V2, Gen2, GPT-4.1), relative claims ("80% lower
/// latency", "reduced by 30 ms"), old values ("from 1,000 to 5,000"), durations and percentages
/// without a limit cue, counts without one, and sentences about benchmarks or attacks.
/// </summary>
public static partial class LimitFinder
{
    // A number not glued to a word, version, price or path; then an optional multiplier and '+'.
    private const string Number =
        @"(?<![\p{L}\p{N}_.,$€£¥#/\\@:~])(?<!\p{L}-)(?<!=\s?)(?<cmp>[<>]=?\s?)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![.,]\d)(?<plus>\+)?" +
        @"(?:\s?(?<mult>(?i:thousand|million|billion|trillion))\b|(?<multl>[KMBk])(?=[\s+-]))?(?<plus2>\+)?";

    // A count written as a word ("up to five"); its own patterns, run only on sentences that hold a bound, so the digit patterns keep their fast scan.
    private const string WrittenNumber =
        @"(?<![\p{L}\p{N}_])(?<word>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty))\b";

    private static readonly Regex UnitPattern = BuildUnitPattern(Number);
    private static readonly Regex CountPattern = BuildCountPattern(Number);
    private static readonly Regex WordUnitPattern = BuildUnitPattern(WrittenNumber);
    private static readonly Regex WordCountPattern = BuildCountPattern(WrittenNumber);

    /// <summary>Every limit in the sentence, left to right.</summary>
    public static IReadOnlyList<LimitMatch> Find(string sentence)
    {
        var digits = ContainsDigit(sentence);
        var words = MayHoldWordCount(sentence);
        if (!digits && !words)
        {
            return [];
        }

        var found = new List<LimitMatch>();
        var taken = new List<(int Start, int End)>();
        foreach (var match in Both(UnitPattern, WordUnitPattern, sentence, digits, words))
        {
            var unit = UnitOf(match);
            if (unit is not null && Accept(sentence, match, unit) && Build(sentence, match, unit) is { } limit)
            {
                found.Add(limit);
                taken.Add((match.Index, match.Index + match.Length));
            }
        }

        foreach (Match match in digits ? Distance().Matches(sentence) : Enumerable.Empty<Match>())
        {
            if (!Overlaps(taken, match) && !WordNeedsBound(sentence[..match.Index], match) && Build(sentence, match, Units.All.First(u => u.BaseUnit == Units.Metres)) is { } limit)
            {
                found.Add(limit with { Metric = match.Groups["mods"].Value.Trim() is { Length: > 0 } mods ? mods : limit.Metric });
                taken.Add((match.Index, match.Index + match.Length));
            }
        }

        foreach (Match match in digits ? LinkSpeed().Matches(sentence) : Enumerable.Empty<Match>())
        {
            if (!Overlaps(taken, match))
            {
                var gbps = Units.All.First(u => u.Symbol == "Gbps");
                var value = decimal.Parse(match.Groups["num"].Value, CultureInfo.InvariantCulture);
                found.Add(new LimitMatch(value, gbps.Symbol, value * gbps.Factor, gbps.BaseUnit, "link speed", null, match.Value, match.Index) { Bounded = true });
                taken.Add((match.Index, match.Index + match.Length));
            }
        }

        foreach (var match in Both(CountPattern, WordCountPattern, sentence, digits, words))
        {
            if (!Overlaps(taken, match) && AcceptCount(sentence, match) && Build(sentence, match, null) is { } limit)
            {
                found.Add(limit);
            }
        }

        // The sentence-wide contexts (benchmarks, prices, outcomes, ...) are checked only when a figure was found: most sentences with a digit have none.
        return found.Count == 0 || NotALimitContexts.ExcludesSentence(sentence) ? [] : found.OrderBy(l => l.Index).ToList();
    }

    /// <summary>The matches of the digit pattern, then of the word pattern when the sentence holds a bound.</summary>
    private static IEnumerable<Match> Both(Regex digitPattern, Regex wordPattern, string sentence, bool digits, bool words)
    {
        var matches = digits ? digitPattern.Matches(sentence).AsEnumerable() : [];
        return words ? matches.Concat(wordPattern.Matches(sentence)) : matches;
    }

    private static bool ContainsDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"up to five", "as many as ten": a count written as a word is read only after such words.</summary>
    private static bool MayHoldWordCount(string text) => text.AsSpan().ContainsAny(WordCountBounds);

    private static readonly System.Buffers.SearchValues<string> WordCountBounds =
        System.Buffers.SearchValues.Create(["up to ", "as many as ", "maximum of ", "at most "], StringComparison.OrdinalIgnoreCase);

    /// <summary>A count written as a word is a figure only after an explicit bound: "up to five regions", not "two regions".</summary>
    private static bool WordNeedsBound(string before, Match match) =>
        match.Groups["word"].Success && !QualifierBefore().IsMatch(before);

    private static bool Overlaps(List<(int Start, int End)> taken, Match match) =>
        taken.Any(t => match.Index < t.End && t.Start < match.Index + match.Length);

    private static UnitDefinition? UnitOf(Match match)
    {
        for (var i = 0; i < Units.All.Count; i++)
        {
            if (match.Groups["u" + i.ToString(CultureInfo.InvariantCulture)].Success)
            {
                return Units.All[i];
            }
        }

        return null;
    }

    private static bool Accept(string sentence, Match match, UnitDefinition unit)
    {
        var before = sentence[..match.Index];
        var after = sentence[(match.Index + match.Length)..];
        if (WordNeedsBound(before, match) || NotALimitContexts.ExcludesFigure(sentence, match.Index, match.Length, unit.BaseUnit) || OldValue(before, after))
        {
            return false;
        }

        return unit.BaseUnit switch
        {
            Units.Percent => PercentCue().IsMatch(sentence),
            Units.Seconds when unit.Factor >= 1m && match.Value.Contains('-', StringComparison.Ordinal) => RetentionAfter().IsMatch(after),
            Units.Seconds when unit.Factor >= 1m => match.Groups["cmp"].Success || DurationCue().IsMatch(sentence),
            Units.Tokens => TokenCue().IsMatch(sentence),
            _ => true,
        };
    }

    private static bool AcceptCount(string sentence, Match match)
    {
        var before = sentence[..match.Index];
        var after = sentence[(match.Index + match.Length)..];
        // "Microsoft 365 applications", "Agent 365": a number right after a capitalized word is part of a name.
        if ((InsideName().IsMatch(before) && !QualifierBefore().IsMatch(before) && (match.Groups["mods"].Value.Length == 0 || char.IsUpper(match.Groups["mods"].Value[0])))
            || NameBeforeMidSentence().IsMatch(before))
        {
            return false;
        }

        // '+' alone makes a count a limit only for places: "60+ AI regions", "190+ edge sites".
        var plus = (match.Groups["plus"].Success || match.Groups["plus2"].Success) && Places().IsMatch(match.Groups["thing"].Value);
        if (WordNeedsBound(before, match) || NotALimitContexts.ExcludesFigure(sentence, match.Index, match.Length, Units.Count) || OldValue(before, after) || QualifiesFigureBefore(before))
        {
            return false;
        }

        return plus || PerAfter().IsMatch(after) || CountCue().IsMatch(before);
    }

    /// <summary>"20 Gbps total across 4 tunnels": the count qualifies the figure before it.</summary>
    private static bool QualifiesFigureBefore(string before) =>
        AcrossBefore().IsMatch(before) && ContainsDigit(before[Math.Max(0, before.Length - 50)..]);

    /// <summary>An old value: "from 1,000 to 5,000" keeps 5,000 only (the other contexts are <see cref="NotALimitContexts"/>).</summary>
    private static bool OldValue(string before, string after) =>
        FromBefore().IsMatch(before) && ToAfter().IsMatch(after);

    private static LimitMatch? Build(string sentence, Match match, UnitDefinition? unit)
    {
        decimal number;
        if (match.Groups["word"].Success)
        {
            number = WordNumber(match.Groups["word"].Value);
        }
        else if (!decimal.TryParse(match.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal),
                NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            return null;
        }

        if (Normalize(number, Multiplier(match), unit?.Factor ?? 1m) is not { } figure)
        {
            return null;
        }

        var (value, normalized) = figure;

        var before = sentence[..match.Index];
        var after = sentence[(match.Index + match.Length)..];
        var clauseAfter = ClauseEnd().Match(after) is { Success: true } end ? after[..end.Index] : after;
        var qualifiers = new List<string>();
        var start = match.Index;
        if (match.Groups["cmp"].Success)
        {
            qualifiers.Add(match.Groups["cmp"].Value.Trim() switch { ">" => "more than", ">=" => "at least", "<" => "less than", _ => "at most" });
        }
        else if (QualifierBefore().Match(before) is { Success: true } prefix)
        {
            qualifiers.Add(prefix.Groups["q"].Value.ToLowerInvariant());
            start = prefix.Index;
        }

        if (match.Groups["plus"].Success || match.Groups["plus2"].Success)
        {
            qualifiers.Add("+");
        }

        if (TotalAfter().Match(clauseAfter) is { Success: true } total)
        {
            qualifiers.Add(total.Value.Trim().ToLowerInvariant().Replace("throughput ", string.Empty, StringComparison.Ordinal));
        }

        string metric;
        if (unit is null)
        {
            var thing = match.Groups["thing"].Value;
            var modifiers = match.Groups["mods"].Value.Trim();
            metric = modifiers.Length > 0 && !IsFiller(modifiers) ? $"{modifiers} {thing}" : thing;
            if (PerAfter().Match(after) is { Success: true } per)
            {
                metric = $"{metric} {per.Value.Trim()}";
            }
        }
        else
        {
            metric = MetricOf(before, clauseAfter, unit);
            if (PerAfter().Match(after) is { Success: true } per)
            {
                qualifiers.Add(per.Value.Trim());
            }
        }

        var text = sentence[start..(match.Index + match.Length)].Trim();
        var bounded = qualifiers.Count > 0 || (unit is null && PerAfter().IsMatch(after)) || CountCue().IsMatch(before[Math.Max(0, before.Length - 60)..]);
        return new LimitMatch(
            value,
            unit?.Symbol ?? "count",
            normalized,
            unit?.BaseUnit ?? Units.Count,
            metric,
            qualifiers.Count == 0 ? null : string.Join(", ", qualifiers.Distinct(StringComparer.Ordinal)),
            text,
            match.Index) { Bounded = bounded, Former = FormerOf(before, unit, Multiplier(match)) };
    }

    /// <summary>
    /// The old value of "from 1,000 to 5,000" or "extended from 18 months to 24 months", read from the words before
    /// the figure: in its own unit when it names one of the figure's family, else in the figure's; with its own
    /// multiplier, else the figure's ("from 10 to 20 million"). Null when there is none, or its unit is another family's.
    /// </summary>
    private static FormerValue? FormerOf(string before, UnitDefinition? unit, decimal multiplier)
    {
        if (FromToBefore().Match(before) is not { Success: true } from
            || !decimal.TryParse(from.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var own = unit;
        if (from.Groups["unit"].Success)
        {
            var written = from.Groups["unit"].Value;
            own = Units.All.FirstOrDefault(u => u.BaseUnit == unit?.BaseUnit && Regex.IsMatch(written, $"^(?:{u.Written})$", RegexOptions.CultureInvariant));
            if (own is null)
            {
                return null;
            }
        }

        var ownMultiplier = from.Groups["mult"].Success ? Multiplier(from) : multiplier;
        return Normalize(number, ownMultiplier, own?.Factor ?? 1m) is { } figure
            ? new FormerValue(figure.Value, own?.Symbol ?? "count", figure.Normalized)
            : null;
    }

    /// <summary>
    /// The value as stated and in the base unit; null when either is zero, beyond decimal's range
    /// ("79228162514264337593543950335 Tbps") or too small for the base unit to carry ("0.000000000000000000001 ns"):
    /// no real limit is, and a value must read back as written.
    /// </summary>
    internal static (decimal Value, decimal Normalized)? Normalize(decimal number, decimal multiplier, decimal factor)
    {
        decimal value, normalized;
        try
        {
            value = number * multiplier;
            normalized = Units.Trim(value * factor);
        }
        catch (OverflowException)
        {
            return null;
        }

        return value > 0 && normalized > 0 && Math.Abs(normalized / factor - value) <= value / 1_000_000_000_000m ? (value, normalized) : null;
    }

    private static decimal WordNumber(string word) => word.ToLowerInvariant() switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
        "eleven" => 11, "twelve" => 12, "fifteen" => 15, "twenty" => 20, "thirty" => 30, "forty" => 40, _ => 50,
    };

    private static bool IsFiller(string words) => FillerWords().IsMatch(words);

    private static decimal Multiplier(Match match) =>
        Units.Multiplier(match.Groups["mult"].Success ? match.Groups["mult"].Value : match.Groups["multl"].Value);

    /// <summary>The words that say what is measured: after the unit ("18 Pbps WAN capacity", "8 GB of memory"), before it ("latency of 2 ms"), or the unit's own.</summary>
    private static string MetricOf(string before, string clauseAfter, UnitDefinition unit)
    {
        if (MetricAfter().Match(clauseAfter) is { Success: true } after)
        {
            var words = after.Groups["m"].Value.Trim();
            return words.StartsWith("total ", StringComparison.OrdinalIgnoreCase) ? words[6..] : words;
        }

        if (MetricBefore().Match(before) is { Success: true } lead)
        {
            return lead.Groups["m"].Value;
        }

        return unit.Metric;
    }

    private static Regex BuildUnitPattern(string number)
    {
        var units = string.Join('|', Units.All.Select((u, i) => $"(?<u{i.ToString(CultureInfo.InvariantCulture)}>{u.Written})"));
        return new Regex($@"{number}(?:[\s-]|(?=[\p{{L}}%µμ]))?(?:{units})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
    }

    private static Regex BuildCountPattern(string number)
    {
        var things = string.Join('|', Units.CountedThings.OrderByDescending(t => t.Length).Select(Regex.Escape));
        return new Regex($@"{number}\s(?<mods>(?:[\p{{L}}][\p{{L}}\p{{N}}-]*\s){{0,2}}?)(?<thing>{things})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(Number + @"\s(?<mods>(?:[\p{L}-]+\s){1,2})miles\b", RegexOptions.CultureInvariant)]
    private static partial Regex Distance();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,-])(?<num>10|25|40|50|100|200|400|800|1600)G(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex LinkSpeed();




    [GeneratedRegex(@"\bfrom\s*(?:[\d.,]+\s*[–-]\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromBefore();

    /// <summary>"from 1,000 to ", "from 18 months to ", "from 10 million up to ": the old value right before a figure.</summary>
    [GeneratedRegex(@"\bfrom\s+(?<num>\d[\d,]*(?:\.\d+)?)\s*(?:(?<mult>thousand|million|billion)\b|(?<multl>[KMB])(?![\p{L}]))?\s*(?<unit>[\p{L}/%µμ]+(?:/[\p{L}]+)?)?\s+(?:down |up )?to\s+(?:up to\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromToBefore();

    [GeneratedRegex(@"^\s*(?:down |up )?to\s+(?:up to\s+)?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToAfter();

    [GeneratedRegex(@"\bacross\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcrossBefore();

    [GeneratedRegex(@"^\s*(?:[\p{L}-]+\s+){0,2}(?:retention|timeouts?|time-?outs?|TTL|expir\w*|lifetime)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetentionAfter();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}]+\s$", RegexOptions.CultureInvariant)]
    private static partial Regex InsideName();

    /// <summary>"... from both Microsoft 365 and SAP applications": a capitalized word inside the sentence right before the number.</summary>
    [GeneratedRegex(@"[\p{L}\p{N},]\s\p{Lu}[\p{L}]+\s$", RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeMidSentence();

    [GeneratedRegex(@"^(?:regions|availability zones|datacenters|data centers|edge locations|points of presence|PoPs|sites)$", RegexOptions.CultureInvariant)]
    private static partial Regex Places();


    [GeneratedRegex(@"\b(?:SLAs?|service[- ]level|availability|uptime|durability|guarantee\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentCue();

    [GeneratedRegex(@"\b(?:up to|maximum|max|at most|no more than|retention|retain\w*|time-?outs?|TTL|lifetime|expir\w*|limits?|window|stored for|kept for|longer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationCue();

    [GeneratedRegex(@"\b(?:context|window|input|output|max\w*|up to|limit\w*|prompts?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenCue();

    [GeneratedRegex(@"\b(?:up to|as many as|maximum|max|at most|supports?|supporting|support for|scales?d? (?:up |out )?to|scaling to|increase[sd]? (?:\w+ )?to|raise[sd]? (?:\w+ )?to|limits?|capacity|quotas?|allows?|handles?|exceed\w*|thresholds?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountCue();

    [GeneratedRegex(@"^\s*per\s+(?:[\p{L}\p{N}][\p{L}\p{N}-]*)(?:\s+(?!and\b|or\b|with\b|for\b|in\b|to\b|across\b|on\b|at\b)[\p{L}\p{N}][\p{L}\p{N}-]*){0,2}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerAfter();

    [GeneratedRegex(@"\b(?<q>up to|as many as|as much as|maximum of|max(?:imum)?|at most|no more than|over|more than|at least|minimum of|min(?:imum)?|under|less than|below|above|exceeding|beyond)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualifierBefore();

    [GeneratedRegex(@"\b(?:total(?:\s+throughput)?(?:\s+across\s+\d+\s+\p{L}+)?|in total|combined|aggregate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalAfter();

    [GeneratedRegex(@"[,;()]|\.\s|\.$|\s(?:and|while|which|but)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"^\s*(?:of\s+)?(?<m>(?:total\s+)?(?:[\p{L}-]+\s+){0,2}?(?:throughput|bandwidth|capacity|latency|storage|memory|RAM|cache|disk|file size|size|retention|context window|context|output|uptime|availability|SLA|speed|egress|ingress|fiber|network|connectivity|links?|ports?|data|payload|message size|request size|upload|downloads?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetricAfter();

    [GeneratedRegex(@"\b(?<m>throughput|bandwidth|capacity|latency|storage|memory|RAM|cache|disk size|file size|size|retention|context window|uptime|availability|SLA|speed|egress|ingress|timeout)\s+(?:of|is|at|to|reaches|:)?\s*(?:up to|over|more than|as much as|at least|under|below|less than)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetricBefore();

    [GeneratedRegex(@"^(?:a|an|the|of|and|or|to|up|new|more|additional|total)(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FillerWords();
}
