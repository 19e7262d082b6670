using PhotoDesk.Captions;
using PhotoDesk.Captions.Places;
using PhotoDesk.Ingest.Entries;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Metadata.Writing;

namespace PhotoDesk.Credits.Desk;

/// <summary>The real components: PhotoDesk's metadata reader and lossless writer, the caption parser with the gazetteer, ingest's entry factory.</summary>
public static class DefaultCreditServices
{
    public static CreditServices Create()
    {
        var parser = new CaptionParser(PlaceFinder.Default);
        var factory = new PhotoEntryFactory(parser);
        return new CreditServices(new PhotoMetadataReader(), new MetadataWriter(), parser,
            (id, metadata, stamp, hash) => factory.Create(id, metadata, new PhotoFileFacts(stamp.Path, stamp.Size, stamp.Modified, hash)));
    }
}
