using PhotoDesk.Captions;
using PhotoDesk.Captions.Places;
using PhotoDesk.Index;
using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Ingest.Thumbnails;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Testing;

namespace PhotoDesk.Tui.Tests.Support;

/// <summary>
/// A private copy of archive-sample/ (plus any extra photos a test class adds), ingested with the real ingest
/// pipeline (thumbnails included) into a temporary index. Built once per test class.
/// </summary>
public class SampleArchive : IDisposable
{
    private readonly TempDirectory _temp = new("tui");

    public SampleArchive()
    {
        Root = _temp.Combine("archive");
        IndexPath = _temp.Combine("index");
        CopyFolder(TestPaths.ArchiveSample, Root);
        AddPhotos(Root);
        Ingest(Root, IndexPath);
    }

    public string Root { get; }
    public string IndexPath { get; }

    /// <summary>Subclasses put extra photos into the archive before it is ingested.</summary>
    protected virtual void AddPhotos(string root) { }

    public static void Ingest(string root, string indexPath)
    {
        var options = new IngestOptions { ExcludedFolders = [indexPath] };
        var runner = new IngestRunner(new PhotoMetadataReader(), new CaptionParser(PlaceFinder.Default), options,
            new ThumbnailMaker(new ThumbnailStore(indexPath)));
        using var writer = PhotoIndex.OpenWriter(indexPath);
        var summary = runner.RunAsync(writer, [root]).GetAwaiter().GetResult();
        if (summary.Failed > 0) throw new InvalidOperationException($"ingest of the test archive failed for {summary.Failed} file(s)");
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The sample archive plus a photo whose caption carries ANSI and OSC escapes and bidi overrides.</summary>
public sealed class HostileCaptionArchive : SampleArchive
{
    public const string FileName = "hostile-caption.jpg";
    public const string Caption = "Harmless \u001B[31mRED\u001B[0m words \u001B]8;;http://evil.example/\u0007LINK\u001B]8;;\u0007 and \u202Eesrever\u202C end "
        + "\u001B]0;pwned-title\u0007\u009B2J tail. (Hostile Caption/AP)";

    protected override void AddPhotos(string root)
    {
        var folder = Path.Combine(root, "hostile");
        Directory.CreateDirectory(folder);
        var photo = Path.Combine(folder, FileName);
        // A bare JPEG (no embedded caption), so the caption file is what the reader takes.
        using (var image = new SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgb24>(96, 64, new SixLabors.ImageSharp.PixelFormats.Rgb24(200, 40, 40)))
            SixLabors.ImageSharp.ImageExtensions.SaveAsJpeg(image, photo);
        // A caption text file beside the photo (the reader's caption sidecar) is the caption as given, bytes and all.
        File.WriteAllText(Path.ChangeExtension(photo, ".txt"), Caption);
    }
}
