using PhotoDesk.Core.Captions;

namespace PhotoDesk.Captions.Credits;

/// <summary>Words that open a credit ("Photo by", "Photographer:", "©", "Courtesy of") and the roles some of them carry.</summary>
internal static class CreditLeadIns
{
    // Lead-ins, longest first; a lead-in makes a bare name a credit ("Photo by Jane Doe", "© Jane Doe").
    private static readonly (string Prefix, string? Flag)[] LeadIns =
    [
        ("mandatory credit:", null), ("credit image:", null), ("photo credit:", null), ("image credit:", null),
        ("picture credit:", null), ("credit:", null), ("credit...", null), ("credit…", null), ("credits:", null),
        ("staff photo by", null), ("staff photo:", null), ("pool photo by", CaptionFlags.Pool), ("pool photo:", CaptionFlags.Pool),
        ("file photo by", CaptionFlags.File), ("handout photo by", CaptionFlags.Handout), ("handout photo:", CaptionFlags.Handout),
        ("photos courtesy of", CaptionFlags.Courtesy), ("photo courtesy of", CaptionFlags.Courtesy),
        ("image courtesy of", CaptionFlags.Courtesy), ("picture courtesy of", CaptionFlags.Courtesy),
        ("photo courtesy", CaptionFlags.Courtesy), ("courtesy photo by", CaptionFlags.Courtesy), ("courtesy of", CaptionFlags.Courtesy),
        ("courtesy:", CaptionFlags.Courtesy), ("courtesy", CaptionFlags.Courtesy),
        ("text and photos by", null), ("text and photographs by", null), ("words and pictures by", null), ("bild:", null),
        ("photographs by", null), ("photograph by", null), ("photographs:", null), ("photograph:", null),
        ("photographers:", null), ("photographer:", null), ("photos by", null), ("photo by", null), ("photos:", null),
        ("photo:", null), ("pictures by", null), ("picture by", null), ("pictures:", null), ("picture:", null),
        ("photo illustration by", null), ("illustration by", null), ("file:", CaptionFlags.File), ("images by", null), ("image by", null), ("images:", null), ("image:", null), ("fotos:", null), ("foto:", null),
        ("satellite image", null), ("satellite imagery", null), ("satellite photo", null), ("image ©", null), ("photo ©", null),
        ("obtained by", null), ("source:", null), ("copyright", null), ("(c)", null), ("©", null),
    ];

    internal static string Strip(string s, CreditBuilder b)
    {
        for (var guard = 0; guard < 4; guard++)
        {
            var matched = false;
            foreach (var (prefix, flag) in LeadIns)
            {
                if (!s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
                var last = prefix[^1];
                if (char.IsLetter(last) && s.Length > prefix.Length && char.IsLetterOrDigit(s[prefix.Length])) continue;
                s = s[prefix.Length..].TrimStart(' ', ':', '-', '–', '—', '\u00A0');
                if (flag is not null) b.AddFlag(flag);
                b.Marker = true;
                matched = true;
                if (prefix.EndsWith('©') || prefix is "(c)" or "copyright") s = SkipYear(s);
                break;
            }
            if (!matched) break;
        }
        return s.Trim();
    }

    private static string SkipYear(string s)
    {
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i == 4 ? s[4..].TrimStart(' ', ',') : s;
    }
}
