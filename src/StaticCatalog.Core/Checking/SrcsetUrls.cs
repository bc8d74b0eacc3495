namespace StaticCatalog.Checking;

/// <summary>
/// The URLs of a <c>srcset</c> attribute, read as the HTML standard does: a URL runs to the next white space
/// (so a <c>data:</c> URL keeps its commas), descriptors follow, candidates are separated by commas.
/// </summary>
public static class SrcsetUrls
{
    public static IReadOnlyList<string> Of(string srcset)
    {
        var urls = new List<string>();
        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ','))
            {
                i++;
            }

            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i]))
            {
                i++;
            }

            var url = srcset[start..i];
            var endsCandidate = url.EndsWith(',');
            url = url.TrimEnd(',');
            if (url.Length > 0)
            {
                urls.Add(url);
            }

            if (!endsCandidate)
            {
                SkipDescriptors(srcset, ref i);
            }
        }

        return urls;
    }

    /// <summary>Descriptors (<c>2x</c>, <c>640w</c>) run to the next comma outside parentheses.</summary>
    private static void SkipDescriptors(string srcset, ref int i)
    {
        var depth = 0;
        for (; i < srcset.Length; i++)
        {
            var c = srcset[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                i++;
                return;
            }
        }
    }
}
