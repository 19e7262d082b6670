using System.Text;

namespace PhotoDesk.Metadata.Tests.Writing;

/// <summary>Builds test inputs by hand, byte by byte, independently of the writer's own encoders.</summary>
internal static class JpegSurgery
{
    /// <summary>Inserts a segment right after the JPEG's leading APP0/APP1 segments.</summary>
    public static byte[] InsertSegment(byte[] jpeg, byte marker, byte[] payload)
    {
        var (segments, scan) = JpegBytes.Split(jpeg);
        var lead = segments.TakeWhile(s => s.Marker is 0xE0 or 0xE1).ToList();
        var rest = segments.Skip(lead.Count);
        var length = payload.Length + 2;
        byte[] segment = [0xFF, marker, (byte)(length >> 8), (byte)length, .. payload];
        return [0xFF, 0xD8, .. lead.SelectMany(s => s.Bytes), .. segment, .. rest.SelectMany(s => s.Bytes), .. scan];
    }

    /// <summary>An IIM dataset: 1C, record, number, 16-bit length, value.</summary>
    public static byte[] DataSet(byte record, byte number, byte[] value) =>
        [0x1C, record, number, (byte)(value.Length >> 8), (byte)value.Length, .. value];

    public static byte[] DataSet(byte record, byte number, string ascii) => DataSet(record, number, Encoding.ASCII.GetBytes(ascii));

    /// <summary>A Photoshop 8BIM resource with an empty name, padded to even length.</summary>
    public static byte[] Resource(ushort id, byte[] data)
    {
        byte[] head = [.. "8BIM"u8, (byte)(id >> 8), (byte)id, 0, 0, (byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length];
        return data.Length % 2 == 1 ? [.. head, .. data, 0] : [.. head, .. data];
    }

    public static byte[] PhotoshopPayload(params byte[][] resources) => [.. "Photoshop 3.0\0"u8, .. resources.SelectMany(r => r)];

    public static byte[] XmpPayload(string packet) => [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes(packet)];

    /// <summary>The Photoshop resources of a file's first APP13, as (id, data), walked independently.</summary>
    public static List<(ushort Id, byte[] Data, int Offset)> Resources(byte[] jpeg)
    {
        var app13 = JpegBytes.Split(jpeg).Segments.Where(s => s.Marker == 0xED).ToList();
        var result = new List<(ushort, byte[], int)>();
        foreach (var seg in app13)
        {
            var p = seg.Bytes.AsSpan(4 + 14);
            var pos = 0;
            while (pos + 12 <= p.Length)
            {
                var id = (ushort)((p[pos + 4] << 8) | p[pos + 5]);
                var nameField = (p[pos + 6] + 2) & ~1;
                var sizeAt = pos + 6 + nameField;
                var size = (p[sizeAt] << 24) | (p[sizeAt + 1] << 16) | (p[sizeAt + 2] << 8) | p[sizeAt + 3];
                result.Add((id, p.Slice(sizeAt + 4, size).ToArray(), pos));
                pos = sizeAt + 4 + size + (size & 1);
            }
        }
        return result;
    }

    /// <summary>(record, number, value) of every dataset in an IIM block.</summary>
    public static List<(byte Record, byte Number, byte[] Value)> DataSets(byte[] iim)
    {
        var result = new List<(byte, byte, byte[])>();
        var pos = 0;
        while (pos + 5 <= iim.Length && iim[pos] == 0x1C)
        {
            var length = (iim[pos + 3] << 8) | iim[pos + 4];
            result.Add((iim[pos + 1], iim[pos + 2], iim[(pos + 5)..(pos + 5 + length)]));
            pos += 5 + length;
        }
        return result;
    }
}
