using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PhotoDesk.Captions.Places;

/// <summary>
/// The lookup form of a place name: lower case, accents removed, hyphens as spaces, periods and curly quotes
/// dropped, "St."/"Mt."/"Ft." spelled out. "São Paulo", "SAO PAULO" and "Sao Paulo" share one key, as do
/// "St. Louis" and "Saint Louis", and "Port-au-Prince" and "Port au Prince".
/// </summary>
internal static class PlaceKey
{
    /// <summary>Longest key we build; longer names are never places.</summary>
    public const int MaxLength = 96;

    public static string Of(string name)
    {
        Span<char> buffer = stackalloc char[MaxLength * 2];
        var length = Write(name, buffer);
        return length < 0 ? string.Empty : new string(buffer[..length]);
    }

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="destination"/>; -1 when it does not fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Write(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        var wordStart = 0;
        var lastWasSpace = true;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '.') continue;
            if (c is '-' or '\u2010' or '\u2011' or '\u2013' or ' ' or '\t' or '\n' or '\r' or '\u00A0')
            {
                if (lastWasSpace) continue;
                if (!ExpandAbbreviation(destination, wordStart, ref length)) return -1;
                if (length >= destination.Length) return -1;
                destination[length++] = ' ';
                lastWasSpace = true;
                wordStart = length;
                continue;
            }
            if (c is '\u2019' or '\u2018' or '`') c = '\'';
            if (c < 128)
            {
                if (length >= destination.Length) return -1;
                destination[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
            else if (!AppendFolded(c, destination, ref length)) return -1;
            lastWasSpace = false;
        }
        if (lastWasSpace && length > 0) length--;
        else if (!ExpandAbbreviation(destination, wordStart, ref length)) return -1;
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ExpandAbbreviation(Span<char> destination, int wordStart, ref int length)
    {
        var word = destination[wordStart..length];
        string? full = word switch
        {
            "st" => "saint",
            "ste" => "sainte",
            "mt" => "mount",
            "ft" => "fort",
            _ => null,
        };
        if (full is null) return true;
        if (wordStart + full.Length > destination.Length) return false;
        full.AsSpan().CopyTo(destination[wordStart..]);
        length = wordStart + full.Length;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AppendFolded(char c, Span<char> destination, ref int length)
    {
        if (c is >= '\u0300' and <= '\u036F') return true; // combining accents of decomposed text
        var folded = c < FoldTableEnd ? FoldTable[c - 128] ??= Fold(c) : null;
        if (folded is null)
        {
            if (length >= destination.Length) return false;
            destination[length++] = char.ToLowerInvariant(c);
            return true;
        }
        if (length + folded.Length > destination.Length) return false;
        folded.AsSpan().CopyTo(destination[length..]);
        length += folded.Length;
        return true;
    }

    // Latin-1, Latin Extended, Greek, Cyrillic … up to Latin Extended Additional ("ḩ", "ạ"), filled on first
    // use (a racing thread computes the same string, so the benign race needs no lock).
    private const int FoldTableEnd = 0x2000;
    private static readonly string?[] FoldTable = new string?[FoldTableEnd - 128];

    private static string Fold(char c) => c switch
    {
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ø' or 'Ø' => "o",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' => "d",
        'ı' => "i",
        'þ' or 'Þ' => "th",
        'ð' or 'Ð' => "d",
        'ʻ' or 'ʼ' or 'ʿ' or 'ʾ' => "'",
        _ => Decompose(c),
    };

    private static string Decompose(char c)
    {
        var builder = new StringBuilder(2);
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(d);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Control) continue;
            builder.Append(char.ToLowerInvariant(d));
        }
        return builder.ToString();
    }
}
