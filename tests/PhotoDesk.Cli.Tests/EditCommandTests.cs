using System.Text.Json;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Cli.Tests;

public class EditCommandTests
{
    /// <summary>An 8×8 baseline JPEG with JFIF only, made once with ImageSharp 2.1.13 (the metadata tests make them live).</summary>
    private const string SmallJpegBase64 = "/9j/4AAQSkZJRgABAQEAYABgAAD/2wCEAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSgBBwcHCggKEwoKEygaFhooKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKP/AABEIAAgACAMBIgACEQEDEQH/xAGiAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgsQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+gEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoLEQACAQIEBAMEBwUEBAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxgZGiYnKCkqNTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/APJ9H8I/d/d/pWz/AMIj/wBM/wBKxtH8I/d/d/pWz/wiP/TP9KwjPT4jbL8V+5X7/wDD/gn/2Q==";

    private static string NewPhoto(TempDirectory dir, string name = "photo.jpg")
    {
        var path = dir.Combine(name);
        File.WriteAllBytes(path, Convert.FromBase64String(SmallJpegBase64));
        return path;
    }

    /// <summary>From the first SOS to the end: the pixels. This JPEG has no thumbnails, so the first FF DA is the SOS.</summary>
    private static byte[] Scan(byte[] jpeg) => jpeg[jpeg.AsSpan().IndexOf(new byte[] { 0xFF, 0xDA })..];

