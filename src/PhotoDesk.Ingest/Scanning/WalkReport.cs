using PhotoDesk.Ingest.Pipeline;

namespace PhotoDesk.Ingest.Scanning;

/// <summary>What a walk could not do: entries it refused (with a reason) and folders it could not list completely.</summary>
public sealed class WalkReport
{
    private readonly List<IngestFailure> _failures = [];
    private readonly List<string> _incomplete = [];
    private readonly object _gate = new();

    public IReadOnlyList<IngestFailure> Failures { get { lock (_gate) return [.. _failures]; } }

    /// <summary>Folders whose listing failed: photos indexed under them must not be taken for deleted.</summary>
    public IReadOnlyList<string> IncompleteDirectories { get { lock (_gate) return [.. _incomplete]; } }

    public void Refused(string path, string reason) { lock (_gate) _failures.Add(new IngestFailure(path, reason)); }

    public void Incomplete(string directory, string reason)
    {
        lock (_gate)
        {
            _incomplete.Add(directory);
            _failures.Add(new IngestFailure(directory, reason));
        }
    }
}
