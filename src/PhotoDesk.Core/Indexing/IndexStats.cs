namespace PhotoDesk.Core.Indexing;

public sealed record IndexStats(long PhotoCount, long SizeBytes, DateTimeOffset? LastIngest, string IndexPath, int FormatVersion);
