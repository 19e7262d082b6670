namespace PhotoDesk.Metadata.Reading;

/// <summary>What Photoshop's IPTCDigest (resource 0x0425) says about the IIM block, per the MWG guidelines.</summary>
internal enum DigestState
{
    /// <summary>No IIM block in the file.</summary>
    NoIim,
    /// <summary>IIM present, no IPTCDigest stored: treat IIM and XMP as synchronised (prefer XMP).</summary>
    Absent,
    /// <summary>IPTCDigest equals the MD5 of the IIM block: XMP was synchronised with it (prefer XMP).</summary>
    Matches,
    /// <summary>IPTCDigest differs: an IIM-only tool changed the IIM after the XMP was written (prefer IIM).</summary>
    Stale,
}
