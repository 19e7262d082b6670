using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PhotoDesk.Captions;
using PhotoDesk.Core.Captions;

namespace PhotoDesk.Cli.Commands;

/// <summary>
/// <c>photodesk caption parse [--jsonl] [--reference-date YYYY-MM-DD]</c>: captions on standard input, one JSON object
/// per input line on standard output, in order, streaming. A line that cannot be read still gets an object (nulls).
/// </summary>
internal static class CaptionCommand
{
    public static Command Create() => Create(TimeProvider.System, () => CaptionParser.Default);

    /// <param name="time">The clock that says what "today" is when no reference date is given.</param>
    /// <param name="parserFactory">Builds the parser on first use (loading the gazetteer only when a caption is parsed).</param>
    public static Command Create(TimeProvider time, Func<ICaptionParser> parserFactory)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(parserFactory);
        var command = new Command("caption", "Read credit (photographers, agencies, roles), date and place from caption text");
        command.Subcommands.Add(CreateParse(time, parserFactory));
        return command;
    }

    private static Command CreateParse(TimeProvider time, Func<ICaptionParser> parserFactory)
    {
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Input is one JSON object per line: {\"caption\": \"...\", \"reference_date\": \"YYYY-MM-DD\"} (the line's date overrides --reference-date)",
        };
        var referenceDate = new Option<string?>("--reference-date")
        {
            Description = "The day captions are relative to (\"on Saturday\" = the most recent Saturday on or before it); default: today",
            HelpName = "YYYY-MM-DD",
        };
        var parse = new Command("parse",
            "Parse captions from standard input (one per line) and write one JSON object per line with the keys " +
            "photographers, agencies, date, city, region, country, country_code, sublocation, credit, description, flags");
        parse.Options.Add(jsonl);
        parse.Options.Add(referenceDate);
        parse.SetAction(async (result, ct) =>
        {
            var dateText = result.GetValue(referenceDate);
            DateOnly reference;
            if (dateText is null) reference = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            else if (!TryParseDay(dateText, out reference))
            {
                await Console.Error.WriteLineAsync($"photodesk caption parse: --reference-date must be YYYY-MM-DD, not '{Core.Text.TerminalText.Sanitize(dateText)}'");
                return ExitCodes.Usage;
            }
            var badLines = await RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), result.GetValue(jsonl), reference, parserFactory, ct);
            if (badLines == 0) return ExitCodes.Ok;
            await Console.Error.WriteLineAsync($"photodesk caption parse: {badLines} line(s) were not a JSON object with a \"caption\" string; they got empty results");
            return ExitCodes.PartialFailure;
        });
        return parse;
    }

    /// <summary>Parses every input line into one output line; returns how many input lines could not be read.</summary>
    internal static async Task<int> RunAsync(Stream input, Stream output, bool jsonl, DateOnly reference,
        Func<ICaptionParser> parserFactory, CancellationToken ct)
    {
        ICaptionParser? parser = null;
        using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        await using var buffered = new BufferedStream(output, 1 << 16);
        var json = new ArrayBufferWriter<byte>(4096);
        await using var writer = new Utf8JsonWriter(json, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var bad = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var pending = reader.ReadLineAsync(ct);
            // Streaming: whatever is answered goes out before waiting for more input.
            if (!pending.IsCompleted) await buffered.FlushAsync(ct);
            var line = await pending;
            if (line is null) break;

            CaptionFacts facts;
            if (!TryReadLine(line, jsonl, reference, out var caption, out var lineDate)) { bad++; facts = CaptionFacts.Empty; }
            else if (string.IsNullOrWhiteSpace(caption)) facts = CaptionFacts.Empty;
            else facts = (parser ??= parserFactory()).Parse(caption, lineDate);

            json.ResetWrittenCount();
            writer.Reset(json);
            Write(writer, facts);
            writer.Flush();
            buffered.Write(json.WrittenSpan);
            buffered.WriteByte((byte)'\n');
        }
        await buffered.FlushAsync(ct);
        return bad;
    }

    private static bool TryReadLine(string line, bool jsonl, DateOnly fallback, out string? caption, out DateOnly reference)
    {
        caption = null;
        reference = fallback;
        if (!jsonl)
        {
            caption = line;
            return true;
        }
        if (string.IsNullOrWhiteSpace(line)) return false;
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return false;
            if (!doc.RootElement.TryGetProperty("caption", out var c) || c.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) return false;
            caption = c.GetString();
            if (doc.RootElement.TryGetProperty("reference_date", out var d) && d.ValueKind == JsonValueKind.String &&
                TryParseDay(d.GetString(), out var day))
                reference = day;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>The output contract: these keys, in this order, arrays always present, strings or null.</summary>
    private static void Write(Utf8JsonWriter w, CaptionFacts f)
    {
        w.WriteStartObject();
        WriteArray(w, "photographers", f.Photographers);
        WriteArray(w, "agencies", f.Agencies);
        WriteString(w, "date", f.Date?.ToIsoString());
        WriteString(w, "city", f.Place.City);
        WriteString(w, "region", f.Place.Region);
        WriteString(w, "country", f.Place.Country);
        WriteString(w, "country_code", f.Place.CountryCode);
        WriteString(w, "sublocation", f.Place.Sublocation);
        WriteString(w, "credit", f.Credit);
        WriteString(w, "description", f.Description);
        WriteArray(w, "flags", f.Flags);
        w.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter w, string name, IReadOnlyList<string> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items) w.WriteStringValue(item);
        w.WriteEndArray();
    }

    private static void WriteString(Utf8JsonWriter w, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
