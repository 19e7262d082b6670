using System.Text;
using PhotoDesk.Core.Photos;

namespace PhotoDesk.Metadata.Writing.Exif;

/// <summary>
/// The MWG reconciled fields that EXIF IFD0 also holds. MWG readers (exiftool -use MWG, PhotoDesk's reader) take a
/// non-blank EXIF value first, so an edit of these fields must reach EXIF too or it would not show.
/// </summary>
internal static class ExifFieldMap
{
    /// <summary>The IFD0 tag values for the edited fields among creators, description and copyright.</summary>
    public static Dictionary<ushort, string?> ValuesFor(FieldEdits edits)
    {
        var result = new Dictionary<ushort, string?>();
        if (edits.Contains(PhotoFields.Description)) result[ExifIfd0Editor.ImageDescription] = edits.ScalarOf(PhotoFields.Description);
        if (edits.Contains(PhotoFields.Copyright)) result[ExifIfd0Editor.Copyright] = edits.ScalarOf(PhotoFields.Copyright);
        if (edits.Contains(PhotoFields.Creators))
        {
            var creators = edits.ValuesOf(PhotoFields.Creators);
            result[ExifIfd0Editor.Artist] = creators.Count == 0 ? null : JoinMwgList(creators);
        }
        return result;
    }

    /// <summary>MWG list in one EXIF string: "a; b", an item containing "; " or starting with a quote is quoted.</summary>
    public static string JoinMwgList(IEnumerable<string> items)
    {
        var sb = new StringBuilder();
        foreach (var item in items)
        {
            if (sb.Length > 0) sb.Append("; ");
            if (item.Contains("; ", StringComparison.Ordinal) || item.StartsWith('"'))
                sb.Append('"').Append(item.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else sb.Append(item);
        }
        return sb.ToString();
    }
}
