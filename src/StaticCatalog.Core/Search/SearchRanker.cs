namespace StaticCatalog.Search;

/// <summary>
/// How results are ranked; <c>themes/default/assets/js/search.js</c> does the same in the browser. Every word
/// of the query must match (the last one as a prefix, since the reader may still be typing it). A word scores
/// the weight of the best field it is in (title, then meta, then excerpt), not their sum: a post that repeats a
/// service's name in its title, tags and excerpt does not outrank the service's own page; a prefix match that is
/// not the whole term scores half.
/// Equal scores keep document order (services, then posts newest first, then tags).
/// </summary>
public static class SearchRanker
{
    public const int TitleWeight = 10;
    public const int MetaWeight = 4;
    public const int ExcerptWeight = 1;

    public static double Weight(SearchFields fields) =>
        fields.HasFlag(SearchFields.Title) ? TitleWeight
        : fields.HasFlag(SearchFields.Meta) ? MetaWeight
        : fields.HasFlag(SearchFields.Excerpt) ? ExcerptWeight
        : 0;

    /// <summary>The query's words as terms, without repeats; the last one is matched as a prefix.</summary>
    public static IReadOnlyList<string> Words(string query) => SearchTokenizer.Tokenize(query).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Document ids, best first.</summary>
    public static IReadOnlyList<(int DocumentId, double Score)> Search(SearchIndex index, string query, int take = int.MaxValue)
    {
        var words = Words(query);
        return Rank(words.Select((word, i) => Scores(index.Terms, word, prefix: i == words.Count - 1)), take);
    }

    /// <summary>The documents every word matched, by the sum of their scores, best first; equal scores in id order.</summary>
    public static IReadOnlyList<(int DocumentId, double Score)> Rank(IEnumerable<IReadOnlyDictionary<int, double>> scoresByWord, int take = int.MaxValue)
    {
        IReadOnlyDictionary<int, double>? total = null;
        foreach (var scores in scoresByWord)
        {
            total = total is null
                ? scores
                : total.Where(t => scores.ContainsKey(t.Key)).ToDictionary(t => t.Key, t => t.Value + scores[t.Key]);
        }

        return (total ?? new Dictionary<int, double>())
            .OrderByDescending(t => t.Value)
            .ThenBy(t => t.Key)
            .Take(take)
            .Select(t => (t.Key, t.Value))
            .ToList();
    }

    /// <summary>The score of each document for one word, from the terms that can match it (all of them, or one shard's).</summary>
    public static IReadOnlyDictionary<int, double> Scores(IEnumerable<KeyValuePair<string, IReadOnlyList<SearchPosting>>> terms, string word, bool prefix)
    {
        var scores = new Dictionary<int, double>();
        foreach (var (term, postings) in terms)
        {
            var exact = term == word;
            if (!exact && !(prefix && term.StartsWith(word, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var posting in postings)
            {
                var score = Weight(posting.Fields) * (exact ? 1 : 0.5);
                scores[posting.DocumentId] = Math.Max(scores.GetValueOrDefault(posting.DocumentId), score);
            }
        }

        return scores;
    }
}
