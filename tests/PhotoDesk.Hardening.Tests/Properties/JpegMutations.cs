using CsCheck;
using PhotoDesk.Hardening.Tests.HostileFiles;
using PhotoDesk.Testing;

namespace PhotoDesk.Hardening.Tests.Properties;

/// <summary>Generators of damaged JPEGs: real sample photos with bytes flipped, cut short, or segments duplicated.</summary>
public static class JpegMutations
{
    private static readonly Lazy<byte[][]> Samples = new(() =>
    [
        .. Directory.GetFiles(TestPaths.ArchiveSample, "*.jpg", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(6).Select(File.ReadAllBytes),
        JpegBytes.WithSegments(JpegBytes.IptcSegment(JpegBytes.Caption("Caption (AP Photo/Jae C. Hong)"), JpegBytes.ByLine("Jae C. Hong")),
            JpegBytes.XmpSegment(JpegBytes.XmpPacket("", "An XMP caption")), JpegBytes.SelfReferencingExif()),
    ]);

    public static IReadOnlyList<byte[]> Originals => Samples.Value;

    /// <summary>Mutations mostly aimed at the metadata part (before the scan), where the parsers work.</summary>
    public static readonly Gen<byte[]> Mutated =
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 3], Gen.Int[1, 8], Gen.Int[0, int.MaxValue], (pick, kind, count, seed) =>
        {
            var original = Samples.Value[pick % Samples.Value.Length];
            var random = new Random(seed);
            var sos = Math.Max(4, JpegBytes.StartOfScan(original));
            var bytes = (byte[])original.Clone();
            switch (kind)
            {
                case 0: // flip bytes in the header
                    for (var i = 0; i < count; i++) bytes[random.Next(2, sos)] = (byte)random.Next(256);
                    return bytes;
                case 1: // truncate anywhere
                    return bytes[..random.Next(0, bytes.Length)];
                case 2: // duplicate a header slice (a segment, or part of one)
                    var start = random.Next(2, sos);
                    var length = random.Next(1, Math.Min(2000, sos - start + 1));
                    return [.. bytes[..start], .. bytes[start..(start + length)], .. bytes[start..]];
                default: // set a length field or marker byte to an extreme
                    for (var i = 0; i < count; i++) bytes[random.Next(2, sos)] = random.Next(2) == 0 ? (byte)0xFF : (byte)0x00;
                    return bytes;
            }
        });
}
