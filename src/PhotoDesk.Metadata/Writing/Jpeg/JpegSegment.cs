namespace PhotoDesk.Metadata.Writing.Jpeg;

/// <summary>
/// One marker segment before the first SOS, as offsets into the file: <see cref="Start"/> includes any 0xFF fill
/// bytes before the marker, so copying <c>[Start, End)</c> reproduces the segment byte for byte.
/// </summary>
/// <para><see cref="RawEnd"/> goes past <see cref="End"/> when stray bytes follow the segment before the next marker
/// (a segment whose declared length is too short, seen in "Issue 308" of metadata-extractor-images): they are kept
/// with the segment, and belong to it when it is an XMP packet that was cut short.</para>
internal readonly record struct JpegSegment(int Start, int End, byte Marker, int PayloadStart, int RawEnd)
{
    public JpegSegment(int start, int end, byte marker, int payloadStart) : this(start, end, marker, payloadStart, end) { }

    public int PayloadLength => End - PayloadStart;

    public ReadOnlySpan<byte> Payload(byte[] file) => file.AsSpan(PayloadStart, PayloadLength);

    /// <summary>The payload plus any stray bytes after it.</summary>
    public ReadOnlySpan<byte> PayloadWithGap(byte[] file) => file.AsSpan(PayloadStart, RawEnd - PayloadStart);

    public ReadOnlySpan<byte> Raw(byte[] file) => file.AsSpan(Start, RawEnd - Start);
}
