using System.Text;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>Builds an IPTC-IIM block: datasets as given, in order; text as UTF-8 unless raw bytes are given.</summary>
internal sealed class TestIim
{
    private readonly List<byte> _bytes = [];

    /// <summary>1:90 = ESC % G: the record is UTF-8.</summary>
    public TestIim Utf8Declared() => Raw(1, 90, [0x1B, 0x25, 0x47]);

    public TestIim Text(int dataset, string value) => Raw(2, dataset, Encoding.UTF8.GetBytes(value));

    public TestIim Latin1(int dataset, string value) => Raw(2, dataset, Encoding.Latin1.GetBytes(value));

    public TestIim Raw(int record, int dataset, byte[] value)
    {
        _bytes.AddRange(new byte[] { 0x1C, (byte)record, (byte)dataset, (byte)(value.Length >> 8), (byte)value.Length });
        _bytes.AddRange(value);
        return this;
    }

    public byte[] Build() => [.. _bytes];
}
