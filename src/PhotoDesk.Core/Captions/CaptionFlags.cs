namespace PhotoDesk.Core.Captions;

/// <summary>Roles a credit can carry. They are not agencies. The strings are the JSON values of <c>flags</c>.</summary>
public static class CaptionFlags
{
    public const string Pool = "pool";
    public const string File = "file";
    public const string Handout = "handout";
    public const string Courtesy = "courtesy";
}
