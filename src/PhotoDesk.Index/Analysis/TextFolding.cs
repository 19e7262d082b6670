using Lucene.Net.Analysis.Miscellaneous;

namespace PhotoDesk.Index.Analysis;

/// <summary>Lower-cases and ASCII-folds one term, as analysis does, for terms the parser does not analyse (wildcards, fuzzy).</summary>
internal static class TextFolding
{
    public static string Fold(string term)
    {
        if (string.IsNullOrEmpty(term)) return term;
        var lower = term.ToLowerInvariant().ToCharArray();
        var output = new char[lower.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(lower, 0, output, 0, lower.Length);
        return new string(output, 0, length);
    }
}
