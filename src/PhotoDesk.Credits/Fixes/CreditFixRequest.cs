using PhotoDesk.Core.Editing;

namespace PhotoDesk.Credits.Fixes;

/// <summary>Replace <see cref="From"/> by <see cref="To"/> in the places <see cref="Field"/> covers.</summary>
public sealed record CreditFixRequest(string From, string To, CreditField Field = CreditField.Photographer, WriteTarget Target = WriteTarget.Sidecar);
