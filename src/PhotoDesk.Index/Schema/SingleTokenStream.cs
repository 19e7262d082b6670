using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PhotoDesk.Index.Schema;

/// <summary>
/// One untokenised value as one token (what Lucene's own string fields index), built once per thread and reused
/// for every keyword of every document that thread indexes. See <see cref="ReusableTokenField"/>.
/// </summary>
internal sealed class SingleTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private string _value = string.Empty;
    private bool _used = true;

    public SingleTokenStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public SingleTokenStream SetValue(string value)
    {
        _value = value;
        return this;
    }

    public override bool IncrementToken()
    {
        if (_used) return false;
        ClearAttributes();
        _term.Append(_value);
        _offset.SetOffset(0, _value.Length);
        _used = true;
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_value.Length, _value.Length);
    }

    public override void Reset()
    {
        base.Reset();
        _used = false;
    }
}
