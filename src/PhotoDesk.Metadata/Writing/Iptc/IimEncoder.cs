namespace PhotoDesk.Metadata.Writing.Iptc;

/// <summary>Serialises datasets into an IIM block, in the order given.</summary>
internal static class IimEncoder
{
    public static byte[] Encode(IEnumerable<IimDataSet> dataSets)
    {
        using var buffer = new MemoryStream();
        foreach (var d in dataSets)
        {
            buffer.WriteByte(0x1C);
            buffer.WriteByte(d.Record);
            buffer.WriteByte(d.Number);
            if (d.Value.Length < 0x8000)
            {
                buffer.WriteByte((byte)(d.Value.Length >> 8));
                buffer.WriteByte((byte)d.Value.Length);
            }
            else
            {
                // Extended dataset: 0x8004 then a 4-byte length (IIM 4.2 §1.5.3).
                buffer.WriteByte(0x80);
                buffer.WriteByte(0x04);
                for (var shift = 24; shift >= 0; shift -= 8) buffer.WriteByte((byte)(d.Value.Length >> shift));
            }
            buffer.Write(d.Value);
        }
        return buffer.ToArray();
    }
}
