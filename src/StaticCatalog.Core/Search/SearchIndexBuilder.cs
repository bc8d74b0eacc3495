namespace StaticCatalog.Search;

/// <summary>Makes the inverted index: each term of each document, with the fields of the document it is in.</summary>
public static class SearchIndexBuilder
{
    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents)
    {
        var terms = new Dictionary<string, List<SearchPosting>>(StringComparer.Ordinal);
        for (var id = 0; id < documents.Count; id++)
        {
            foreach (var (term, fields) in FieldsOf(documents[id]))
            {
                if (!terms.TryGetValue(term, out var postings))
                {
                    terms[term] = postings = [];
                }

                postings.Add(new SearchPosting(id, fields));
            }
        }

        var sorted = terms
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => KeyValuePair.Create(t.Key, (IReadOnlyList<SearchPosting>)t.Value))
            .ToList();
        return new SearchIndex(documents, sorted);
    }

    /// <summary>Each distinct term of the document with every field it appears in.</summary>
    public static IReadOnlyDictionary<string, SearchFields> FieldsOf(SearchDocument document)
    {
        var fields = new Dictionary<string, SearchFields>(StringComparer.Ordinal);
        void Add(string text, SearchFields field)
        {
            foreach (var term in SearchTokenizer.Tokenize(text))
            {
                fields[term] = fields.GetValueOrDefault(term) | field;
            }
        }

        Add(document.Title, SearchFields.Title);
        foreach (var meta in document.Meta)
        {
            Add(meta, SearchFields.Meta);
        }

        Add(document.Excerpt, SearchFields.Excerpt);
        return fields;
    }
}
