import Foundation
import Testing
@testable import KamervragenKit

/// Parses writer output with Foundation, the independent judge of what is valid JSON.
private func foundationParse(_ json: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
}

@Test func writerPrettyPrintsWithTwoSpacesAndKeepsKeyOrder() {
    let value = JSONValue.object([
        ("z", .int(1)),
        ("a", .array([.string("x"), .null, .bool(true)])),
        ("m", .object([])),
        ("e", .array([])),
    ])
    let expected = """
        {
          "z": 1,
          "a": [
            "x",
            null,
            true
          ],
          "m": {},
          "e": []
        }

        """
    #expect(JSONWriter.write(value) == expected)
}

@Test func writerEscapesEveryControlCharacter() throws {
    var hostile = ""
    for v in 0..<0x20 { hostile.unicodeScalars.append(Unicode.Scalar(v)!) }
    hostile += "\u{7F}\"\\/\u{2028}\u{2029}\u{1B}[31mred"
    let json = JSONWriter.write(.string(hostile))
    // Nothing below U+0020 may appear raw in JSON text, and the JS-breaking separators are escaped.
    #expect(!json.dropLast().unicodeScalars.contains { $0.value < 0x20 })
    #expect(!json.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 || $0.value == 0x7F })
    #expect(json.contains("\\u0000"))
    #expect(json.contains("\\n") && json.contains("\\t") && json.contains("\\r") && json.contains("\\b") && json.contains("\\f"))
    #expect(json.contains("\\u001b[31mred"))
    #expect(json.contains("\\u2028\\u2029"))
    #expect(try foundationParse(json) as? String == hostile)
}

@Test(arguments: [
    "",
    "plain ascii",
    "creëren – “quotes” ‘single’ € 5,–",
    "emoji 👩‍👩‍👧 and CJK 漢字 and combining e\u{301}",
    "backslash \\ and quote \" and slash /",
    "\u{FEFF}BOM and \u{00A0}nbsp and \u{2011} nb-hyphen",
    "}],{\"injected\": true",
])
func writerRoundTripsStringsThroughFoundation(_ s: String) throws {
    let json = JSONWriter.write(.object([("s", .string(s)), ("list", .array([.string(s)]))]))
    let parsed = try #require(try foundationParse(json) as? [String: Any])
    #expect(parsed["s"] as? String == s)
    #expect((parsed["list"] as? [String])?.first == s)
    #expect(parsed.count == 2)
}

@Test func writerWritesIntegersAndNulls() throws {
    let json = JSONWriter.write(.array([.int(0), .int(-7), .int(Int.max), .int(nil), .string(nil)]))
    let parsed = try #require(try foundationParse(json) as? [Any])
    #expect(parsed.count == 5)
    #expect((parsed[0] as? NSNumber)?.intValue == 0)
    #expect((parsed[1] as? NSNumber)?.intValue == -7)
    #expect((parsed[2] as? NSNumber)?.int64Value == Int64.max)
    #expect(parsed[3] is NSNull)
    #expect(parsed[4] is NSNull)
}

@Test func writerHandlesDeepNesting() throws {
    var value = JSONValue.string("leaf")
    for _ in 0..<200 { value = .array([value]) }
    var parsed: Any = try foundationParse(JSONWriter.write(value))
    for _ in 0..<200 { parsed = try #require((parsed as? [Any])?.first) }
    #expect(parsed as? String == "leaf")
}
