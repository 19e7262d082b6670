namespace PhotoDesk.Metadata.Reading;

/// <summary>The datasets of one IPTC-IIM block, as raw bytes, in file order, with the block's own MD5.</summary>
internal sealed class IimRecord
{
    private readonly Dictionary<int, List<byte[]>> _datasets = new();

    public IimRecord(byte[] digest) => CurrentDigest = digest;

    /// <summary>MD5 of the whole IIM block as stored: what Photoshop's IPTCDigest (0x0425) is compared with.</summary>
    public byte[] CurrentDigest { get; }

    public int Count { get; private set; }

    public static int Key(int record, int dataset) => record << 8 | dataset;

    public void Add(int record, int dataset, byte[] value)
    {
        var key = Key(record, dataset);
        if (!_datasets.TryGetValue(key, out var list)) _datasets[key] = list = [];
        list.Add(value);
        Count++;
    }

    public IReadOnlyList<byte[]> Get(int record, int dataset) =>
        _datasets.TryGetValue(Key(record, dataset), out var list) ? list : [];

    public byte[]? First(int record, int dataset) =>
        _datasets.TryGetValue(Key(record, dataset), out var list) && list.Count > 0 ? list[0] : null;
}
