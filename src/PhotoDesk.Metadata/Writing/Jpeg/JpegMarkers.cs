namespace PhotoDesk.Metadata.Writing.Jpeg;

/// <summary>Marker codes and APPn identifiers the writer needs (ITU T.81 Table B.1; XMP Part 3; Photoshop IRB).</summary>
internal static class JpegMarkers
{
    public const byte Soi = 0xD8;
    public const byte Eoi = 0xD9;
    public const byte Sos = 0xDA;
    public const byte Tem = 0x01;
    public const byte App0 = 0xE0;
    public const byte App1 = 0xE1;
    public const byte App13 = 0xED;

    /// <summary>Largest payload of one segment: the 16-bit length counts itself.</summary>
    public const int MaxPayload = 65533;

    public static ReadOnlySpan<byte> XmpHeader => "http://ns.adobe.com/xap/1.0/\0"u8;
    public static ReadOnlySpan<byte> ExtendedXmpHeader => "http://ns.adobe.com/xmp/extension/\0"u8;
    public static ReadOnlySpan<byte> PhotoshopHeader => "Photoshop 3.0\0"u8;
    public static ReadOnlySpan<byte> ExifHeader => "Exif\0"u8;

    /// <summary>RSTn and TEM stand alone: no length follows.</summary>
    public static bool IsStandalone(byte marker) => marker is >= 0xD0 and <= 0xD7 or Tem;

    public static bool IsStandardXmp(this JpegSegment s, byte[] file) => s.Marker == App1 && s.Payload(file).StartsWith(XmpHeader);

    public static bool IsExtendedXmp(this JpegSegment s, byte[] file) => s.Marker == App1 && s.Payload(file).StartsWith(ExtendedXmpHeader);

    public static bool IsPhotoshop(this JpegSegment s, byte[] file) => s.Marker == App13 && s.Payload(file).StartsWith(PhotoshopHeader);

    public static bool IsExif(this JpegSegment s, byte[] file) => s.Marker == App1 && s.Payload(file).StartsWith(ExifHeader);
}
