using System.Xml;
using System.Xml.Linq;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// A small RDF/XML reader for the top-level XMP properties PhotoDesk needs (XMP spec part 1, chapter 7). XmpCore's
/// full data model costs 5–10 ms on a Lightroom-sized packet; ingest reads thousands of files, so this streams the
/// XML once with DTDs prohibited, no resolver and size limits, and keeps only the top-level values asked for.
/// </summary>
internal static class XmpRdfParser
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNs = "http://www.w3.org/2000/xmlns/";
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

    /// <summary>
    /// Reads the top-level properties in <paramref name="wanted"/> namespaces; others (Lightroom develop settings,
    /// edit history: most of a large packet) are skipped without building a tree. Throws <see cref="XmlException"/>
    /// when the packet is not well-formed XML.
    /// </summary>
    public static XmpProperties Parse(string text, IReadOnlySet<string> wanted)
    {
        var props = new XmpProperties();
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "RDF" && reader.NamespaceURI == Rdf) ReadRdf(reader, props, wanted);
        }
        return props;
    }

    private static void ReadRdf(XmlReader r, XmpProperties props, IReadOnlySet<string> wanted)
    {
        if (r.IsEmptyElement) return;
        var depth = r.Depth;
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType != XmlNodeType.Element) r.Read();
            else if (r.LocalName == "Description" && r.NamespaceURI == Rdf) ReadDescription(r, props, wanted);
            else r.Skip();
        }
    }

    private static void ReadDescription(XmlReader r, XmpProperties props, IReadOnlySet<string> wanted)
    {
        while (r.MoveToNextAttribute())
        {
            var ns = r.NamespaceURI;
            if (ns.Length == 0 || ns is Rdf or XmlNs or XmlnsNs || !wanted.Contains(ns)) continue;
            props.Set(ns, r.LocalName, XmpValue.Of(r.Value));
        }
        r.MoveToElement();
        if (r.IsEmptyElement)
        {
            r.Read();
            return;
        }
        var depth = r.Depth;
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType != XmlNodeType.Element) r.Read();
            else if (wanted.Contains(r.NamespaceURI))
            {
                var property = (XElement)XNode.ReadFrom(r);
                props.Set(property.Name.NamespaceName, property.Name.LocalName, ReadProperty(property));
            }
            else r.Skip();
        }
        r.Read();
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
