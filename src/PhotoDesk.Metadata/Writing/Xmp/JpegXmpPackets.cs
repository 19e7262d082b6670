namespace PhotoDesk.Metadata.Writing.Xmp;

/// <summary>The XMP for one JPEG: the standard packet and, when it did not fit, the extended packet and its GUID.</summary>
internal sealed record JpegXmpPackets(byte[] Standard, byte[]? Extended, string? Guid);
