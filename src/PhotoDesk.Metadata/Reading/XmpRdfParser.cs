using System.Xml;
using System.Xml.Linq;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// A small RDF/XML reader for the top-level XMP properties PhotoDesk needs (XMP spec part 1, chapter 7). XmpCore's
/// full data model costs 5–10 ms on a Lightroom-sized packet; ingest reads thousands of files, so this reads the
/// XML once with DTDs prohibited, no resolver and size limits, and keeps only top-level values.
/// </summary>
internal static class XmpRdfParser
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";
    private static readonly XName RdfRdf = XName.Get("RDF", Rdf);
    private static readonly XName RdfDescription = XName.Get("Description", Rdf);
    private static readonly XName RdfLi = XName.Get("li", Rdf);
    private static readonly XName RdfValue = XName.Get("value", Rdf);
    private static readonly XName RdfResource = XName.Get("resource", Rdf);
    private static readonly XName RdfParseType = XName.Get("parseType", Rdf);
    private static readonly XName XmlLang = XName.Get("lang", XmlNs);

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 64L * 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false, // control characters in values are data here; TerminalText cleans them for display
    };

    /// <summary>Throws <see cref="XmlException"/> when the packet is not well-formed XML.</summary>
    public static XmpProperties Parse(string text)
    {
        XDocument doc;
        using (var reader = XmlReader.Create(new StringReader(text), Settings))
        {
            doc = XDocument.Load(reader, LoadOptions.None);
        }
        var props = new XmpProperties();
        var root = doc.Root;
        if (root is null) return props;
        IEnumerable<XElement> rdfs = root.Name == RdfRdf ? [root] : root.Descendants(RdfRdf);
        foreach (var rdf in rdfs)
        {
            foreach (var description in rdf.Elements(RdfDescription)) ReadDescription(description, props);
        }
        return props;
    }

    private static void ReadDescription(XElement description, XmpProperties props)
    {
        foreach (var a in description.Attributes())
        {
            if (a.IsNamespaceDeclaration || a.Name.NamespaceName is Rdf or XmlNs || a.Name.NamespaceName.Length == 0) continue;
            props.Set(a.Name.NamespaceName, a.Name.LocalName, XmpValue.Of(a.Value));
        }
        foreach (var p in description.Elements())
        {
            if (p.Name.NamespaceName.Length == 0 || p.Name.NamespaceName == Rdf) continue;
            props.Set(p.Name.NamespaceName, p.Name.LocalName, ReadProperty(p));
        }
    }

    private static XmpValue ReadProperty(XElement p)
    {
        if (p.Attribute(RdfResource) is { } resource) return XmpValue.Of(resource.Value);
        if ((string?)p.Attribute(RdfParseType) == "Resource") return XmpValue.Struct;
        var child = p.Elements().FirstOrDefault();
        if (child is null)
        {
            // <exif:Flash exif:Fired="False"/>: a structure written with attributes.
            var hasFields = p.Attributes().Any(a => !a.IsNamespaceDeclaration && a.Name.NamespaceName is not (Rdf or XmlNs));
            return hasFields && p.Value.Length == 0 ? XmpValue.Struct : XmpValue.Of(p.Value);
        }
        if (child.Name.NamespaceName == Rdf && child.Name.LocalName is "Seq" or "Bag" or "Alt")
        {
            var items = new List<XmpItem>();
            foreach (var li in child.Elements(RdfLi))
            {
                if (ItemText(li) is { } v) items.Add(new XmpItem((string?)li.Attribute(XmlLang), v));
            }
            return new XmpValue(null, items, false);
        }
        if (child.Name == RdfValue) return XmpValue.Of(child.Value); // a qualified simple value
        return XmpValue.Struct;
    }

    /// <summary>An item's text; a qualified item keeps its text in rdf:value. Structures are skipped.</summary>
    private static string? ItemText(XElement li)
    {
        if (li.Attribute(RdfResource) is { } resource) return resource.Value;
        if (!li.HasElements) return li.Value;
        return li.Element(RdfValue)?.Value;
    }
}
