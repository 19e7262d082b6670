namespace PhotoDesk.Credits.Checks;

/// <summary>
/// date-mismatch: the caption's date does not cover the day the camera recorded. One day of tolerance either side,
/// because a camera clock on another time zone, or a picture taken just before midnight, shifts the recorded day.
/// </summary>
public sealed class DateMismatchCheck : ICreditCheck
{
    public const int ToleranceDays = 1;

    public string Rule => "date-mismatch";
    public FindingSeverity Severity => FindingSeverity.Warning;
    public string Explanation => "The date in the caption disagrees with the capture date the camera recorded (by more than a day).";

    public IEnumerable<CreditFinding> Run(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var entry in context.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Caption.Date is not { } captionDate || entry.Metadata.CaptureTime is not { } capture) continue;
            var day = capture.Date;
            if (day >= captionDate.Start.AddDays(-ToleranceDays) && day <= captionDate.End.AddDays(ToleranceDays)) continue;
            yield return new CreditFinding(CreditFinding.MakeId(Rule, entry.Id), Rule, Severity,
                $"The caption says {captionDate.ToIsoString()} but the camera recorded {day:yyyy-MM-dd}.",
                [CheckContext.RefOf(entry)], Found: captionDate.ToIsoString(), Suggestion: day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
