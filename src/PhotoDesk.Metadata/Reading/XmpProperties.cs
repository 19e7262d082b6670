namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// The top-level properties of an XMP packet, by namespace URI and local name: a simple value, an array
/// (Seq/Bag/Alt with each item's xml:lang) or a structure (not read further). Built by <see cref="XmpRdfParser"/>.
/// </summary>
internal sealed class XmpProperties
{
    private readonly Dictionary<(string Ns, string Name), XmpValue> _values = new();

    public int Count => _values.Count;

    public void Set(string ns, string name, XmpValue value) => _values[(ns, name)] = value;

    public bool Has(string ns, string name) => _values.ContainsKey((ns, name));

    /// <summary>A simple value, or the first item when a writer used an array.</summary>
    public string? Simple(string ns, string name) => _values.GetValueOrDefault((ns, name)) switch
    {
        { Items: { Count: > 0 } items } => items[0].Value,
        { IsStruct: false, Items: null } v => v.Text,
        _ => null,
    };

    /// <summary>A language alternative: the x-default item, else the first; a plain value when a writer used one.</summary>
    public string? LangAlt(string ns, string name) => _values.GetValueOrDefault((ns, name)) switch
    {
        { Items: { Count: > 0 } items } => (items.FirstOrDefault(i => i.Lang == "x-default") ?? items[0]).Value,
        { IsStruct: false, Items: null } v => v.Text,
        _ => null,
    };

    /// <summary>Array items in order; a plain value counts as one item.</summary>
    public IReadOnlyList<string>? Array(string ns, string name) => _values.GetValueOrDefault((ns, name)) switch
    {
        { Items: { } items } => items.Select(i => i.Value).ToList(),
        { IsStruct: false, Text: { } t } => [t],
        _ => null,
    };

    /// <summary>Extended XMP: its properties are added, replacing same-named ones of the main packet.</summary>
    public void MergeFrom(XmpProperties other)
    {
        foreach (var (key, value) in other._values) _values[key] = value;
    }
}

internal sealed record XmpItem(string? Lang, string Value);

internal sealed record XmpValue(string? Text, IReadOnlyList<XmpItem>? Items, bool IsStruct)
{
    public static XmpValue Of(string text) => new(text, null, false);
    public static readonly XmpValue Struct = new(null, null, true);
}
