using System.Security;
using System.Text;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>Writes small XMP packets with the IPTC Core properties PhotoDesk reads.</summary>
internal sealed class TestXmp
{
    private readonly StringBuilder _props = new();
    private readonly List<string> _ns = ["xmlns:dc='http://purl.org/dc/elements/1.1/'", "xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/'"];

    public TestXmp Creators(params string[] names) => Seq("dc:creator", names);

    public TestXmp Keywords(params string[] words) => Bag("dc:subject", words);

    public TestXmp Description(string text) => LangAlt("dc:description", text);

    public TestXmp Rights(string text) => LangAlt("dc:rights", text);

    public TestXmp Photoshop(string name, string value) => Prop($"photoshop:{name}", value);

    public TestXmp Location(string value)
    {
        Namespace("xmlns:Iptc4xmpCore='http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/'");
        return Prop("Iptc4xmpCore:Location", value);
    }

    public TestXmp Exif(string name, string value)
    {
        Namespace("xmlns:exif='http://ns.adobe.com/exif/1.0/'");
        return Prop($"exif:{name}", value);
    }

    public TestXmp HasExtendedXmp(string guid)
    {
        Namespace("xmlns:xmpNote='http://ns.adobe.com/xmp/note/'");
        return Prop("xmpNote:HasExtendedXMP", guid);
    }

    public TestXmp Prop(string qname, string value)
    {
        _props.Append($"<{qname}>{SecurityElement.Escape(value)}</{qname}>");
        return this;
    }

    public string Build() =>
        "<?xpacket begin='\uFEFF' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>" +
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>" +
        $"<rdf:Description rdf:about='' {string.Join(' ', _ns)}>{_props}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";

    /// <summary>An extension packet (no xpacket wrapper), as stored in extended XMP.</summary>
    public string BuildExtension() =>
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>" +
        $"<rdf:Description rdf:about='' {string.Join(' ', _ns)}>{_props}</rdf:Description></rdf:RDF></x:xmpmeta>";

    private void Namespace(string decl)
    {
        if (!_ns.Contains(decl)) _ns.Add(decl);
    }

    private TestXmp Seq(string qname, string[] items) => Container(qname, "Seq", items);

    private TestXmp Bag(string qname, string[] items) => Container(qname, "Bag", items);

    private TestXmp Container(string qname, string kind, string[] items)
    {
        _props.Append($"<{qname}><rdf:{kind}>");
        foreach (var i in items) _props.Append($"<rdf:li>{SecurityElement.Escape(i)}</rdf:li>");
        _props.Append($"</rdf:{kind}></{qname}>");
        return this;
    }

    private TestXmp LangAlt(string qname, string text)
    {
        _props.Append($"<{qname}><rdf:Alt><rdf:li xml:lang='x-default'>{SecurityElement.Escape(text)}</rdf:li></rdf:Alt></{qname}>");
        return this;
    }
}
