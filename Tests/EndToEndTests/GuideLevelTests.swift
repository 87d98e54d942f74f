import Foundation
import Testing

/// docs/user-guide.nl.md is level with docs/user-guide.md (issue 11): the same sections in
/// the same order, the same export example, the same fields in the export's tables and the
/// same exit codes, so a fact added to one guide and not the other fails here.
struct GuideLevelTests {
    static func guide(_ name: String) throws -> [Substring] {
        try String(contentsOf: Binary.packageRoot.appendingPathComponent("docs/\(name)"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The heading levels in order (`##`, `###`), and each command heading's command (a
    /// placeholder such as DIR/MAP is a word of its language, so it counts as one).
    static func outline(_ lines: [Substring]) -> [String] {
        lines.filter { $0.hasPrefix("#") }.map { line in
            let level = line.prefix { $0 == "#" }
            let command = line.firstRange(of: "`kamervragen ").map { line[$0.lowerBound...].split(separator: " ").dropFirst().first.map(String.init) ?? "" }
            return String(level) + (command.map { " " + ($0.first?.isUppercase == true ? "PLACEHOLDER" : $0) } ?? "")
        }
    }

    /// What starts every table row (a field, a code), with the fenced code blocks.
    static func facts(_ lines: [Substring]) -> [String] {
        var out: [String] = []
        var inCode = false
        for line in lines {
            if line.hasPrefix("```") { inCode.toggle(); out.append("```"); continue }
            if inCode && line.hasPrefix("  ") && line.contains("\":") {
                out.append(String(line.split(separator: ":").first ?? ""))   // the JSON example's keys
            } else if line.hasPrefix("| `") {
                out.append(String(line.split(separator: "`").dropFirst().first ?? ""))   // a field's name
            } else if let code = line.split(separator: "|").first.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
                out.append(String(code))   // an exit code
            }
        }
        return out
    }

    @Test func theDutchGuideHasTheEnglishSectionsAndFacts() throws {
        let english = try Self.guide("user-guide.md"), dutch = try Self.guide("user-guide.nl.md")
        #expect(Self.outline(english) == Self.outline(dutch))
        #expect(Self.facts(english) == Self.facts(dutch))
        #expect(Self.facts(english).count > 40, "the comparison must see the tables and the example")
    }
}
