using System.CommandLine;
using System.Globalization;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.SampleArchive.Gallery;
using PhotoDesk.SampleArchive.Planning;
using PhotoDesk.SampleArchive.Writing;

namespace PhotoDesk.SampleArchive;

public static class Program
{
    private const int Ok = 0, Fatal = 1, Usage = 2;

    public static int Main(string[] args)
    {
        var outOption = new Option<string>("--out") { Description = "Archive folder to (re)build", DefaultValueFactory = _ => "archive-sample" };
        var seedOption = new Option<string?>("--seed-gallery") { Description = "Seed gallery (JSON lines); default: <out>/seed-gallery.jsonl" };
        var planOption = new Option<bool>("--plan") { Description = "Only print which photo gets which storage, write nothing" };
        var root = new RootCommand("Builds PhotoDesk's sample archive: the seed gallery's photos as generated JPEGs carrying their captions");
        root.Options.Add(outOption);
        root.Options.Add(seedOption);
        root.Options.Add(planOption);

        root.SetAction(parsed =>
        {
            var output = parsed.GetValue(outOption)!;
            var seed = parsed.GetValue(seedOption) ?? Path.Combine(output, SampleArchiveBuilder.SeedGalleryFileName);
            try
            {
                return parsed.GetValue(planOption) ? PrintPlan(seed) : Build(output, seed);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or MetadataWriteException)
            {
                Console.Error.WriteLine($"sample-archive: {e.Message}");
                return Fatal;
            }
        });

        var result = root.Parse(args);
        if (result.Errors.Count == 0) return result.Invoke();
        foreach (var error in result.Errors) Console.Error.WriteLine($"sample-archive: {error.Message}");
        return Usage;
    }

    private static int PrintPlan(string seed)
    {
        foreach (var plan in ArchivePlanner.Plan(SeedGallery.Load(seed)))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{plan.Number,2}  {plan.Variant.ToName(),-26}  {plan.RelativePath}"));
        return Ok;
    }

    private static int Build(string output, string seed)
    {
        var writer = new SamplePhotoWriter(
            new MetadataWriter(),
            new MetadataWriter(new JpegWriteOptions { WriteIptc = false }));
        var report = new SampleArchiveBuilder(writer).Build(output, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {report.Plans.Count} photos, {report.Files.Count} files, {report.TotalBytes:N0} bytes to {output}"));
        return Ok;
    }
}
