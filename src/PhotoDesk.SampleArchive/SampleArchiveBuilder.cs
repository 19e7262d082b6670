using System.Text;
using PhotoDesk.SampleArchive.Gallery;
using PhotoDesk.SampleArchive.Planning;
using PhotoDesk.SampleArchive.Readme;
using PhotoDesk.SampleArchive.Writing;

namespace PhotoDesk.SampleArchive;

/// <summary>
/// Builds the sample archive: reads the seed gallery, plans every photo, removes the previous build's files, writes
/// photos and sidecars, keeps a copy of the seed gallery beside them and renders the README.
/// </summary>
public sealed class SampleArchiveBuilder(SamplePhotoWriter writer)
{
    public const string SeedGalleryFileName = "seed-gallery.jsonl";
    public const string ReadmeFileName = "README.md";

    /// <param name="outputFolder">The archive root (created when missing).</param>
    /// <param name="seedGalleryPath">The seed gallery to read; copied into the archive when it lives elsewhere.</param>
    /// <param name="onlyPhotos">Gallery numbers to write (all when null); the README always describes all of them.</param>
    public SampleArchiveReport Build(
        string outputFolder,
        string seedGalleryPath,
        IReadOnlySet<int>? onlyPhotos = null,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputFolder);
        ArgumentException.ThrowIfNullOrEmpty(seedGalleryPath);

        var plans = ArchivePlanner.Plan(SeedGallery.Load(seedGalleryPath));
        Directory.CreateDirectory(outputFolder);
        ArchiveCleaner.RemoveGenerated(outputFolder);

        var copy = Path.Combine(outputFolder, SeedGalleryFileName);
        if (!string.Equals(Path.GetFullPath(copy), Path.GetFullPath(seedGalleryPath), StringComparison.Ordinal))
            File.Copy(seedGalleryPath, copy, overwrite: true);

        var files = new List<string>();
        foreach (var plan in plans.Where(p => onlyPhotos is null || onlyPhotos.Contains(p.Number)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.AddRange(writer.Write(outputFolder, plan, cancellationToken));
            progress?.Report(plan.RelativePath);
        }

        File.WriteAllText(Path.Combine(outputFolder, ReadmeFileName), ReadmeRenderer.Render(plans), new UTF8Encoding(false));
        var bytes = files.Sum(f => new FileInfo(f).Length);
        return new SampleArchiveReport(plans, files, bytes);
    }
}
