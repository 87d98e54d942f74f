import DocxBuilder
import Testing
@testable import OpenXMLPackage

/// The XML layer: events in order with namespaces resolved, and every hostile or broken
/// part refused with a message, quickly.
@Suite struct HostileXMLTests {
    final class Recorder: XMLHandler {
        static let names = ["document", "t", "br", "r", "d", "lolz", "a", "b"]
        let vocabulary = XMLVocabulary(Recorder.names)
        var events: [String] = []
        func local(_ name: XMLName) -> String { name.index.map { Self.names[$0] } ?? "?" }
        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            let attrs = attributes.all.map { "\($0.1)=\($0.2)" }.joined(separator: ",")
            events.append("<\(local(name))\(attrs.isEmpty ? "" : " " + attrs)>")
        }
        func endElement(_ name: XMLName) { events.append("</\(local(name))>") }
        func text(_ bytes: [UInt8]) { events.append(String(decoding: bytes, as: UTF8.self)) }
    }

    static func parse(_ xml: String, limits: XMLLimits = .standard) -> Result<[String], PackageError> {
        let recorder = Recorder()
        do {
            try SAXParser.parse(Array(xml.utf8), part: "word/document.xml", into: recorder, limits: limits)
            return .success(recorder.events)
        } catch {
            return .failure(error)
        }
    }

    static func error(_ xml: String, limits: XMLLimits = .standard) -> PackageError? {
        if case .failure(let e) = parse(xml, limits: limits) { return e }
        return nil
    }

    @Test func eventsInOrderWithTextWholeAndReferencesResolved() throws {
        let xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(Docx.w)\"><w:t xml:space=\"preserve\"> a &amp; b &#x263A;<![CDATA[<c>]]></w:t><!-- note --><w:br/></w:document>"
        let events = try Self.parse(xml).get()
        #expect(events == ["<document>", "<t space=preserve>", " a & b ☺<c>", "</t>", "<br>", "</br>", "</document>"])
    }

    /// Without entity substitution libxml2 returns an attribute's `&` as `&#38;`; the
    /// value handed on is the attribute as written, every reference resolved.
    @Test func attributeValuesHaveTheirReferencesResolved() throws {
        let xml = "<r Target=\"https://x.nl/?a=1&amp;b=&#38;2&amp;#38;&lt;&quot;&#x263A;\" Id=\"&#38;&#38;\"/>"
        let events = try Self.parse(xml).get()
        #expect(events == ["<r Target=https://x.nl/?a=1&b=&2&#38;<\"☺,Id=&&>", "</r>"])
    }

    @Test func namespacesResolveWhateverThePrefix() throws {
        final class Names: XMLHandler {
            let vocabulary = XMLVocabulary(["document", "p", "q"])
            var names: [XMLName] = []
            var vals: [String?] = []
            func startElement(_ name: XMLName, attributes: XMLAttributes) {
                names.append(name)
                vals.append(attributes.value(.wordprocessingML, "val"))
            }
            func endElement(_ name: XMLName) {}
            func text(_ bytes: [UInt8]) {}
        }
        let xml = "<x:document xmlns:x=\"\(Docx.w)\" xmlns=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><p x:val=\"1\"/><q xmlns=\"urn:other\" val=\"2\"/></x:document>"
        let names = Names()
        try SAXParser.parse(Array(xml.utf8), part: "p", into: names)
        #expect(names.names == [XMLName(.wordprocessingML, 0), XMLName(.wordprocessingML, 1), XMLName(.other, 2)])
        #expect(names.vals == [nil, "1", nil])
    }

    /// A handler that has all it needs stops the parse at that end tag: no events after
    /// it, and what follows is not checked; a fault before it is still an error.
    @Test func aHandlerCanStopTheParseEarly() throws {
        final class UpToB: XMLHandler {
            let vocabulary = XMLVocabulary(["d", "a", "b"])
            var events: [String] = []
            let stopsEarly = true
            var hasAllItNeeds = false
            func startElement(_ name: XMLName, attributes: XMLAttributes) { events.append("<\(name.index ?? -1)>") }
            func endElement(_ name: XMLName) {
                events.append("</\(name.index ?? -1)>")
                if name.index == 2 { hasAllItNeeds = true }
            }
            func text(_ bytes: [UInt8]) { events.append(String(decoding: bytes, as: UTF8.self)) }
        }
        let stops = UpToB()
        try SAXParser.parse(Array("<d><a>x</a><b/><a>y</a><a></d>".utf8), part: "p", into: stops)
        #expect(stops.events == ["<0>", "<1>", "x", "</1>", "<2>", "</2>"])
        let whole = UpToB()
        #expect(throws: PackageError.self) { try SAXParser.parse(Array("<d><a>x</a><a></d>".utf8), part: "p", into: whole) }
        let early = UpToB()
        #expect(throws: PackageError.self) { try SAXParser.parse(Array("<d><a>x</d><b/>".utf8), part: "p", into: early) }
    }

    @Test func billionLaughsRefusedAtTheDoctype() throws {
        var dtd = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        dtd += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        for k in 2...9 { dtd += "<!ENTITY lol\(k) \"" + String(repeating: "&lol\(k - 1);", count: 10) + "\">" }
        dtd += "]>"
        let error = try #require(Self.error("<?xml version=\"1.0\"?>\(dtd)<lolz>&lol9;</lolz>"))
        #expect(error.reason == .doctype(part: "word/document.xml"))
    }

    @Test func externalEntitiesAndDTDsNeverLoaded() throws {
        let system = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>"
        #expect(Self.error(system)?.kind == .forbiddenXML)
        let external = "<?xml version=\"1.0\"?><!DOCTYPE d SYSTEM \"http://127.0.0.1:9/evil.dtd\"><d/>"
        #expect(Self.error(external)?.kind == .forbiddenXML)
        let parameter = "<!DOCTYPE d [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><d/>"
        #expect(Self.error(parameter)?.kind == .forbiddenXML)
    }

    @Test func undeclaredEntityIsMalformed() throws {
        let error = try #require(Self.error("<d>\n&nbsp;</d>"))
        guard case .malformedXML(let part, let line, let detail) = error.reason else {
            Issue.record("\(error)")
            return
        }
        #expect(part == "word/document.xml" && line == 2)
        #expect(detail.contains("nbsp"), "\(detail)")
    }

    @Test(arguments: ["<w:document", "<a><b></a>", "<a>", "", "\u{FEFF}garbage", "<a x=1/>", "<a>\u{1}</a>", "<a></a><b></b>", "<?xml version=\"1.0\" encoding=\"klingon\"?><a/>"])
    func malformedIsAnError(xml: String) throws {
        let error = try #require(Self.error(xml), "\(xml) parsed")
        #expect(error.kind == .badPart, "\(error)")
    }

    @Test func longTextRunRefusedPastTheLimit() throws {
        let run = String(repeating: "abcdefgh", count: 200_000)
        let ok = try Self.parse("<t>\(run)</t>", limits: XMLLimits(maxTextRun: 2 << 20)).get()
        #expect(ok.count == 3 && ok[1].utf8.count == 1_600_000)
        let error = try #require(Self.error("<t>\(run)</t>", limits: XMLLimits(maxTextRun: 1 << 20)))
        #expect(error.reason == .textRunTooLong(part: "word/document.xml", limit: 1 << 20))
    }

    @Test func deepNestingRefused() throws {
        let depth = 100_000
        let xml = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        #expect(Self.error(xml)?.reason == .tooDeep(part: "word/document.xml", limit: 256))
    }

    @Test func utf16PartsRead() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>é</a>".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let recorder = Recorder()
        try SAXParser.parse(bytes, part: "p", into: recorder)
        #expect(recorder.events == ["<a>", "é", "</a>"])
    }
}
