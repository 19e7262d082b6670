using System.Buffers.Binary;
using System.Text;

namespace PhotoDesk.Metadata.Writing.Exif;

/// <summary>
/// Updates text entries of EXIF IFD0 (ImageDescription, Artist, Copyright) in place, without re-laying out the TIFF
/// structure: a value of up to 4 bytes goes into the entry itself; a longer one is appended at the end of the TIFF
/// block (at an even offset) and the entry points to it. Nothing else moves, so maker notes and thumbnails with
/// absolute offsets stay valid. A new value that fits where the old one was is written there; otherwise the old
/// bytes remain as unreferenced filler. Only entries that exist and are not blank are changed: where EXIF has no
/// such value, MWG readers fall through to XMP/IIM anyway.
/// </summary>
internal static class ExifIfd0Editor
{
    public const ushort ImageDescription = 0x010E;
    public const ushort Artist = 0x013B;
    public const ushort Copyright = 0x8298;

    private const ushort AsciiType = 2;

    /// <summary>
    /// The TIFF block with the given tags set (null value: a blank string), or null when nothing changed or the
    /// block is not a TIFF structure we can edit safely. A result larger than <paramref name="maxLength"/> falls back
    /// to blanking the entries (so the stale EXIF text no longer overrides the new XMP/IIM value).
    /// </summary>
    public static byte[]? Apply(byte[] tiff, IReadOnlyDictionary<ushort, string?> values, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(tiff);
        var edited = TryApply(tiff, values);
        if (edited is null || edited.Length <= maxLength) return edited;
        return TryApply(tiff, values.ToDictionary(kv => kv.Key, _ => (string?)null));
    }

    private static byte[]? TryApply(byte[] tiff, IReadOnlyDictionary<ushort, string?> values)
    {
        if (tiff.Length < 8) return null;
        bool little;
        if (tiff[0] == 'I' && tiff[1] == 'I') little = true;
        else if (tiff[0] == 'M' && tiff[1] == 'M') little = false;
        else return null;
        if (U16(tiff, 2, little) != 42) return null;
        var ifd = U32(tiff, 4, little);
        if (ifd < 8 || ifd + 2 > (uint)tiff.Length) return null;
        var count = U16(tiff, (int)ifd, little);
        if (ifd + 2 + 12L * count > tiff.Length) return null;

        using var appended = new MemoryStream();
        var output = (byte[])tiff.Clone();
        var changed = false;
        for (var i = 0; i < count; i++)
        {
            var at = (int)ifd + 2 + 12 * i;
            var tag = U16(tiff, at, little);
            if (!values.TryGetValue(tag, out var value)) continue;
            byte[] bytes = value is null ? [0] : [.. Encoding.UTF8.GetBytes(value), 0];
            // A blank entry does not override XMP/IIM for MWG readers: leave it (and an unreadable one) alone.
            if (CurrentValue(tiff, at, little) is not { } current || IsBlank(current)) continue;
            if (current.AsSpan().SequenceEqual(bytes)) continue;
            changed = true;
            W16(output, at + 2, AsciiType, little);
            W32(output, at + 4, (uint)bytes.Length, little);
            if (bytes.Length <= 4)
            {
                Array.Clear(output, at + 8, 4);
                bytes.CopyTo(output, at + 8);
                continue;
            }
            if (current.Length >= bytes.Length && current.Length > 4)
            {
                // Fits where the old value was: overwrite it there and zero the rest, nothing grows.
                var old = (int)U32(tiff, at + 8, little);
                Array.Clear(output, old, current.Length);
                bytes.CopyTo(output, old);
                continue;
            }
            // Values start at even offsets (exiftool -validate: "Odd offset").
            var offset = tiff.Length + appended.Length;
            if (offset % 2 == 1) { appended.WriteByte(0); offset++; }
            W32(output, at + 8, (uint)offset, little);
            appended.Write(bytes);
        }
        return changed ? [.. output, .. appended.ToArray()] : null;
    }

    private static bool IsBlank(ReadOnlySpan<byte> value)
    {
        var nul = value.IndexOf((byte)0);
        return (nul < 0 ? value : value[..nul]).IndexOfAnyExcept((byte)' ') < 0;
    }

    /// <summary>The entry's value bytes when it is an ASCII/undefined string inside the block, else null.</summary>
    private static byte[]? CurrentValue(byte[] tiff, int at, bool little)
    {
        var type = U16(tiff, at + 2, little);
        if (type is not (2 or 7 or 1)) return null;
        var length = U32(tiff, at + 4, little);
        if (length <= 4) return tiff[(at + 8)..(at + 8 + (int)length)];
        var offset = U32(tiff, at + 8, little);
        return offset + (long)length <= tiff.Length ? tiff[(int)offset..(int)(offset + length)] : null;
    }

    private static ushort U16(byte[] b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at)) : BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at));

    private static uint U32(byte[] b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));

    private static void W16(byte[] b, int at, ushort v, bool little)
    {
        if (little) BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(at), v);
        else BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(at), v);
    }

    private static void W32(byte[] b, int at, uint v, bool little)
    {
        if (little) BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(at), v);
        else BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(at), v);
    }
}
