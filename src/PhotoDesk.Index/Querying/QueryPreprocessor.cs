using System.Text;

namespace PhotoDesk.Index.Querying;

/// <summary>
/// Rewrites what the classic Lucene syntax would misread before it is parsed:
/// <list type="bullet">
/// <item>a <c>/</c> outside quotes is escaped: photo desks type paths and credits (<c>Chiu/AFP</c>), not regular expressions;</item>
/// <item><c>"ringo chew"~</c> (a tilde without a number after a phrase) means "fuzzy names"; the classic parser treats it as
/// phrase slop 0, so it is marked with <see cref="FuzzyPhraseSlop"/> for <see cref="PhotoQueryParser"/>.</item>
/// </list>
/// </summary>
internal static class QueryPreprocessor
{
    /// <summary>A slop nobody types, standing for "fuzzy match each term of this phrase".</summary>
    public const int FuzzyPhraseSlop = 1_048_573;

    public static string Rewrite(string query)
    {
        var sb = new StringBuilder(query.Length + 16);
        var inQuotes = false;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '\\' && i + 1 < query.Length)
            {
                sb.Append(c).Append(query[++i]);
                continue;
            }
            if (c == '"')
            {
                sb.Append(c);
                inQuotes = !inQuotes;
                if (!inQuotes && i + 1 < query.Length && query[i + 1] == '~'
                    && (i + 2 >= query.Length || !(char.IsAsciiDigit(query[i + 2]) || query[i + 2] == '.')))
                {
                    sb.Append('~').Append(FuzzyPhraseSlop);
                    i++;
                }
                continue;
            }
            if (c == '/' && !inQuotes)
            {
                sb.Append("\\/");
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
