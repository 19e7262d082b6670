using CsCheck;
using Lucene.Net.Util;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Schema;
using Xunit;

namespace PhotoDesk.Index.Tests.Schema;

public sealed class StampValueTests
{
    [Theory]
    [InlineData("0123456789abcdef", "/archive/2025/06/ringo.jpg", "9f86d081884c7d659a2feaa0c55ad015", 1_234_567L)]
    [InlineData("cat:AP-2025-001", "/Ärchiv/Zürich — 東京/ünïcødé photo.jpg", null, 0L)] // no hash: a catalog record
    [InlineData("x", "", "", long.MaxValue)]
    public void A_stamp_reads_back_as_written(string id, string path, string? hash, long size)
    {
        var modified = new DateTimeOffset(2025, 6, 14, 9, 30, 12, 345, TimeSpan.Zero);
        var stamp = StampValue.Read(StampValue.Encode(id, path, hash, modified, size));
        Assert.Equal(new FileStamp(id, path, size, modified, string.IsNullOrEmpty(hash) ? null : hash), stamp);
    }

    [Fact]
    public void Any_stamp_reads_back_and_its_id_alone_too()
    {
        var gen = Gen.Select(Gen.String, Gen.String, Gen.String.Null(), Gen.Long, Gen.Long[0, DateTimeOffset.MaxValue.UtcTicks]);
        gen.Sample((id, path, hash, size, ticks) =>
        {
            var modified = new DateTimeOffset(ticks, TimeSpan.Zero);
            var value = StampValue.Encode(id, path, hash, modified, size);
            var read = StampValue.Read(value);
            return read == new FileStamp(id, path, size, modified, string.IsNullOrEmpty(hash) ? null : hash) && StampValue.ReadId(value) == id;
        });
    }

    [Fact]
    public void A_stamp_is_read_from_where_it_lies_in_a_shared_buffer()
    {
        var value = StampValue.Encode("id-1", "/a/b.jpg", "h", DateTimeOffset.UnixEpoch, 42);
        var shared = new byte[value.Length + 7];
        Array.Copy(value.Bytes, value.Offset, shared, 5, value.Length);
        var slice = new BytesRef(shared, 5, value.Length);
        Assert.Equal("/a/b.jpg", StampValue.Read(slice).Path);
        Assert.Equal("id-1", StampValue.ReadId(slice));
    }

    [Fact]
    public void A_long_id_gets_a_multi_byte_length_prefix()
    {
        var id = new string('é', 200); // 400 UTF-8 bytes: the length takes two bytes
        Assert.Equal(id, StampValue.ReadId(StampValue.Encode(id, "/p", null, DateTimeOffset.UnixEpoch, 1)));
    }

    [Fact]
    public void The_layout_is_the_index_formats_byte_for_byte()
    {
        // Part of index format 3: a change here needs a format bump (docs in StampValue).
        var value = StampValue.Encode("id", "/é", "ab", new DateTimeOffset(1, TimeSpan.Zero), 2);
        byte[] expected =
        [
            2, (byte)'i', (byte)'d',
            3, (byte)'/', 0xC3, 0xA9,
            2, (byte)'a', (byte)'b',
            1, 0, 0, 0, 0, 0, 0, 0, // modified: UTC ticks, little-endian
            2, 0, 0, 0, 0, 0, 0, 0, // size, little-endian
        ];
        Assert.Equal(expected, value.Bytes.AsSpan(value.Offset, value.Length).ToArray());
        var longId = StampValue.Encode(new string('x', 200), "", null, DateTimeOffset.UnixEpoch, 0);
        Assert.Equal(new byte[] { 0xC8, 0x01 }, longId.Bytes.AsSpan(longId.Offset, 2).ToArray()); // 200 as a 7-bit varint
    }
}
