namespace PhotoDesk.Credits.Variants;

/// <summary>A spelling of a name that is not the canonical one.</summary>
public sealed record NameVariant(string Name, int Count, VariantReason Reason);
