using PhotoDesk.Core.Photos;

namespace PhotoDesk.Credits.Batches;

public sealed record BatchRunnerOptions
{
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    public string User { get; init; } = Environment.UserName;
    /// <summary>How long to wait for another batch on the same index to finish before refusing.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.Zero;
    /// <summary>When set, each photo is re-read before writing and skipped if it changed since the plan was made.</summary>
    public IMetadataReader? Verifier { get; init; }
    /// <summary>A pause after each photo's write (tests use it to kill a batch half way; zero otherwise).</summary>
    public TimeSpan StepDelay { get; init; } = TimeSpan.Zero;
    public IProgress<int>? Progress { get; init; }
}
