namespace PhotoDesk.Core.Time;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    Year = 1,
    Month = 2,
    Day = 3,
}
