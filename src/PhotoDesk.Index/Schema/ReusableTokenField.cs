using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace PhotoDesk.Index.Schema;

/// <summary>
/// An indexed, not stored keyword or number that indexes exactly like Lucene's <see cref="StringField"/>,
/// <see cref="Int32Field"/> and <see cref="Int64Field"/>, but takes its token stream from one instance per indexing
/// thread. Lucene's fields create a new stream per field instance, and creating one looks attribute classes up
/// under a process-wide lock: with a new document per photo that was about a tenth of ingest's CPU, and the
/// lock kept parallel writers waiting on each other. The stream is fetched when the writer inverts the field,
/// on that writer's thread, and used up before the next field asks for it, so one per thread is enough.
/// </summary>
internal sealed class ReusableTokenField : Field
{
    [ThreadStatic] private static SingleTokenStream? t_keyword;
    [ThreadStatic] private static NumericTokenStream? t_number;

    private readonly string? _text;
    private readonly long _number;

    private ReusableTokenField(string name, FieldType type, string? text, long number) : base(name, type)
    {
        _text = text;
        _number = number;
    }

    /// <summary>Like <c>new StringField(name, value, Field.Store.NO)</c>.</summary>
    public static Field Keyword(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ReusableTokenField(name, StringField.TYPE_NOT_STORED, value, 0);
    }

    /// <summary>Like <c>new Int32Field(name, value, Field.Store.NO)</c>.</summary>
    public static Field Int32(string name, int value) => new ReusableTokenField(name, Int32Field.TYPE_NOT_STORED, null, value);

    /// <summary>Like <c>new Int64Field(name, value, Field.Store.NO)</c>.</summary>
    public static Field Int64(string name, long value) => new ReusableTokenField(name, Int64Field.TYPE_NOT_STORED, null, value);

    public override string? GetStringValue() => _text;

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        if (_text is not null) return (t_keyword ??= new SingleTokenStream()).SetValue(_text);
        var numbers = t_number ??= new NumericTokenStream(NumericUtils.PRECISION_STEP_DEFAULT);
        if (FieldType.NumericPrecisionStep != numbers.PrecisionStep) return base.GetTokenStream(analyzer);
        return FieldType.NumericType == Lucene.Net.Documents.NumericType.INT32 ? numbers.SetInt32Value((int)_number) : numbers.SetInt64Value(_number);
    }
}
