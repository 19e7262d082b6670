using PhotoDesk.Captions.Places;
using Xunit;

namespace PhotoDesk.Captions.Tests.Places;

public class DeferredPlaceFinderTests
{
    [Theory]
    [InlineData("LOS ANGELES, CALIFORNIA - JUNE 10: Protesters march.")] // a dateline
    [InlineData("Firefighters work in Paramount, Calif., on Sunday.")] // "in City, State"
    [InlineData("No place here at all")] // nothing to find
    public void Deferred_finder_answers_like_the_default_finder(string caption)
    {
        Assert.Equal(PlaceFinder.Default.Find(caption), DeferredPlaceFinder.Instance.Find(caption));
    }

    [Fact]
    public void Deferred_finder_finds_a_place()
    {
        Assert.Equal("Los Angeles", DeferredPlaceFinder.Instance.Find("LOS ANGELES, CALIFORNIA - JUNE 10: A march.").City);
    }
}
