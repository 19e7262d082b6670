using System.Text.Encodings.Web;
using System.Text.Json;

namespace PhotoDesk.Credits.Authority;

/// <summary>Reads and writes <c>credits.json</c>. Loading refuses a file with errors and reports every one of them.</summary>
public static class AuthorityFile
{
    public const string DefaultFileName = "credits.json";

    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The authority and its warnings.</summary>
    /// <exception cref="AuthorityFileException">Not readable, not JSON, or with errors.</exception>
    public static (CreditAuthority Authority, IReadOnlyList<AuthorityMessage> Warnings) Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AuthorityFileException(path, $"cannot be read ({e.Message})", inner: e);
        }
        return Parse(text, path);
    }

    public static (CreditAuthority Authority, IReadOnlyList<AuthorityMessage> Warnings) Parse(string json, string pathForMessages = DefaultFileName)
    {
        CreditAuthority? authority;
        try
        {
            authority = JsonSerializer.Deserialize<CreditAuthority>(json, ReadOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            throw new AuthorityFileException(pathForMessages, $"not a valid credits file{where}: {FirstLine(e.Message)}", inner: e);
        }
        authority ??= CreditAuthority.Empty;
        authority = authority with { Roles = authority.Roles ?? CreditAuthority.DefaultRoles };
        var messages = authority.Validate();
        var errors = messages.Where(m => m.Level == AuthorityMessageLevel.Error).ToArray();
        if (errors.Length > 0)
            throw new AuthorityFileException(pathForMessages, $"{errors.Length} error(s): {string.Join("; ", errors.Select(e => e.Text))}", messages);
        return (authority, messages);
    }

    public static string ToJson(CreditAuthority authority) => JsonSerializer.Serialize(authority, WriteOptions);

    /// <summary>Writes atomically (temporary file, then rename). Refuses to replace an existing file unless <paramref name="overwrite"/>.</summary>
    public static void Save(CreditAuthority authority, string path, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(authority);
        if (File.Exists(path) && !overwrite)
            throw new AuthorityFileException(path, "already exists; not overwritten (use --force to replace it)");
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temp, ToJson(authority) + "\n");
        File.Move(temp, full, overwrite: true);
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
