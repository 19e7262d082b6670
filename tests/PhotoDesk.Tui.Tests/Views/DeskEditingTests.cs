using PhotoDesk.Core.Indexing;
using PhotoDesk.Index;
using PhotoDesk.Ingest.Worker;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Tui.Tests.Support;
using Terminal.Gui.Input;
using Xunit;

namespace PhotoDesk.Tui.Tests.Views;

/// <summary>Edits from the desk: journaled batches written to the files, re-indexed by the desk or left to a worker.</summary>
[Collection(DeskCollection.Name)]
public sealed class DeskEditingTests(SampleArchive archive) : IClassFixture<SampleArchive>
{
    private static Func<string, IPhotoIndexWriter> Guarded =>
        p => PhotoIndex.OpenWriter(p, TimeSpan.FromMilliseconds(200));

    [Fact]
    public void Tagging_the_selected_photo_writes_its_metadata_makes_the_tag_searchable_and_undo_removes_it()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36, Guarded);
        desk.Type("by:\"Jae C. Hong\"");
        var photo = desk.Session.Controller.Selected!.Entry;
        desk.Session.Window.Results.SetFocus();

        desk.Press(new Key('t'));
        Assert.True(desk.Session.Window.Tagging.Visible);
        desk.Type("tuitagone");
        desk.Press(Key.Enter);

        Assert.Contains("1 photo(s) changed", desk.Screen);
        Assert.Contains("tuitagone", new PhotoMetadataReader().Read(photo.Path).Keywords);
        desk.Searcher.Refresh();
        var hits = desk.Searcher.Search(new SearchRequest("tag:tuitagone"));
        Assert.Equal(photo.Id, Assert.Single(hits.Hits).Entry.Id);

        desk.Press(Key.F4);
        desk.Press(new Key('u'));
        Assert.Contains("undid batch", desk.Screen);
        desk.Searcher.Refresh();
        Assert.Equal(0, desk.Searcher.Search(new SearchRequest("tag:tuitagone")).Total);
        Assert.DoesNotContain("tuitagone", new PhotoMetadataReader().Read(photo.Path).Keywords);
    }

    [Fact]
    public void With_a_worker_holding_the_index_a_tag_is_saved_to_the_file_and_left_to_the_worker()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36, Guarded);
        desk.Type("city:Paramount");
        var photo = desk.Session.Controller.Selected!.Entry;
        using (IndexWriteGuard.Acquire(archive.IndexPath, TimeSpan.Zero))
        {
            desk.Session.Window.Results.SetFocus();
            desk.Press(Key.F2);
            desk.Type("tuiworker");
            desk.Press(Key.Enter);
        }

        Assert.Contains("saved; indexing by worker", desk.Screen);
        Assert.Contains("tuiworker", new PhotoMetadataReader().Read(photo.Path).Keywords);
        var requested = RefreshRequests.Take(archive.IndexPath);
        Assert.Contains(Path.GetFullPath(photo.Path), requested);
    }

    [Fact]
    public void The_fix_dialog_previews_old_and_new_values_and_applying_it_corrects_the_variant()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36, Guarded);
        desk.Press(Key.F4);
        var row = desk.Session.Window.Credits.VariantLines.ToList().FindIndex(l => l.StartsWith("Ringo Ciu ×1 → Ringo Chiu", StringComparison.Ordinal));
        Assert.True(row >= 0, string.Join(" | ", desk.Session.Window.Credits.VariantLines));
        for (var i = 0; i < row; i++) desk.Press(Key.CursorDown);

        desk.Press(new Key('f'));
        var preview = desk.Session.Window.Fix.PreviewLines;
        Assert.Contains(preview, l => l.Contains("creators: Ringo Ciu → Ringo Chiu", StringComparison.Ordinal));
        Assert.Contains("creators: Ringo Ciu → Ringo Chiu", desk.Screen);

        desk.Press(Key.Tab);
        desk.Press(Key.Enter);
        desk.Searcher.Refresh();
        Assert.Equal(0, desk.Searcher.Search(new SearchRequest("by:\"Ringo Ciu\"")).Total);
        Assert.DoesNotContain(desk.Session.Window.Credits.VariantLines, l => l.StartsWith("Ringo Ciu", StringComparison.Ordinal));

        desk.Press(new Key('u'));
        desk.Searcher.Refresh();
        Assert.Equal(1, desk.Searcher.Search(new SearchRequest("by:\"Ringo Ciu\"")).Total);
    }

    [Fact]
    public void Tagging_every_result_of_the_query_tags_them_all_and_the_keyword_then_completes()
    {
        using var desk = new DeskHarness(archive.IndexPath, 120, 36, Guarded);
        desk.Type("by:\"Jae C. Hong\"");
        var total = desk.Session.Controller.Results.Total;
        Assert.InRange(total, 2, 20);
        desk.Session.Window.Results.SetFocus();

        desk.Press(new Key('t'));
        desk.Session.Window.Tagging.EveryResult = true;
        desk.Type("tuiall");
        desk.Press(Key.Enter);

        Assert.Contains($"{total} photo(s) changed", desk.Screen);
        desk.Searcher.Refresh();
        Assert.Equal(total, desk.Searcher.Search(new SearchRequest("tag:tuiall")).Total);

        desk.Press(Key.F2);
        desk.Type("tuia");
        Assert.Contains("tuiall", desk.Session.Window.Tagging.Hint);
        desk.Press(Key.Esc);

        desk.Press(Key.F4);
        desk.Press(new Key('u'));
        desk.Searcher.Refresh();
        Assert.Equal(0, desk.Searcher.Search(new SearchRequest("tag:tuiall")).Total);
    }
}
