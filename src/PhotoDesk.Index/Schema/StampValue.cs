using System.Buffers.Binary;
using System.Text;
using Lucene.Net.Util;
using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Index.Schema;

/// <summary>
/// A photo's file stamp (id, path, content hash, modified time, size) as one binary doc value: what a rescan reads
/// for every photo and what a batch reads for every hit (the id comes first, so reading it stops there).
/// </summary>
/// <remarks>
/// One field, not five: Lucene.Net measures the memory of a doc-values field's buffer on every document it adds, by
/// reflection (about 1.2 KB of garbage and a few microseconds each time); five stamp fields were a tenth of an
/// import's allocations.
/// Layout: id, path and hash as UTF-8, each behind its byte count (a variable-length integer); then the modified
/// time (UTC ticks) and the size as 8-byte little-endian integers.
/// </remarks>
internal static class StampValue
{
    public static BytesRef Encode(string id, string path, string? contentHash, DateTimeOffset modified, long fileSize)
    {
        var hash = contentHash ?? string.Empty;
        int idBytes = Encoding.UTF8.GetByteCount(id), pathBytes = Encoding.UTF8.GetByteCount(path), hashBytes = Encoding.UTF8.GetByteCount(hash);
        var buffer = new byte[VarIntLength(idBytes) + idBytes + VarIntLength(pathBytes) + pathBytes + VarIntLength(hashBytes) + hashBytes + 16];
        var at = WriteString(buffer, 0, id, idBytes);
        at = WriteString(buffer, at, path, pathBytes);
        at = WriteString(buffer, at, hash, hashBytes);
        BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(at), modified.UtcTicks);
        BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(at + 8), fileSize);
        return new BytesRef(buffer);
    }

    public static string ReadId(BytesRef value)
    {
        var bytes = Span(value);
        var at = 0;
        return ReadString(bytes, ref at);
    }

    public static FileStamp Read(BytesRef value)
    {
        var bytes = Span(value);
        var at = 0;
        var id = ReadString(bytes, ref at);
        var path = ReadString(bytes, ref at);
        var hash = ReadString(bytes, ref at);
        var modified = BinaryPrimitives.ReadInt64LittleEndian(bytes[at..]);
        var size = BinaryPrimitives.ReadInt64LittleEndian(bytes[(at + 8)..]);
        return new FileStamp(id, path, size, new DateTimeOffset(modified, TimeSpan.Zero), hash.Length == 0 ? null : hash);
    }

    private static ReadOnlySpan<byte> Span(BytesRef value) => value.Bytes.AsSpan(value.Offset, value.Length);

    private static int WriteString(byte[] buffer, int at, string text, int byteCount)
    {
        var length = (uint)byteCount;
        while (length >= 0x80)
        {
            buffer[at++] = (byte)(length | 0x80);
            length >>= 7;
        }
        buffer[at++] = (byte)length;
        return at + Encoding.UTF8.GetBytes(text, buffer.AsSpan(at));
    }

    private static string ReadString(ReadOnlySpan<byte> bytes, ref int at)
    {
        int length = 0, shift = 0;
        byte b;
        do
        {
            if (shift > 28) throw new InvalidDataException("a stamp's length prefix is too long");
            b = bytes[at++];
            length |= (b & 0x7f) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        var text = Encoding.UTF8.GetString(bytes.Slice(at, length));
        at += length;
        return text;
    }

    private static int VarIntLength(int value)
    {
        var n = 1;
        for (var v = (uint)value; v >= 0x80; v >>= 7) n++;
        return n;
    }
}
