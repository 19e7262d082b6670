using System.CommandLine;
using System.Text.Json;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Text;
using PhotoDesk.Metadata.Writing;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk edit FILE... --set FIELD=VALUE [--set …] [--target sidecar|embedded] [--json]</c>: writes metadata
/// fields (names as in <c>inspect --json</c>) to an XMP sidecar (default) or losslessly into a JPEG.
/// </summary>
internal static class EditCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private sealed record FileResult(string Path, string? WrittenPath, string? Target, string? Note, string? Error);

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Photos to edit", Arity = ArgumentArity.OneOrMore };
        var set = new Option<string[]>("--set")
        {
            Description = $"FIELD=VALUE to write (repeatable). List fields ({string.Join(", ", PhotoFields.ListFields.Order())}) take ';'-separated values; an empty VALUE clears the field. Fields: {string.Join(", ", PhotoFields.Editable)}",
            HelpName = "FIELD=VALUE",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var target = new Option<string?>("--target")
        {
            Description = "sidecar: an XMP sidecar beside the photo (default; the photo is not touched); embedded: into the JPEG's own XMP and IPTC, losslessly (other formats get a sidecar). Default: the 'EditTarget' setting of photodesk.json, else sidecar",
            HelpName = "sidecar|embedded",
        };
        var json = CommonOptions.Json();
        var command = new Command("edit", "Write metadata fields into photos (XMP sidecar by default, or embedded losslessly in JPEGs)");
        command.Arguments.Add(files);
        command.Options.Add(set);
        command.Options.Add(target);
        command.Options.Add(json);
        command.SetAction((parseResult, cancellationToken) =>
            Task.FromResult(Run(parseResult.GetValue(files) ?? [], parseResult.GetValue(set) ?? [], parseResult.GetValue(target),
                parseResult.GetValue(json), cancellationToken)));
        return command;
    }

    private static int Run(string[] files, string[] sets, string? targetName, bool json, CancellationToken cancellationToken)
    {
        if (!EditArguments.TryParsePatch(sets, out var patch, out var patchError)) return Usage(patchError);
        WriteTarget target;
        try
        {
            targetName ??= PhotoDeskSettings.Load().EditTarget;
        }
        catch (InvalidOperationException e)
        {
            return Usage(e.Message);
        }
        if (!EditArguments.TryParseTarget(targetName, out target)) return Usage($"--target must be 'sidecar' or 'embedded', not '{targetName}'");

        var writer = new MetadataWriter();
        var results = new List<FileResult>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var outcome = writer.Write(file, patch, target, cancellationToken);
                results.Add(new FileResult(file, outcome.WrittenPath, outcome.Target == WriteTarget.Embedded ? "embedded" : "sidecar", outcome.Note, null));
            }
            catch (MetadataWriteException e)
            {
                results.Add(new FileResult(file, null, null, null, e.Message));
            }
        }
        Report(results, patch, json);
        var failed = results.Count(r => r.Error is not null);
        return failed == 0 ? ExitCodes.Ok : failed == results.Count ? ExitCodes.Fatal : ExitCodes.PartialFailure;
    }

    private static void Report(List<FileResult> results, MetadataPatch patch, bool json)
    {
        var fields = PhotoFields.Editable.Where(patch.Values.ContainsKey).ToList();
        if (json)
        {
            var array = results.Select(r => new Dictionary<string, object?>
            {
                ["path"] = r.Path,
                ["ok"] = r.Error is null,
                ["written_path"] = r.WrittenPath,
                ["target"] = r.Target,
                ["fields"] = fields,
                ["note"] = r.Note,
                ["error"] = r.Error,
            });
            Console.Out.WriteLine(JsonSerializer.Serialize(array, JsonOptions));
            foreach (var r in results.Where(r => r.Error is not null))
                Console.Error.WriteLine($"photodesk edit: {TerminalText.Sanitize(r.Error)}");
            return;
        }
        foreach (var r in results)
        {
            if (r.Error is not null)
            {
                Console.Error.WriteLine($"photodesk edit: {TerminalText.Sanitize(r.Error)}");
                continue;
            }
            Console.Out.WriteLine($"{TerminalText.Sanitize(r.Path)}: wrote {string.Join(", ", fields)} to {TerminalText.Sanitize(r.WrittenPath)} ({r.Target})");
            if (r.Note is not null) Console.Out.WriteLine($"  note: {TerminalText.Sanitize(r.Note)}");
        }
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"photodesk edit: {TerminalText.Sanitize(message)}");
        Console.Error.WriteLine($"Editable fields: {string.Join(", ", PhotoFields.Editable)}");
        Console.Error.WriteLine("Try 'photodesk edit --help'.");
        return ExitCodes.Usage;
    }
}


/// <summary>Turns <c>--set FIELD=VALUE</c> and <c>--target</c> into a patch and a target, with usage messages.</summary>
internal static class EditArguments
{
    private static readonly HashSet<string> ReadOnlyFields = new(StringComparer.Ordinal)
    {
        PhotoFields.Path, PhotoFields.CaptureTime, PhotoFields.Make, PhotoFields.Model, PhotoFields.Width,
        PhotoFields.Height, PhotoFields.Gps, PhotoFields.Warnings,
    };

    public static bool TryParsePatch(IEnumerable<string> sets, out MetadataPatch patch, out string error)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        patch = new MetadataPatch(values);
        error = "";
        foreach (var set in sets)
        {
            var eq = set.IndexOf('=');
            if (eq <= 0)
            {
                error = $"--set expects FIELD=VALUE, got '{set}'";
                return false;
            }
            var field = set[..eq].Trim();
            var value = set[(eq + 1)..];
            if (ReadOnlyFields.Contains(field))
            {
                error = $"'{field}' is read-only (it comes from the camera or the file itself)";
                return false;
            }
            if (!PhotoFields.IsEditable(field))
            {
                error = $"unknown field '{field}'";
                return false;
            }
            if (values.ContainsKey(field))
            {
                error = $"'{field}' is set more than once";
                return false;
            }
            values[field] = PhotoFields.ListFields.Contains(field)
                ? value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : value.Trim().Length == 0 ? [] : [value.Trim()];
        }
        return true;
    }

    public static bool TryParseTarget(string? name, out WriteTarget target)
    {
        target = WriteTarget.Sidecar;
        switch (name?.Trim().ToLowerInvariant())
        {
            case null or "" or "sidecar":
                return true;
            case "embedded":
                target = WriteTarget.Embedded;
                return true;
            default:
                return false;
        }
    }
}
