using System.Runtime.CompilerServices;

// The writer's building blocks (segment walker, IIM codec, Photoshop resources) are tested one by one.
[assembly: InternalsVisibleTo("PhotoDesk.Metadata.Tests")]
