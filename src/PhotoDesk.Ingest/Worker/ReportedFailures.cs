using PhotoDesk.Ingest.Pipeline;

namespace PhotoDesk.Ingest.Worker;

/// <summary>
/// The files the worker has reported as failing, with their errors. It rescans every minute: a broken file that
/// fails the same way again is no news, so it is named once (a warning) and then only counted at debug level. A file
/// that fails another way is news again, and so is one that fails again after a full rescan found it fine.
/// </summary>
internal sealed class ReportedFailures
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    /// <summary>The failures of a pass that were not reported before with the same error; records them all.</summary>
    public List<IngestFailure> News(IReadOnlyList<IngestFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var news = new List<IngestFailure>();
        foreach (var failure in failures)
        {
            var before = _errors.GetValueOrDefault(failure.Path);
            _errors[failure.Path] = failure.Error;
            if (!string.Equals(before, failure.Error, StringComparison.Ordinal)) news.Add(failure);
        }
        return news;
    }

    /// <summary>After a full rescan: only what failed in it is still failing.</summary>
    public void KeepOnly(IReadOnlyList<IngestFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var failing = failures.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _errors.Keys.Where(p => !failing.Contains(p)).ToList()) _errors.Remove(path);
    }
}
