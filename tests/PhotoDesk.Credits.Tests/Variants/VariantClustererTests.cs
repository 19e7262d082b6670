using PhotoDesk.Credits.Authority;
using PhotoDesk.Credits.Variants;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Credits.Tests.Variants;

public class VariantClustererTests
{
    private static string Describe(IEnumerable<VariantCluster> clusters) =>
        string.Join("; ", clusters.SelectMany(c => c.Variants.Select(v => $"{v.Name}->{c.Canonical}")).Order(StringComparer.Ordinal));

    [Fact]
    public void Cluster_SeedPhotographerList_FindsExactlyTheTwoPublishedVariants()
    {
        var clusters = new VariantClusterer().Cluster(SeedPhotographers.List);

        Assert.Equal("Jae Hong->Jae C. Hong; Ringo Ciu->Ringo Chiu", Describe(clusters));
    }

    [SharedCorpusFact]
    public void Cluster_SeedGalleryJsonl_FindsExactlyTheTwoPublishedVariants()
    {
        var observations = SeedPhotographers.FromJsonl(TestPaths.SeedGallery!);

        var clusters = new VariantClusterer().Cluster(observations);

        Assert.Equal("Jae Hong->Jae C. Hong; Ringo Ciu->Ringo Chiu", Describe(clusters));
        var ringo = Assert.Single(clusters, c => c.Canonical == "Ringo Chiu");
        Assert.Equal(4, ringo.CanonicalCount);
        Assert.Equal(new NameVariant("Ringo Ciu", 1, VariantReason.Spelling), Assert.Single(ringo.Variants));
        var jae = Assert.Single(clusters, c => c.Canonical == "Jae C. Hong");
        Assert.Equal(VariantReason.MiddleInitial, Assert.Single(jae.Variants).Reason);
    }

    [Fact]
    public void Cluster_CanonicalIsTheMostFrequentForm_EvenWhenTheRareFormIsFuller()
    {
        var clusters = new VariantClusterer().Cluster([new("Jae Hong", 7, ["AP"]), new("Jae C. Hong", 1, ["AP"])]);

        var cluster = Assert.Single(clusters);
        Assert.Equal("Jae Hong", cluster.Canonical);
        Assert.Equal(8, cluster.TotalCount);
    }

    [Fact]
    public void Cluster_CaseAndAccentForms_JoinTheMixedCaseForm()
    {
        var clusters = new VariantClusterer().Cluster([new("Pilar Olivares", 3), new("PILAR OLIVARES", 3), new("Pílar Olivares", 1)]);

        var cluster = Assert.Single(clusters);
        Assert.Equal("Pilar Olivares", cluster.Canonical);
        Assert.All(cluster.Variants, v => Assert.Equal(VariantReason.CaseOrAccents, v.Reason));
        Assert.Equal(2, cluster.Variants.Count);
    }

    [Fact]
    public void Cluster_DoesNotChainThroughAMiddleForm()
    {
        // "Jon Smith" ~ "Jon Smyth" and "Jon Smyth" ~ "Jon Smythe", but "Jon Smith" and "Jon Smythe" are two edits apart.
        var clusters = new VariantClusterer().Cluster([new("Jon Smith", 10), new("Jon Smyth", 1), new("Jon Smythe", 9)]);

        Assert.DoesNotContain(clusters, c => c.Canonical == "Jon Smith" && c.Variants.Any(v => v.Name == "Jon Smythe"));
        Assert.DoesNotContain(clusters, c => c.Canonical == "Jon Smythe" && c.Variants.Any(v => v.Name == "Jon Smith"));
    }

    [Fact]
    public void Cluster_AuthorityAlias_JoinsItsCanonical_EvenBeyondEditDistance()
    {
        var authority = new CreditAuthority
        {
            Photographers = [new PhotographerAuthority { Canonical = "Nick Ut", Aliases = ["Huynh Cong Ut"] }],
        };

        var clusters = new VariantClusterer(authority).Cluster([new("Nick Ut", 5), new("Huynh Cong Ut", 2)]);

        var cluster = Assert.Single(clusters);
        Assert.Equal("Nick Ut", cluster.Canonical);
        Assert.True(cluster.CanonicalFromAuthority);
        Assert.Equal(VariantReason.Authority, Assert.Single(cluster.Variants).Reason);
    }

    [Fact]
    public void Cluster_AuthorityCanonical_WinsOverTheMoreFrequentForm()
    {
        var authority = new CreditAuthority { Photographers = [new PhotographerAuthority { Canonical = "Ringo Chiu" }] };

        var clusters = new VariantClusterer(authority).Cluster([new("Ringo Chiu", 1, ["AFP"]), new("Ringo Ciu", 2, ["AFP"])]);

        Assert.Equal("Ringo Chiu", Assert.Single(clusters).Canonical);
    }

    [Fact]
    public void Cluster_TwoPeopleTheAuthorityKnows_AreNeverMerged()
    {
        var authority = new CreditAuthority
        {
            Photographers = [new PhotographerAuthority { Canonical = "Ringo Chiu" }, new PhotographerAuthority { Canonical = "Ringo Chu" }],
        };

        var clusters = new VariantClusterer(authority).Cluster([new("Ringo Chiu", 4, ["AFP"]), new("Ringo Chu", 1, ["AFP"])]);

        Assert.Empty(clusters);
    }

    [Fact]
    public void Cluster_NoVariants_ReturnsNoClusters()
    {
        Assert.Empty(new VariantClusterer().Cluster([new("Mario Tama", 3), new("Spencer Platt", 4), new("Mario", 1)]));
    }
}
