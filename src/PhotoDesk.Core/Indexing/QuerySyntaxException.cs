namespace PhotoDesk.Core.Indexing;

/// <summary>A query a person typed that cannot be understood. The message is one line, shown as is.</summary>
public sealed class QuerySyntaxException(string message, Exception? inner = null) : Exception(message, inner);
