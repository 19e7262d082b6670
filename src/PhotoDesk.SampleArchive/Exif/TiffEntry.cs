using System.Buffers.Binary;
using System.Text;

namespace PhotoDesk.SampleArchive.Exif;

/// <summary>One TIFF IFD entry (tag, type, count, little-endian value bytes) as EXIF stores it (CIPA DC-008 4.6.2).</summary>
public sealed record TiffEntry(ushort Tag, ushort Type, uint Count, byte[] Value)
{
    private const ushort TypeAscii = 2, TypeShort = 3, TypeLong = 4, TypeRational = 5, TypeUndefined = 7;

    public static TiffEntry Ascii(ushort tag, string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text + "\0");
        return new(tag, TypeAscii, (uint)bytes.Length, bytes);
    }

    public static TiffEntry Short(ushort tag, ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        return new(tag, TypeShort, 1, bytes);
    }

    public static TiffEntry Long(ushort tag, uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return new(tag, TypeLong, 1, bytes);
    }

    public static TiffEntry Rational(ushort tag, uint numerator, uint denominator)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, numerator);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), denominator);
        return new(tag, TypeRational, 1, bytes);
    }

    public static TiffEntry Undefined(ushort tag, params byte[] value) => new(tag, TypeUndefined, (uint)value.Length, value.ToArray());

    /// <summary>Values of more than four bytes live outside the entry, at an offset (word-aligned).</summary>
    public int ExternalSize => Value.Length <= 4 ? 0 : Value.Length + (Value.Length & 1);
}
