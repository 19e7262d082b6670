using Xunit;

namespace PhotoDesk.Tui.Tests.Support;

/// <summary>Headless desks run one at a time: Terminal.Gui keeps some process-wide state (configuration, drivers).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeskCollection
{
    public const string Name = "desk";
}