    [Fact]
    public void Edit_WithoutTarget_WritesAnXmpSidecarAndLeavesThePhotoUntouched()
    {
        using var dir = new TempDirectory("cli-edit");
        var photo = NewPhoto(dir);
        var before = File.ReadAllBytes(photo);

        var r = CliRunner.Run(["edit", photo, "--set", "credit_line=AP Photo/Ringo Chiu", "--set", "keywords=fire; Los Angeles ;"], workingDirectory: dir.Path);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(photo));
        var sidecar = File.ReadAllText(dir.Combine("photo.xmp"));
        Assert.Contains("AP Photo/Ringo Chiu", sidecar);
        Assert.Contains("<rdf:li>fire</rdf:li>", sidecar);
        Assert.Contains("<rdf:li>Los Angeles</rdf:li>", sidecar);
        Assert.Contains("photo.xmp", r.StdOut);
        Assert.Contains("sidecar", r.StdOut);
    }

    [Fact]
    public void Edit_EmbeddedTarget_WritesIntoTheJpegWithIdenticalPixels()
    {
        using var dir = new TempDirectory("cli-edit");
        var photo = NewPhoto(dir);
        var before = File.ReadAllBytes(photo);

        var r = CliRunner.Run(["edit", photo, "--set", "city=Zürich", "--set", "date_created=2025-01", "--target", "embedded"], workingDirectory: dir.Path);

        Assert.Equal(0, r.ExitCode);
        var after = File.ReadAllBytes(photo);
        Assert.Equal(Scan(before), Scan(after));
        var text = System.Text.Encoding.UTF8.GetString(after);
        Assert.Contains("photoshop:City=\"Zürich\"", text);
        Assert.Contains("photoshop:DateCreated=\"2025-01\"", text);
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Edit_Json_ReportsOneObjectPerFileWithWhereItWasWritten()
    {
        using var dir = new TempDirectory("cli-edit");
        var photo = NewPhoto(dir);
        var png = dir.Combine("scan.png");
        File.WriteAllBytes(png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var r = CliRunner.Run(["edit", photo, png, "--set", "headline=Flood", "--target", "embedded", "--json"], workingDirectory: dir.Path);

        Assert.Equal(0, r.ExitCode);
        var results = JsonDocument.Parse(r.StdOut).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(photo, results[0].GetProperty("written_path").GetString());
        Assert.Equal("embedded", results[0].GetProperty("target").GetString());
        Assert.Equal(dir.Combine("scan.xmp"), results[1].GetProperty("written_path").GetString());
        Assert.Equal("sidecar", results[1].GetProperty("target").GetString());
        Assert.Contains("not a JPEG", results[1].GetProperty("note").GetString());
        Assert.Equal(["headline"], results[0].GetProperty("fields").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("photographer=Jae Hong", "unknown field 'photographer'")] // not a field at all
    [InlineData("make=Canon", "'make' is read-only")]                      // a camera field
    [InlineData("width=100", "'width' is read-only")]                      // a file property
    [InlineData("credit_line", "FIELD=VALUE")]                             // no '='
    public void Edit_UnknownOrReadOnlyField_IsAUsageErrorListingTheEditableFields(string set, string message)
    {
        using var dir = new TempDirectory("cli-edit");
        var photo = NewPhoto(dir);

        var r = CliRunner.Run(["edit", photo, "--set", set], workingDirectory: dir.Path);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.StdErr);
        Assert.Contains("credit_line, source, copyright", r.StdErr);
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Edit_BadTarget_IsAUsageError()
    {
        using var dir = new TempDirectory("cli-edit");
        var photo = NewPhoto(dir);

        var r = CliRunner.Run(["edit", photo, "--set", "city=Oslo", "--target", "inline"], workingDirectory: dir.Path);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--target", r.StdErr);
    }

    [Fact]
    public void Edit_OneMissingFileAmongGoodOnes_IsAPartialFailureWithExitCode3()
    {
        using var dir = new TempDirectory("cli-edit");
        var photo = NewPhoto(dir);

        var r = CliRunner.Run(["edit", photo, dir.Combine("missing.jpg"), "--set", "city=Oslo"], workingDirectory: dir.Path);

        Assert.Equal(3, r.ExitCode);
        Assert.Contains("missing.jpg: no such file", r.StdErr);
        Assert.True(File.Exists(dir.Combine("photo.xmp")));
        Assert.DoesNotContain("   at ", r.StdErr);
    }

    [Fact]
    public void Edit_MalformedJpegOnly_FailsWithExitCode1AndLeavesItAlone()
    {
        using var dir = new TempDirectory("cli-edit");
        var bad = dir.Combine("bad.jpg");
        File.WriteAllBytes(bad, [0xFF, 0xD8, 0xFF, 0xE1, 0x40, 0x00, 0x01]);

        var r = CliRunner.Run(["edit", bad, "--set", "city=Oslo", "--target", "embedded"], workingDirectory: dir.Path);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("bad.jpg", r.StdErr);
        Assert.Equal([0xFF, 0xD8, 0xFF, 0xE1, 0x40, 0x00, 0x01], File.ReadAllBytes(bad));
    }

    [Fact]
    public void Edit_SettingsFileWithEditTargetEmbedded_MakesEmbeddedTheDefault()
    {
        using var dir = new TempDirectory("cli-edit");
        var photo = NewPhoto(dir);
        File.WriteAllText(dir.Combine("photodesk.json"), """{ "EditTarget": "embedded" }""");

        var r = CliRunner.Run(["edit", photo, "--set", "source=Reuters"], workingDirectory: dir.Path);

        Assert.Equal(0, r.ExitCode);
        Assert.False(File.Exists(dir.Combine("photo.xmp")));
        Assert.Contains("photoshop:Source=\"Reuters\"", System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(photo)));
    }

    [Fact]
    public void Edit_EmptyValue_ClearsTheFieldInTheSidecar()
    {
        using var dir = new TempDirectory("cli-edit");
        var photo = NewPhoto(dir);

        var r = CliRunner.Run(["edit", photo, "--set", "headline="], workingDirectory: dir.Path);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("photoshop:Headline=\"\"", File.ReadAllText(dir.Combine("photo.xmp")));
    }

    [Fact]
    public void EditHelp_NamesTheOptionsAndTheFields()
    {
        var r = CliRunner.Run("edit", "--help");

        Assert.Equal(0, r.ExitCode);
        foreach (var s in new[] { "--set", "--target", "--json", "sidecar|embedded", "credit_line", "usage_terms" })
            Assert.Contains(s, r.StdOut);
    }
}
