namespace PhotoDesk.Metadata.Writing.Iptc;

/// <summary>One IPTC-IIM dataset: record, dataset number and its raw value bytes.</summary>
internal sealed record IimDataSet(byte Record, byte Number, byte[] Value)
{
    public int Key => (Record << 8) | Number;

    public override string ToString() => $"{Record}:{Number:D2} ({Value.Length} bytes)";
}
