using System.Text;
using CsCheck;
using PhotoDesk.Metadata.Writing.Iptc;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

public class IimTextTests
{
    [Fact]
    public void EncodeLimited_AnyTextAndLimit_GivesTheLongestWholeCharacterUtf8PrefixWithinTheLimit() =>
        Gen.Select(Gen.String, Gen.Int[0, 64]).Sample((text, limit) =>
        {
            var cut = IimText.EncodeLimited(text, limit);
            var full = Encoding.UTF8.GetBytes(text);
            Assert.True(cut.Length <= limit);
            Assert.True(full.AsSpan().StartsWith(cut));
            var decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(cut); // whole characters only
            Assert.StartsWith(decoded, Encoding.UTF8.GetString(full), StringComparison.Ordinal);
            // Maximal: the next character would not have fitted.
            if (cut.Length < full.Length)
            {
                var next = Rune.DecodeFromUtf8(full.AsSpan(cut.Length), out _, out var size);
                Assert.Equal(System.Buffers.OperationStatus.Done, next);
                Assert.True(cut.Length + size > limit);
            }
        }, iter: 2000);

    [Theory]
    [InlineData(new byte[] { 0x5A, 0xFC, 0x72 }, null, "Zür")]                          // no 1:90, not UTF-8: Windows-1252
    [InlineData(new byte[] { 0x5A, 0xC3, 0xBC, 0x72 }, null, "Zür")]                    // no 1:90, valid UTF-8
    [InlineData(new byte[] { 0x5A, 0xC3, 0xBC, 0x72 }, new byte[] { 0x1B, 0x25, 0x47 }, "Zür")] // ESC % G
    [InlineData(new byte[] { 0x92 }, new byte[] { 0x1B, 0x2D, 0x41 }, "\u2019")]        // ESC - A: read as 1252 like the reader
    public void Decode_ReadsOldIimTextAsTheReaderDoes(byte[] value, byte[]? charset, string expected) =>
        Assert.Equal(expected, IimText.Decode(value, charset));
}
