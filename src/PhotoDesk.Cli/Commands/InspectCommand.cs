using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Text;
using PhotoDesk.Metadata.Reading;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk inspect FILE... [--json]</c>: what PhotoDesk reads from each photo and its sidecars, reconciled.
/// Exit code 0 when every file was read, 3 when some could not be, 1 when none could.
/// </summary>
internal static class InspectCommand
{
    private const int LabelWidth = 13;

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Photos (JPEG, TIFF, PNG, …) or XMP files to read; sidecars beside a photo are read with it",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = CommonOptions.Json();
        var command = new Command("inspect", "Show the metadata PhotoDesk reads from photos (EXIF, IPTC-IIM, XMP, sidecars), reconciled per field");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var paths = parseResult.GetValue(files) ?? [];
            var asJson = parseResult.GetValue(json);
            return Task.FromResult(Run(paths, asJson, Console.Out, Console.Error, cancellationToken));
        });
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, bool asJson, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (paths.Count == 0)
        {
            stderr.WriteLine("photodesk inspect: give at least one FILE");
            return ExitCodes.Usage;
        }
        var reader = new PhotoMetadataReader();
        var failed = 0;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, PhotoMetadataJson.WriterOptions))
        {
            if (asJson) w.WriteStartArray();
            foreach (var path in paths)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    var metadata = reader.Read(path, cancellationToken);
                    if (asJson) PhotoMetadataJson.Write(w, metadata);
                    else WriteListing(stdout, metadata);
                }
                catch (PhotoReadException e)
                {
                    failed++;
                    stderr.WriteLine($"photodesk inspect: {TerminalText.Sanitize(path)}: {TerminalText.Sanitize(e.Reason)}");
                    if (asJson) PhotoMetadataJson.WriteError(w, path, e.Reason);
                }
                if (asJson) w.Flush();
            }
            if (asJson) w.WriteEndArray();
        }
        if (asJson)
        {
            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
        return failed == 0 ? ExitCodes.Ok : failed == paths.Count ? ExitCodes.Fatal : ExitCodes.PartialFailure;
    }

    private static void WriteListing(TextWriter o, PhotoMetadata m)
    {
        o.WriteLine(TerminalText.Sanitize(m.Path));
        Line(o, m, PhotoFields.Creators, m.Creators.Count > 0 ? string.Join("; ", m.Creators) : null);
        Line(o, m, PhotoFields.CreditLine, m.CreditLine);
        Line(o, m, PhotoFields.Source, m.Source);
        Line(o, m, PhotoFields.Copyright, m.Copyright);
        Line(o, m, PhotoFields.Headline, m.Headline);
        Line(o, m, PhotoFields.Description, m.Description);
        Line(o, m, PhotoFields.Keywords, m.Keywords.Count > 0 ? string.Join("; ", m.Keywords) : null);
        Line(o, m, PhotoFields.City, m.City);
        Line(o, m, PhotoFields.Sublocation, m.Sublocation);
        Line(o, m, PhotoFields.Region, m.Region);
        Line(o, m, PhotoFields.Country, m.Country);
        Line(o, m, PhotoFields.CountryCode, m.CountryCode);
        Line(o, m, PhotoFields.DateCreated, m.DateCreated?.ToIsoString());
        Line(o, m, PhotoFields.CaptureTime, m.CaptureTime?.ToIsoString());
        Line(o, m, PhotoFields.Make, m.Make);
        Line(o, m, PhotoFields.Model, m.Model);
        if (m.Width is { } w && m.Height is { } h) Line(o, m, "size", string.Create(CultureInfo.InvariantCulture, $"{w} x {h}"));
        if (m.Gps is { } g) Line(o, m, PhotoFields.Gps, string.Create(CultureInfo.InvariantCulture, $"{g.Lat:0.######}, {g.Lon:0.######}"));
        Line(o, m, PhotoFields.Instructions, m.Instructions);
        Line(o, m, PhotoFields.UsageTerms, m.UsageTerms);
        foreach (var warning in m.Warnings) Line(o, m, "warning", warning);
        o.WriteLine();
    }

    private static void Line(TextWriter o, PhotoMetadata m, string label, string? value)
    {
        if (value is null) return;
        var source = m.SourceOf(label);
        var suffix = source == MetadataSource.None ? "" : $"  [{source.ToName()}]";
        var lines = TerminalText.Sanitize(value, keepNewlines: true).Split('\n');
        var indent = new string(' ', LabelWidth + 2);
        o.WriteLine($"  {label.PadRight(LabelWidth)}{lines[0]}{(lines.Length == 1 ? suffix : "")}");
        for (var i = 1; i < lines.Length; i++) o.WriteLine($"{indent}{lines[i]}{(i == lines.Length - 1 ? suffix : "")}");
    }
}
