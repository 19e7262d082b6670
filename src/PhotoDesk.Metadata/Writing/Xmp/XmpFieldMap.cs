using PhotoDesk.Core.Photos;
using XmpCore;
using XmpCore.Options;

namespace PhotoDesk.Metadata.Writing.Xmp;

/// <summary>
/// Where each editable field lives in XMP (IPTC Photo Metadata Standard / MWG mappings) and how an edit is applied
/// to an <see cref="IXmpMeta"/>. Other properties of the packet are never touched.
/// </summary>
internal static class XmpFieldMap
{
    public const string NsIptcCore = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";

    private enum Shape { Simple, LangAlt, Seq, Bag }

    private sealed record Target(string Ns, string Name, Shape Shape);

    private static readonly Dictionary<string, Target> Map = new(StringComparer.Ordinal)
    {
        [PhotoFields.Creators] = new(XmpConstants.NsDC, "creator", Shape.Seq),
        [PhotoFields.CreditLine] = new(XmpConstants.NsPhotoshop, "Credit", Shape.Simple),
        [PhotoFields.Source] = new(XmpConstants.NsPhotoshop, "Source", Shape.Simple),
        [PhotoFields.Copyright] = new(XmpConstants.NsDC, "rights", Shape.LangAlt),
        [PhotoFields.Description] = new(XmpConstants.NsDC, "description", Shape.LangAlt),
        [PhotoFields.Headline] = new(XmpConstants.NsPhotoshop, "Headline", Shape.Simple),
        [PhotoFields.Keywords] = new(XmpConstants.NsDC, "subject", Shape.Bag),
        [PhotoFields.City] = new(XmpConstants.NsPhotoshop, "City", Shape.Simple),
        [PhotoFields.Sublocation] = new(NsIptcCore, "Location", Shape.Simple),
        [PhotoFields.Region] = new(XmpConstants.NsPhotoshop, "State", Shape.Simple),
        [PhotoFields.Country] = new(XmpConstants.NsPhotoshop, "Country", Shape.Simple),
        [PhotoFields.CountryCode] = new(NsIptcCore, "CountryCode", Shape.Simple),
        [PhotoFields.DateCreated] = new(XmpConstants.NsPhotoshop, "DateCreated", Shape.Simple),
        [PhotoFields.Instructions] = new(XmpConstants.NsPhotoshop, "Instructions", Shape.Simple),
        [PhotoFields.UsageTerms] = new(XmpConstants.NsXmpRights, "UsageTerms", Shape.LangAlt),
    };

    static XmpFieldMap()
    {
        // Registered by XmpCore already on most versions; registering again with the same prefix is harmless.
        XmpMetaFactory.SchemaRegistry.RegisterNamespace(NsIptcCore, "Iptc4xmpCore");
    }

    /// <summary>
    /// Applies the edits. A cleared field is deleted — or, with <paramref name="keepClearedAsEmpty"/> (sidecars,
    /// which override the photo field by field), written as an empty value so the clearing itself overrides.
    /// </summary>
    public static void Apply(IXmpMeta meta, FieldEdits edits, bool keepClearedAsEmpty)
    {
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(edits);
        foreach (var field in edits.Fields)
        {
            var t = Map[field];
            var values = edits.ValuesOf(field);
            meta.DeleteProperty(t.Ns, t.Name);
            if (values.Count == 0 && !keepClearedAsEmpty) continue;
            switch (t.Shape)
            {
                case Shape.Simple:
                    meta.SetProperty(t.Ns, t.Name, values.Count == 0 ? "" : values[0]);
                    break;
                case Shape.LangAlt:
                    meta.SetLocalizedText(t.Ns, t.Name, "", XmpConstants.XDefault, values.Count == 0 ? "" : values[0]);
                    break;
                default:
                    var arrayOptions = new PropertyOptions { IsArray = true, IsArrayOrdered = t.Shape == Shape.Seq };
                    if (values.Count == 0) meta.SetProperty(t.Ns, t.Name, null, arrayOptions);
                    foreach (var v in values) meta.AppendArrayItem(t.Ns, t.Name, arrayOptions, v, null);
                    break;
            }
        }
    }

    /// <summary>Deletes the properties of the edited fields (used on a sidecar that should stop overriding them).</summary>
    public static bool Remove(IXmpMeta meta, IEnumerable<string> fields)
    {
        var removed = false;
        foreach (var field in fields)
        {
            var t = Map[field];
            if (!meta.DoesPropertyExist(t.Ns, t.Name)) continue;
            meta.DeleteProperty(t.Ns, t.Name);
            removed = true;
        }
        return removed;
    }
}
