using System.Text;
using PhotoDesk.Testing;

namespace PhotoDesk.Hardening.Tests.HostileFiles;

/// <summary>
/// Generates an archive folder mixing good photos (copies of archive-sample, some under hostile names) with every
/// hostile case of issue 7. Nothing is checked in: each run builds it under a temp folder.
/// </summary>
public sealed class HostileArchive : IDisposable
{
    /// <summary>The escape-laden caption: CSI colour, OSC title, a C1 CSI, bidi overrides and a BEL.</summary>
    public const string EscapeCaption =
        "Crowds gather \u001b[31mRED\u001b[0m \u001b]0;pwned title\u0007 \u009b2J \u202Egnp.exe\u202C \u2066iso\u2069 "
        + "in Paramount, Calif., June 7, 2025. (AP Photo/Jae C. Hong)";

    private readonly TempDirectory _temp = new("hostile");
    private readonly List<string> _good = [];
    private readonly List<string> _mustFail = [];
    private readonly List<string> _hostile = [];

    public HostileArchive()
    {
        Root = _temp.Combine("archive");
        Outside = _temp.Combine("outside");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Outside);
        SecretToken = "SECRET" + Guid.NewGuid().ToString("N");
        OutsideToken = "OUTSIDE" + Guid.NewGuid().ToString("N");
        SecretFile = Path.Combine(Outside, "secret.txt");
        File.WriteAllText(SecretFile, SecretToken);
        Build();
    }

    public string Root { get; }
    public string Outside { get; }
    public string SecretFile { get; }
    /// <summary>Content of a local file an XMP external entity points at: must never appear in any output or index.</summary>
    public string SecretToken { get; }
    /// <summary>Caption of a photo outside the root reached only through a symlink: must never be indexed.</summary>
    public string OutsideToken { get; }
    public string EscapePhoto => Path.Combine(Root, "escapes", "escape-caption.jpg");

    public IReadOnlyList<string> GoodPhotos => _good;
    /// <summary>Files that are not photos at all: ingest must report each as failed.</summary>
    public IReadOnlyList<string> MustFail => _mustFail;
    /// <summary>Damaged or hostile photos: each is indexed (with warnings) or reported, exactly once, never both.</summary>
    public IReadOnlyList<string> Hostile => _hostile;
    private void Build()
    {
        var samples = Directory.GetFiles(TestPaths.ArchiveSample, "*.jpg", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        string Sample(int i) => samples[i % samples.Length];

        // Good photos, some under hostile names and very deep.
        AddGood("good/a.jpg", File.ReadAllBytes(Sample(0)));
        AddGood("good/b.jpg", File.ReadAllBytes(Sample(1)));
        AddGood("good/c.jpg", File.ReadAllBytes(Sample(2)));
        AddGood("names/new\nline.jpg", File.ReadAllBytes(Sample(3)));
        AddGood("names/-leading-dash.jpg", File.ReadAllBytes(Sample(4)));
        AddGood("names/with  spaces .jpg", File.ReadAllBytes(Sample(5)));
        AddGood("names/Ωμέγα 東京 фото.jpg", File.ReadAllBytes(Sample(6)));
        var deep = string.Join('/', Enumerable.Repeat("d", 60));
        AddGood(deep + "/deep.jpg", File.ReadAllBytes(Sample(7)));

        // Not photos at all.
        AddMustFail("junk/zero-byte.jpg", []);
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        random[0] = 0x12; // not a JPEG/PNG/TIFF signature by accident
        AddMustFail("junk/random.jpg", random);
        AddMustFail("junk/text-named.jpg", Encoding.UTF8.GetBytes("This is a text file, not a photo.\n"));

        // Truncated and lying JPEGs.
        var sample = File.ReadAllBytes(Sample(8));
        AddHostile("broken/truncated-mid-header.jpg", sample[..10]);
        AddHostile("broken/truncated-mid-segment.jpg", sample[..Math.Min(sample.Length, 300)]);
        var sos = JpegBytes.StartOfScan(sample);
        AddHostile("broken/truncated-mid-scan.jpg", sample[..(sos + (sample.Length - sos) / 2)]);
        AddHostile("broken/segment-length-past-end.jpg", [0xFF, 0xD8, .. JpegBytes.Segment(0xE1, [.. "Exif\0\0"u8, 1, 2, 3], declaredLength: 0xFFF0)]);
        AddHostile("broken/iptc-length-past-end.jpg", JpegBytes.WithSegments(JpegBytes.IptcSegment(
            JpegBytes.Caption("ok"), JpegBytes.Dataset(2, 80, Encoding.UTF8.GetBytes("short"), declaredLength: 0x7FFF))));
        AddHostile("broken/huge-frame.jpg", JpegBytes.ClaimingSize(65500, 65500));
        AddHostile("broken/huge.png", JpegBytes.PngClaimingSize(100_000, 100_000));
        AddHostile("broken/exif-loop.jpg", JpegBytes.WithSegments(JpegBytes.SelfReferencingExif()));
        AddHostile("broken/invalid-utf8-iim.jpg", JpegBytes.WithSegments(JpegBytes.IptcSegment(
            JpegBytes.Dataset(2, 120, [0x43, 0xC3, 0x28, 0xFF, 0xFE, 0xE2, 0x82, 0x41]), JpegBytes.ByLine("Valid Name"))));

        // Hostile TIFF, WebP and HEIC (read by MetadataExtractor).
        foreach (var (name, bytes) in OtherFormatBytes.All) AddHostile("other-formats/" + name, bytes);

        // Hostile XMP.
        const string laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\"><!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
        AddHostile("xmp/billion-laughs.jpg", JpegBytes.WithSegments(JpegBytes.XmpSegment(JpegBytes.XmpPacket(laughs, "&lol9;"))));
        var xxe = $"<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://{SecretFile}\">]>";
        AddHostile("xmp/external-entity.jpg", JpegBytes.WithSegments(JpegBytes.XmpSegment(JpegBytes.XmpPacket(xxe, "before &xxe; after"))));
        AddHostile("xmp/external-entity-sidecar.jpg", JpegBytes.PlainJpeg);
        File.WriteAllText(Path.Combine(Root, "xmp", "external-entity-sidecar.xmp"),
            "<?xml version=\"1.0\"?>" + JpegBytes.XmpPacket(xxe, "&xxe;"));

        // Hostile captions.
        AddHostile("captions/60kb-caption.jpg", JpegBytes.WithSegments(JpegBytes.IptcSegment(
            JpegBytes.Caption(string.Concat(Enumerable.Repeat("A long caption about Paramount, Calif. ", 1600))[..60_000]))));
        AddHostile("captions/5000-keywords.jpg", JpegBytes.WithSegments(
            JpegBytes.IptcSegment(Enumerable.Range(0, 5000).Select(i => JpegBytes.Keyword($"kw{i}")).ToArray())));
        Directory.CreateDirectory(Path.Combine(Root, "escapes"));
        AddHostile("escapes/escape-caption.jpg", JpegBytes.WithSegments(JpegBytes.IptcSegment(
            JpegBytes.Caption(EscapeCaption), JpegBytes.ByLine("Jae \u001b[2JC. Hong\u202E"),
            JpegBytes.Keyword("tag\u001b]52;c;ZXZpbA==\u0007"), JpegBytes.Dataset(2, 110, Encoding.UTF8.GetBytes("AP\u009b31m")))));

        // Links: a loop back to the root and a photo outside the archive.
        Directory.CreateSymbolicLink(Path.Combine(Root, "good", "loop"), Root);
        var outsidePhoto = Path.Combine(Outside, "outside.jpg");
        File.WriteAllBytes(outsidePhoto, JpegBytes.WithSegments(JpegBytes.IptcSegment(JpegBytes.Caption(OutsideToken + " caption"))));
        File.CreateSymbolicLink(Path.Combine(Root, "good", "outside-link.jpg"), outsidePhoto);
        File.CreateSymbolicLink(Path.Combine(Root, "good", "secret-link.txt"), SecretFile);
    }

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private void AddGood(string relative, byte[] bytes) => _good.Add(Write(relative, bytes));

    private void AddMustFail(string relative, byte[] bytes) => _mustFail.Add(Write(relative, bytes));

    private void AddHostile(string relative, byte[] bytes) => _hostile.Add(Write(relative, bytes));

    public void Dispose() => _temp.Dispose();
}
