namespace PhotoDesk.Credits.Checks;

/// <summary>How bad a finding is. Ordered: a threshold "warning" includes errors.</summary>
public enum FindingSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

public static class FindingSeverityNames
{
    public static string ToName(this FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    public static bool TryParse(string? name, out FindingSeverity severity)
    {
        severity = name?.Trim().ToLowerInvariant() switch
        {
            "error" => FindingSeverity.Error,
            "warning" => FindingSeverity.Warning,
            "info" => FindingSeverity.Info,
            _ => (FindingSeverity)(-1),
        };
        return severity >= FindingSeverity.Info;
    }
}
