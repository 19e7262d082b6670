namespace PhotoDesk.SampleArchive.Planning;

/// <summary>How a photo's EXIF DateTimeOriginal relates to the date its caption states.</summary>
public enum ExifDateAgreement
{
    /// <summary>Same day as the caption (or inside the caption's month when it states only a month).</summary>
    MatchesCaption,
    /// <summary>A different day: a camera clock left on UTC or never set, as real archives have.</summary>
    DisagreesWithCaption,
    /// <summary>The caption states no date; EXIF is the only date the photo has.</summary>
    CaptionStatesNoDate,
}
