import Testing
@testable import OpenXMLPackage

/// Element names handed over as places in the handler's vocabulary, and attribute values
/// read in place, agree with reading them as strings: whatever the number of names, and
/// for every value form `Int(_:)` and an on/off property accept or refuse.
@Suite struct XMLVocabularyTests {
    final class Names: XMLHandler {
        let vocabulary: XMLVocabulary
        let known: [String]
        var seen: [String] = []
        var ints: [Int?] = []
        var flags: [Bool] = []
        var isPage: [Bool] = []

        init(known: [String]) {
            self.known = known
            vocabulary = XMLVocabulary(known)
        }

        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            seen.append(name.index.map { known[$0] } ?? "?")
            ints.append(attributes.int(.none, "v"))
            flags.append(attributes.isOn(.none, "v"))
            isPage.append(attributes.value(.none, "v", is: "page"))
        }
        func endElement(_ name: XMLName) { seen.append("/" + (name.index.map { known[$0] } ?? "?")) }
        func text(_ bytes: [UInt8]) {}
    }

    /// Far more distinct names than the parser's address table holds: the ones past it
    /// are compared by their bytes at every tag, with the same result.
    @Test func everyNameResolvesWhateverHowMany() throws {
        let all = (0..<600).map { "e\($0)" }
        let known = all.enumerated().filter { $0.offset % 3 != 0 }.map(\.element) + ["root"]
        var xml = "<root>"
        for round in 0..<2 { for name in all { xml += round == 0 ? "<\(name)/>" : "<\(name)></\(name)>" } }
        xml += "</root>"
        let names = Names(known: known)
        try SAXParser.parse(Array(xml.utf8), part: "p", into: names)
        var expected = ["root"]
        for _ in 0..<2 { for name in all { let shown = known.contains(name) ? name : "?"; expected += [shown, "/" + shown] } }
        expected.append("/root")
        #expect(names.seen == expected)
    }

    @Test func namesThatShareAPrefixOrLengthStayApart() throws {
        let names = Names(known: ["pPr", "p", "pStyle", "rPr"])
        try SAXParser.parse(Array("<p><pPr/><pP/><pStyle/><rPr/><pPrx/></p>".utf8), part: "p", into: names)
        #expect(names.seen == ["p", "pPr", "/pPr", "?", "/?", "pStyle", "/pStyle", "rPr", "/rPr", "?", "/?", "/p"])
    }

    @Test func valuesReadInPlaceAgreeWithStrings() throws {
        let values = ["0", "7", "-3", "+12", "", "-", "+", "1x", " 1", "9223372036854775807", "9223372036854775808",
                      "-9223372036854775808", "-9223372036854775809", "off", "false", "on", "true", "1", "page", "Page",
                      "pages", "&amp;", "&#48;"]
        var xml = "<root>"
        for v in values { xml += "<a v=\"\(v)\"/>" }
        xml += "<a/></root>"
        let names = Names(known: ["a"])
        try SAXParser.parse(Array(xml.utf8), part: "p", into: names)
        // The values as the string path reads them (references resolved by the parser).
        let decoded = values.map { $0 == "&amp;" ? "&" : $0 == "&#48;" ? "0" : $0 } + [nil]
        let elements = Array(1...(values.count + 1))
        #expect(elements.map { names.ints[$0] } == decoded.map { $0.flatMap { Int($0) } })
        #expect(elements.map { names.flags[$0] } == decoded.map { v in v.map { !["0", "false", "off"].contains($0) } ?? true })
        #expect(elements.map { names.isPage[$0] } == decoded.map { $0 == "page" })
    }
}
