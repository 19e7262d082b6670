namespace PhotoDesk.Metadata.Writing.Iptc;

/// <summary>
/// One Photoshop image resource: signature (normally <c>8BIM</c>), 16-bit id, Pascal name (raw bytes without the
/// length byte) and data.
/// </summary>
internal sealed record PhotoshopResource(byte[] Signature, ushort Id, byte[] Name, byte[] Data)
{
    public const ushort IptcId = 0x0404;
    public const ushort IptcDigestId = 0x0425;

    public static readonly byte[] Signature8Bim = "8BIM"u8.ToArray();

    public static PhotoshopResource Create(ushort id, byte[] data) => new(Signature8Bim, id, [], data);

    /// <summary>Bytes this resource takes when serialised (header, even-padded name, size, data, pad byte).</summary>
    public int SerializedLength => 4 + 2 + PaddedNameLength(Name.Length) + 4 + Data.Length + (Data.Length & 1);

    /// <summary>Length byte + name, padded to an even count (so an empty name is <c>00 00</c>).</summary>
    public static int PaddedNameLength(int nameLength) => (nameLength + 2) & ~1;

    public void WriteTo(Stream output)
    {
        output.Write(Signature);
        output.WriteByte((byte)(Id >> 8));
        output.WriteByte((byte)Id);
        output.WriteByte((byte)Name.Length);
        output.Write(Name);
        if (((Name.Length + 1) & 1) != 0) output.WriteByte(0);
        for (var shift = 24; shift >= 0; shift -= 8) output.WriteByte((byte)(Data.Length >> shift));
        output.Write(Data);
        // The pad byte is not counted in the size (Photoshop File Formats, "Image resource blocks").
        if ((Data.Length & 1) != 0) output.WriteByte(0);
    }
}
